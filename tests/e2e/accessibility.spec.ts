import { expect, test } from "@playwright/test";
import { allPageUrls, PAGE_TYPES } from "./site-pages";
import { wcagViolations as violations } from "./axe";

const urls = await allPageUrls();

test.describe("axe finds no WCAG 2.2 AA violations", () => {
  for (const url of [...urls, PAGE_TYPES.notFound]) {
    test(`on ${url}`, async ({ page }) => {
      await page.goto(url);
      expect(await violations(page)).toEqual([]);
    });
  }

  // Every page again at phone width, and both widths in dark mode.
  const VARIANTS = [
    { label: "at 320 px", width: 320, colorScheme: "light" },
    { label: "in dark mode", width: 1280, colorScheme: "dark" },
    { label: "in dark mode at 320 px", width: 320, colorScheme: "dark" },
  ] as const;
  for (const variant of VARIANTS) {
    for (const url of [...urls, PAGE_TYPES.notFound]) {
      test(`on ${url} ${variant.label}`, async ({ page }) => {
        await page.setViewportSize({ width: variant.width, height: 800 });
        await page.emulateMedia({ colorScheme: variant.colorScheme });
        await page.goto(url);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});
