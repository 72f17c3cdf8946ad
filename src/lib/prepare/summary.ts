/**
 * The one-page summary a reader takes to a visit: pure functions from the checklist and what
 * the reader entered, so the page, the printout and "copy as text" say the same thing.
 *
 * Order, for a clinician reading fast: warning signs first of all (emergency, then urgent),
 * then symptoms that are new or getting worse, then the rest; within each, the checklist's own
 * order (organ system by organ system). The summary lists what the reader entered and the
 * advice the symptom pages give for warning signs. It never says what the cause may be.
 */
import type { PrepareCatalog, SymptomOption, Warning } from "./types";
import { EMERGENCY_CALL } from "../emergency";
import { CHANGE_OPTIONS, HOW_OFTEN_OPTIONS, optionLabel, type Change, type Medicine, type PrepareState } from "./state";

/** What to do about a ticked warning sign, in the words of the site's call-outs. */
export const WARNING_ADVICE: Record<Warning, { action: string; sign: string; reason: string }> = {
  emergency: {
    action: `${EMERGENCY_CALL} now`,
    sign: "Emergency sign",
    reason: "You ticked a sign that needs emergency care. Do not wait for your appointment.",
  },
  urgent: {
    action: "Call your care team today",
    sign: "Same-day sign",
    reason: "You ticked a sign that needs a call to your care team the same day. Do not wait for your appointment.",
  },
};

export type SummarySymptom = {
  id: string;
  symptom: string;
  /** The organ system (symptom page) it belongs to. */
  group: string;
  warning?: Warning;
  started: string;
  howOften: string;
  change: string;
  newOrWorse: boolean;
};

export type Summary = {
  /** Ticked emergency signs, then ticked urgent signs. */
  emergencySigns: SummarySymptom[];
  urgentSigns: SummarySymptom[];
  /** Every ticked symptom, in the order a clinician should read them. */
  symptoms: SummarySymptom[];
  otherSymptoms: string;
  medicines: Medicine[];
  /** Picked questions in the pages' order, then the reader's own. */
  questions: string[];
  isEmpty: boolean;
};

/** The most pressing warning among the items (emergency beats urgent), or undefined if none. */
export function warningLevel(items: readonly { warning?: Warning }[]): Warning | undefined {
  if (items.some((item) => item.warning === "emergency")) return "emergency";
  if (items.some((item) => item.warning === "urgent")) return "urgent";
  return undefined;
}

function isNewOrWorse(change: Change | ""): boolean {
  return change === "new" || change === "worse";
}

/** 0 emergency sign, 1 urgent sign, 2 new or worse, 3 the rest. */
export function symptomRank(item: { warning?: Warning; newOrWorse: boolean }): number {
  if (item.warning === "emergency") return 0;
  if (item.warning === "urgent") return 1;
  return item.newOrWorse ? 2 : 3;
}

/** Warning signs first, then new or worse, then the rest; the given order is kept within each rank. */
export function orderSymptoms<T extends { warning?: Warning; newOrWorse: boolean }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => symptomRank(a.item) - symptomRank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

function ownLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export function buildSummary(catalog: PrepareCatalog, state: PrepareState): Summary {
  const ticked: SummarySymptom[] = [];
  for (const group of catalog.symptomGroups) {
    for (const option of group.items) {
      const entry = state.symptoms[option.id];
      if (!entry) continue;
      ticked.push(summarySymptom(option, group.label, entry));
    }
  }
  const symptoms = orderSymptoms(ticked);

  const allQuestions = catalog.questionSections.flatMap((section) => section.pages.flatMap((page) => page.questions));
  const picked = new Set(state.questions);
  const inPageOrder = [...new Set(allQuestions.filter((question) => picked.has(question)))];
  const noLongerListed = state.questions.filter((question) => !allQuestions.includes(question));

  const medicines = state.medicines
    .map((medicine) => ({ name: medicine.name.trim(), dose: medicine.dose.trim() }))
    .filter((medicine) => medicine.name !== "" || medicine.dose !== "");
  const questions = [...inPageOrder, ...noLongerListed, ...ownLines(state.ownQuestions)];
  const otherSymptoms = state.otherSymptoms.trim();

  return {
    emergencySigns: symptoms.filter((item) => item.warning === "emergency"),
    urgentSigns: symptoms.filter((item) => item.warning === "urgent"),
    symptoms,
    otherSymptoms,
    medicines,
    questions,
    isEmpty: symptoms.length === 0 && otherSymptoms === "" && medicines.length === 0 && questions.length === 0,
  };
}

function summarySymptom(option: SymptomOption, group: string, entry: PrepareState["symptoms"][string]): SummarySymptom {
  return {
    id: option.id,
    symptom: option.symptom,
    group,
    ...(option.warning ? { warning: option.warning } : {}),
    started: entry.started.trim(),
    howOften: optionLabel(HOW_OFTEN_OPTIONS, entry.howOften),
    change: optionLabel(CHANGE_OPTIONS, entry.change),
    newOrWorse: isNewOrWorse(entry.change),
  };
}

/** "New since my last visit. Started: 2 weeks ago. How often: Every day." (only what was answered) */
export function symptomDetails(item: SummarySymptom): string {
  return [item.change && `${item.change}.`, item.started && `Started: ${item.started}.`, item.howOften && `How often: ${item.howOften}.`]
    .filter(Boolean)
    .join(" ");
}

export function medicineLine(medicine: Medicine): string {
  if (medicine.name && medicine.dose) return `${medicine.name}: ${medicine.dose}`;
  return medicine.name || `(medicine not named): ${medicine.dose}`;
}

export const NOT_A_DIAGNOSIS = "This is a list to help the visit, not a diagnosis.";

/**
 * The summary as plain text, for a message in a patient portal. `preparedOn` is the date as the
 * reader should see it; `getHelpUrl` is the address of the warning-signs page.
 */
export function summaryText(summary: Summary, { preparedOn, getHelpUrl }: { preparedOn: string; getHelpUrl: string }): string {
  const lines: string[] = ["APPOINTMENT SUMMARY", `Prepared on ${preparedOn}. ${NOT_A_DIAGNOSIS}`];

  for (const [level, signs] of [
    ["emergency", summary.emergencySigns],
    ["urgent", summary.urgentSigns],
  ] as const) {
    if (signs.length === 0) continue;
    const advice = WARNING_ADVICE[level];
    lines.push("", `${advice.action.toUpperCase()}.`, advice.reason, ...signs.map((item) => `- ${item.symptom}`));
  }
  if (summary.emergencySigns.length > 0) lines.push("Do not wait for a reply to a message about an emergency sign.");
  if (summary.emergencySigns.length + summary.urgentSigns.length > 0) lines.push(`Warning signs: ${getHelpUrl}`);

  lines.push("", "SYMPTOMS (warning signs first, then new or worse, then the rest)");
  if (summary.symptoms.length === 0) lines.push("None ticked.");
  for (const item of summary.symptoms) {
    const flag = item.warning ? ` ${WARNING_ADVICE[item.warning].sign}.` : "";
    const details = symptomDetails(item);
    lines.push(`- ${item.symptom} (${item.group}).${flag}${details ? ` ${details}` : ""}`);
  }
  if (summary.otherSymptoms) lines.push("", "OTHER THINGS I HAVE NOTICED", summary.otherSymptoms);

  lines.push("", "MY MEDICINES AND DOSES");
  if (summary.medicines.length === 0) lines.push("None listed.");
  lines.push(...summary.medicines.map((medicine) => `- ${medicineLine(medicine)}`));

  lines.push("", "MY QUESTIONS");
  if (summary.questions.length === 0) lines.push("None listed.");
  lines.push(...summary.questions.map((question, index) => `${index + 1}. ${question}`));

  return lines.join("\n");
}
