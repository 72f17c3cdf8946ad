import { expect, test } from "@playwright/test";
import { allPageUrls, PAGE_TYPES } from "./site-pages";
import { needsClientReact } from "../../src/lib/routes";
import { wcagViolations } from "./axe";

const urls = await allPageUrls();

/**
 * Every page is opened once and checked for everything that must hold on each page; the costly
 * variants (dark mode, 320 px axe, print) run per page type (accessibility.spec.ts), so the
 * suite grows by one test per new page.
 */
test.describe("every page", () => {
  for (const url of urls) {
    test(`${url}: layout, security policy, no framework script, axe, no sideways scrolling at 320 px`, async ({ page }) => {
      const blocked: string[] = [];
      const scripts: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
      });
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
      });
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.getByRole("heading", { name: /^Non-urgent advice: Talk to your doctor$/ })).toBeVisible();
      await expect(page.getByRole("link", { name: "Skip to main content" })).toHaveCount(1);
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText("Education, not medical advice");
      await expect(page.getByRole("banner").getByRole("link", { name: "Get help now" })).toBeVisible();
      // The page works within its security policy: nothing it needs was blocked.
      expect(blocked).toEqual([]);
      if (!needsClientReact(url)) {
        // Content pages ship without the framework runtime.
        expect(scripts.filter((path) => path.startsWith("/_next/"))).toEqual([]);
        expect(await page.locator("script:not([src]):not([type='application/ld+json'])").count()).toBe(0);
        await expect(page.getByRole("search").first()).toBeVisible();
      }
      expect(await wcagViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("articles", () => {
  test("show the description, key points, body, questions, sources and review date", async ({ page }) => {
    await page.goto("/medicines/hydroxychloroquine");
    await expect(page.locator("h1")).toContainText(/hydroxychloroquine/i);
    await expect(page.getByRole("heading", { name: "Key points" })).toBeVisible();
    const questions = page.getByRole("note").filter({ has: page.getByRole("heading", { name: /^Non-urgent advice: Talk to your doctor$/ }) });
    expect(await questions.getByRole("listitem").count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole("heading", { name: "Sources" }).locator("xpath=..").getByRole("link").count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByText("Last reviewed:")).toBeVisible();
    await expect(page.locator("main h2[id]").first()).toBeVisible();
  });

  test("an unknown article in a real section is a 404", async ({ page }) => {
    const response = await page.goto("/symptoms/no-such-article");
    expect(response?.status()).toBe(404);
  });
});

test.describe("the 404 page", () => {
  test("answers with status 404, explains, offers ways on, and has the call-out", async ({ page }) => {
    const response = await page.goto(PAGE_TYPES.notFound);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("We could not find that page");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Non-urgent advice: Talk to your doctor$/ })).toBeVisible();
    await expect(page.getByRole("main").getByRole("searchbox")).toBeVisible();
    // Nothing close to this address: no "Did you mean".
    await expect(page.getByRole("heading", { name: "Did you mean:" })).toBeHidden();
  });

  test("a mistyped address is still a 404 and offers the page it was close to", async ({ page }) => {
    const response = await page.goto("/symtoms/kidney");
    expect(response?.status()).toBe(404);
    const suggestions = page.locator("#not-found-suggestions");
    await expect(suggestions.getByRole("heading", { name: "Did you mean:" })).toBeVisible();
    await expect(suggestions.getByRole("link").first()).toHaveText("Lupus and your kidneys");
    await expect(suggestions.getByRole("link").first()).toHaveAttribute("href", "/symptoms/kidneys");
  });

  test("an address with other capital letters goes to the page: 301 on npm start, and from the 404 page on static hosts", async ({ page, request }) => {
    const redirect = await request.get("/Symptoms/Kidneys?from=card", { maxRedirects: 0 });
    expect(redirect.status()).toBe(301);
    expect(redirect.headers()["location"]).toBe("/symptoms/kidneys?from=card");
    await page.goto("/Symptoms/Kidneys");
    await expect(page).toHaveURL(/\/symptoms\/kidneys$/);
    await expect(page.locator("h1")).toHaveText("Lupus and your kidneys");

    // A static host answers its 404 page, whose script goes to the page, keeping the section.
    const notFound = await request.get(PAGE_TYPES.notFound);
    await page.route("**/Symptoms/Lungs", async (route) => route.fulfill({ status: 404, headers: notFound.headers(), body: await notFound.body() }));
    await page.goto("/Symptoms/Lungs#how-is-it-checked");
    await expect(page).toHaveURL(/\/symptoms\/lungs#how-is-it-checked$/);
  });
});

test.describe("keyboard", () => {
  test("the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
    await page.goto(PAGE_TYPES.article);
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Skip to main content" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main-content$/);
    await expect(page.locator("#main-content")).toBeFocused();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const url of Object.values(PAGE_TYPES).filter((url) => url !== PAGE_TYPES.notFound)) {
    test(`${url} shows its full text`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.getByRole("heading", { name: /^Non-urgent advice: Talk to your doctor$/ })).toBeVisible();
      // The whole body is in the HTML: the last visible paragraph of the main content is there too.
      await expect(page.locator("main p").filter({ visible: true }).last()).toBeVisible();
      expect((await page.locator("main").innerText()).length).toBeGreaterThan(400);
    });
  }
});

test.describe("small screens", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test(`the 404 page has no horizontal scrolling at 320 px`, async ({ page }) => {
    await page.goto(PAGE_TYPES.notFound);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("privacy", () => {
  test("no page asks another origin for anything and none sets a cookie", async ({ page, context, baseURL }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL ?? "") && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    for (const url of Object.values(PAGE_TYPES)) await page.goto(url, { waitUntil: "networkidle" });
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});
