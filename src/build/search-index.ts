/**
 * Builds the site search into out/pagefind after `next build`, with Pagefind's Node API.
 *
 * Pagefind indexes each article and section page from its exported HTML. Before indexing (in
 * memory only: the served page is untouched) each page gets, after its own text and behind
 * INDEX_ONLY_MARK, the names it goes by (a medicine's brands, a test's report names, the patient
 * words whose home it is) and the glossary names of the terms it uses. Beside the index it writes
 * the files the search page reads (SEARCH_FILES): the patient words, for reading a query in the
 * site's words; the site's words and the real English words near them, for typo correction; the
 * warning signs of the pages, for care advice above the results; and the pages' titles and
 * names, for the answer without JavaScript.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { visit } from "unist-util-visit";
import type { Element, Root } from "hast";
import wordListPath from "word-list";
import { getSite } from "../lib/content/load";
import { readerText } from "../lib/content/reader-text";
import type { Page, Site } from "../lib/content/types";
import { containsPhrase } from "../lib/content/patient-words";
import { INDEX_ONLY_MARK, SEARCH_FILES, type NoScriptPage } from "../lib/search";
import { meaningfulWords, stem, tokens } from "../../public/search-query.js";
import { buildGlossaryMatcher, type GlossaryMatcher } from "../lib/markdown/glossary-terms";
import { runIfMain } from "./run-if-main";
import { defaultLocale } from "../lib/i18n";

const OUT = "out";

/** out/ file that holds a page: "/" -> index.html, "/a/b" -> a/b.html. */
export function exportedHtmlFile(url: string): string {
  return path.join(OUT, url === "/" ? "index.html" : `${url.slice(1)}.html`);
}

/** Title, summary and headings: what a page is about, as opposed to what it mentions. */
function centralText(page: Page): string {
  return [page.title, page.description, ...(page.keyPoints ?? []), ...page.headings.map((heading) => heading.text)].join(" \n ");
}

/** The site's glossary matcher, built once per site rather than once per page. */
const matchers = new WeakMap<Site, GlossaryMatcher>();
function glossaryMatcherOf(site: Site): GlossaryMatcher {
  let matcher = matchers.get(site);
  if (!matcher) matchers.set(site, (matcher = buildGlossaryMatcher(site.glossary)));
  return matcher;
}

/**
 * The words readers use for a page's topics, from the glossary (every name and alias of the
 * terms it defines) and from content/patient-words.yml (the words of the entries that name it
 * as their home). Central words are those of the terms in the page's title, summary or headings.
 */
export function patientWordsFor(page: Page, site: Site): { own: string[]; central: string[]; mentioned: string[] } {
  const matcher = glossaryMatcherOf(site);
  const central = centralText(page);
  const centralSlugs = new Set([...central.matchAll(matcher.pattern)].map((match) => matcher.termByName.get(match[0].toLowerCase())?.slug));
  const namesOf = (slugs: Iterable<string | undefined>) =>
    site.glossary.filter((term) => [...slugs].includes(term.slug)).flatMap((term) => [term.term, ...term.aliases]);
  const own: string[] = [];
  const centralWords = namesOf(centralSlugs);
  const mentioned = namesOf(page.glossaryTerms.filter((slug) => !centralSlugs.has(slug)));
  // Patient words elsewhere are read into the site's words when the query is (search-query.js).
  for (const entry of site.patientWords) if (entry.pages?.includes(page.url)) own.push(...entry.says);
  return { own, central: centralWords, mentioned };
}

/**
 * The names a page goes by: a medicine's generic and brand names, every name a lab report may
 * print for a test ("UPCR", "C3 COMPLEMENT"), the symptoms a symptom page lists. Weighted highest: the page that is about the
 * thing comes first when a reader types its name.
 */
export function ownNames(page: Page): string[] {
  if (page.kind !== "article") return [];
  if (page.medicine) return [...page.medicine.genericNames, ...page.medicine.brandNames.filter((name) => !name.includes(";"))];
  if (page.labTest) return page.labTest.reportNames;
  // A symptom page is the home of the symptoms on its checklist ("foamy urine" -> kidneys).
  return (page.checklist ?? []).map((item) => item.symptom);
}

function keywordElement(words: string[], weight: number): Element {
  return {
    type: "element",
    tagName: "p",
    properties: { dataPagefindWeight: String(weight) },
    children: [{ type: "text", value: words.join(", ") }],
  };
}

/**
 * The page's HTML with its section name and patient words added inside the indexed body, after
 * the page's own text and behind INDEX_ONLY_MARK, where the search page cuts them off: an
 * excerpt shows only what the page says.
 */
function htmlForIndex(html: string, page: Page, site: Site): string {
  const sectionName = page.kind === "article" ? site.sections.find((section) => section.slug === page.section)?.navLabel : page.navLabel;
  const { own, central, mentioned } = patientWordsFor(page, site);
  const tree = unified().use(rehypeParse).parse(html) as Root;
  let found = false;
  visit(tree, "element", (element) => {
    if (found || element.properties.dataPagefindBody === undefined) return;
    found = true;
    element.properties.dataPagefindMeta = `section:${sectionName ?? ""}`;
    // Lets the search page fetch a page it knows by address (a patient phrase's home page).
    element.properties.dataPagefindFilter = `page:${page.url}`;
    element.children.push(
      keywordElement([INDEX_ONLY_MARK], 1),
      keywordElement([...ownNames(page), ...own], 8),
      keywordElement(central, 4),
      keywordElement(mentioned, 1),
    );
  });
  if (!found) throw new Error(`${page.url}: no element with data-pagefind-body in its HTML`);
  return unified().use(rehypeStringify).stringify(tree);
}

/** Distinct words of the site, most used first, for typo correction in the browser. */
function siteWords(site: Site): string[] {
  const counts = new Map<string, number>();
  const texts = [...site.pagesByUrl.values()].map(readerText);
  texts.push(...site.glossary.flatMap((term) => [term.term, ...term.aliases]));
  texts.push(...site.patientWords.flatMap((entry) => entry.says));
  for (const text of texts) {
    for (const word of tokens(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/**
 * Real English words one letter away from a site word that the site never uses ("kinds" is a
 * site word, "kids" is such a word): the browser must never "correct" them into the site word.
 */
export function realWordsNear(words: string[], english: ReadonlySet<string>): string[] {
  // A word still being typed (the start of a site word) is never corrected, so needs no entry.
  const prefixes = new Set(words.flatMap((word) => Array.from({ length: word.length }, (_, end) => word.slice(0, end + 1))));
  const near = new Set<string>();
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const consider = (candidate: string) => {
    if (candidate.length >= 4 && !prefixes.has(candidate) && english.has(candidate)) near.add(candidate);
  };
  for (const word of words) {
    for (let i = 0; i <= word.length; i += 1) {
      if (i < word.length) consider(word.slice(0, i) + word.slice(i + 1));
      if (i < word.length - 1) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      for (const letter of letters) {
        consider(word.slice(0, i) + letter + word.slice(i));
        if (i < word.length) consider(word.slice(0, i) + letter + word.slice(i + 1));
      }
    }
  }
  return [...near].sort();
}

export type WarningSign = {
  text: string;
  care: "emergency" | "urgent";
  url: string;
  title: string;
  /** Stems of the sign's words and of the patient words for them. */
  words: string[];
  /** For a medicine's side effect: the stems of the medicine's names. */
  context: string[];
  /** How many meaningful words the sign itself has, and the first of them. */
  size: number;
  lead: string;
};

/**
 * The emergency and same-day warning signs the pages list, each in the page's own words: the
 * items of every emergency and same-day call-out, the symptom pages' checklists and the
 * medicines' serious side effects. Each carries the patient words that describe it, so "chest
 * hurts when breathing" finds "sharp chest pain when you breathe in"; a medicine's signs carry
 * its names, since they are asked about with the medicine named ("fever on methotrexate").
 */
export function warningSigns(site: Site): WarningSign[] {
  const stemsOf = (text: string) => meaningfulWords(text).map(stem);
  const signOf = (text: string, care: WarningSign["care"], page: Page, context: string[]): WarningSign => {
    const own = stemsOf(text);
    const lay = site.patientWords.filter((entry) => entry.means.some((meant) => containsPhrase(text, meant))).flatMap((entry) => entry.says.flatMap(stemsOf));
    return { text, care, url: page.url, title: page.title, words: [...new Set([...own, ...lay])], context, size: new Set(own).size, lead: own[0] ?? "" };
  };
  const signs = [...site.pagesByUrl.values()].flatMap((page) => {
    const medicine = page.kind === "article" ? page.medicine : undefined;
    const context = medicine ? [...new Set([...medicine.genericNames, ...medicine.brandNames].flatMap(stemsOf))] : [];
    const items: { text: string; care: WarningSign["care"] }[] = [
      ...page.warningItems,
      ...(page.kind === "article" ? (page.checklist ?? []).flatMap((item) => (item.warning ? [{ text: item.symptom, care: item.warning }] : [])) : []),
      ...(medicine?.seriousSideEffects ?? []).map((effect) => ({ text: effect.sign, care: effect.care })),
    ];
    return items.map((item) => signOf(item.text, item.care, page, context));
  });
  // A sign a page lists twice (in its checklist and its call-out) is shown once.
  const seen = new Set<string>();
  return signs.filter((sign) => {
    const key = `${sign.url} ${sign.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The patient words as the search page reads a query with them (inSiteWords in search-query.js). */
export function patientWordsForQueries(site: Site) {
  return site.patientWords.map((entry) => ({
    says: entry.says.map((said) => (meaningfulWords(said).length > 0 ? meaningfulWords(said) : tokens(said))),
    means: entry.means[0],
    pages: entry.pages ?? [],
  }));
}

/** Each page's title, summary and the names it goes by, for the search page without JavaScript. */
export function noScriptIndex(site: Site): NoScriptPage[] {
  return [...site.pagesByUrl.values()].map((page) => {
    const section = page.kind === "article" ? site.sections.find((candidate) => candidate.slug === page.section)?.navLabel : page.navLabel;
    const { own, central } = patientWordsFor(page, site);
    return { url: page.url, title: page.title, description: page.description, section: section ?? "", names: [...new Set([...ownNames(page), ...own, ...central])] };
  });
}

/** Indexes the exported pages in out/ and writes the search page's files beside the index. */
export async function writeSearchIndex(site: Site): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    // The stemming language of the site's first language ("en" of "en-US").
    forceLanguage: new Intl.Locale(defaultLocale).language,
    // Definitions in glossary popovers, screen-reader-only text and print-only parts would
    // make every page match every defined word.
    // The call-out symbols ("!", "?") are decoration, not words.
    excludeSelectors: [".glossary-popover", ".sr-only", ".heading-anchor", ".print-only", "nav", ".callout-icon", "[data-needs-script]"],
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
  const words = siteWords(site);
  const english = new Set(readFileSync(wordListPath, "utf8").split("\n"));
  const realWords = realWordsNear(words, english);
  writeFileSync(path.join(OUT, SEARCH_FILES.words), JSON.stringify(words));
  writeFileSync(path.join(OUT, SEARCH_FILES.realWords), JSON.stringify(realWords));
  writeFileSync(path.join(OUT, SEARCH_FILES.patientWords), JSON.stringify(patientWordsForQueries(site)));
  const signs = warningSigns(site);
  writeFileSync(path.join(OUT, SEARCH_FILES.warningSigns), JSON.stringify(signs));
  writeFileSync(path.join(OUT, SEARCH_FILES.noScriptIndex), JSON.stringify(noScriptIndex(site)));
  await pagefind.close();
  console.log(`Search index: ${pages} pages, ${words.length} words for typo correction (${realWords.length} real words kept as typed), ${signs.length} warning signs.`);
}

runIfMain(import.meta.url, async () => writeSearchIndex(await getSite()));
