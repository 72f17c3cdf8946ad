import Link from "@/components/SiteLink";
import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { pageMetadata } from "@/lib/metadata";
import { finderWords, reportNamesAToZ } from "@/lib/content/test-index";
import { TEST_FINDER_URL } from "@/lib/site";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TalkToDoctor } from "@/components/TalkToDoctor";

export const metadata: Metadata = pageMetadata({
  title: "Find a test on your report",
  description: "Type or pick the name of a test as printed on your lab report or patient portal, and read what it means in lupus.",
  url: TEST_FINDER_URL,
});

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
      <Breadcrumbs trail={[{ label: "Home", href: "/" }, { label: "Test results", href: "/tests" }, { label: "Find a test" }]} />
      <div className="max-w-[40rem]">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Find a test on your report</h1>
        <p className="mt-3 text-xl text-[var(--color-muted)]">
          Type the name as it is printed on your report, such as &quot;C3 COMPLEMENT&quot;, &quot;UPCR&quot; or &quot;dsDNA Ab IgG&quot;.
        </p>
        <div className="test-finder mt-6" data-test-finder hidden>
          <label htmlFor="test-finder-query" className="block font-bold">
            Test name on your report
          </label>
          <input id="test-finder-query" type="search" className="prepare-field mt-1 w-full" autoComplete="off" spellCheck={false} aria-describedby="test-finder-hint" />
          <p id="test-finder-hint" className="mt-1 text-[var(--color-muted)]">
            Capitals, dots and word order do not matter. What you type stays on your device.
          </p>
          <p id="test-finder-status" role="status" className="mt-3 font-bold" />
        </div>
        <section aria-labelledby="every-name" className="mt-8">
          <h2 id="every-name" className="text-2xl font-bold">
            Every test name, A to Z
          </h2>
          <ul id="test-finder-list" className="mt-3 space-y-2">
            {names.map((row) => (
              <li key={`${row.url}|${row.name}`} data-words={finderWords(row.name)}>
                <Link href={row.url}>
                  <span className="font-bold">{row.name}</span>
                </Link>
                {row.name !== row.title && <span className="text-[var(--color-muted)]"> — {row.title}</span>}
              </li>
            ))}
          </ul>
          <p className="mt-6">
            Not listed? Your report may use a name we do not know yet. Ask your care team what the test is, or see{" "}
            <Link href="/tests">all test pages</Link>.
          </p>
        </section>
        <TalkToDoctor />
      </div>
      <script src="/test-finder.js" defer />
    </>
  );
}
