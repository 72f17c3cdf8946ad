// The 404 page: helps a reader who typed or was given a wrong address.
// - An address that differs from a page's only in capital letters goes to that page.
// - Otherwise the pages whose addresses are closest (edit distance over the path's parts) are
//   offered under "Did you mean". The page list is in the 404 page itself (#known-pages).
// Nothing here sends data anywhere. The functions are also exported for the unit tests.
/* global module */
(function () {
  "use strict";

  /** A path's parts, lower case, without .html, trailing slashes, or "_" and spaces for "-". */
  function parts(path) {
    var decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // A malformed escape: compare the raw text.
    }
    return decoded
      .toLowerCase()
      .replace(/\.html?$/, "")
      .replace(/[_\s]+/g, "-")
      .split("/")
      .filter(Boolean);
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character. */
  function distance(a, b) {
    var previous = [];
    var j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      previous = current;
    }
    return previous[b.length];
  }

  /**
   * How far a requested path is from a page's, from 0 (the same) to 1 or more: the character
   * edits over the parts taken in order (a missing part costs its length), divided by the
   * longer path's length. A matching last part alone ("/kidneys") also counts, a little less.
   */
  function score(asked, page) {
    var edits = 0;
    var length = 0;
    for (var i = 0; i < Math.max(asked.length, page.length); i++) {
      var a = asked[i] || "";
      var b = page[i] || "";
      edits += distance(a, b);
      length += Math.max(a.length, b.length);
    }
    var whole = length === 0 ? 0 : edits / length;
    var lastAsked = asked[asked.length - 1] || "";
    var lastPage = page[page.length - 1] || "";
    if (lastAsked.length < 3 || lastPage.length === 0) return whole;
    var last = 0.15 + distance(lastAsked, lastPage) / Math.max(lastAsked.length, lastPage.length);
    return Math.min(whole, last);
  }

  var MAX_SCORE = 0.4;
  var MAX_SUGGESTIONS = 3;

  /** The known pages ([url, title] pairs) closest to the path, best first; at most three. */
  function suggest(path, pages) {
    var asked = parts(path);
    if (asked.length === 0) return [];
    return pages
      .map(function (page) {
        return { page: page, score: score(asked, parts(page[0])) };
      })
      .filter(function (entry) {
        return entry.score <= MAX_SCORE;
      })
      .sort(function (a, b) {
        return a.score - b.score || (a.page[0] < b.page[0] ? -1 : 1);
      })
      .slice(0, MAX_SUGGESTIONS)
      .map(function (entry) {
        return entry.page;
      });
  }

  /** The page whose address is this path but for capital letters, or undefined. */
  function sameButCase(path, pages) {
    var wanted = path.replace(/\/+$/, "").toLowerCase();
    for (var i = 0; i < pages.length; i++) {
      if (pages[i][0].toLowerCase() === wanted && pages[i][0] !== path) return pages[i];
    }
    return undefined;
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { suggest: suggest, sameButCase: sameButCase, parts: parts, distance: distance };
    return;
  }

  var data = document.getElementById("known-pages");
  var box = document.getElementById("not-found-suggestions");
  if (!data || !box) return;
  var pages = JSON.parse(data.textContent || "[]");

  var known = sameButCase(location.pathname, pages);
  if (known) {
    location.replace(known[0] + location.search + location.hash);
    return;
  }

  var list = box.querySelector("ul");
  suggest(location.pathname, pages).forEach(function (page) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = page[0];
    link.textContent = page[1];
    item.appendChild(link);
    list.appendChild(item);
  });
  if (list.children.length > 0) box.hidden = false;
})();
