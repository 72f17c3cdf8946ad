// The test finder (/tests/find): shows the search box and filters the A to Z list of report
// names as the reader types. Matching ignores case, punctuation and word order, and skips
// numbers such as a titer ("ANA IFA HEp-2 titer 1:160 speckled" still finds ANA). Nothing typed
// leaves the page.
(function () {
  var box = document.querySelector("[data-test-finder]");
  var input = document.getElementById("test-finder-query");
  var status = document.getElementById("test-finder-status");
  var items = Array.prototype.slice.call(document.querySelectorAll("#test-finder-list > li"));
  if (!box || !input || !status || items.length === 0) return;
  box.hidden = false;

  // The words it says are on the page (data-* from the dictionary): one form a plural rule, {count} filled in.
  var pluralRules = new Intl.PluralRules(document.documentElement.lang || undefined);
  function matches(count) {
    var form = pluralRules.select(count);
    var template = box.getAttribute("data-matches-" + form) || box.getAttribute("data-matches-other") || "";
    return template.replace("{count}", String(count));
  }

  function words(text) {
    return text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
      .split(" ")
      .filter(function (word) {
        return word && !/^\d+$/.test(word);
      });
  }

  var rows = items.map(function (item) {
    return { item: item, words: (item.getAttribute("data-words") || "").split(" ") };
  });

  function score(queryWords, row) {
    var matched = 0;
    queryWords.forEach(function (word) {
      if (row.words.some(function (candidate) { return candidate === word || (word.length >= 2 && candidate.indexOf(word) === 0); })) matched += 1;
    });
    return matched;
  }

  function filter() {
    var query = words(input.value);
    if (query.length === 0) {
      rows.forEach(function (row) { row.item.hidden = false; });
      status.textContent = "";
      return;
    }
    var best = 0;
    var scores = rows.map(function (row) {
      var value = score(query, row);
      if (value > best) best = value;
      return value;
    });
    var shown = 0;
    rows.forEach(function (row, index) {
      var visible = best > 0 && scores[index] === best;
      row.item.hidden = !visible;
      if (visible) shown += 1;
    });
    status.textContent = shown === 0 ? box.dataset.none || "" : matches(shown);
  }

  input.addEventListener("input", filter);
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    filter();
  }
})();
