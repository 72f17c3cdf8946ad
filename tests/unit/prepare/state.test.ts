import { describe, expect, it } from "vitest";
import {
  emptyState,
  isEmptyState,
  parseStoredState,
  serializeState,
  setQuestionPicked,
  setSymptomTicked,
  STORAGE_VERSION,
  updateSymptomEntry,
  type PrepareState,
} from "@/lib/prepare/state";

const FULL: PrepareState = {
  symptoms: { "kidneys/foamy-urine": { started: "last week", howOften: "daily", change: "new" } },
  otherSymptoms: "Ringing ears",
  medicines: [{ name: "Hydroxychloroquine", dose: "200 mg twice a day" }],
  questions: ["What should my blood pressure be?"],
  ownQuestions: "Can I travel?",
};

describe("stored checklist", () => {
  it("reads back what it wrote, with its version", () => {
    const raw = serializeState(FULL);
    expect(JSON.parse(raw).version).toBe(STORAGE_VERSION);
    expect(parseStoredState(raw)).toEqual(FULL);
  });

  it.each([
    ["nothing stored", null],
    ["an empty string", ""],
    ["broken JSON", "{not json"],
    ["another version", JSON.stringify({ ...FULL, version: STORAGE_VERSION + 1 })],
    ["no version", JSON.stringify(FULL)],
    ["an array", "[1,2]"],
  ])("starts empty from %s", (_name, raw) => {
    expect(parseStoredState(raw)).toEqual(emptyState());
  });

  it("drops fields of the wrong type and option values it does not know", () => {
    const raw = JSON.stringify({
      version: STORAGE_VERSION,
      symptoms: { "a/b": { started: 5, howOften: "hourly", change: "worse" }, "a/c": "yes" },
      otherSymptoms: ["x"],
      medicines: [{ name: "Prednisone", dose: 5 }, "aspirin", null],
      questions: ["Why?", 3, "", "Why?"],
      ownQuestions: { text: "x" },
    });
    expect(parseStoredState(raw)).toEqual({
      symptoms: { "a/b": { started: "", howOften: "", change: "worse" }, "a/c": { started: "", howOften: "", change: "" } },
      otherSymptoms: "",
      medicines: [{ name: "Prednisone", dose: "" }],
      questions: ["Why?"],
      ownQuestions: "",
    });
  });

  it("forgets ticks for symptoms the checklist no longer lists", () => {
    const raw = serializeState({ ...FULL, symptoms: { ...FULL.symptoms, "kidneys/removed": { started: "", howOften: "", change: "" } } });
    expect(Object.keys(parseStoredState(raw, new Set(["kidneys/foamy-urine"])).symptoms)).toEqual(["kidneys/foamy-urine"]);
  });
});

describe("emptiness", () => {
  it("treats blank text and empty medicine rows as nothing entered", () => {
    expect(isEmptyState(emptyState())).toBe(true);
    expect(isEmptyState({ ...emptyState(), otherSymptoms: "  \n", ownQuestions: " ", medicines: [{ name: " ", dose: "" }] })).toBe(true);
  });

  it.each<[string, Partial<PrepareState>]>([
    ["a tick", { symptoms: FULL.symptoms }],
    ["other symptoms", { otherSymptoms: "x" }],
    ["a medicine", { medicines: [{ name: "", dose: "5 mg" }] }],
    ["a picked question", { questions: ["Why?"] }],
    ["an own question", { ownQuestions: "Why?" }],
  ])("is not empty with %s", (_name, part) => {
    expect(isEmptyState({ ...emptyState(), ...part })).toBe(false);
  });
});

describe("changes", () => {
  it("ticks a symptom with blank details, and unticking forgets them", () => {
    const ticked = setSymptomTicked(emptyState(), "a/b", true);
    expect(ticked.symptoms).toEqual({ "a/b": { started: "", howOften: "", change: "" } });
    const detailed = updateSymptomEntry(ticked, "a/b", { change: "worse" });
    expect(setSymptomTicked(detailed, "a/b", true).symptoms["a/b"].change).toBe("worse");
    expect(setSymptomTicked(detailed, "a/b", false).symptoms).toEqual({});
  });

  it("does not give details to a symptom that is not ticked", () => {
    expect(updateSymptomEntry(emptyState(), "a/b", { started: "today" })).toEqual(emptyState());
  });

  it("picks a question once and unpicks it", () => {
    const once = setQuestionPicked(setQuestionPicked(emptyState(), "Why?", true), "Why?", true);
    expect(once.questions).toEqual(["Why?"]);
    expect(setQuestionPicked(once, "Why?", false).questions).toEqual([]);
  });
});
