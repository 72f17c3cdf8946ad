import type { Metadata } from "next";
import { TalkToDoctor } from "@/components/TalkToDoctor";
import { SearchForm } from "@/components/SearchForm";
import { getSite } from "@/lib/content/load";
import { ProseHtml } from "@/components/ProseHtml";
import { dictionaryFor } from "@/lib/i18n";

export const metadata: Metadata = { title: dictionaryFor().notFound.title, robots: { index: false } };

/**
 * Served with status 404 for any unknown address (out/404.html). It carries the list of pages
 * ([address, title]) for public/not-found.js, which sends an address that differs only in
 * capital letters to its page and offers the closest addresses under "Did you mean". Without
 * JavaScript the search box and the links below still help.
 */
export default async function NotFound() {
  const { sections, articles, prose } = await getSite();
  const { notFound } = prose;
  const [beforeSearch, afterSearch] = notFound.parts;
  const pages: [string, string][] = [["/", dictionaryFor().site.name], ...[...sections, ...articles].map((page): [string, string] => [page.url, page.title])];
  // In a data block "<" is the only character that could end the element early.
  const json = JSON.stringify(pages).replace(/</g, "\\u003c");
  return (
    <div className="max-w-[40rem] space-y-4">
      <h1 className="text-3xl font-bold">{notFound.title}</h1>
      <ProseHtml html={beforeSearch} className="text-xl" />
      <div id="not-found-suggestions" hidden>
        <h2 className="text-xl font-bold">{dictionaryFor().notFound.didYouMean}</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6 text-lg" />
      </div>
      <SearchForm id="not-found-search" />
      <ProseHtml html={afterSearch} className="space-y-4 [&_ul]:list-disc [&_ul]:space-y-2 [&_ul]:pl-6 [&_ul]:text-lg" />
      <TalkToDoctor />
      <script id="known-pages" type="application/json" dangerouslySetInnerHTML={{ __html: json }} />
      <script src="/not-found.js" defer />
    </div>
  );
}
