import Link from "@/components/SiteLink";
import { dictionaryFor } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";
import { PREPARE_URL } from "@/lib/site";

/** On symptom pages: a pointer to the appointment checklist, which lists these same symptoms. */
export function PrepareLink() {
  return (
    <p className="no-print mt-8 rounded border border-[var(--color-border)] bg-[var(--color-surface)] p-4">
      {rich(dictionaryFor().prepareLink, {
        strong: (words) => <strong>{words}</strong>,
        link: (words) => <Link href={PREPARE_URL}>{words}</Link>,
      })}
    </p>
  );
}
