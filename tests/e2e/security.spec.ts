import { expect, test } from "@playwright/test";

test.describe("security headers as served by npm start", () => {
  for (const url of ["/", "/symptoms/kidneys", "/glossary", "/search", "/no-such-page"]) {
    test(`${url} sends a strict policy and the protective headers`, async ({ request }) => {
      const response = await request.get(url);
      const headers = response.headers();
      const policy = headers["content-security-policy"] ?? "";
      expect(policy).toContain("frame-ancestors 'none'");
      // 'wasm-unsafe-eval' (search's WebAssembly) is allowed; JavaScript eval is not.
      expect(policy).not.toMatch(/(^|\s)'unsafe-eval'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(headers["strict-transport-security"]).toMatch(/^max-age=/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBeTruthy();
      expect(headers["permissions-policy"]).toBeTruthy();
      expect(headers["set-cookie"]).toBeUndefined();
    });
  }
});

test.describe("odd addresses get the 404 page, never an error or a source file", () => {
  const ODD_PATHS = [
    "/..%2fpackage.json",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/symptoms/..%2f..%2fpackage.json",
    "/symptoms//kidneys",
    `/${"very-long-".repeat(300)}`,
    "/%E0%A4%A",
    "/caf%C3%A9",
    "/症状",
    "/package.json",
    "/next.config.ts",
    "/src/app/layout.tsx",
    "/content/symptoms/kidneys.md",
    "/.git/config",
    "/%00",
    "/symptoms/kidneys.md",
  ];
  for (const oddPath of ODD_PATHS) {
    test(`${oddPath.slice(0, 60)}`, async ({ request }) => {
      const response = await request.get(oddPath, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("We could not find that page");
    });
  }
});
