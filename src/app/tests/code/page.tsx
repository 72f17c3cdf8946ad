import Link from "@/components/SiteLink";
import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { loincCodes } from "@/lib/content/test-index";
import { pageMetadata } from "@/lib/metadata";
import { TEST_CODE_URL, TEST_FINDER_URL } from "@/lib/site";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { dictionaryFor, format } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

const t = dictionaryFor();
const words = t.labCodes;

export const metadata: Metadata = {
  ...pageMetadata({ title: words.title, description: format(words.description, { site: t.site.name }), url: TEST_CODE_URL }),
  robots: { index: false },
};

/**
 * /tests/code: every LOINC code the test pages know, each linked to its page. Hosts answer an
 * unknown /tests/code/<code> with this page (see src/build/hosting.ts); public/code-lookup.js
 * then says which code was asked for, or goes to its page for ?loinc=<code>.
 */
export default async function CodeIndexPage() {
  const codes = loincCodes((await getSite()).labTests).sort((a, b) => a.code.localeCompare(b.code, t.locale, { numeric: true }));
  return (
    <>
      <Breadcrumbs trail={[{ label: t.breadcrumbs.home, href: "/" }, { label: t.testFinder.crumbTests, href: "/tests" }, { label: words.crumb }]} />
      <div className="max-w-[40rem]">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{words.title}</h1>
        <p id="code-lookup-message" role="status" className="mt-4 text-xl" data-unknown-code={words.unknownCode} />
        <p className="mt-4">
          {rich(words.intro, { link: (text) => <Link href={TEST_FINDER_URL}>{text}</Link> }, { site: t.site.name })}
        </p>
        <ul id="code-list" className="mt-6 space-y-2">
          {codes.map((entry) => (
            <li key={entry.code} data-code={entry.code}>
              <Link href={entry.test.url}>
                {rich(words.entry, { code: (text) => <code>{text}</code> }, { code: entry.code, title: entry.test.title })}
              </Link>{" "}
              <span className="text-[var(--color-muted)]">({entry.name})</span>
            </li>
          ))}
        </ul>
        <TalkToDoctor />
      </div>
      <script src="/code-lookup.js" defer />
    </>
  );
}
