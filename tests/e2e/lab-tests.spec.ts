/**
 * Test results: every report name is reachable from the finder with and without JavaScript, the
 * finder tolerates case, punctuation and word order, the JSON index lists every test page in its
 * documented shape, LOINC addresses land on their page (an unknown code on a helpful page), and
 * report names typed into the site search find their page.
 */
import { expect, test } from "@playwright/test";
import { loadSiteFrom } from "../../src/lib/content/load";
import { contentDir } from "../../src/lib/content/paths";
import { LAB_TEST_HEADINGS } from "../../src/lib/content/medicine-headings";

const site = await loadSiteFrom(contentDir());
const FINDER = "/tests/find";

/** A report name as a hurried reader might type it: lower case, no punctuation, words reversed. */
const scrambled = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().split(" ").reverse().join(" ");

test.describe("every test page", () => {
  test("shows each part in the fixed order and says the report's own range applies", async ({ request }) => {
    expect(site.labTests.length).toBeGreaterThanOrEqual(15);
    for (const labTest of site.labTests) {
      const html = await (await request.get(labTest.url)).text();
      const positions = LAB_TEST_HEADINGS.map((heading) => html.indexOf(`<h2 id="${heading.id}">`));
      expect(positions.every((position) => position > 0), labTest.url).toBe(true);
      expect([...positions].sort((a, b) => a - b), labTest.url).toEqual(positions);
      expect(html, labTest.url).toContain("The reference range printed on your own report is the one that applies");
    }
  });
});

test.describe("the test finder without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("lists every name a report may use, each linking to its page", async ({ page }) => {
    await page.goto(FINDER);
    for (const labTest of site.labTests) {
      for (const name of labTest.labTest.reportNames) {
        const links = page.locator("#test-finder-list a", { hasText: name });
        expect(await links.evaluateAll((anchors, url) => anchors.some((anchor) => anchor.getAttribute("href") === url), labTest.url), `${name} -> ${labTest.url}`).toBe(true);
      }
    }
    await expect(page.getByLabel("Test name on your report")).toBeHidden();
  });
});

test.describe("the test finder with JavaScript", () => {
  test("finds each test by a report name typed in lower case, without punctuation, in another word order", async ({ page }) => {
    await page.goto(FINDER);
    const box = page.getByLabel("Test name on your report");
    for (const labTest of site.labTests) {
      for (const name of labTest.labTest.reportNames.slice(0, 3)) {
        await box.fill(scrambled(name));
        const visible = page.locator("#test-finder-list > li:not([hidden]) a");
        const hrefs = await visible.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
        expect(hrefs, `"${scrambled(name)}" should find ${labTest.url}`).toContain(labTest.url);
      }
    }
  });

  test("says so when nothing matches, and shows everything again when cleared", async ({ page }) => {
    await page.goto(FINDER);
    const box = page.getByLabel("Test name on your report");
    await box.fill("zzqx");
    await expect(page.locator("#test-finder-status")).toContainText("No test name matches");
    await box.fill("");
    await expect(page.locator("#test-finder-list > li:not([hidden])")).toHaveCount(await page.locator("#test-finder-list > li").count());
  });
});

test.describe("for portals and clinicians", () => {
  test("/tests/index.json lists every test page in its documented shape", async ({ request }) => {
    const response = await request.get("/tests/index.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const index = await response.json();
    expect(index.version).toBe(1);
    expect(index.tests.map((entry: { path: string }) => entry.path).sort()).toEqual(site.labTests.map((labTest) => labTest.url).sort());
    for (const entry of index.tests) {
      expect(Object.keys(entry).sort()).toEqual(["lastReviewed", "loinc", "path", "reportNames", "title", "url"]);
      expect(entry.reportNames.length).toBeGreaterThan(0);
      expect(entry.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const code of entry.loinc) expect(code.path).toBe(`/tests/code/${code.code}`);
    }
  });

  test("a LOINC address lands on its test page", async ({ page }) => {
    const withCode = site.labTests.find((labTest) => labTest.labTest.loinc.length > 0);
    expect(withCode, "at least one test page has a verified LOINC code").toBeTruthy();
    if (!withCode) return;
    await page.goto(`/tests/code/${withCode.labTest.loinc[0].code}`);
    await page.waitForURL(`**${withCode.url}`);
    await expect(page.locator("h1")).toHaveText(withCode.title);
  });

  test("an unknown LOINC code gets a helpful page that names it, not an error", async ({ page }) => {
    const response = await page.goto("/tests/code/99999-9");
    expect(response?.status()).toBe(200);
    await expect(page.locator("#code-lookup-message")).toContainText("99999-9");
    await expect(page.getByRole("link", { name: "test finder" })).toBeVisible();
  });
});
