import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES } from "./site-pages";
import { wcagViolations as violations } from "./axe";
import { GET_HELP_URL } from "../../src/lib/site";

/** Layout at different widths (issue 20): wide screens, phones. Once per kind of page. */

test.describe("wide screens", () => {
  test("'On this page' sits beside the article and stays in view; key points come first; lines stay readable", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGE_TYPES.article);
    const contents = page.getByRole("navigation", { name: "On this page" });
    const keyPoints = page.locator(".callout-note").first();
    const [contentsBox, keyPointsBox] = [await contents.boundingBox(), await keyPoints.boundingBox()];
    // Beside the article, not stacked under the key points.
    expect(contentsBox!.x).toBeGreaterThan(keyPointsBox!.x + keyPointsBox!.width);
    // The first box in the article column is the key points.
    const firstBox = await page.evaluate(() => document.querySelector("article :is(.callout, nav, section)")?.className ?? "");
    expect(firstBox).toContain("callout-note");
    // Still in view at the end of the article.
    await page.locator("#sources").scrollIntoViewIfNeeded();
    const stuck = await contents.boundingBox();
    expect(stuck!.y).toBeGreaterThanOrEqual(0);
    expect(stuck!.y).toBeLessThan(800);
    // About 60 to 75 characters a line (80 at most) in the article's paragraphs.
    const perLine = await page.evaluate(() => {
      const visible = [...document.querySelectorAll("article .prose p")].filter((p) => p.checkVisibility() && !p.closest("[popover], .callout, li, td"));
      // innerText: without the glossary definitions, which are hidden until opened.
      const paragraph = (visible as HTMLElement[]).sort((a, b) => b.innerText.length - a.innerText.length)[0];
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      return paragraph.innerText.length / lines;
    });
    expect(perLine).toBeGreaterThan(50);
    expect(perLine).toBeLessThan(80);
  });

  test("below 1100 px 'On this page' stays in the flow, after the key points", async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(PAGE_TYPES.article);
    const contents = await page.getByRole("navigation", { name: "On this page" }).boundingBox();
    const keyPoints = await page.locator(".callout-note").first().boundingBox();
    expect(contents!.y).toBeGreaterThan(keyPoints!.y + keyPoints!.height);
    expect(Math.abs(contents!.x - keyPoints!.x)).toBeLessThan(2);
  });
});

/** Words in table cells that the browser drew on two lines (split in the middle). */
async function splitWordsInTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    for (const cell of document.querySelectorAll("table :is(td, th)")) {
      // The heading row of a table shown as cards is kept for screen readers only.
      if (cell.closest("tr")!.getBoundingClientRect().width < 4) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? "").matchAll(/[^\s\-–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  });
}

test.describe("phones", () => {
  // A medicine page (its own tables), the A to Z table, and an article with a Markdown table.
  for (const url of [PAGE_TYPES.medicine, PAGE_TYPES.medicinesHub, "/treatment/immunosuppressants"]) {
    test(`tables on ${url} never split a word at 320 px, and fit the screen`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(url);
      await expect(page.locator("table").first()).toBeVisible();
      expect(await splitWordsInTables(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test("a table shown as cards keeps its column headings for each value and its table semantics", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(PAGE_TYPES.medicine);
    const table = page.locator("table").first();
    await expect(table.getByRole("columnheader").first()).toBeAttached();
    const cell = table.locator("td[data-label]").first();
    const label = await cell.getAttribute("data-label");
    expect(label).toBeTruthy();
    expect(await cell.evaluate((element) => getComputedStyle(element, "::before").display)).toBe("block");
  });

  test("the get-help page shows its emergency list in the first screen at 375 px, and passes axe", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(GET_HELP_URL);
    const list = await page.locator(".callout-emergency ul").first().boundingBox();
    expect(list!.y).toBeLessThan(667);
    expect(await violations(page)).toEqual([]);
  });

  test("a wrapped breadcrumb never starts a line with '›'", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const url of ["/pregnancy-and-family/breastfeeding-and-after-birth", PAGE_TYPES.medicine, PAGE_TYPES.article]) {
      await page.goto(url);
      const starts = await page.evaluate(() => {
        const list = document.querySelector('nav[aria-label="Breadcrumb"] ol')!.getBoundingClientRect();
        return [...document.querySelectorAll(".breadcrumb-separator")].map((separator) => separator.getBoundingClientRect().left - list.left);
      });
      expect(starts.length, url).toBeGreaterThan(0);
      for (const start of starts) expect(start, url).toBeGreaterThan(4);
    }
  });
});
