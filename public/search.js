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
    status.textContent = "";
    allPages.hidden = false;
    return;
  }
  status.textContent = "Searching…";
  // A word the site never uses, one letter away from one it does, is taken as a typo.
  const [pagefind, corrected] = await Promise.all([loadPagefind(), correctedQuery(trimmed)]);
  const used = corrected ?? trimmed;
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
