import { describe, expect, it } from "vitest";
import path from "node:path";
import { buildSummary, orderSymptoms, summaryText, symptomRank, warningLevel } from "@/lib/prepare/summary";
import { emptyEntry, emptyState, type PrepareState, type SymptomEntry } from "@/lib/prepare/state";
import { loadSiteFrom } from "@/lib/content/load";
import { prepareCatalog } from "@/lib/content/checklist";
import { CATALOG } from "./fixture";
import { dictionaryFor } from "@/lib/i18n";

function withTicks(ticks: Record<string, Partial<SymptomEntry>>, rest: Partial<PrepareState> = {}): PrepareState {
  const symptoms = Object.fromEntries(Object.entries(ticks).map(([id, entry]) => [id, { ...emptyEntry(), ...entry }]));
  return { ...emptyState(), symptoms, ...rest };
}

const TEXT_OPTIONS = { preparedOn: "March 3, 2027", getHelpUrl: "https://lupus.example.org/get-help", words: dictionaryFor().prepare, locale: "en-US" };

describe("warning-sign detection", () => {
  it("finds no warning among ordinary symptoms", () => {
    expect(warningLevel([{}, { warning: undefined }])).toBeUndefined();
    expect(warningLevel([])).toBeUndefined();
  });

  it("finds an urgent sign", () => {
    expect(warningLevel([{}, { warning: "urgent" }])).toBe("urgent");
  });

  it("lets an emergency sign outrank an urgent one, wherever it is", () => {
    expect(warningLevel([{ warning: "urgent" }, {}, { warning: "emergency" }])).toBe("emergency");
  });

  it("reports the ticked signs of each kind, and nothing for unticked ones", () => {
    const none = buildSummary(CATALOG, withTicks({ "joints/stiff-joints": {}, "heart/cold-fingers": {} }));
    expect(none.emergencySigns).toEqual([]);
    expect(none.urgentSigns).toEqual([]);

    const both = buildSummary(CATALOG, withTicks({ "heart/chest-pain": {}, "joints/much-worse-joint-pain": {}, "joints/stiff-joints": {} }));
    expect(both.emergencySigns.map((item) => item.symptom)).toEqual(["Chest pain"]);
    expect(both.urgentSigns.map((item) => item.symptom)).toEqual(["Much worse joint pain"]);
  });
});

describe("summary ordering", () => {
  it("ranks emergency, then urgent, then new or worse, then the rest", () => {
    expect(symptomRank({ warning: "emergency", newOrWorse: false })).toBe(0);
    expect(symptomRank({ warning: "urgent", newOrWorse: true })).toBe(1);
    expect(symptomRank({ newOrWorse: true })).toBe(2);
    expect(symptomRank({ newOrWorse: false })).toBe(3);
  });

  it("keeps the given order within a rank", () => {
    const items = [
      { name: "a", newOrWorse: false },
      { name: "b", newOrWorse: true },
      { name: "c", newOrWorse: false, warning: "urgent" as const },
      { name: "d", newOrWorse: true },
      { name: "e", newOrWorse: false, warning: "emergency" as const },
      { name: "f", newOrWorse: false },
    ];
    expect(orderSymptoms(items).map((item) => item.name)).toEqual(["e", "c", "b", "d", "a", "f"]);
  });

  it("puts warning signs first of all, then new or worse symptoms, then the rest in checklist order", () => {
    const summary = buildSummary(
      CATALOG,
      withTicks({
        "heart/cold-fingers": { change: "same" },
        "joints/stiff-joints": {},
        "joints/sore-muscles": { change: "worse" },
        "heart/chest-pain": { change: "better" },
        "joints/much-worse-joint-pain": {},
      }),
    );
    expect(summary.symptoms.map((item) => item.symptom)).toEqual(["Chest pain", "Much worse joint pain", "Sore muscles", "Stiff joints", "Cold fingers"]);
  });

  it("counts only 'new' and 'getting worse' as new or worse", () => {
    const summary = buildSummary(
      CATALOG,
      withTicks({ "joints/stiff-joints": { change: "better" }, "joints/sore-muscles": { change: "same" }, "heart/cold-fingers": { change: "new" } }),
    );
    expect(summary.symptoms.map((item) => [item.symptom, item.newOrWorse])).toEqual([
      ["Cold fingers", true],
      ["Stiff joints", false],
      ["Sore muscles", false],
    ]);
  });

  it("ignores ticks for symptoms the checklist no longer has", () => {
    const summary = buildSummary(CATALOG, withTicks({ "joints/gone": {}, "joints/stiff-joints": {} }));
    expect(summary.symptoms.map((item) => item.id)).toEqual(["joints/stiff-joints"]);
  });

  it("lists picked questions in the pages' order, then ones no longer listed, then the reader's own", () => {
    const summary = buildSummary(
      CATALOG,
      withTicks({}, {
        questions: ["How often should my blood pressure be checked?", "An old question", "Is it safe to exercise?"],
        ownQuestions: "  Can I travel?  \n\n Will this pass?\n",
      }),
    );
    expect(summary.questions).toEqual([
      "Is it safe to exercise?",
      "How often should my blood pressure be checked?",
      "An old question",
      "Can I travel?",
      "Will this pass?",
    ]);
  });

  it("drops empty medicine rows and trims the rest", () => {
    const summary = buildSummary(
      CATALOG,
      withTicks({}, { medicines: [{ name: " Hydroxychloroquine ", dose: "200 mg twice a day " }, { name: " ", dose: "" }, { name: "", dose: "5 mg" }] }),
    );
    expect(summary.medicines).toEqual([
      { name: "Hydroxychloroquine", dose: "200 mg twice a day" },
      { name: "", dose: "5 mg" },
    ]);
  });

  it("is empty when nothing was entered, and not once anything was", () => {
    expect(buildSummary(CATALOG, emptyState()).isEmpty).toBe(true);
    expect(buildSummary(CATALOG, withTicks({}, { medicines: [{ name: "", dose: "" }], ownQuestions: "  " })).isEmpty).toBe(true);
    expect(buildSummary(CATALOG, withTicks({}, { otherSymptoms: "Ringing ears" })).isEmpty).toBe(false);
  });
});

describe("copy as text", () => {
  it("leads with the emergency line, then the same-day line, and lists symptoms in summary order", () => {
    const summary = buildSummary(
      CATALOG,
      withTicks(
        { "joints/stiff-joints": { started: "2 weeks ago", howOften: "daily", change: "worse" }, "heart/chest-pain": {}, "joints/much-worse-joint-pain": {} },
        { medicines: [{ name: "Prednisone", dose: "5 mg a day" }], questions: ["Is it safe to exercise?"], ownQuestions: "Can I travel?" },
      ),
    );
    const text = summaryText(summary, TEXT_OPTIONS);
    const lines = text.split("\n");
    expect(lines[0]).toBe("APPOINTMENT SUMMARY");
    expect(lines[1]).toBe("Prepared on March 3, 2027. This is a list to help the visit, not a diagnosis.");
    const emergency = lines.indexOf("CALL 911 OR YOUR LOCAL EMERGENCY NUMBER NOW.");
    const urgent = lines.indexOf("CALL YOUR CARE TEAM TODAY.");
    const symptoms = lines.findIndex((line) => line.startsWith("SYMPTOMS"));
    expect(emergency).toBeGreaterThan(1);
    expect(urgent).toBeGreaterThan(emergency);
    expect(symptoms).toBeGreaterThan(urgent);
    expect(lines[emergency + 2]).toBe("- Chest pain");
    expect(text).toContain("Warning signs: https://lupus.example.org/get-help");
    expect(text).toContain("Do not wait for a reply to a message about an emergency sign.");
    expect(lines.slice(symptoms + 1, symptoms + 4)).toEqual([
      "- Chest pain (Heart). Emergency sign.",
      "- Much worse joint pain (Joints). Same-day sign.",
      "- Stiff joints (Joints). Getting worse. Started: 2 weeks ago. How often: Every day.",
    ]);
    expect(text).toContain("MY MEDICINES AND DOSES\n- Prednisone: 5 mg a day");
    expect(text).toContain("MY QUESTIONS\n1. Is it safe to exercise?\n2. Can I travel?");
  });

  it("gives no warning line when no warning sign is ticked", () => {
    const text = summaryText(buildSummary(CATALOG, withTicks({ "joints/stiff-joints": {} })), TEXT_OPTIONS);
    expect(text).not.toMatch(/911|CALL YOUR CARE TEAM|Warning signs:/);
    expect(text).toContain("- Stiff joints (Joints).");
  });

  it("says only the same-day line when the only warning sign is urgent", () => {
    const text = summaryText(buildSummary(CATALOG, withTicks({ "joints/much-worse-joint-pain": {} })), TEXT_OPTIONS);
    expect(text).toContain("CALL YOUR CARE TEAM TODAY.");
    expect(text).not.toContain("911");
  });

  it("says what is missing rather than leaving a section blank", () => {
    const text = summaryText(buildSummary(CATALOG, emptyState()), TEXT_OPTIONS);
    expect(text).toContain("SYMPTOMS (warning signs first, then new or worse, then the rest)\nNone ticked.");
    expect(text).toContain("MY MEDICINES AND DOSES\nNone listed.");
    expect(text).toContain("MY QUESTIONS\nNone listed.");
  });
});

describe("never a diagnosis", () => {
  it("does not say whether the reader has lupus, even with every real symptom ticked", async () => {
    const catalog = prepareCatalog(await loadSiteFrom(path.resolve("content")));
    const everything = Object.fromEntries(
      catalog.symptomGroups.flatMap((group) => group.items).map((item) => [item.id, { started: "", howOften: "", change: "new" } as const]),
    );
    const summary = buildSummary(catalog, { ...emptyState(), symptoms: everything });
    expect(summary.symptoms.length).toBeGreaterThan(30);
    const text = summaryText(summary, TEXT_OPTIONS);
    expect(text).toContain("not a diagnosis");
    expect(text).not.toMatch(/\b(have|has|had|having)\b[^.\n]{0,20}\blupus\b/i);
    expect(text).not.toMatch(/\blupus\b[^.\n]{0,20}\b(likely|unlikely|possible|probable|diagnos)/i);
  });
});
