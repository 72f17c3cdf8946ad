import type { Warning } from "@/lib/prepare/types";
import { WARNING_ADVICE } from "@/lib/prepare/summary";

/** "Emergency sign" / "Same-day sign" beside a symptom: words and a border, never colour alone. */
export function WarningTag({ warning }: { warning: Warning }) {
  return <span className={`warning-tag warning-tag-${warning}`}>{WARNING_ADVICE[warning].sign}</span>;
}
