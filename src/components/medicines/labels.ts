import type { MedicineFacts } from "@/lib/content/schema";
import { dictionaryFor, format } from "@/lib/i18n";

/** The words a reader sees for each status: one place, read by the medicine pages and every table. */
const words = () => dictionaryFor().medicines;
export const medicineClassLabel = (value: MedicineFacts["medicineClass"]) => words().classes[value];
export const approvalLabel = (value: MedicineFacts["approval"]["status"]) => words().approvalStatuses[value];
export const breastfeedingLabel = (value: MedicineFacts["breastfeeding"]["status"]) => words().breastfeedingStatuses[value];
export const liveVaccineLabel = (value: MedicineFacts["liveVaccines"]["status"]) => words().liveVaccineStatuses[value];

/** "Stop before trying to get pregnant (at least 6 weeks before)". */
export function pregnancyLabel(pregnancy: MedicineFacts["pregnancy"]): string {
  const label = words().pregnancyStatuses[pregnancy.status];
  return pregnancy.stopBefore ? format(words().stopBefore, { status: label, time: pregnancy.stopBefore }) : label;
}
