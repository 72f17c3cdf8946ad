import { expect, test } from "@playwright/test";
import { PAGE_TYPES, toolPages } from "./site-pages";
import { wcagViolations as violations } from "./axe";

/**
 * axe runs on every page in pages.spec.ts (desktop, light). Here: the variants, once per kind
 * of page, so the suite does not grow with the square of pages times variants.
 */
const KINDS = [...Object.values(PAGE_TYPES), ...toolPages()];

test.describe("axe finds no WCAG 2.2 AA violations", () => {
  test(`on the 404 page`, async ({ page }) => {
    await page.goto(PAGE_TYPES.notFound);
    expect(await violations(page)).toEqual([]);
  });

  const VARIANTS = [
    { label: "at 320 px", width: 320, colorScheme: "light" },
    { label: "in dark mode", width: 1280, colorScheme: "dark" },
    { label: "in dark mode at 320 px", width: 320, colorScheme: "dark" },
  ] as const;
  for (const variant of VARIANTS) {
    for (const url of KINDS) {
      test(`on ${url} ${variant.label}`, async ({ page }) => {
        await page.setViewportSize({ width: variant.width, height: 800 });
        await page.emulateMedia({ colorScheme: variant.colorScheme });
        await page.goto(url);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});
