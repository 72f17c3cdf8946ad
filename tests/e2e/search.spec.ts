import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { wcagViolations } from "./axe";

type PatientQuery = { query: string; expect: string; note?: string };
const QUERIES: PatientQuery[] = JSON.parse(readFileSync("tests/fixtures/search-queries.json", "utf8"));

async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.getByRole("status").filter({ hasText: /found/ })).toBeVisible();
  return page.locator("#search-results li h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test.describe("search finds the right page in words patients use", () => {
  test("the query table has at least 20 queries", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(20);
  });

  for (const { query, expect: expected, note } of QUERIES) {
    test(`"${query}" finds ${expected} in the top 3${note ? ` (${note})` : ""}`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      expect((await resultPaths(page)).slice(0, 3)).toContain(expected);
    });
  }
});

test.describe("the search page", () => {
  test("shows title, section and a highlighted snippet, and announces the count", async ({ page }) => {
    await page.goto("/search?q=Plaquenil");
    const status = page.getByRole("status").filter({ hasText: /found/ });
    await expect(status).toHaveText(/^\d+ pages? found\./);
    const first = page.locator("#search-results li").first();
    await expect(first.getByRole("link")).toHaveText(/Hydroxychloroquine/);
    await expect(first.locator(".search-result-section")).toHaveText("Medicines A to Z");
    await expect(first.locator("mark").first()).toHaveText(/plaquenil/i);
  });

  test("searching from the header box of any page lands on results", async ({ page }) => {
    await page.goto("/symptoms/kidneys");
    await page.getByRole("searchbox", { name: "Search Lupus Guide" }).first().fill("butterfly rash");
    await page.getByRole("searchbox", { name: "Search Lupus Guide" }).first().press("Enter");
    await expect(page).toHaveURL(/\/search\?q=butterfly/);
    expect((await resultPaths(page))[0]).toBe("/symptoms/skin-hair-and-mouth");
  });

  test("a search for an emergency sign shows the emergency advice first", async ({ page }) => {
    await page.goto("/search?q=chest%20pain");
    await resultPaths(page);
    const warning = page.locator("#search-warning");
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("Call 911 or your local emergency number if you have:");
    await expect(warning.getByRole("listitem").first()).toContainText(/chest pain/i);
    await expect(warning.getByRole("link", { name: /warning signs/ })).toHaveAttribute("href", "/get-help");
    expect(await wcagViolations(page)).toEqual([]);
  });

  test("other searches show no emergency advice", async ({ page }) => {
    for (const query of ["joint pain", "kidney", "Plaquenil"]) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await resultPaths(page);
      await expect(page.locator("#search-warning"), query).toBeHidden();
    }
  });

  test("tells the reader when a typo was corrected", async ({ page }) => {
    await page.goto("/search?q=plaquinil");
    await expect(page.getByRole("status")).toContainText("Showing results for “plaquenil”");
  });

  test("axe reports no violations with results shown", async ({ page }) => {
    await page.goto("/search?q=kidney");
    await resultPaths(page);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header form still submits and lands on a useful page listing every page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search Lupus Guide" }).first().fill("kidney");
    await page.getByRole("button", { name: "Search" }).first().click();
    await expect(page).toHaveURL(/\/search\?q=kidney$/);
    await expect(page.getByRole("heading", { name: "Every page, by topic" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lupus and your kidneys" })).toBeVisible();
  });
});

test.describe("navigation", () => {
  test("a long article lists its sections, links related pages and its neighbours", async ({ page }) => {
    await page.goto("/symptoms/kidneys");
    const onThisPage = page.getByRole("navigation", { name: "On this page" });
    await expect(onThisPage.getByRole("link").first()).toBeVisible();
    await onThisPage.getByRole("link").first().click();
    await expect(page).toHaveURL(/#[a-z0-9-]+$/);
    await expect(page.getByRole("navigation", { name: "Related pages" }).getByRole("link")).toHaveCount(3);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Symptoms" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Previous and next" }).getByRole("link")).toHaveCount(2);
  });

  test.describe("on a 320 px phone without JavaScript", () => {
    test.use({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    test("the menu opens and leads to a section", async ({ page }) => {
      await page.goto("/");
      await page.getByText("Menu", { exact: true }).click();
      const menu = page.getByRole("navigation", { name: "Main" });
      await expect(menu.getByRole("link", { name: "Treatment" })).toBeVisible();
      await menu.getByRole("link", { name: "Treatment" }).click();
      await expect(page).toHaveURL(/\/treatment$/);
    });
  });
});
