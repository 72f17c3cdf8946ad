/**
 * What the build writes for the site search and the search page reads: one place for the file
 * names, so public/search.js gets them from the page and src/build/search-index.ts writes them.
 */
export const SEARCH_FILES = {
  /** The words the site uses (pages, glossary, patient words), to know a query's words and correct typos. */
  words: "search-words.json",
  /** Real English words one letter away from a site word, never to be "corrected"; read only for a typo. */
  realWords: "search-real-words.json",
  /** The patient words (content/patient-words.yml) as the search page reads a query with them. */
  patientWords: "search-patient-words.json",
  /** The emergency and same-day warning signs of the pages, with the patient words for them. */
  warningSigns: "search-warning-signs.json",
  /** Titles, summaries and names of every page, for the search page without JavaScript. */
  noScriptIndex: "search-no-script.json",
} as const;

/**
 * A word no reader types, between a page's own text and the words added for the index only;
 * the search page cuts the text there, so an excerpt never shows index-only words.
 */
export const INDEX_ONLY_MARK = "lupusguideindexonlywords";

/** One page as the no-JavaScript search sees it. */
export type NoScriptPage = { url: string; title: string; description: string; section: string; names: string[] };
