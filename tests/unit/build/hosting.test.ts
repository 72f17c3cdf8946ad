import { describe, expect, it } from "vitest";
import { caseRedirectFor, COMMON_HEADERS, headersFor, lowerCasePaths, netlifyHeadersFile, nginxSnippet, safeSitePath } from "../../../src/build/hosting";
import { fixedPagePaths, routeFor } from "@/lib/routes";

const pagesThat = (needs: "wasm" | "clientReact") => fixedPagePaths().filter((page) => routeFor(page)?.route[needs]);

const scriptSources = (policy: string) => policy.split("; ").find((directive) => directive.startsWith("script-src")) ?? "";

describe("security headers", () => {
  it("give content pages a strict policy: own origin only, no inline or eval scripts, no framing", () => {
    const policy = headersFor("/symptoms/kidneys")["Content-Security-Policy"];
    expect(scriptSources(policy)).toBe("script-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
  });

  it.each(pagesThat("wasm"))("let %s run WebAssembly for search, and nothing more", (page) => {
    expect(scriptSources(headersFor(page)["Content-Security-Policy"])).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it.each(pagesThat("clientReact"))("allow the framework's inline scripts on %s only", (page) => {
    expect(scriptSources(headersFor(page)["Content-Security-Policy"])).toBe("script-src 'self' 'unsafe-inline'");
  });

  it("send HSTS, nosniff, a referrer policy and a permissions policy everywhere", () => {
    for (const page of ["/", "/glossary", "/search", "/_next/static/chunks/a.js"]) {
      const headers = headersFor(page);
      expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["Permissions-Policy"]).toContain("camera=()");
    }
  });

  it("cache the framework's hashed files for a year, and serve preview images as PNG", () => {
    expect(headersFor("/_next/static/chunks/a.js")["Cache-Control"]).toContain("immutable");
    expect(headersFor("/symptoms/kidneys/opengraph-image")["Content-Type"]).toBe("image/png");
    expect(headersFor("/opengraph-image")["Content-Type"]).toBe("image/png");
  });
});

describe("hosting files for other servers", () => {
  const headersFile = netlifyHeadersFile(["/", "/search", "/symptoms/kidneys"]);

  it("_headers gives each page its own policy and none for all paths, since hosts join repeated headers", () => {
    const allPaths = headersFile.split("\n\n").find((block) => block.startsWith("/*\n")) ?? "";
    expect(allPaths).toContain("X-Content-Type-Options: nosniff");
    expect(allPaths).not.toContain("Content-Security-Policy");
    expect(headersFile).toContain(`/search\n  Content-Security-Policy: ${headersFor("/search")["Content-Security-Policy"]}`);
    expect(headersFile).toContain(`/symptoms/kidneys\n  Content-Security-Policy: ${COMMON_HEADERS["Content-Security-Policy"]}`);
  });

  it("the nginx snippet sends every common header, serves clean URLs and the 404 page", () => {
    const snippet = nginxSnippet();
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
    expect(snippet).toContain("try_files $uri $uri.html $uri/index.html =404;");
    expect(snippet).toContain("error_page 404 /404.html;");
  });
});

describe("odd request paths", () => {
  it.each([
    ["/symptoms/kidneys", "/symptoms/kidneys"],
    ["/", "/"],
    ["/caf%C3%A9", "/café"],
  ])("%s is looked up as %s", (raw, decoded) => {
    expect(safeSitePath(raw)).toBe(decoded);
  });

  it.each([
    ["encoded ../", "/..%2fpackage.json"],
    ["encoded dots", "/%2e%2e/%2e%2e/etc/passwd"],
    ["a dot segment", "/symptoms/./kidneys"],
    ["a double slash", "//etc/passwd"],
    ["a backslash", "/..%5cpackage.json"],
    ["a NUL byte", "/%00"],
    ["bad percent-encoding", "/%E0%A4%A"],
    ["a very long path", `/${"a".repeat(2000)}`],
  ])("refuses %s (answered with the 404 page)", (_name, raw) => {
    expect(safeSitePath(raw)).toBeUndefined();
  });
});

describe("addresses with other capital letters", () => {
  const known = lowerCasePaths(["/", "/symptoms/kidneys", "/tests/ana"]);
  it("redirect to the page's own address, keeping the query", () => {
    expect(caseRedirectFor(known, "/Symptoms/Kidneys", "?from=card")).toBe("/symptoms/kidneys?from=card");
    expect(caseRedirectFor(known, "/TESTS/ANA/", "")).toBe("/tests/ana");
  });
  it("leave the page's own address and unknown addresses alone", () => {
    expect(caseRedirectFor(known, "/symptoms/kidneys", "")).toBeUndefined();
    expect(caseRedirectFor(known, "/", "")).toBeUndefined();
    expect(caseRedirectFor(known, "/Symptoms/Kidney", "")).toBeUndefined();
  });
});
