import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { allPageUrls, PAGE_TYPES } from "./site-pages";

/** WCAG 2.2 AA, as axe tags it. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function violations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}

const urls = await allPageUrls();

test.describe("axe finds no WCAG 2.2 AA violations", () => {
  for (const url of [...urls, PAGE_TYPES.notFound]) {
    test(`on ${url}`, async ({ page }) => {
      await page.goto(url);
      expect(await violations(page)).toEqual([]);
    });
  }

  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    test(`on the ${name} page in dark mode at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(url);
      expect(await violations(page)).toEqual([]);
    });
  }
});
