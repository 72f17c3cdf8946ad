import type { Metadata } from "next";
import Link from "@/components/SiteLink";
import { getSite } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { SearchForm } from "@/components/SearchForm";
import { TalkToDoctor } from "@/components/TalkToDoctor";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Search",
    description: "Search Lupus Guide for a symptom, a test, a medicine or a word from your lab report.",
    url: "/search",
  }),
  robots: { index: false },
};

/**
 * The search page. public/search.js runs the query in the browser with Pagefind (only the
 * index pieces a query needs are downloaded). Without JavaScript the same page lists every
 * page of the site, so a plain form submit still lands somewhere useful.
 */
export default async function SearchPage() {
  const { sections } = await getSite();
  return (
    <>
      <Breadcrumbs trail={[{ label: "Home", href: "/" }, { label: "Search" }]} />
      <div className="max-w-[40rem]">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Search Lupus Guide</h1>
        <p className="mt-3 text-[var(--color-muted)]">
          Try a symptom, a test or a medicine, in your own words: &quot;butterfly rash&quot;, &quot;ANA&quot;, &quot;foamy
          urine&quot;, &quot;Plaquenil&quot;. Your search stays on your device.
        </p>
        <div className="mt-4">
          <SearchForm id="search-page-query" large />
        </div>
        {/* Filled by search.js when the query names an emergency sign from the symptom pages. */}
        <div id="search-warning" hidden />
        <p id="search-status" role="status" className="mt-4 font-bold" />
        <ol id="search-results" className="mt-2 space-y-6" aria-labelledby="search-status" />
        <noscript>
          <p className="mt-4">
            Search works in your browser and needs JavaScript. Below is every page of the site: use your browser&apos;s
            Find command (Ctrl+F, or ⌘+F on a Mac) to look for a word.
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
