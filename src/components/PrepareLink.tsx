import Link from "@/components/SiteLink";
import { PREPARE_URL } from "@/lib/site";

/** On symptom pages: a pointer to the appointment checklist, which lists these same symptoms. */
export function PrepareLink() {
  return (
    <p className="no-print mt-8 rounded border border-[var(--color-border)] bg-[var(--color-surface)] p-4">
      <strong>Getting ready for a visit?</strong> Use the <Link href={PREPARE_URL}>appointment checklist</Link> to list
      your symptoms, medicines and questions, and print a one-page summary. What you enter stays on your device.
    </p>
  );
}
