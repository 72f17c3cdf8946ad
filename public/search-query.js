// Lupus Guide search: how a query is read. Pure functions, no page access, shared by the
// search page (public/search.js), the build (src/build/search-index.ts) and the unit tests,
// so the words the build prepares and the words the browser compares are cut the same way.

/**
 * Words that say nothing about which page or sign is meant: they never count as a match.
 * "lupus" is here too: every page is about lupus.
 */
export const COMMON_WORDS = new Set(
  (
    "a an the and or but if of on in at to for from by with without about into over under than then so as is am are was were be been being " +
    "i me my mine we our you your he she it its they them their this that these those there here what which who whom whose when where why how " +
    "do does did doing done have has had having can could will would shall should may might must get gets got getting go going " +
    "feel feels feeling felt keep keeps really very much many more most some any all just also too still only yes ok " +
    "mean means meaning sign signs lupus sle thing things stuff something anything way please tell know need"
  ).split(" "),
);

/** Lowercase words of a text, apostrophes dropped ("can't" -> "cant", "Raynaud's" -> "raynauds"). */
export function tokens(text) {
  return (text.toLowerCase().replace(/[’']/g, "").match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 || /\d/.test(word));
}

/** The words of a query that can say what it is about, in order. */
export function meaningfulWords(text) {
  return tokens(text).filter((word) => !COMMON_WORDS.has(word));
}

/**
 * A light stem, enough to treat "breathing", "breathe" and "breathes" (or "coughs" and
 * "coughing") as one word without merging different words ("heart" and "heartburn").
 */
export function stem(word) {
  let result = word;
  for (const ending of ["ings", "ing", "edly", "ed", "ies", "es", "s", "ly", "ful", "e"]) {
    if (result.endsWith(ending) && result.length - ending.length >= 3) {
      result = result.slice(0, -ending.length) + (ending === "ies" ? "y" : "");
      break;
    }
  }
  return result;
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

/**
 * The site word a misspelt word was meant to be, or undefined. Only a word of 4 or more
 * letters that no page uses and that is not a real English word is corrected: "plaquinil"
 * becomes "plaquenil", but "kids" is never turned into "kinds".
 * @param {string} word lowercase
 * @param {{ words: string[], realWords: Set<string> }} vocabulary site words, most used first; real English words near them
 */
export function correctionFor(word, vocabulary) {
  if (word.length < 4 || vocabulary.realWords.has(word) || vocabulary.words.includes(word)) return undefined;
  if (vocabulary.words.some((entry) => entry.startsWith(word))) return undefined; // a word still being typed
  return vocabulary.words.find((entry) => entry.length >= 4 && oneEditApart(word, entry));
}

/**
 * The warning signs a query describes. Each sign carries the stems of its own words and of the
 * patient words for them (`words`), and, for a medicine's side effect, the medicine's names
 * (`context`). A sign matches when every meaningful word of the query is one of its words or
 * names, at least one is a word of the sign itself, a medicine's sign is asked about with the
 * medicine named, and a one-word query names a sign of one or two words by its first word
 * ("seizure" is "a seizure (fit)"), not one part of a longer one ("pain" alone is not "belly pain").
 * @template {{ words: string[], context: string[], size: number, lead: string }} Sign
 * @param {string} query
 * @param {Sign[]} signs
 * @returns {Sign[]}
 */
export function matchingSigns(query, signs) {
  const stems = [...new Set(meaningfulWords(query).map(stem))];
  if (stems.length === 0) return [];
  const found = signs.filter((sign) => {
    const inSign = stems.filter((word) => sign.words.includes(word));
    const inContext = stems.filter((word) => sign.context.includes(word));
    if (inSign.length === 0 || stems.some((word) => !sign.words.includes(word) && !sign.context.includes(word))) return false;
    if (sign.context.length > 0 && inContext.length === 0) return false;
    return inSign.length + inContext.length >= 2 || (sign.size <= 2 && stems[0] === sign.lead);
  });
  // The signs the query describes most closely first ("chest hurts when breathing" before "chest pain").
  const closeness = (sign) => stems.filter((word) => sign.words.includes(word)).length / Math.max(sign.size, 1);
  return found.sort((a, b) => closeness(b) - closeness(a));
}

/** The word positions in `words` that a query word matches: same stem, or the word being typed. */
function matches(word, queryStems, queryWords) {
  const lower = word.toLowerCase().replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, "");
  if (!lower) return false;
  return queryStems.includes(stem(lower)) || queryWords.some((queryWord) => queryWord.length >= 4 && lower.startsWith(queryWord));
}

/**
 * An excerpt of a page's own text around the first place a query word occurs, as parts to show
 * plain or marked. `text` is the page's readable text only (never the words added for the index).
 * @param {string} text
 * @param {string} query
 * @param {number} length words in the excerpt
 * @returns {{ text: string, marked: boolean }[]}
 */
export function excerptParts(text, query, length = 30) {
  const words = text.split(/\s+/).filter(Boolean);
  const queryWords = meaningfulWords(query);
  const queryStems = queryWords.map(stem);
  const first = words.findIndex((word) => matches(word, queryStems, queryWords));
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3));
  const window = words.slice(start, start + length);
  const pieces = [];
  if (start > 0) pieces.push({ text: "… ", marked: false });
  window.forEach((word, index) => {
    pieces.push({ text: word, marked: first >= 0 && matches(word, queryStems, queryWords) });
    if (index < window.length - 1) pieces.push({ text: " ", marked: false });
  });
  if (start + length < words.length) pieces.push({ text: " …", marked: false });
  // Runs of plain text become one part.
  const parts = [];
  for (const piece of pieces) {
    const last = parts[parts.length - 1];
    if (last && !last.marked && !piece.marked) last.text += piece.text;
    else parts.push({ ...piece });
  }
  return parts;
}

/**
 * Pages whose title, summary or names share the query's words, best first: the search page's
 * answer without JavaScript (the server fills it in) and a check in the tests.
 * @template {{ title: string, description: string, names: string[] }} Page
 * @param {string} query
 * @param {Page[]} pages
 * @returns {Page[]}
 */
export function rankPages(query, pages, limit = 10) {
  const queryWords = [...new Set(meaningfulWords(query))];
  if (queryWords.length === 0) return [];
  const stemsOf = (texts) => new Set(texts.flatMap((text) => meaningfulWords(text).map(stem)));
  const has = (set, word) => set.has(stem(word)) || (word.length >= 4 && [...set].some((entry) => entry.startsWith(word)));
  return pages
    .map((page, index) => {
      const title = stemsOf([page.title]);
      const names = stemsOf(page.names);
      const description = stemsOf([page.description]);
      let matched = 0;
      let score = 0;
      for (const word of queryWords) {
        const points = (has(title, word) ? 3 : 0) + (has(names, word) ? 2 : 0) + (has(description, word) ? 1 : 0);
        if (points > 0) matched += 1;
        score += points;
      }
      return { page, matched, score, index };
    })
    .filter((entry) => entry.matched > 0)
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.page);
}

/**
 * A query in the site's words: each patient phrase ("kids", "foamy pee", "can't breathe") is
 * replaced by what the site calls it ("children", "foamy urine", "trouble breathing"), so the
 * search looks for the words the pages use. The home pages of the phrases found are named so
 * they can come first.
 * @param {string} query
 * @param {{ says: string[][], means: string, pages: string[] }[]} vocabulary each `says` as its meaningful words
 * @returns {{ words: string[], homes: string[], replaced: [string, string][] }}
 */
export function inSiteWords(query, vocabulary) {
  const meaningful = meaningfulWords(query);
  const words = meaningful.length > 0 ? meaningful : tokens(query);
  const stems = words.map(stem);
  const out = [];
  const used = [];
  const replaced = [];
  for (let i = 0; i < words.length; ) {
    let best;
    for (const entry of vocabulary) {
      for (const phrase of entry.says) {
        const fits = phrase.length <= words.length - i && phrase.every((word, offset) => stem(word) === stems[i + offset]);
        if (fits && (!best || phrase.length > best.length)) best = { entry, length: phrase.length };
      }
    }
    if (!best) {
      out.push(words[i]);
      i += 1;
      continue;
    }
    // The site's words as the pages write them ("raynaud's" keeps its apostrophe for the index).
    const meant = best.entry.means.split(/\s+/);
    const kept = meant.filter((word) => tokens(word).some((token) => !COMMON_WORDS.has(token)));
    out.push(...(kept.length > 0 ? kept : meant));
    used.push(best);
    replaced.push([words.slice(i, i + best.length).join(" "), best.entry.means]);
    i += best.length;
  }
  // A phrase of two or more words is specific enough to lead to its home ("fingers turn white"
  // -> Raynaud's); one word leads there only when it is the whole query ("kids").
  const leading = used.filter((match) => match.length >= 2 || match.length === words.length);
  const homes = [...new Set(leading.flatMap((match) => match.entry.pages))];
  return { words: out, homes, replaced };
}
