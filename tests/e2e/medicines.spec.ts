/**
 * Medicines A to Z: every medicine page shows every safety part in the fixed order, the
 * generated tables agree with each page, old addresses keep working on every kind of host, and
 * the appointment checklist suggests medicine names.
 */
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadSiteFrom } from "../../src/lib/content/load";
import { contentDir } from "../../src/lib/content/paths";
import { MEDICINE_HEADINGS } from "../../src/lib/content/medicine-headings";
import { pregnancyLabel, liveVaccineLabel, breastfeedingLabel } from "../../src/components/medicines/labels";
import { movedPageHtml } from "../../src/build/write-moved-pages";

const site = await loadSiteFrom(contentDir());

test.describe("every medicine page", () => {
  test("shows each safety part, in the fixed order, with its serious side effects as call-outs", async ({ request }) => {
    expect(site.medicines.length).toBeGreaterThanOrEqual(20);
    for (const medicine of site.medicines) {
      const html = await (await request.get(medicine.url)).text();
      const positions = MEDICINE_HEADINGS.map((heading) => html.indexOf(`<h2 id="${heading.id}">${heading.text}</h2>`));
      expect(positions.every((position) => position > 0), `${medicine.url}: ${MEDICINE_HEADINGS.filter((_, i) => positions[i] < 0).map((h) => h.id).join(", ")}`).toBe(true);
      expect([...positions].sort((a, b) => a - b), medicine.url).toEqual(positions);
      const serious = decodeEntities(html.slice(positions[5], positions[6]));
      const levels = new Set(medicine.medicine.seriousSideEffects.map((effect) => effect.care));
      for (const level of levels) expect(serious, `${medicine.url} ${level}`).toContain(`callout callout-${level}`);
      for (const effect of medicine.medicine.seriousSideEffects) expect(serious, medicine.url).toContain(effect.sign);
    }
  });
});

test.describe("the generated tables", () => {
  test("/medicines lists every medicine, and its pregnancy table agrees with each medicine's page", async ({ page }) => {
    await page.goto("/medicines");
    const aToZ = page.locator('table[data-medicine-table="a-to-z"] tbody tr');
    await expect(aToZ).toHaveCount(site.medicines.length);
    const rows = page.locator('table[data-medicine-table="pregnancy-and-vaccines"] tbody tr');
    await expect(rows).toHaveCount(site.medicines.length);
    for (const [index, medicine] of site.medicines.entries()) {
      const cells = rows.nth(index).locator("th, td");
      await expect(cells.nth(0)).toHaveText(medicine.title);
      await expect(cells.nth(1)).toHaveText(pregnancyLabel(medicine.medicine.pregnancy));
      await expect(cells.nth(2)).toHaveText(breastfeedingLabel(medicine.medicine.breastfeeding.status));
      await expect(cells.nth(3)).toHaveText(liveVaccineLabel(medicine.medicine.liveVaccines.status));
    }
  });

  test("a medicine's page says the same as the table", async ({ page }) => {
    const medicine = site.medicines.find((candidate) => candidate.slug === "mycophenolate") ?? site.medicines[0];
    await page.goto(medicine.url);
    await expect(page.locator("#pregnancy-breastfeeding-and-fertility").locator("xpath=..")).toContainText(pregnancyLabel(medicine.medicine.pregnancy));
  });

  test("the pregnancy and vaccines pages show the same table", async ({ page }) => {
    for (const url of ["/living-with-lupus/pregnancy-and-family-planning", "/living-with-lupus/infections-and-vaccines"]) {
      await page.goto(url);
      await expect(page.locator('table[data-medicine-table="pregnancy-and-vaccines"] tbody tr'), url).toHaveCount(site.medicines.length);
    }
  });
});

test.describe("old addresses keep working", () => {
  test("npm start answers each moved address with a permanent redirect", async ({ request }) => {
    expect(site.moves.length).toBeGreaterThanOrEqual(2);
    for (const move of site.moves) {
      const response = await request.get(move.from, { maxRedirects: 0 });
      expect(response.status(), move.from).toBe(301);
      expect(response.headers().location, move.from).toBe(move.to);
    }
  });

  test("a shared link with a #section lands on the new page", async ({ page }) => {
    await page.goto("/treatment/hydroxychloroquine#why-do-i-need-eye-checks");
    await expect(page).toHaveURL(/\/medicines\/hydroxychloroquine#why-do-i-need-eye-checks$/);
    await expect(page.locator("h1")).toContainText("Hydroxychloroquine");
  });

  test("the generated files for other hosts carry every move", () => {
    const redirects = readFileSync("out/_redirects", "utf8");
    const nginx = readFileSync("out/_hosting/nginx.conf", "utf8");
    for (const move of site.moves) {
      expect(redirects).toContain(`${move.from} ${move.to} 301!`);
      expect(nginx).toContain(`location = ${move.from} { return 301 ${move.to}`);
      expect(readFileSync(path.join("out", `${move.from}.html`), "utf8")).toBe(movedPageHtml(move));
    }
  });

  test.describe("on a plain static host, with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });
    test("the stand-in page at the old address sends the reader on", async ({ page }) => {
      const move = site.moves[0];
      // Served as a plain host would: the file itself, no redirect rules.
      await page.route(`**${move.from}`, (route) => route.fulfill({ contentType: "text/html", body: readFileSync(path.join("out", `${move.from}.html`)) }));
      await page.goto(move.from);
      await page.waitForURL(`**${move.to}`);
      await expect(page.locator("h1")).toHaveText(site.pagesByUrl.get(move.to)?.title ?? "");
    });
  });
});

test("the appointment checklist suggests medicine names from the medicine pages", async ({ page }) => {
  await page.goto("/prepare");
  await page.getByRole("button", { name: "Add a medicine" }).click();
  const name = page.getByLabel("Name").first();
  const listId = await name.getAttribute("list");
  expect(listId).toBeTruthy();
  const options = page.locator(`datalist#${listId} option`);
  expect(await options.count()).toBeGreaterThan(30);
  await expect(page.locator(`datalist#${listId} option[value="Plaquenil"]`)).toHaveCount(1);
  await expect(page.locator(`datalist#${listId} option[value="methotrexate"]`)).toHaveCount(1);
});

/** The text of served HTML with its character references decoded, to compare with front matter. */
function decodeEntities(html: string): string {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
