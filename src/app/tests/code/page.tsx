import Link from "@/components/SiteLink";
import type { Metadata } from "next";
import { getSite } from "@/lib/content/load";
import { loincCodes } from "@/lib/content/test-index";
import { pageMetadata } from "@/lib/metadata";
import { TEST_CODE_URL, TEST_FINDER_URL } from "@/lib/site";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TalkToDoctor } from "@/components/TalkToDoctor";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Look up a lab code",
    description: "Lab codes (LOINC) that Lupus Guide explains, each linked to the page about its test.",
    url: TEST_CODE_URL,
  }),
  robots: { index: false },
};

/**
 * /tests/code: every LOINC code the test pages know, each linked to its page. Hosts answer an
 * unknown /tests/code/<code> with this page (see src/build/hosting.ts); public/code-lookup.js
 * then says which code was asked for, or goes to its page for ?loinc=<code>.
 */
export default async function CodeIndexPage() {
  const codes = loincCodes((await getSite()).labTests).sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  return (
    <>
      <Breadcrumbs trail={[{ label: "Home", href: "/" }, { label: "Test results", href: "/tests" }, { label: "Lab codes" }]} />
      <div className="max-w-[40rem]">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Look up a lab code</h1>
        <p id="code-lookup-message" role="status" className="mt-4 text-xl" />
        <p className="mt-4">
          Some patient portals show a lab code, called a LOINC code, next to a test. These are the codes Lupus Guide
          explains. If your code is not here, look for the test&apos;s name in the <Link href={TEST_FINDER_URL}>test finder</Link>{" "}
          or ask your care team.
        </p>
        <ul id="code-list" className="mt-6 space-y-2">
          {codes.map((entry) => (
            <li key={entry.code} data-code={entry.code}>
              <Link href={entry.test.url}>
                <code>{entry.code}</code> — {entry.test.title}
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
