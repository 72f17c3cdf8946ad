import type { Metadata } from "next";
import Link from "@/components/SiteLink";
import { getSite } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { FIXED_PAGES } from "@/lib/routes";
import { CALLOUT_VARIANTS } from "@/lib/callouts/variants";
import { INDEX_ONLY_MARK, SEARCH_FILES } from "@/lib/search";
import { GET_HELP_URL } from "@/lib/site";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Callout } from "@/components/Callout";
import { SearchForm } from "@/components/SearchForm";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { dictionaryFor, format } from "@/lib/i18n";

const t = dictionaryFor();
const words = t.search;

export const metadata: Metadata = {
  ...pageMetadata({ title: words.title, description: format(words.description, { site: t.site.name }), url: FIXED_PAGES.search.pattern }),
  robots: { index: false },
};

/**
 * The search page. public/search.js runs the query in the browser with Pagefind (only the
 * index pieces a query needs are downloaded). Without JavaScript, `npm start` fills in the
 * query and the pages whose titles and topics match it; on any host the page also lists every
 * page, so a plain form submit lands somewhere useful.
 */
export default async function SearchPage() {
  const { sections } = await getSite();
  // The words public/search.js shows, given to it on the page ({name} is filled in by the script).
  const scriptData = Object.fromEntries(Object.entries(words.script).map(([name, text]) => [`data-${kebab(name)}`, text]));
  const warningTitle = (care: "emergency" | "urgent") => format(words.warningTitle, { action: CALLOUT_VARIANTS[care].defaultTitle });
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: words.title }]} />
      <div
        className="max-w-[40rem]"
        data-search-page=""
        data-words-url={`/${SEARCH_FILES.words}`}
        data-real-words-url={`/${SEARCH_FILES.realWords}`}
        data-signs-url={`/${SEARCH_FILES.warningSigns}`}
        data-patient-words-url={`/${SEARCH_FILES.patientWords}`}
        data-index-mark={INDEX_ONLY_MARK}
        {...scriptData}
      >
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{format(words.heading, { site: t.site.name })}</h1>
        <p className="mt-3 text-[var(--color-muted)]">
          {words.intro}
        </p>
        <div className="mt-4">
          <SearchForm id="search-page-query" large />
        </div>
        {/* Filled by search.js when the query describes a warning sign from the pages. */}
        <div id="search-warning" className="mt-4 space-y-4" hidden />
        {(["emergency", "urgent"] as const).map((care) => (
          <template key={care} id={`search-warning-${care}`}>
            <Callout variant={care} title={warningTitle(care)} headingLevel={2}>
              <ul className="list-disc pl-6" data-signs="" />
              <p>
                <Link href={GET_HELP_URL}>{words.allWarningSigns}</Link>
              </p>
            </Callout>
          </template>
        ))}
        <p id="search-status" role="status" className="mt-4 font-bold" />
        <ol id="search-results" className="mt-2 space-y-6" aria-labelledby="search-status" />
        {/* Without JavaScript, `npm start` puts the pages that match the query here. */}
        <div id="search-no-script-results" data-found={words.noScriptAnswer.found} data-none={words.noScriptAnswer.none} />
        <noscript>
          <p className="mt-4">
            {words.noScript}
          </p>
        </noscript>
        <section id="all-pages" aria-labelledby="all-pages-heading" className="mt-10">
          <h2 id="all-pages-heading" className="text-2xl font-bold">
            {words.everyPage}
          </h2>
          {sections.map((section) => (
            <div key={section.slug} className="mt-6">
              <h3 className="text-xl font-bold">
                <Link href={section.url}>{section.title}</Link>
              </h3>
              <ul className="mt-2 space-y-2">
                {section.articles.map((article) => (
                  <li key={article.url}>
                    <Link href={article.url}>{article.title}</Link>
                    <span className="text-[var(--color-muted)]">{format(words.summary, { description: article.description })}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        <TalkToDoctor />
      </div>
      {/* A module script is deferred by definition (and "defer" on it is invalid HTML). */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src="/search.js" />
    </>
  );
}

/** "signSource" -> "sign-source": the data attribute that dataset.signSource reads. */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
