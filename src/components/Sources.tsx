import type { ReactNode } from "react";
import type { Source } from "@/lib/content/schema";
import { dictionaryFor } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

/** The sources a page was checked against; the review trail after them says when. */
export function Sources({ sources, children }: { sources?: Source[]; children?: ReactNode }) {
  const t = dictionaryFor().sources;
  return (
    <section aria-labelledby="sources" data-pagefind-ignore className="mt-10 border-t border-[var(--color-border)] pt-6">
      <h2 id="sources" className="text-xl font-bold">
        {t.heading}
      </h2>
      {sources && sources.length > 0 ? (
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          {sources.map((source) => (
            <li key={source.url}>
              {rich(
                t.entry,
                { link: (title) => <a href={source.url}>{title}</a> },
                { title: source.title, publisher: source.publisher, year: source.year === "n.d." ? t.undated : source.year },
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-3">{t.sectionHasNone}</p>
      )}
      {children}
    </section>
  );
}
