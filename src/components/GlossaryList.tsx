import Link from "@/components/SiteLink";
import type { Page } from "@/lib/content/types";
import type { GlossaryTerm } from "@/lib/content/schema";
import { dictionaryFor, format, formatPlural } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

const hidden = (words: string) => <span className="sr-only">{words}</span>;

/** The letter a term is listed under; terms that start with a digit or a symbol go under "0-9". */
function initial(term: GlossaryTerm): string {
  const letter = term.term.normalize("NFD").charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : "0-9";
}

/** Every term A-Z with a letter index; each entry has an id so articles can link to it. */
export function GlossaryList({
  terms,
  pagesUsingTerm,
}: {
  terms: GlossaryTerm[];
  pagesUsingTerm: ReadonlyMap<string, Page[]>;
}) {
  const byLetter = new Map<string, GlossaryTerm[]>();
  for (const term of terms) byLetter.set(initial(term), [...(byLetter.get(initial(term)) ?? []), term]);
  const letters = [...byLetter.keys()];
  const t = dictionaryFor();
  return (
    <>
      <nav aria-label={t.glossary.letters} className="my-6">
        <ul className="flex flex-wrap gap-2">
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter}`} className="inline-block min-w-[2.75rem] rounded border border-[var(--color-border)] px-2 py-2 text-center font-bold">
                {rich(t.glossary.letterLink, { hidden }, { letter })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-8">
          <h2 id={`letter-${letter}`} className="border-b border-[var(--color-border)] text-2xl font-bold">
            {letter}
          </h2>
          <dl className="mt-4 space-y-5">
            {byLetter.get(letter)?.map((term) => (
              <div key={term.slug} id={term.slug} className="scroll-mt-4">
                <dt className="text-lg font-bold">
                  {term.term}
                  {term.pronunciation && <span className="ml-2 font-normal text-[var(--color-muted)]">({term.pronunciation})</span>}
                </dt>
                {/* Rendered from the definition's inline Markdown and sanitised by remark-html at load. */}
                <dd className="mt-1" dangerouslySetInnerHTML={{ __html: term.definitionHtml }} />
                {term.aliases.length > 0 && (
                  <dd className="mt-1 text-[var(--color-muted)]">{format(t.glossary.alsoCalled, { aliases: term.aliases.join(t.listSeparator) })}</dd>
                )}
                <TermPages term={term} pages={pagesUsingTerm.get(term.slug) ?? []} />
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

/** "Where this term appears": the pages that explain the term in place. */
function TermPages({ term, pages }: { term: GlossaryTerm; pages: Page[] }) {
  if (pages.length === 0) return null;
  const t = dictionaryFor();
  return (
    <dd className="mt-1">
      <details>
        <summary className="cursor-pointer text-[var(--color-link)] underline">
          {rich(t.glossary.whereItAppears, { hidden }, { term: term.term, pages: formatPlural(t.locale, t.glossary.pageCount, pages.length) })}
        </summary>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {pages.map((page) => (
            <li key={page.url}>
              <Link href={page.url}>{page.title}</Link>
            </li>
          ))}
        </ul>
      </details>
    </dd>
  );
}
