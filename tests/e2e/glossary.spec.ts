import { expect, test, type Page } from "@playwright/test";
import { wcagViolations } from "./axe";

const ARTICLE = "/symptoms/kidneys";

/** The first glossary term on the article body, and the popover it controls. */
async function firstTerm(page: Page) {
  const button = page.locator("main .prose .glossary-term-button").first();
  const popoverId = await button.getAttribute("popovertarget");
  expect(popoverId).toBeTruthy();
  return { button, popover: page.locator(`[id="${popoverId}"]`) };
}

test.describe("glossary terms in articles", () => {
  test("a term's definition opens by keyboard and closes with Escape, leaving focus on the term", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await expect(popover).toBeHidden();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(popover).toBeVisible();
    await expect(popover.getByRole("link", { name: /in the glossary$/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(popover).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("with the site's script, a definition also opens on keyboard focus and on mouse hover", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await button.focus();
    await expect(popover).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(popover).toBeHidden();
    await page.locator("h1").hover();
    await button.hover();
    await expect(popover).toBeVisible();
    await page.locator("h1").hover();
    await expect(popover).toBeHidden();
  });

  test("a term's definition opens by click, and Tab moves on into it without being trapped", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await button.click();
    await expect(popover).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(popover.getByRole("link")).toBeFocused();
    await page.keyboard.press("Tab");
    // Focus has moved on (the next control may be another term, whose popover then replaces this one).
    expect(await popover.locator("a").evaluate((link) => link === document.activeElement)).toBe(false);
  });

  test("the link in the definition leads to the term on the glossary page", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await button.click();
    const href = await popover.getByRole("link").getAttribute("href");
    await popover.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const slug = href!.split("#")[1];
    await expect(page.locator(`[id="${slug}"]`)).toBeInViewport();
  });

  test("axe reports no violations with a definition open", async ({ page }) => {
    await page.goto(ARTICLE);
    const { button, popover } = await firstTerm(page);
    await button.click();
    await expect(popover).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test.describe("on a 320 px phone", () => {
    test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });
    test("an open definition stays inside the viewport", async ({ page }) => {
      await page.goto(ARTICLE);
      const { button, popover } = await firstTerm(page);
      await button.tap();
      await expect(popover).toBeVisible();
      const box = await popover.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the definition still opens (native popover) and links to the glossary", async ({ page }) => {
      await page.goto(ARTICLE);
      const { button, popover } = await firstTerm(page);
      await button.click();
      await expect(popover).toBeVisible();
      await expect(popover).toContainText(":");
    });
  });
});

test.describe("the glossary page", () => {
  test("has a letter index and, for each used term, where it appears", async ({ page }) => {
    await page.goto("/glossary");
    await page.getByRole("navigation", { name: "Glossary letters" }).getByRole("link", { name: /L$/ }).click();
    await expect(page).toHaveURL(/#letter-L$/);
    const entry = page.locator('[id="lupus-nephritis"]');
    await expect(entry).toContainText("neh-FRY-tis");
    await entry.getByText("Where this term appears").click();
    await expect(entry.getByRole("link", { name: "Lupus and your kidneys" })).toBeVisible();
  });

  test("prints terms as plain text, without the popovers", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: "print" });
    const { popover } = await firstTerm(page);
    await expect(popover).toBeHidden();
    const decoration = await page.locator("main .prose .glossary-term-button").first().evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(decoration).toBe("none");
  });
});
