import { dictionaryFor } from "@/lib/i18n";
import { Callout } from "./Callout";

export function KeyPoints({ points }: { points: readonly string[] }) {
  return (
    <Callout variant="note" title={dictionaryFor().article.keyPoints} headingLevel={2} headingId="key-points">
      <ul className="list-disc space-y-1 pl-6">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </Callout>
  );
}
