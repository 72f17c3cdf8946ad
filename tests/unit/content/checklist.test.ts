import { describe, expect, it } from "vitest";
import { loadSiteFrom } from "@/lib/content/load";
import { checklistGroupLabel, medicineNameSuggestions, prepareCatalog } from "@/lib/content/checklist";
import { contentErrorFor, FIXTURE_SITE, replaceIn } from "./fixture";

describe("the checklist from the content", () => {
  it("groups each symptom page's checklist under a short name, with stable ids and the warning flags", async () => {
    const { symptomGroups } = prepareCatalog(await loadSiteFrom(FIXTURE_SITE));
    expect(symptomGroups).toEqual([
      {
        id: "kidneys",
        label: "Kidneys",
        title: "Lupus and your kidneys",
        url: "/symptoms/kidneys",
        items: [
          { id: "kidneys/foamy-urine", symptom: "Foamy urine" },
          { id: "kidneys/blood-in-your-urine", symptom: "Blood in your urine", warning: "urgent" },
        ],
      },
    ]);
  });

  it("suggests every generic and brand name from the medicine pages, without notes", async () => {
    const { medicineNames } = prepareCatalog(await loadSiteFrom(FIXTURE_SITE));
    expect(medicineNames).toEqual(["CellCept", "hydroxychloroquine", "mycophenolate mofetil", "mycophenolic acid", "Myfortic", "Plaquenil"]);
    expect(medicineNameSuggestions({ medicines: [] })).toEqual([]);
  });

  it("offers every page's questions, by section, the hub first", async () => {
    const { questionSections } = prepareCatalog(await loadSiteFrom(FIXTURE_SITE));
    expect(questionSections.map((section) => [section.title, section.pages.map((page) => page.url)])).toEqual([
      ["About lupus", ["/about-lupus/what-is-lupus"]],
      ["Symptoms", ["/symptoms", "/symptoms/kidneys"]],
      ["Understand your test results", ["/tests/complement-c3-and-c4"]],
      ["Medicines A to Z", ["/medicines/hydroxychloroquine", "/medicines/mycophenolate"]],
    ]);
    expect(questionSections[1].pages[1].questions).toContain("How often should my urine be tested?");
  });

  it.each([
    ["Lupus and your kidneys", "Kidneys"],
    ["Lupus and your skin, hair and mouth", "Skin, hair and mouth"],
    ["Fatigue, fever and weight changes in lupus", "Fatigue, fever and weight changes"],
    ["Dry eyes", "Dry eyes"],
  ])("names the group for %s: %s", (title, label) => {
    expect(checklistGroupLabel(title)).toBe(label);
  });
});

describe("checklist mistakes fail the build, naming the file and the field", () => {
  it.each<[string, (dir: string) => void, RegExp]>([
    [
      "a checklist outside the symptom pages",
      (dir) => replaceIn(dir, "about-lupus/what-is-lupus.md", "order: 1", "order: 1\nchecklist:\n  - symptom: Tiredness"),
      /what-is-lupus\.md: checklist: is only for pages in content\/symptoms\//,
    ],
    [
      "a symptom listed twice",
      (dir) => replaceIn(dir, "symptoms/kidneys.md", "  - symptom: Foamy urine\n", "  - symptom: Foamy urine\n  - symptom: foamy urine\n"),
      /kidneys\.md: checklist\.1\.symptom: "foamy urine" is listed twice/,
    ],
    [
      "a warning with no call-out of that kind on the page",
      (dir) => replaceIn(dir, "symptoms/kidneys.md", "  - symptom: Foamy urine\n", "  - symptom: Foamy urine\n    warning: emergency\n"),
      /kidneys\.md: checklist\.0\.warning: is "emergency" but the page has no emergency call-out/,
    ],
    [
      "an unknown warning",
      (dir) => replaceIn(dir, "symptoms/kidneys.md", "warning: urgent", "warning: soon"),
      /kidneys\.md: checklist\.1\.warning: must be one of: emergency, urgent/,
    ],
    ["an empty symptom", (dir) => replaceIn(dir, "symptoms/kidneys.md", "symptom: Foamy urine", 'symptom: " "'), /kidneys\.md: checklist\.0\.symptom: must not be empty/],
  ])("%s", async (_name, edit, expected) => {
    const error = await contentErrorFor(edit);
    expect(error.message).toMatch(expected);
  });
});
