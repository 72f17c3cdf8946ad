// Lupus Guide search page: runs the query in the browser with Pagefind. Only the pieces of the
// index a query needs are downloaded; nothing typed leaves the device.
const form = document.querySelector("form[data-search-form]");
const input = form?.querySelector('input[name="q"]');
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const allPages = document.getElementById("all-pages");
const MAX_RESULTS = 10;

let pagefindPromise;
function loadPagefind() {
  pagefindPromise ??= import("/pagefind/pagefind.js").then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

let vocabularyPromise;
function loadVocabulary() {
  vocabularyPromise ??= fetch("/search-vocabulary.json").then((response) => response.json());
  return vocabularyPromise;
}

/** True when a and b differ by one letter: one added, removed, changed, or two swapped. */
export function oneEditApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs = [];
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    return diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  return short.slice(i) === long.slice(i + 1);
}

/** The query with each unknown word of 4+ letters replaced by the most used site word one letter away. */
async function correctedQuery(query) {
  const vocabulary = await loadVocabulary();
  const known = new Set(vocabulary);
  let changed = false;
  const words = query.split(/\s+/).map((word) => {
    const lower = word.toLowerCase();
    if (lower.length < 4 || known.has(lower) || vocabulary.some((entry) => entry.startsWith(lower))) return word;
    const match = vocabulary.find((entry) => oneEditApart(lower, entry));
    if (!match) return word;
    changed = true;
    return match;
  });
  return changed ? words.join(" ") : undefined;
}

let warningSignsPromise;
function loadWarningSigns() {
  warningSignsPromise ??= fetch("/search-warning-signs.json").then((response) => response.json());
  return warningSignsPromise;
}

/** Words that say nothing about which sign is meant. */
const COMMON_WORDS = new Set(["the", "and", "for", "with", "what", "have", "has", "how", "does", "can", "when", "why", "you", "your", "mean", "means", "lupus"]);
const words = (text) => (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((word) => !COMMON_WORDS.has(word));

/** The emergency signs that contain every word of the query ("chest pain", "seizure", "vision"). */
async function matchingWarningSigns(query) {
  const queryWords = words(query);
  if (queryWords.length === 0) return [];
  const signs = await loadWarningSigns();
  return signs.filter((sign) => {
    const signWords = words(sign.symptom);
    return queryWords.every((word) => signWords.some((signWord) => signWord.startsWith(word.slice(0, 5))));
  });
}

/** The emergency call-out, built like the site's own, shown above the results. */
function showWarning(signs) {
  const box = document.getElementById("search-warning");
  if (!box) return;
  box.replaceChildren();
  box.hidden = signs.length === 0;
  if (signs.length === 0) return;
  box.className = "callout callout-emergency";
  box.setAttribute("role", "note");
  const title = document.createElement("p");
  title.className = "callout-title";
  const icon = document.createElement("span");
  icon.className = "callout-icon";
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = "!";
  const prefix = document.createElement("span");
  prefix.className = "sr-only";
  prefix.textContent = "Emergency advice: ";
  const strong = document.createElement("strong");
  strong.textContent = "Call 911 or your local emergency number if you have:";
  title.append(icon, prefix, strong);
  const list = document.createElement("ul");
  list.className = "list-disc pl-6";
  for (const sign of signs) {
    const item = document.createElement("li");
    item.textContent = sign.symptom;
    list.append(item);
  }
  const more = document.createElement("p");
  const link = document.createElement("a");
  link.href = "/get-help";
  link.textContent = "See all warning signs that need same-day or emergency care";
  more.append(link);
  box.append(title, list, more);
}

function resultItem(data) {
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
  // Pagefind's excerpt is text from our own pages with the matched words in <mark>.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, section, excerpt);
  return item;
}

let latest = 0;
async function run(query) {
  const ticket = ++latest;
  const trimmed = query.trim();
  list.replaceChildren();
  if (!trimmed) {
    showWarning([]);
    status.textContent = "";
    allPages.hidden = false;
    return;
  }
  status.textContent = "Searching…";
  // A word the site never uses, one letter away from one it does, is taken as a typo.
  const [pagefind, corrected] = await Promise.all([loadPagefind(), correctedQuery(trimmed)]);
  const used = corrected ?? trimmed;
  const warningSigns = await matchingWarningSigns(used);
  if (ticket === latest) showWarning(warningSigns);
  const search = await pagefind.search(used);
  const note = corrected ? ` Showing results for “${used}” instead of “${trimmed}”.` : "";
  const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  if (ticket !== latest) return; // a newer query has started
  list.replaceChildren(...results.map(resultItem));
  allPages.hidden = results.length > 0;
  const count = search.results.length;
  status.textContent =
    count === 0
      ? `No pages found for “${trimmed}”. Try another word, or browse every page below.`
      : `${count} ${count === 1 ? "page" : "pages"} found.${note}${count > MAX_RESULTS ? ` Showing the best ${MAX_RESULTS}.` : ""}`;
}

if (form && input && status && list && allPages) {
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
