/** Published addresses and section anchors never silently break: a move or a heading alias keeps each one working. */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { contentErrorFor, loadEditedFixture, replaceIn } from "./fixture";
import { currentAddresses, unrecordedAddresses, withCurrentAddresses } from "@/lib/content/published";
import { STATIC_ROUTES } from "@/lib/site";

const KIDNEYS = "symptoms/kidneys.md";
const record = (dir: string, addresses: Record<string, string[]>) =>
  writeFileSync(path.join(dir, "published-addresses.json"), JSON.stringify(addresses));

describe("the record of published addresses", () => {
  it("fails the build, naming page and anchor, when a published heading is renamed without an alias", async () => {
    const error = await contentErrorFor((dir) => {
      record(dir, { "/symptoms/kidneys": ["how-is-it-checked"] });
      replaceIn(dir, KIDNEYS, "## How is it checked?", "## How do doctors check it?");
      replaceIn(dir, "about-lupus/what-is-lupus.md", "/symptoms/kidneys#how-is-it-checked", "/symptoms/kidneys#how-do-doctors-check-it");
    });
    expect(error.message).toMatch(/symptoms\/kidneys\.md: headingAliases: "\/symptoms\/kidneys#how-is-it-checked" was published and no heading has that id now/);
  });

  it("accepts the rename once the old id is an alias, and puts the old anchor at the new heading", async () => {
    const site = await loadEditedFixture((dir) => {
      record(dir, { "/symptoms/kidneys": ["how-is-it-checked"] });
      replaceIn(dir, KIDNEYS, "## How is it checked?", "## How do doctors check it?");
      replaceIn(dir, KIDNEYS, "order: 1", "order: 1\nheadingAliases:\n  how-is-it-checked: how-do-doctors-check-it");
      replaceIn(dir, "about-lupus/what-is-lupus.md", "/symptoms/kidneys#how-is-it-checked", "/symptoms/kidneys#how-do-doctors-check-it");
    });
    const html = site.pagesByUrl.get("/symptoms/kidneys")?.html ?? "";
    expect(html).toMatch(/<span id="how-is-it-checked" class="heading-alias"><\/span><div class="heading-with-anchor"><h2 id="how-do-doctors-check-it">/);
  });

  it("fails the build when a published page disappears without a move", async () => {
    const error = await contentErrorFor((dir) => record(dir, { "/symptoms/liver": [] }));
    expect(error.message).toMatch(/published-addresses\.json: \/symptoms\/liver: "\/symptoms\/liver" was published and is no longer a page; restore it or add a move/);
  });

  it("accepts a moved page when its anchors land on the new page", async () => {
    const site = await loadEditedFixture((dir) => {
      record(dir, { "/symptoms/renal": ["how-is-it-checked"] });
      writeFileSync(path.join(dir, "moves.yml"), "- from: /symptoms/renal\n  to: /symptoms/kidneys\n  movedOn: 2026-12-01\n");
    });
    expect(site.moves).toHaveLength(1);
  });

  it("fails when a published glossary term is removed", async () => {
    const error = await contentErrorFor((dir) => record(dir, { "/glossary": ["lupus-nephritis", "butterfly-rash"] }));
    expect(error.message).toMatch(/glossary\.yml: butterfly-rash: "\/glossary#butterfly-rash" was published and the term is gone/);
  });

  it.each<[string, string, RegExp]>([
    ["an alias that points nowhere", "  how-was-it-found: no-such-heading", /kidneys\.md: headingAliases\.how-was-it-found: points to "no-such-heading", which is not a heading on this page/],
    ["an alias that is a live heading", "  blood-pressure: how-is-it-checked", /kidneys\.md: headingAliases\.blood-pressure: "blood-pressure" is a heading on this page now/],
  ])("refuses %s", async (_name, alias, expected) => {
    const error = await contentErrorFor((dir) => replaceIn(dir, KIDNEYS, "order: 1", `order: 1\nheadingAliases:\n${alias}`));
    expect(error.message).toMatch(expected);
  });

  it("grows and never shrinks: recording adds new addresses and keeps old ones", async () => {
    const site = await loadEditedFixture(() => {});
    const current = currentAddresses({ pagesByUrl: site.pagesByUrl, glossary: site.glossary, staticRoutes: STATIC_ROUTES });
    const old = { "/symptoms/renal": ["how-is-it-checked"] };
    expect(unrecordedAddresses(old, current)).toContain("/symptoms/kidneys");
    const merged = withCurrentAddresses(old, current);
    expect(merged["/symptoms/renal"]).toEqual(["how-is-it-checked"]);
    expect(merged["/symptoms/kidneys"]).toEqual(expect.arrayContaining(["how-is-it-checked", "blood-pressure", "sources"]));
    expect(unrecordedAddresses(merged, current)).toEqual([]);
  });
});
