import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSite } from "@/lib/content/load";
import { loincCodes } from "@/lib/content/test-index";
import { absoluteUrl } from "@/lib/site";

type Params = Promise<{ loinc: string }>;

// Only known codes get a page of their own; any other code is answered by /tests/code (hosting rules).
export const dynamicParams = false;

export async function generateStaticParams() {
  return loincCodes((await getSite()).labTests).map(({ code }) => ({ loinc: code }));
}

async function findCode(params: Params) {
  const { loinc } = await params;
  return loincCodes((await getSite()).labTests).find((entry) => entry.code === loinc);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const entry = await findCode(params);
  if (!entry) return {};
  return {
    title: `Lab code ${entry.code}: ${entry.test.title}`,
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
  return (
    <div className="max-w-[40rem]">
      <meta httpEquiv="refresh" content={`0; url=${entry.test.url}`} />
      <h1 className="text-3xl font-bold leading-tight">Lab code {entry.code}</h1>
      <p className="mt-4 text-xl">
        This is the lab code (LOINC) for {entry.name}. Read what it means in{" "}
        <Link href={entry.test.url}>{entry.test.title}</Link>.
      </p>
    </div>
  );
}
