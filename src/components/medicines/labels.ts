import {
  APPROVAL_STATUSES,
  BREASTFEEDING_STATUSES,
  LIVE_VACCINE_STATUSES,
  MEDICINE_CLASSES,
  PREGNANCY_STATUSES,
  type MedicineFacts,
} from "@/lib/content/schema";

/** The words a reader sees for each status: one place, read by the medicine pages and every table. */
export const medicineClassLabel = (value: MedicineFacts["medicineClass"]) => MEDICINE_CLASSES[value];
export const approvalLabel = (value: MedicineFacts["approval"]["status"]) => APPROVAL_STATUSES[value];
export const breastfeedingLabel = (value: MedicineFacts["breastfeeding"]["status"]) => BREASTFEEDING_STATUSES[value];
export const liveVaccineLabel = (value: MedicineFacts["liveVaccines"]["status"]) => LIVE_VACCINE_STATUSES[value];

/** "Stop before trying to get pregnant (at least 6 weeks before)". */
export function pregnancyLabel(pregnancy: MedicineFacts["pregnancy"]): string {
  const label = PREGNANCY_STATUSES[pregnancy.status];
  return pregnancy.stopBefore ? `${label} (${pregnancy.stopBefore} before)` : label;
}
