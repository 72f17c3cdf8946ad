import { appendFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentErrorFor, loadEditedFixture, replaceIn } from "./fixture";
import { containsPhrase } from "@/lib/content/patient-words";

const FILE = "patient-words.yml";
const problemsFor = async (edit: (dir: string) => void) =>
  (await contentErrorFor(edit)).problems.map((problem) => `${path.basename(problem.file)}: ${problem.field}: ${problem.message}`);

describe("content/patient-words.yml", () => {
  it("loads, and reaches the site as patientWords", async () => {
    const site = await loadEditedFixture(() => {});
    expect(site.patientWords.find((entry) => entry.says.includes("pee"))?.means).toEqual(["urine"]);
  });

  it("is required", async () => {
    expect(await problemsFor((dir) => rmSync(path.join(dir, FILE)))).toEqual([expect.stringMatching(/^patient-words\.yml: file: is missing/)]);
  });

  it.each([
    ["a patient word listed twice", "- says: [pee]\n  means: [kidney]\n", /1?5\.says\.0: "pee" is already listed in entry 0/],
    ["a word the site never uses as its meaning", "- says: [wee]\n  means: [micturition]\n", /5\.means\.0: "micturition" does not occur/],
    ["a page that does not exist", "- says: [wee]\n  means: [urine]\n  pages: [/symptoms/bladder]\n", /5\.pages\.0: "\/symptoms\/bladder" is not a page/],
    ["capital letters", "- says: [Wee]\n  means: [urine]\n", /5\.says\.0: must be written in lowercase/],
    ["an unknown field", "- says: [wee]\n  means: [urine]\n  weight: 3\n", /5: Unrecognized key/],
  ])("refuses %s, naming the entry and field", async (_, entry, message) => {
    expect(await problemsFor((dir) => appendFileSync(path.join(dir, FILE), entry))).toEqual([expect.stringMatching(message)]);
  });

  it("refuses a glossary name, which search matches already", async () => {
    const problems = await problemsFor((dir) => appendFileSync(path.join(dir, FILE), "- says: [lupus nephritis]\n  means: [urine]\n"));
    expect(problems).toEqual([expect.stringMatching(/5\.says\.0: "lupus nephritis" is a glossary term or alias already/)]);
  });

  it("needs every article to be the home of at least one entry", async () => {
    const problems = await problemsFor((dir) => replaceIn(dir, FILE, "  pages: [/symptoms/kidneys]\n", ""));
    expect(problems).toEqual(["patient-words.yml: pages: no entry lists /symptoms/kidneys: add the words readers use to find it"]);
  });
});

describe("containsPhrase", () => {
  it("finds whole words and phrases only, ignoring case", () => {
    expect(containsPhrase("Foamy Urine can be a sign", "foamy urine")).toBe(true);
    expect(containsPhrase("urinalysis", "urine")).toBe(false);
    expect(containsPhrase("a C3 test", "c3")).toBe(true);
  });
});
