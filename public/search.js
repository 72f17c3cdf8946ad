// Lupus Guide search page: runs the query in the browser with Pagefind. Only the pieces of the
// index a query needs are downloaded; nothing typed leaves the device. The page gives this
// script its words (data-* attributes and <template> elements), so no interface text is here.
import { correctionFor, excerptParts, inSiteWords, matchingSigns, stem, tokens } from "/search-query.js";

const root = document.querySelector("[data-search-page]");
const form = document.querySelector("form[data-search-form]");
const input = form?.querySelector('input[name="q"]');
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const allPages = document.getElementById("all-pages");
const warningBox = document.getElementById("search-warning");
const noScriptResults = document.getElementById("search-no-script-results");
const MAX_RESULTS = 10;

/** An interface text from the page, with {placeholders} filled in. */
function say(name, values = {}) {
  const template = root?.dataset[name] ?? "";
  return template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ""));
}

const once = (load) => {
  let promise;
  return () => (promise ??= load());
};
const loadPagefind = once(() =>
  import("/pagefind/pagefind.js").then(async (pagefind) => {
    pagefind.init();
    return pagefind;
  }),
);
const loadJson = (url) => once(() => fetch(url).then((response) => response.json()));
const loadWords = loadJson(root?.dataset.wordsUrl);
const loadRealWords = loadJson(root?.dataset.realWordsUrl);
const loadSigns = loadJson(root?.dataset.signsUrl);
const loadPatientWords = loadJson(root?.dataset.patientWordsUrl);

/** True when the site uses the word, in this or another form, or it is the start of one ("methotrex"). */
function isSiteWord(word, siteWords) {
  const known = (part) => siteWords.some((entry) => entry === part || stem(entry) === stem(part) || (part.length >= 3 && entry.startsWith(part)));
  // "anti-ro" is known when "anti" and "ro" are.
  const parts = tokens(word);
  return parts.length > 0 && parts.every(known);
}

/**
 * The words to search for: the query in the site's words ("chest hurts when breathing" ->
 * chest, pain, breathing), each a word the site uses, corrected when it is a typo of one, or left
 * out when the site never uses it (so one unknown word cannot empty the results).
 */
async function searchWords(candidates) {
  const siteWords = await loadWords();
  const kept = [];
  const corrected = [];
  const unknown = [];
  for (const word of candidates) {
    if (isSiteWord(word.toLowerCase(), siteWords)) {
      kept.push(word);
      continue;
    }
    // Only now the real English words near site words: a typo is the rare case.
    const realWords = new Set(await loadRealWords());
    const correction = correctionFor(word.toLowerCase(), { words: siteWords, realWords });
    if (correction) {
      kept.push(correction);
      corrected.push([word, correction]);
    } else unknown.push(word);
  }
  return { kept, corrected, unknown };
}

/**
 * Pages with every word first (Pagefind's own ranking), then pages with most of the words, so a
 * long question still finds the page that answers most of it.
 */
async function rankedResults(pagefind, kept) {
  if (kept.length === 0) return [];
  const all = (await pagefind.search(kept.join(" "))).results;
  if (kept.length === 1 || all.length >= MAX_RESULTS) return all;
  const partial = new Map();
  for (const word of kept) {
    for (const result of (await pagefind.search(word)).results) {
      const entry = partial.get(result.id) ?? { result, words: 0, score: 0 };
      entry.words += 1;
      entry.score += result.score;
      partial.set(result.id, entry);
    }
  }
  const inAll = new Set(all.map((result) => result.id));
  const rest = [...partial.values()]
    .filter((entry) => !inAll.has(entry.result.id))
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((entry) => entry.result);
  return [...all, ...rest];
}

/**
 * The pages a whole patient phrase names as its home ("kids" -> children with lupus) come first:
 * the index tags each page with its address (filter "page") so they are found without loading
 * every result.
 */
async function homesFirst(pagefind, results, homes) {
  if (homes.length === 0) return results;
  const found = await pagefind.search(null, { filters: { page: { any: homes } } });
  const homeIds = new Set(found.results.map((result) => result.id));
  return [...found.results, ...results.filter((result) => !homeIds.has(result.id))];
}

/** The care advice for the warning signs a query describes, from the page's own call-out templates. */
function showWarnings(found) {
  // The same sign on several pages is shown once, and a short list stays readable.
  const seen = new Set();
  const signs = found.filter((sign) => !seen.has(sign.text.toLowerCase()) && seen.add(sign.text.toLowerCase())).slice(0, 8);
  warningBox.replaceChildren();
  warningBox.hidden = signs.length === 0;
  for (const care of ["emergency", "urgent"]) {
    const matching = signs.filter((sign) => sign.care === care);
    const template = document.getElementById(`search-warning-${care}`);
    if (matching.length === 0 || !template) continue;
    const callout = template.content.firstElementChild.cloneNode(true);
    const signList = callout.querySelector("[data-signs]");
    for (const sign of matching) {
      const item = document.createElement("li");
      item.append(`${sign.text} `);
      const link = document.createElement("a");
      link.href = sign.url;
      link.textContent = say("signSource", { title: sign.title });
      item.append(link);
      signList.append(item);
    }
    warningBox.append(callout);
  }
}

/** A page's own text, without the words added for the index only. */
function ownText(data) {
  const mark = root.dataset.indexMark;
  const cut = data.content.indexOf(mark);
  return cut < 0 ? data.content : data.content.slice(0, cut);
}

function resultItem(data, query) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.className = "text-xl font-bold";
  link.textContent = data.meta.title;
  const heading = document.createElement("h2");
  heading.append(link);
  const section = document.createElement("p");
  section.className = "search-result-section";
  section.textContent = data.meta.section || "";
  const excerpt = document.createElement("p");
  for (const part of excerptParts(ownText(data), query)) {
    if (!part.marked) excerpt.append(part.text);
    else {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  item.append(heading, section, excerpt);
  return item;
}

let latest = 0;
async function run(query) {
  const ticket = ++latest;
  const trimmed = query.trim();
  list.replaceChildren();
  noScriptResults?.remove();
  if (!trimmed) {
    showWarnings([]);
    status.textContent = "";
    allPages.hidden = false;
    return;
  }
  status.textContent = say("searching");
  const [pagefind, patientWords, signs] = await Promise.all([loadPagefind(), loadPatientWords(), loadSigns()]);
  const read = inSiteWords(trimmed, patientWords);
  const { kept, corrected, unknown } = await searchWords(read.words);
  if (ticket !== latest) return;
  const usedQuery = kept.join(" ");
  showWarnings(matchingSigns(`${trimmed} ${corrected.map(([, word]) => word).join(" ")}`, signs));
  const results = await homesFirst(pagefind, await rankedResults(pagefind, kept), read.homes);
  const shown = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
  if (ticket !== latest) return; // a newer query has started
  list.replaceChildren(...shown.map((data) => resultItem(data, usedQuery)));
  allPages.hidden = shown.length > 0;
  const notes = [
    ...corrected.map(([typed, word]) => say("corrected", { typed, word })),
    ...(unknown.length > 0 && kept.length > 0 ? [say("unknownWords", { words: unknown.join(", ") })] : []),
  ];
  const count = results.length;
  status.textContent =
    count === 0
      ? say("nothingFound", { query: trimmed })
      : [say(count === 1 ? "foundOne" : "foundMany", { count }), ...notes, count > MAX_RESULTS ? say("showingBest", { count: MAX_RESULTS }) : ""]
          .filter(Boolean)
          .join(" ");
}

if (root && form && input && status && list && allPages && warningBox) {
  const initial = new URLSearchParams(location.search).get("q") ?? "";
  input.value = initial;
  if (initial) run(initial);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value;
    history.replaceState(null, "", query.trim() ? `/search?q=${encodeURIComponent(query.trim())}` : "/search");
    run(query);
  });
}
