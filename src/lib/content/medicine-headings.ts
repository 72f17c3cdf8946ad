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

export function medicineHeading(id: MedicineHeadingId) {
  const heading = MEDICINE_HEADINGS.find((candidate) => candidate.id === id);
  if (!heading) throw new Error(`no medicine heading ${id}`);
  return heading;
}
