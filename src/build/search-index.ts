/**
 * Builds the site search into out/pagefind after `next build`, with Pagefind's Node API.
 *
 * Pagefind indexes each article and section page from its exported HTML. Before indexing (in
 * memory only: the served page is untouched) each page gets the words patients use for its
 * topics: every name and alias of the glossary terms the page defines ("Plaquenil" for
 * hydroxychloroquine, "butterfly rash" for malar rash), weighted up when the term is in the
 * page's title, summary or headings. It also writes out/search-vocabulary.json, the words of
 * the site, which the search page uses to correct a one-letter typo, and
 * out/search-warning-signs.json, the emergency signs of the symptom pages' checklists, so that
 * a search for one of them shows the emergency advice before any result.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { visit } from "unist-util-visit";
import type { Element, Root } from "hast";
import { loadSiteFrom, type Page, type Site } from "../lib/content/load";
import { buildGlossaryMatcher } from "../lib/markdown/glossary-terms";
import { markdownToPlainText } from "../lib/markdown/plain-text";

const OUT = "out";

/** out/ file that holds a page: "/" -> index.html, "/a/b" -> a/b.html. */
export function exportedHtmlFile(url: string): string {
  return path.join(OUT, url === "/" ? "index.html" : `${url.slice(1)}.html`);
}

/** The glossary names of the terms a page is about (title, summary, headings) and of all it mentions. */
function patientWords(page: Page, site: Site): { central: string[]; mentioned: string[] } {
  const matcher = buildGlossaryMatcher(site.glossary);
  const summary = [page.title, page.description, ...(page.keyPoints ?? []), ...page.headings.map((heading) => heading.text)].join(" \n ");
  const centralSlugs = new Set([...summary.matchAll(matcher.pattern)].map((match) => matcher.termByName.get(match[0].toLowerCase())?.slug));
  const namesOf = (slugs: Iterable<string | undefined>) =>
    site.glossary.filter((term) => [...slugs].includes(term.slug)).flatMap((term) => [term.term, ...term.aliases]);
  return {
    central: namesOf(centralSlugs),
    mentioned: namesOf(page.glossaryTerms.filter((slug) => !centralSlugs.has(slug))),
  };
}

/**
 * The names a page goes by: a medicine's generic and brand names, every name a lab report may
 * print for a test ("UPCR", "C3 COMPLEMENT"), the symptoms a symptom page lists. Weighted highest: the page that is about the
 * thing comes first when a reader types its name.
 */
export function ownNames(page: Page): string[] {
  const searchTerms = page.searchTerms ?? [];
  if (page.kind !== "article") return searchTerms;
  if (page.medicine) return [...searchTerms, ...page.medicine.genericNames, ...page.medicine.brandNames.filter((name) => !name.includes(";"))];
  if (page.labTest) return [...searchTerms, ...page.labTest.reportNames];
  // A symptom page is the home of the symptoms on its checklist ("foamy urine" -> kidneys).
  return [...searchTerms, ...(page.checklist ?? []).map((item) => item.symptom)];
}

function keywordElement(words: string[], weight: number): Element {
  return {
    type: "element",
    tagName: "p",
    properties: { dataPagefindWeight: String(weight) },
    children: [{ type: "text", value: words.join(", ") }],
  };
}

/** The page's HTML with its section name and patient words added inside the indexed body. */
function htmlForIndex(html: string, page: Page, site: Site): string {
  const sectionName = page.kind === "article" ? site.sections.find((section) => section.slug === page.section)?.navLabel : page.navLabel;
  const { central, mentioned } = patientWords(page, site);
  const tree = unified().use(rehypeParse).parse(html) as Root;
  let found = false;
  visit(tree, "element", (element) => {
    if (found || element.properties.dataPagefindBody === undefined) return;
    found = true;
    element.properties.dataPagefindMeta = `section:${sectionName ?? ""}`;
    element.children.push(keywordElement(ownNames(page), 8), keywordElement(central, 4), keywordElement(mentioned, 1));
  });
  if (!found) throw new Error(`${page.url}: no element with data-pagefind-body in its HTML`);
  return unified().use(rehypeStringify).stringify(tree);
}

/** Distinct words of the site, most used first, for typo correction in the browser. */
function vocabulary(site: Site): string[] {
  const counts = new Map<string, number>();
  const texts = [...site.pagesByUrl.values()].flatMap((page) => [page.title, page.description, ...(page.keyPoints ?? []), markdownToPlainText(page.body)]);
  texts.push(...site.glossary.flatMap((term) => [term.term, ...term.aliases]));
  texts.push(...[...site.pagesByUrl.values()].flatMap(ownNames));
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

async function main() {
  const site = await loadSiteFrom(path.resolve(process.env.CONTENT_DIR ?? "content"));
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: "en",
    // Definitions in glossary popovers, screen-reader-only text and print-only parts would
    // make every page match every defined word.
    excludeSelectors: [".glossary-popover", ".sr-only", ".heading-anchor", ".print-only", "nav"],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  let pages = 0;
  for (const page of site.pagesByUrl.values()) {
    const html = readFileSync(exportedHtmlFile(page.url), "utf8");
    const result = await index.addHTMLFile({ url: page.url, content: htmlForIndex(html, page, site) });
    if (result.errors.length > 0) throw new Error(`${page.url}: ${result.errors.join("; ")}`);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: path.join(OUT, "pagefind") });
  if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  const words = vocabulary(site);
  writeFileSync(path.join(OUT, "search-vocabulary.json"), JSON.stringify(words));
  const emergencySigns = site.articles.flatMap((article) =>
    (article.checklist ?? []).filter((item) => item.warning === "emergency").map((item) => ({ symptom: item.symptom, url: article.url })),
  );
  writeFileSync(path.join(OUT, "search-warning-signs.json"), JSON.stringify(emergencySigns));
  await pagefind.close();
  console.log(`Search index: ${pages} pages, ${words.length} words for typo correction.`);
}

await main();
