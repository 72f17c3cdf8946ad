/**
 * The one-page summary a reader takes to a visit: pure functions from the checklist and what
 * the reader entered, so the page, the printout and "copy as text" say the same thing.
 *
 * Order, for a clinician reading fast: warning signs first of all (emergency, then urgent),
 * then symptoms that are new or getting worse, then the rest; within each, the checklist's own
 * order (organ system by organ system). The summary lists what the reader entered and the
 * advice the symptom pages give for warning signs. It never says what the cause may be.
 */
import { format } from "../i18n/format";
import { EMERGENCY_CALL } from "../emergency";
import type { PrepareCatalog, PrepareWords, SymptomOption, Warning } from "./types";
import type { Change, HowOften, Medicine, PrepareState } from "./state";

export type WarningAdvice = { action: string; sign: string; reason: string };

/** What to do about a ticked warning sign, in the words of the site's call-outs. */
export function warningAdvice(words: PrepareWords): Record<Warning, WarningAdvice> {
  const { emergency, urgent } = words.warnings;
  return {
    emergency: { ...emergency, action: format(emergency.action, { emergency: EMERGENCY_CALL }) },
    urgent,
  };
}

export type SummarySymptom = {
  id: string;
  symptom: string;
  /** The organ system (symptom page) it belongs to. */
  group: string;
  warning?: Warning;
  started: string;
  howOften: HowOften | "";
  change: Change | "";
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
    howOften: entry.howOften,
    change: entry.change,
    newOrWorse: isNewOrWorse(entry.change),
  };
}

/** "New since my last visit. Started: 2 weeks ago. How often: Every day." (only what was answered) */
export function symptomDetails(item: SummarySymptom, words: PrepareWords): string {
  const { symptoms, summary } = words;
  return [
    item.change && format(summary.change, { change: symptoms.changeOptions[item.change] }),
    item.started && format(summary.started, { started: item.started }),
    item.howOften && format(summary.howOften, { howOften: symptoms.howOftenOptions[item.howOften] }),
  ]
    .filter(Boolean)
    .join(" ");
}

export function medicineLine(medicine: Medicine, words: PrepareWords): string {
  if (medicine.name && medicine.dose) return format(words.summary.medicine, { name: medicine.name, dose: medicine.dose });
  return medicine.name || format(words.summary.unnamedMedicine, { dose: medicine.dose });
}

/**
 * The summary as plain text, for a message in a patient portal. `preparedOn` is the date as the
 * reader should see it; `getHelpUrl` is the address of the warning-signs page.
 */
export function summaryText(
  summary: Summary,
  { preparedOn, getHelpUrl, words, locale }: { preparedOn: string; getHelpUrl: string; words: PrepareWords; locale: string },
): string {
  const { text, summary: sheet } = words;
  const advice = warningAdvice(words);
  const item = (value: string) => format(text.listItem, { item: value });
  const lines: string[] = [text.title, `${format(sheet.preparedOn, { date: preparedOn })} ${sheet.notADiagnosis}`];

  for (const [level, signs] of [
    ["emergency", summary.emergencySigns],
    ["urgent", summary.urgentSigns],
  ] as const) {
    if (signs.length === 0) continue;
    const { action, reason } = advice[level];
    lines.push("", `${action.toLocaleUpperCase(locale)}.`, reason, ...signs.map((sign) => item(sign.symptom)));
  }
  if (summary.emergencySigns.length > 0) lines.push(text.noReplyForEmergencies);
  if (summary.emergencySigns.length + summary.urgentSigns.length > 0) lines.push(format(text.warningSigns, { url: getHelpUrl }));

  lines.push("", text.symptoms);
  if (summary.symptoms.length === 0) lines.push(sheet.noneTicked);
  for (const symptom of summary.symptoms) {
    const flag = symptom.warning ? ` ${advice[symptom.warning].sign}.` : "";
    const details = symptomDetails(symptom, words);
    lines.push(`${format(text.symptom, { symptom: symptom.symptom, group: symptom.group })}${flag}${details ? ` ${details}` : ""}`);
  }
  if (summary.otherSymptoms) lines.push("", text.otherSymptoms, summary.otherSymptoms);

  lines.push("", text.medicines);
  if (summary.medicines.length === 0) lines.push(sheet.noneListed);
  lines.push(...summary.medicines.map((medicine) => item(medicineLine(medicine, words))));

  lines.push("", text.questions);
  if (summary.questions.length === 0) lines.push(sheet.noneListed);
  lines.push(...summary.questions.map((question, index) => format(text.numbered, { number: index + 1, item: question })));

  return lines.join("\n");
}
