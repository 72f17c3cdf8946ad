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

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Search",
    description: "Search Lupus Guide for a symptom, a test, a medicine or a word from your lab report.",
    url: FIXED_PAGES.search.pattern,
  }),
  robots: { index: false },
};

/** The words public/search.js shows, given to it on the page ({name} is filled in). */
const SCRIPT_TEXT = {
  searching: "Searching…",
  foundOne: "1 page found.",
  foundMany: "{count} pages found.",
  showingBest: "Showing the best {count}.",
  corrected: "Showing results for “{word}” instead of “{typed}”.",
  unknownWords: "No page uses the word “{words}”, so it was left out.",
  nothingFound: "No pages found for “{query}”. Try another word, or browse every page below.",
  signSource: "(from “{title}”)",
};

/** The words the server's answer without JavaScript uses (src/build/no-script-search.ts). */
const NO_SCRIPT_TEXT = {
  found: "Pages whose titles or topics match “{query}”:",
  none: "No page title or topic matches “{query}”. Every page is listed below.",
};

/**
 * The search page. public/search.js runs the query in the browser with Pagefind (only the
 * index pieces a query needs are downloaded). Without JavaScript, `npm start` fills in the
 * query and the pages whose titles and topics match it; on any host the page also lists every
 * page, so a plain form submit lands somewhere useful.
 */
export default async function SearchPage() {
  const { sections } = await getSite();
  const scriptData = Object.fromEntries(Object.entries(SCRIPT_TEXT).map(([name, text]) => [`data-${kebab(name)}`, text]));
  const warningTitle = (care: "emergency" | "urgent") => `${CALLOUT_VARIANTS[care].defaultTitle} if you have:`;
  return (
    <>
      <Breadcrumbs trail={[{ label: "Home", href: "/" }, { label: "Search" }]} />
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
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Search Lupus Guide</h1>
        <p className="mt-3 text-[var(--color-muted)]">
          Try a symptom, a test or a medicine, in your own words: &quot;butterfly rash&quot;, &quot;ANA&quot;, &quot;foamy
          pee&quot;, &quot;Plaquenil&quot;. Your search stays on your device.
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
                <Link href={GET_HELP_URL}>See all warning signs that need same-day or emergency care</Link>
              </p>
            </Callout>
          </template>
        ))}
        <p id="search-status" role="status" className="mt-4 font-bold" />
        <ol id="search-results" className="mt-2 space-y-6" aria-labelledby="search-status" />
        {/* Without JavaScript, `npm start` puts the pages that match the query here. */}
        <div id="search-no-script-results" data-found={NO_SCRIPT_TEXT.found} data-none={NO_SCRIPT_TEXT.none} />
        <noscript>
          <p className="mt-4">
            Without JavaScript, search matches page titles and topics only. Below is every page of the site: use your
            browser&apos;s Find command (Ctrl+F, or ⌘+F on a Mac) to look for a word.
          </p>
        </noscript>
        <section id="all-pages" aria-labelledby="all-pages-heading" className="mt-10">
          <h2 id="all-pages-heading" className="text-2xl font-bold">
            Every page, by topic
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
                    <span className="text-[var(--color-muted)]">: {article.description}</span>
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
