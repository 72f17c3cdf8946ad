import Link from "@/components/SiteLink";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSite } from "@/lib/content/load";
import { loincCodes } from "@/lib/content/test-index";
import { absoluteUrl } from "@/lib/site";
import { dictionaryFor, format } from "@/lib/i18n";
import { rich } from "@/lib/i18n/rich";

type Params = Promise<{ loinc: string }>;

// Only known codes get a page of their own; any other code is answered by /tests/code (hosting rules).
export const dynamicParams = false;

/** The placeholder a static export needs when no test page has a code yet (it renders the 404 page). */
const NO_CODES = "none";

export async function generateStaticParams() {
  const codes = loincCodes((await getSite()).labTests).map(({ code }) => ({ loinc: code }));
  return codes.length > 0 ? codes : [{ loinc: NO_CODES }];
}

async function findCode(params: Params) {
  const { loinc } = await params;
  return loincCodes((await getSite()).labTests).find((entry) => entry.code === loinc);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const entry = await findCode(params);
  if (!entry) return {};
  return {
    title: format(dictionaryFor().labCodes.codePageTitle, { code: entry.code, title: entry.test.title }),
    description: entry.test.description,
    robots: { index: false },
    alternates: { canonical: absoluteUrl(entry.test.url) },
  };
}

/**
 * /tests/code/<LOINC>: the address a patient portal can link to for "what this test means". It
 * sends the reader straight to the test's page (no JavaScript needed) and says where it goes.
 */
export default async function CodePage({ params }: { params: Params }) {
  const entry = await findCode(params);
  if (!entry) notFound();
  const words = dictionaryFor().labCodes;
  return (
    <div className="max-w-[40rem]">
      <meta httpEquiv="refresh" content={`0; url=${entry.test.url}`} />
      <h1 className="text-3xl font-bold leading-tight">{format(words.codeHeading, { code: entry.code })}</h1>
      <p className="mt-4 text-xl">
        {rich(words.codeExplained, { link: (text) => <Link href={entry.test.url}>{text}</Link> }, { name: entry.name, title: entry.test.title })}
      </p>
    </div>
  );
}
