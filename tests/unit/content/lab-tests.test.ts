/** The test-result page type, the finder's matching words, and the JSON index portals read. */
import { describe, expect, it } from "vitest";
import { loadSiteFrom } from "@/lib/content/load";
import { finderWords, loincCodes, reportNamesAToZ, testIndexJson } from "@/lib/content/test-index";
import { contentErrorFor, FIXTURE_SITE, replaceIn } from "./fixture";

const TEST = "tests/complement-c3-and-c4.md";

describe("a test page", () => {
  it("keeps its facts apart from the article fields", async () => {
    const { labTests } = await loadSiteFrom(FIXTURE_SITE);
    expect(labTests.map((test) => test.url)).toEqual(["/tests/complement-c3-and-c4"]);
    expect(labTests[0].labTest.reportNames).toContain("C3 COMPLEMENT");
    expect(labTests[0]).not.toHaveProperty("reportNames");
  });

  it.each<[string, (dir: string) => void, RegExp]>([
    ["no report names", (dir) => replaceIn(dir, TEST, /^reportNames: .*\n/m, ""), /complement-c3-and-c4\.md: reportNames: is required/],
    ["no prompt-contact advice", (dir) => replaceIn(dir, TEST, /^promptContact:\n(?: {2}.*\n)+/m, "promptContact: []\n"), /complement-c3-and-c4\.md: promptContact: must say which results/],
    ["a malformed LOINC code", (dir) => replaceIn(dir, TEST, "code: 4485-9", "code: C3-LEVEL"), /complement-c3-and-c4\.md: loinc\.0\.code: must be a LOINC code/],
    ["no 'does not mean'", (dir) => replaceIn(dir, TEST, /^doesNotMean: .*\n/m, ""), /complement-c3-and-c4\.md: doesNotMean: is required/],
    ["an unknown care level", (dir) => replaceIn(dir, TEST, "care: urgent", "care: whenever"), /complement-c3-and-c4\.md: promptContact\.0\.care: must be one of: emergency, urgent, talk-to-doctor/],
    ["a body heading the page already shows", (dir) => replaceIn(dir, TEST, "## Why do the levels change?", "## How often is it checked?"), /complement-c3-and-c4\.md: body: heading "How often is it checked\?" repeats a heading/],
  ])("fails with %s, naming file and field", async (_name, edit, expected) => {
    expect((await contentErrorFor(edit)).message).toMatch(expected);
  });
});

describe("the finder and the index", () => {
  it("match names whatever their case, punctuation or spacing", () => {
    expect(finderWords("C3 COMPLEMENT")).toBe("c3 complement");
    expect(finderWords("Anti-dsDNA Ab, IgG")).toBe("anti dsdna ab igg");
    expect(finderWords("Sjögren")).toBe("sjogren");
  });

  it("list every report name and the title, A to Z, each linking to its page", async () => {
    const { labTests } = await loadSiteFrom(FIXTURE_SITE);
    const rows = reportNamesAToZ(labTests);
    expect(rows.map((row) => row.name)).toEqual(["C3 COMPLEMENT", "C4, serum", "Complement C3 and C4", "Complement component 3"]);
    expect(new Set(rows.map((row) => row.url))).toEqual(new Set(["/tests/complement-c3-and-c4"]));
  });

  it("give portals a documented shape with codes, names, addresses and review dates", async () => {
    const { labTests } = await loadSiteFrom(FIXTURE_SITE);
    const index = testIndexJson(labTests);
    expect(index.version).toBe(1);
    expect(index.tests).toEqual([
      {
        title: "Complement C3 and C4",
        url: expect.stringMatching(/^https?:\/\/[^/]+\/tests\/complement-c3-and-c4$/),
        path: "/tests/complement-c3-and-c4",
        reportNames: ["C3 COMPLEMENT", "C4, serum", "Complement component 3"],
        loinc: [{ code: "4485-9", name: "Complement C3 [Mass/volume] in Serum or Plasma", path: "/tests/code/4485-9" }],
        lastReviewed: "2026-12-01",
      },
    ]);
    expect(loincCodes(labTests).map((entry) => entry.code)).toEqual(["4485-9"]);
  });
});
