/**
 * The search page's answer without JavaScript, on `npm start`: the server puts the reader's
 * query back in the box and lists the pages whose titles, summaries and topic words match it
 * (out/search-no-script.json, written by the build). A plain static host cannot read the query;
 * there the page still lists every page.
 */
import type { NoScriptPage } from "../lib/search";
import { inSiteWords, rankPages } from "../../public/search-query.js";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeHtml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const RESULTS_SLOT = /<div id="search-no-script-results" data-found="([^"]*)" data-none="([^"]*)"><\/div>/;
const QUERY_BOX = 'id="search-page-query"';

type Vocabulary = Parameters<typeof inSiteWords>[1];

/** The pages that answer a query without JavaScript: a patient phrase's home pages, then the best matches. */
export function noScriptMatches(query: string, pages: NoScriptPage[], vocabulary: Vocabulary): NoScriptPage[] {
  const read = inSiteWords(query, vocabulary);
  // The reader's words and the site's words for them ("flu shot" is also "flu vaccine").
  const ranked = rankPages(`${query} ${read.words.join(" ")}`, pages);
  const homes = read.homes.flatMap((url) => pages.filter((page) => page.url === url));
  return [...homes, ...ranked.filter((page) => !homes.includes(page))].slice(0, 10);
}

/** The exported search page with the query in its box and the matching pages listed. */
export function withNoScriptResults(html: string, query: string, pages: NoScriptPage[], vocabulary: Vocabulary): string {
  const slot = RESULTS_SLOT.exec(html);
  if (!slot || !html.includes(QUERY_BOX)) throw new Error("the search page has no results slot or query box: was src/app/search/page.tsx changed?");
  const fill = (template: string) => escapeHtml(unescapeHtml(template).replace("{query}", query));
  const matches = noScriptMatches(query, pages, vocabulary);
  const items = matches
    .map(
      (page) =>
        `<li><h3 class="text-xl font-bold"><a href="${escapeHtml(page.url)}">${escapeHtml(page.title)}</a></h3>` +
        `<p class="search-result-section">${escapeHtml(page.section)}</p><p>${escapeHtml(page.description)}</p></li>`,
    )
    .join("");
  const answer =
    `<section id="search-no-script-results" class="mt-4" aria-labelledby="search-no-script-heading">` +
    `<h2 id="search-no-script-heading" class="text-xl font-bold">${fill(matches.length > 0 ? slot[1] : slot[2])}</h2>` +
    (items ? `<ol class="mt-2 space-y-6">${items}</ol>` : "") +
    `</section>`;
  return html.replace(slot[0], answer).replace(QUERY_BOX, `${QUERY_BOX} value="${escapeHtml(query)}"`);
}
