import { dictionaryFor } from "../i18n";

/**
 * The fixed parts of every medicine page, in order, with stable heading ids (people link to
 * them, so they never change). The medicine page renders them from front matter; a body
 * heading may not reuse one of these ids (the loader checks). Their words are in the dictionary.
 */
const MEDICINE_HEADING_IDS = [
  "what-is-it-for",
  "how-do-i-take-it",
  "before-you-start",
  "checks-while-you-take-it",
  "common-side-effects",
  "serious-side-effects",
  "pregnancy-breastfeeding-and-fertility",
  "vaccines",
  "other-medicines",
] as const;
export type MedicineHeadingId = (typeof MEDICINE_HEADING_IDS)[number];
export const MEDICINE_HEADINGS = MEDICINE_HEADING_IDS.map((id) => ({ id, text: dictionaryFor().medicines.headings[id] }));

/** The fixed parts of every test page, in order, with stable heading ids. */
const LAB_TEST_HEADING_IDS = [
  "names-on-your-report",
  "what-it-measures",
  "why-it-is-done",
  "how-results-are-reported",
  "high-or-positive",
  "low-or-negative",
  "what-it-does-not-mean",
  "how-often",
  "when-to-call",
] as const;
export type LabTestHeadingId = (typeof LAB_TEST_HEADING_IDS)[number];
export const LAB_TEST_HEADINGS = LAB_TEST_HEADING_IDS.map((id) => ({ id, text: dictionaryFor().labTests.headings[id] }));
