// Lupus Guide: small enhancements for pages that already work without JavaScript.
// - "#" links beside headings copy the section's address instead of only jumping to it.
// - "Share this page" uses the device's share sheet where there is one, else copies the link.
// - "Print this page" opens the print dialog.
// - Glossary terms also show their definition on mouse hover and on keyboard focus (a click,
//   tap or Enter opens them without this script: they are native popovers).
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

  // Glossary terms: show on hover and keyboard focus, hide when the pointer or focus leaves.
  var HOVER_DELAY_MS = 300;
  var timers = new WeakMap();
  function popoverOf(button) {
    return document.getElementById(button.getAttribute("popovertarget"));
  }
  function later(button, action) {
    window.clearTimeout(timers.get(button));
    timers.set(button, window.setTimeout(action, HOVER_DELAY_MS));
  }
  function show(button, how) {
    var popover = popoverOf(button);
    if (!popover || popover.matches(":popover-open")) return;
    popover.showPopover();
    // The click that usually follows (Enter, or a tap after hovering) must not close it again.
    button.dataset.openedBy = how;
  }
  function hide(button) {
    var popover = popoverOf(button);
    if (popover && popover.matches(":popover-open") && !popover.matches(":hover, :focus-within")) popover.hidePopover();
  }
  function termButton(target) {
    return target instanceof Element ? target.closest(".glossary-term-button") : null;
  }
  document.addEventListener("pointerover", function (event) {
    var button = termButton(event.target);
    if (button && event.pointerType === "mouse") later(button, function () { show(button, "hover"); });
    var popover = event.target instanceof Element ? event.target.closest(".glossary-popover") : null;
    if (popover) document.querySelectorAll('[popovertarget="' + popover.id + '"]').forEach(function (b) { window.clearTimeout(timers.get(b)); });
  });
  document.addEventListener("pointerout", function (event) {
    var button = termButton(event.target);
    var popover = event.target instanceof Element ? event.target.closest(".glossary-popover") : null;
    if (popover) button = document.querySelector('[popovertarget="' + popover.id + '"]');
    if (button && event.pointerType === "mouse") later(button, function () { hide(button); });
  });
  document.addEventListener("focusin", function (event) {
    var button = termButton(event.target);
    if (button && button.matches(":focus-visible")) show(button, "focus");
  });
  document.addEventListener("focusout", function (event) {
    var button = termButton(event.target);
    var popover = event.target instanceof Element ? event.target.closest(".glossary-popover") : null;
    if (popover) button = document.querySelector('[popovertarget="' + popover.id + '"]');
    if (!button) return;
    var leavingTo = event.relatedTarget;
    var target = popoverOf(button);
    if (leavingTo instanceof Element && (leavingTo === button || (target && target.contains(leavingTo)))) return;
    if (target && target.matches(":popover-open")) target.hidePopover();
  });
  document.addEventListener(
    "click",
    function (event) {
      var button = termButton(event.target);
      if (!button || !button.dataset.openedBy) return;
      var popover = popoverOf(button);
      delete button.dataset.openedBy;
      // Already open from hover or focus: keep it open instead of toggling it shut.
      if (popover && popover.matches(":popover-open")) event.preventDefault();
    },
    true,
  );
  document.addEventListener("toggle", function (event) {
    if (event.target instanceof Element && event.target.matches(".glossary-popover") && event.newState === "closed") {
      document.querySelectorAll('[popovertarget="' + event.target.id + '"]').forEach(function (b) { delete b.dataset.openedBy; });
    }
  }, true);

  // Controls that need this script are hidden in the HTML; show them now that it runs.
  document.querySelectorAll("[data-needs-script]").forEach(function (element) {
    element.hidden = false;
  });
})();
