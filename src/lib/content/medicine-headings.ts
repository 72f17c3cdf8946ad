/**
 * The fixed parts of every medicine page, in order, with stable heading ids (people link to
 * them, so they never change). The medicine page renders them from front matter; a body
 * heading may not reuse one of these ids (the loader checks).
 */
export const MEDICINE_HEADINGS = [
  { id: "what-is-it-for", text: "What is it for?" },
  { id: "how-do-i-take-it", text: "How do I take it?" },
  { id: "before-you-start", text: "What happens before I start?" },
  { id: "checks-while-you-take-it", text: "What checks will I need?" },
  { id: "common-side-effects", text: "What are the common side effects?" },
  { id: "serious-side-effects", text: "Which side effects need care straight away?" },
  { id: "pregnancy-breastfeeding-and-fertility", text: "Is it safe in pregnancy and breastfeeding?" },
  { id: "vaccines", text: "Can I have vaccines?" },
  { id: "other-medicines", text: "Does it affect other medicines?" },
] as const;
export type MedicineHeadingId = (typeof MEDICINE_HEADINGS)[number]["id"];


/** The fixed parts of every test page, in order, with stable heading ids. */
export const LAB_TEST_HEADINGS = [
  { id: "names-on-your-report", text: "What names can it have on my report?" },
  { id: "what-it-measures", text: "What does it measure?" },
  { id: "why-it-is-done", text: "Why is it done in lupus?" },
  { id: "how-results-are-reported", text: "How is the result reported?" },
  { id: "high-or-positive", text: "What can a high or positive result mean?" },
  { id: "low-or-negative", text: "What can a low or negative result mean?" },
  { id: "what-it-does-not-mean", text: "What does a result not mean?" },
  { id: "how-often", text: "How often is it checked?" },
  { id: "when-to-call", text: "Which results need a call to my care team?" },
] as const;
export type LabTestHeadingId = (typeof LAB_TEST_HEADINGS)[number]["id"];
