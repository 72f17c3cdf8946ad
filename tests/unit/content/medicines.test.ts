/**
 * The medicine page type: every safety fact is required, statuses are a closed set, and every
 * medicine table is generated from the medicines' own front matter.
 */
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { loadSiteFrom } from "@/lib/content/load";
import { MedicineTable } from "@/components/medicines/MedicineTable";
import { ArticleBody } from "@/components/ArticleBody";
import { contentErrorFor, FIXTURE_SITE, loadEditedFixture, replaceIn } from "./fixture";

const MEDICINE = "medicines/mycophenolate.md";

describe("a medicine page", () => {
  it("keeps its safety facts apart from the article fields, listed A to Z", async () => {
    const site = await loadSiteFrom(FIXTURE_SITE);
    expect(site.medicines.map((medicine) => medicine.url)).toEqual(["/medicines/hydroxychloroquine", "/medicines/mycophenolate"]);
    const mycophenolate = site.medicines[1];
    expect(mycophenolate.medicine.pregnancy).toEqual({ status: "stop-before", stopBefore: "at least 6 weeks", details: "Can harm an unborn baby." });
    expect(mycophenolate.medicine.genericNames).toEqual(["mycophenolate mofetil", "mycophenolic acid"]);
    expect(mycophenolate).not.toHaveProperty("pregnancy");
    expect(site.articles.filter((article) => article.medicine === undefined).map((article) => article.url)).not.toContain("/medicines/mycophenolate");
  });
});

describe("a medicine file that leaves out a safety fact fails, naming the file and the field", () => {
  it.each<[string, (dir: string) => void, RegExp]>([
    ["no pregnancy section", (dir) => replaceIn(dir, MEDICINE, /^pregnancy:\n(?: {2}.*\n)+/m, ""), /mycophenolate\.md: pregnancy: is required/],
    ["no interactions", (dir) => replaceIn(dir, MEDICINE, /^interactions:\n(?: {2}.*\n)+/m, ""), /mycophenolate\.md: interactions: is required/],
    ["an empty list of serious side effects", (dir) => replaceIn(dir, MEDICINE, /^seriousSideEffects:\n(?: {2}.*\n)+/m, "seriousSideEffects: []\n"), /mycophenolate\.md: seriousSideEffects: must list the serious side effects/],
    ["a serious side effect without a care level", (dir) => replaceIn(dir, MEDICINE, "    care: urgent\n", ""), /mycophenolate\.md: seriousSideEffects\.0\.care: /],
    ["an unknown care level", (dir) => replaceIn(dir, MEDICINE, "care: urgent", "care: soon"), /mycophenolate\.md: seriousSideEffects\.0\.care: must be one of: emergency, urgent/],
    ["no live-vaccine advice", (dir) => replaceIn(dir, MEDICINE, /^liveVaccines:\n(?: {2}.*\n)+/m, ""), /mycophenolate\.md: liveVaccines: is required/],
    ["an unknown pregnancy status", (dir) => replaceIn(dir, MEDICINE, "status: stop-before", "status: maybe"), /mycophenolate\.md: pregnancy\.status: must be one of: compatible, stop-before, avoid, limited-data/],
    ["stop-before without how long", (dir) => replaceIn(dir, MEDICINE, "  stopBefore: at least 6 weeks\n", ""), /mycophenolate\.md: pregnancy\.stopBefore: is required when pregnancy\.status is "stop-before"/],
    ["a time that repeats 'before'", (dir) => replaceIn(dir, MEDICINE, "stopBefore: at least 6 weeks", "stopBefore: 6 weeks before"), /mycophenolate\.md: pregnancy\.stopBefore: is shown as/],
    ["an unknown class", (dir) => replaceIn(dir, MEDICINE, "medicineClass: immunosuppressant", "medicineClass: miracle"), /mycophenolate\.md: medicineClass: must be one of/],
    ["an article-only field", (dir) => replaceIn(dir, MEDICINE, "section: medicines", "section: medicines\norder: 3"), /mycophenolate\.md: front matter: unknown field\(s\) order/],
    ["a body heading the page already shows", (dir) => replaceIn(dir, MEDICINE, "## How does it work?", "## Can I have vaccines?"), /mycophenolate\.md: body: heading "Can I have vaccines\?" repeats a heading/],
    ["an unknown table view", (dir) => replaceIn(dir, "medicines/index.md", 'view="a-to-z"', 'view="prices"'), /medicines\/index\.md: body: ::medicine-table on line \d+: needs view/],
    ["an unknown table class", (dir) => replaceIn(dir, "medicines/index.md", '{view="a-to-z"}', '{view="a-to-z" class="miracle"}'), /medicines\/index\.md: body: ::medicine-table on line \d+: class "miracle"/],
  ])("%s", async (_name, edit, expected) => {
    expect((await contentErrorFor(edit)).message).toMatch(expected);
  });

  it("an article outside content/medicines/ may not carry medicine facts", async () => {
    const error = await contentErrorFor((dir) => replaceIn(dir, "symptoms/kidneys.md", "order: 1", "order: 1\nbrandNames: [Plaquenil]"));
    expect(error.message).toMatch(/kidneys\.md: front matter: unknown field\(s\) brandNames/);
  });
});

describe("the medicine tables", () => {
  const pregnancyTable = async (edit: (dir: string) => void) => {
    const { medicines } = await loadEditedFixture(edit);
    return renderToStaticMarkup(createElement(MedicineTable, { view: "pregnancy-and-vaccines", medicines }));
  };

  it("change when a medicine's front matter changes", async () => {
    const before = await pregnancyTable(() => {});
    expect(before).toContain("Stop before trying to get pregnant (at least 6 weeks before)");
    const after = await pregnancyTable((dir) => {
      replaceIn(dir, MEDICINE, "  status: stop-before\n  stopBefore: at least 6 weeks\n", "  status: avoid\n");
      replaceIn(dir, MEDICINE, /liveVaccines:\n {2}status: avoid/, "liveVaccines:\n  status: allowed");
    });
    expect(after).not.toContain("Stop before trying to get pregnant");
    expect(after).toContain("Avoid in pregnancy");
    expect(after).toContain("Usually allowed");
  });

  it("list each medicine once, linked to its page, filtered by class when asked", async () => {
    const { medicines } = await loadSiteFrom(FIXTURE_SITE);
    const all = renderToStaticMarkup(createElement(MedicineTable, { view: "a-to-z", medicines }));
    expect(all.match(/<th scope="row">/g)).toHaveLength(2);
    expect(all).toContain('href="/medicines/hydroxychloroquine"');
    expect(all).toContain("CellCept, Myfortic");
    const immunosuppressants = renderToStaticMarkup(createElement(MedicineTable, { view: "a-to-z", medicineClass: "immunosuppressant", medicines }));
    expect(immunosuppressants).toContain("Mycophenolate");
    expect(immunosuppressants).not.toContain("Hydroxychloroquine");
  });

  it("take the place of their directive in the page body", async () => {
    const site = await loadSiteFrom(FIXTURE_SITE);
    const hub = site.pagesByUrl.get("/medicines");
    const html = renderToStaticMarkup(createElement(ArticleBody, { html: hub?.html ?? "", medicines: site.medicines }));
    expect(html).not.toContain("medicine-table-placeholder");
    expect(html.match(/<table class="medicine-table" data-medicine-table="(a-to-z|pregnancy-and-vaccines)">/g)).toHaveLength(2);
    expect(html.indexOf("Every medicine in the fixture.")).toBeLessThan(html.indexOf('data-medicine-table="a-to-z"'));
  });
});
