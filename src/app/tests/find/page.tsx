import Link from "@/components/SiteLink";
import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { finderWords, reportNamesAToZ } from "@/lib/content/test-index";
import { TEST_FINDER_URL } from "@/lib/site";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { dictionaryFor, format } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

const t = dictionaryFor();
const words = t.testFinder;

export const metadata: Metadata = pageMetadata({ title: words.title, description: words.description, url: TEST_FINDER_URL });

/**
 * The test finder. Without JavaScript it is an A to Z list of every name a report may print,
 * each linking to its page; public/test-finder.js shows the box and filters the same list as the
 * reader types. What is typed never leaves the browser.
 */
export default async function TestFinderPage() {
  const { labTests } = await getSite();
  const names = reportNamesAToZ(labTests);
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: words.crumbTests, href: "/tests" }, { label: words.crumb }]} />
      <div className="max-w-[40rem]">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{words.title}</h1>
        <p className="mt-3 text-xl text-[var(--color-muted)]">
          {words.intro}
        </p>
        <div
          className="test-finder mt-6"
          data-test-finder
          hidden
          data-none={words.script.none}
          {...Object.fromEntries(Object.entries(words.script.matches).map(([form, text]) => [`data-matches-${form}`, text]))}
        >
          <label htmlFor="test-finder-query" className="block font-bold">
            {words.label}
          </label>
          <input id="test-finder-query" type="search" className="prepare-field mt-1 w-full" autoComplete="off" spellCheck={false} aria-describedby="test-finder-hint" />
          <p id="test-finder-hint" className="mt-1 text-[var(--color-muted)]">
            {words.hint}
          </p>
          <p id="test-finder-status" role="status" className="mt-3 font-bold" />
        </div>
        <section aria-labelledby="every-name" className="mt-8">
          <h2 id="every-name" className="text-2xl font-bold">
            {words.everyName}
          </h2>
          <ul id="test-finder-list" className="mt-3 space-y-2">
            {names.map((row) => (
              <li key={`${row.url}|${row.name}`} data-words={finderWords(row.name)}>
                <Link href={row.url}>
                  <span className="font-bold">{row.name}</span>
                </Link>
                {row.name !== row.title && <span className="text-[var(--color-muted)]">{format(words.pageTitle, { title: row.title })}</span>}
              </li>
            ))}
          </ul>
          <p className="mt-6">
            {rich(words.notListed, { link: (text) => <Link href="/tests">{text}</Link> })}
          </p>
        </section>
        <TalkToDoctor />
      </div>
      <script src="/test-finder.js" defer />
    </>
  );
}
