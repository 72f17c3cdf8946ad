// /tests/code: reached as /tests/code?loinc=<code> or, through the hosting rules, as
// /tests/code/<unknown code>. A known code goes to its test page; an unknown one is named, so
// the reader knows this site has no page for it and what to do instead.
(function () {
  var message = document.getElementById("code-lookup-message");
  if (!message) return;
  var fromPath = location.pathname.replace(/\/+$/, "").split("/tests/code/")[1];
  var asked = (new URLSearchParams(location.search).get("loinc") || (fromPath ? decodeURIComponent(fromPath) : "")).trim();
  if (!asked) return;
  var known = document.querySelector('#code-list li[data-code="' + asked.replace(/[^0-9-]/g, "") + '"] a');
  if (known && asked.replace(/[^0-9-]/g, "") === asked) {
    location.replace(known.getAttribute("href"));
    return;
  }
  // The words are on the page (data-unknown-code, from the dictionary).
  message.textContent = (message.getAttribute("data-unknown-code") || "").replace("{code}", function () {
    return asked; // a function, so "$" in what was typed is not read as a pattern
  });
})();
