// Lupus Guide: small enhancements for pages that already work without JavaScript.
// - "#" links beside headings copy the section's address instead of only jumping to it.
// - "Share this page" uses the device's share sheet where there is one, else copies the link.
// - "Print this page" opens the print dialog.
// Nothing here sends data anywhere.
(function () {
  "use strict";

  function publicAddress(hash) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var base = canonical ? canonical.href.split("#")[0] : location.origin + location.pathname;
    return base + (hash || "");
  }

  function announce(message) {
    var status = document.getElementById("page-status");
    if (!status) return;
    status.textContent = "";
    // A fresh text node each time, so screen readers announce a repeated message too.
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function copy(text, message) {
    if (!navigator.clipboard || !window.isSecureContext) return Promise.reject(new Error("no clipboard"));
    return navigator.clipboard.writeText(text).then(function () {
      announce(message);
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;

    var sectionLink = target.closest("a[data-copy-link]");
    if (sectionLink) {
      var hash = sectionLink.getAttribute("href");
      history.replaceState(null, "", hash);
      event.preventDefault();
      copy(publicAddress(hash), "Link to this section copied").catch(function () {
        location.hash = hash; // no clipboard: behave like the plain link
      });
      return;
    }

    if (target.closest("[data-share-page]")) {
      var url = publicAddress("");
      if (navigator.share) {
        navigator.share({ title: document.title, url: url }).catch(function () {});
      } else {
        copy(url, "Link to this page copied").catch(function () {
          announce("Copy this address: " + url);
        });
      }
      return;
    }

    if (target.closest("[data-print-page]")) window.print();
  });

  // Controls that need this script are hidden in the HTML; show them now that it runs.
  document.querySelectorAll("[data-needs-script]").forEach(function (element) {
    element.hidden = false;
  });
})();
