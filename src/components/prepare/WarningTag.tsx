import type { PrepareWords, Warning } from "@/lib/prepare/types";

/** "Emergency sign" / "Same-day sign" beside a symptom: words and a border, never colour alone. */
export function WarningTag({ warning, words }: { warning: Warning; words: PrepareWords }) {
  return <span className={`warning-tag warning-tag-${warning}`}>{words.warnings[warning].sign}</span>;
}
