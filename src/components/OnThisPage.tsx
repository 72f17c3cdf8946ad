import { dictionaryFor } from "@/lib/i18n";
import type { Heading } from "@/lib/markdown/pipeline";

/** Long pages get a list of their sections, so a reader can jump straight to one. */
const ON_THIS_PAGE_MIN_SECTIONS = 4;

export function OnThisPage({ headings }: { headings: Heading[] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < ON_THIS_PAGE_MIN_SECTIONS) return null;
  return (
    <nav aria-labelledby="on-this-page" className="on-this-page no-print my-6 rounded border border-[var(--color-border)] p-4">
      <h2 id="on-this-page" className="text-lg font-bold">
        {dictionaryFor().article.onThisPage}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {sections.map((heading) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
