import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { wcagViolations } from "./axe";

type PatientQuery = { query: string; expect: string; note?: string };
const QUERIES: PatientQuery[] = JSON.parse(readFileSync("tests/fixtures/search-queries.json", "utf8"));

async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.locator("#search-status")).toHaveText(/found/);
  return page.locator("#search-results li h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test.describe("search finds the right page in words patients use", () => {
  // All queries typed into one open search page, as a reader would, so the table can keep
  // growing without a page load per query; every miss is reported at once.
  test("every query in the table finds its page in the top 3", async ({ page }) => {
    test.setTimeout(30_000 + QUERIES.length * 2_000);
    await page.goto("/search");
    const box = page.locator("#search-page-query");
    const misses: string[] = [];
    for (const { query, expect: expected, note } of QUERIES) {
      await box.fill(query);
      await box.press("Enter");
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(query.trim());
      const top = (await resultPaths(page)).slice(0, 3);
      if (!top.includes(expected)) misses.push(`"${query}"${note ? ` (${note})` : ""}: expected ${expected}, got ${top.join(", ")}`);
    }
    expect(misses).toEqual([]);
  });
});

test.describe("the search page", () => {
  test("shows title, section and a highlighted snippet, and announces the count", async ({ page }) => {
    await page.goto("/search?q=Plaquenil");
    await expect(page.locator("#search-status")).toHaveText(/^\d+ pages? found\./);
    const medicine = page.locator("#search-results li").filter({ has: page.getByRole("link", { name: "Hydroxychloroquine", exact: true }) });
    await expect(medicine.locator(".search-result-section")).toHaveText("Medicines A to Z");
    await expect(medicine.locator("mark").first()).toHaveText(/plaquenil/i);
  });

  test("searching from the header box of any page lands on results", async ({ page }) => {
    await page.goto("/symptoms/kidneys");
    await page.getByRole("searchbox", { name: "Search Lupus Guide" }).first().fill("butterfly rash");
    await page.getByRole("searchbox", { name: "Search Lupus Guide" }).first().press("Enter");
    await expect(page).toHaveURL(/\/search\?q=butterfly/);
    expect((await resultPaths(page))[0]).toBe("/symptoms/skin-hair-and-mouth");
  });

  test("tells the reader when a typo was corrected", async ({ page }) => {
    await page.goto("/search?q=plaquanil");
    await expect(page.locator("#search-status")).toContainText("Showing results for “plaquenil”");
  });

  test("never 'corrects' a real word into another one", async ({ page }) => {
    for (const [query, expected] of [
      ["kids with lupus", "/life-stages/children-with-lupus"],
      ["flu shot", "/living-with-lupus/infections-and-vaccines"],
    ]) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      expect((await resultPaths(page)).slice(0, 3), query).toContain(expected);
      await expect(page.locator("#search-status"), query).not.toContainText("Showing results for");
    }
  });

  test("a word no page uses does not empty the results", async ({ page }) => {
    await page.goto("/search?q=kidney%20zqxwv");
    expect((await resultPaths(page)).slice(0, 3)).toContain("/symptoms/kidneys");
    await expect(page.locator("#search-status")).toContainText("No page uses the word “zqxwv”");
  });

  test("excerpts show the page's own words, never the words added for the index or icon symbols", async ({ page, request }) => {
    for (const query of ["kids with lupus", "foamy pee", "Plaquenil", "chest hurts when breathing"]) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await resultPaths(page);
      const results = await page.locator("#search-results li").evaluateAll((items) =>
        items.slice(0, 3).map((item) => ({ url: (item.querySelector("h2 a") as HTMLAnchorElement).href, excerpt: item.querySelector("p:last-child")?.textContent ?? "" })),
      );
      for (const { url, excerpt } of results) {
        expect(excerpt, `${query}: ${url}`).not.toMatch(/lupusguide|^[!?i] /);
        const html = await (await request.get(url)).text();
        const pageWords = new Set(html.replace(/<[^>]+>/g, " ").toLowerCase().match(/[\p{L}\p{N}]+/gu));
        const excerptWords = excerpt.replace(/…/g, " ").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        expect(excerptWords.filter((word) => !pageWords.has(word)), `${query}: ${url} excerpt "${excerpt}"`).toEqual([]);
      }
    }
  });

  test("axe reports no violations with results shown", async ({ page }) => {
    await page.goto("/search?q=kidney");
    await resultPaths(page);
    expect(await wcagViolations(page)).toEqual([]);
  });
});

test.describe("care advice above the results when a query describes a warning sign", () => {
  const SHOWS: [string, "emergency" | "urgent", RegExp][] = [
    ["chest pain", "emergency", /chest pain/i],
    ["chest hurts when breathing", "emergency", /chest pain when you breathe/i],
    ["can't breathe", "emergency", /trouble breathing/i],
    ["coughing blood", "emergency", /cough/i],
    ["fever on methotrexate", "urgent", /fever/i],
    ["foamy pee", "urgent", /foamy/i],
    ["seizure", "emergency", /seizure/i],
    // The joints page lists "new or much worse joint pain" as a reason to call the same day.
    ["joint pain", "urgent", /joint pain/i],
  ];
  for (const [query, care, sign] of SHOWS) {
    test(`"${query}" shows the ${care} advice`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await resultPaths(page);
      const advice = page.locator(`#search-warning .callout-${care}`);
      await expect(advice).toBeVisible();
      await expect(advice.getByRole("listitem").filter({ hasText: sign }).first()).toBeVisible();
      await expect(advice.getByRole("link", { name: /^See all warning signs/ })).toHaveAttribute("href", "/get-help");
    });
  }

  test("the advice is the site's own call-out and passes axe", async ({ page }) => {
    await page.goto("/search?q=chest%20pain");
    await resultPaths(page);
    const warning = page.locator("#search-warning");
    await expect(warning).toContainText("Call 911 or your local emergency number if you have:");
    await expect(warning.locator(".callout-emergency .sr-only")).toHaveText("Emergency advice:");
    expect(await wcagViolations(page)).toEqual([]);
  });

  for (const query of ["kidney", "Plaquenil", "methotrexate", "breathing exercises", "chest x-ray", "pain", "blood test", "sunscreen", "what is lupus"]) {
    test(`"${query}" shows no care advice`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await resultPaths(page);
      await expect(page.locator("#search-warning")).toBeHidden();
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header form still submits and lands on a useful page listing every page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search Lupus Guide" }).first().fill("kidney");
    await page.getByRole("button", { name: "Search" }).first().click();
    await expect(page).toHaveURL(/\/search\?q=kidney$/);
    await expect(page.getByRole("heading", { name: "Every page, by topic" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lupus and your kidneys" }).first()).toBeVisible();
  });


  test("the search page keeps the query in the box and lists the pages that match it", async ({ page }) => {
    for (const [query, title] of [
      ["kidney", "Lupus and your kidneys"],
      ["flu shot", "Lupus, infections and vaccines"],
      ["Plaquenil", "Hydroxychloroquine"],
    ]) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(page.locator("#search-page-query"), query).toHaveValue(query);
      const answer = page.getByRole("region", { name: /Pages whose titles or topics match/ });
      await expect(answer.getByRole("link").first(), query).toBeVisible();
      await expect(answer.getByRole("link", { name: title, exact: true }), query).toBeVisible();
    }
  });

  test("says so when nothing matches, and still lists every page", async ({ page }) => {
    await page.goto("/search?q=zqxwv");
    await expect(page.locator("#search-page-query")).toHaveValue("zqxwv");
    await expect(page.getByRole("heading", { name: /No page title or topic matches “zqxwv”/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Every page, by topic" })).toBeVisible();
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
