import Link from "next/link";
import type { SectionPage } from "@/lib/content/load";
import { GET_HELP_URL, SITE_NAME } from "@/lib/site";

/** The topic sections, in order; one-page sections such as /about live in the footer. */
const MAIN_SECTIONS = new Set(["about-lupus", "causes", "symptoms", "diagnosis", "treatment", "forms", "living-with-lupus"]);

export function SiteHeader({ sections }: { sections: SectionPage[] }) {
  return (
    <header className="border-b-4 border-[var(--color-brand)] bg-[var(--color-surface)]">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-2xl font-bold text-[var(--color-brand)] no-underline">
          {SITE_NAME}
        </Link>
        <Link
          href={GET_HELP_URL}
          className="rounded border-2 border-[var(--callout-emergency)] px-3 py-1 font-bold text-[var(--color-text)] no-underline"
        >
          Get help now
        </Link>
      </div>
      <nav aria-label="Main" className="mx-auto max-w-5xl px-4 pb-3">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {sections
            .filter((section) => MAIN_SECTIONS.has(section.slug))
            .map((section) => (
              <li key={section.slug}>
                <Link href={section.url}>{section.navLabel}</Link>
              </li>
            ))}
          <li>
            <Link href="/glossary">Glossary</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
