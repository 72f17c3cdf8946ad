import Link from "@/components/SiteLink";
import type { SectionPage } from "@/lib/content/types";
import { dictionaryFor } from "@/lib/i18n";
import { GET_HELP_URL } from "@/lib/site";
import { HEADER_NAV } from "@/lib/routes";
import { SearchForm } from "./SearchForm";

const NAV_SECTIONS = new Set<string>(HEADER_NAV.sections);

function NavLinks({ sections }: { sections: SectionPage[] }) {
  return (
    <ul className="flex flex-col gap-x-5 gap-y-2 md:flex-row md:flex-wrap">
      {sections
        .filter((section) => NAV_SECTIONS.has(section.slug))
        .map((section) => (
          <li key={section.slug}>
            <Link href={section.url}>{section.navLabel}</Link>
          </li>
        ))}
      {HEADER_NAV.links.map((link) => (
        <li key={link.href}>
          <Link href={link.href}>{dictionaryFor().navigation[link.label]}</Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Site name, "Get help now", a search box and the main navigation. On small screens the
 * navigation folds into a native <details> menu, which opens without JavaScript; on wide
 * screens it is a row of links. Only one of the two is displayed at a time.
 */
export function SiteHeader({ sections }: { sections: SectionPage[] }) {
  const t = dictionaryFor();
  return (
    <header className="border-b-4 border-[var(--color-brand)] bg-[var(--color-surface)]">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 pt-3">
        <Link href="/" className="text-2xl font-bold text-[var(--color-brand)] no-underline">
          {t.site.name}
        </Link>
        <Link
          href={GET_HELP_URL}
          className="rounded border-2 border-[var(--callout-emergency)] px-3 py-1 font-bold text-[var(--color-text)] no-underline"
        >
          {t.header.getHelp}
        </Link>
      </div>
      <div className="no-print mx-auto flex max-w-5xl flex-wrap items-start gap-3 px-4 py-3">
        <SearchForm id="site-search" />
        <details className="site-menu md:hidden">
          <summary className="action-button inline-block cursor-pointer list-none">{t.header.menu}</summary>
          <nav aria-label={t.header.mainNavigation} className="mt-3">
            <NavLinks sections={sections} />
          </nav>
        </details>
      </div>
      <nav aria-label={t.header.mainNavigation} className="mx-auto hidden max-w-5xl px-4 pb-3 md:block">
        <NavLinks sections={sections} />
      </nav>
    </header>
  );
}
