// Lupus Guide: small enhancements for pages that already work without JavaScript.
// - "#" links beside headings copy the section's address instead of only jumping to it.
// - "Share this page" uses the device's share sheet where there is one, else copies the link.
// - "Print this page" opens the print dialog.
// - Glossary terms also show their definition on mouse hover and on keyboard focus (a click,
//   tap or Enter opens them without this script: they are native popovers). Each definition is
//   placed beside its word, below it or above it where there is more room, inside the screen.
// Nothing here sends data anywhere.
(function () {
  "use strict";

  // The page's public address (its canonical link), or, when the page is open somewhere else
  // (a preview or local host the site was not built for), the address it is open at, so a
  // copied or shared link always opens.
  function publicAddress(hash) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var base = location.origin + location.pathname;
    if (canonical && canonical.href.indexOf(location.origin + "/") === 0) base = canonical.href.split("#")[0];
    return base + (hash || "");
  }

  // Status messages ("Link copied"): read out by screen readers from the page's status region
  // (#page-status, visually hidden), and shown beside the control that was used, in the flow of
  // the page so that they never cover another control. Both go away after a few seconds, except
  // a message the reader needs to act on (`keep`). /prepare's React code sends its messages here
  // too, as a "page-status" event (src/components/prepare/announce.ts).
  var STATUS_SHOWN_MS = 5000;
  var statusTimer;
  function announce(message, near, keep) {
    var status = document.getElementById("page-status");
    if (!status) return;
    window.clearTimeout(statusTimer);
    document.querySelectorAll(".status-note").forEach(function (old) {
      old.remove();
    });
    status.textContent = "";
    var note = null;
    if (near instanceof Element && near.isConnected) {
      note = document.createElement("span");
      note.className = "status-note no-print";
      note.setAttribute("aria-hidden", "true"); // read out from the status region instead
      note.textContent = message;
      near.insertAdjacentElement("afterend", note);
    }
    // A fresh text node each time, so screen readers announce a repeated message too.
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
    if (keep) return;
    statusTimer = window.setTimeout(function () {
      status.textContent = "";
      if (note) note.remove();
    }, STATUS_SHOWN_MS);
  }
  // The words it says come from the page (data-* on the status region, from the dictionary).
  function say(name, url) {
    var status = document.getElementById("page-status");
    var template = (status && status.dataset[name]) || "";
    return template.replace("{url}", function () {
      return url || "";
    });
  }
  document.addEventListener("page-status", function (event) {
    if (!event.detail || typeof event.detail.message !== "string") return;
    event.preventDefault(); // tells the sender it was handled
    announce(event.detail.message, event.detail.near, event.detail.keep);
  });

  function copy(text, message, near) {
    if (!navigator.clipboard || !window.isSecureContext) return Promise.reject(new Error("no clipboard"));
    return navigator.clipboard.writeText(text).then(function () {
      announce(message, near);
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
      copy(publicAddress(hash), say("sectionLinkCopied"), sectionLink).catch(function () {
        location.hash = hash; // no clipboard: behave like the plain link
      });
      return;
    }

    var shareButton = target.closest("[data-share-page]");
    if (shareButton) {
      var url = publicAddress("");
      if (navigator.share) {
        navigator.share({ title: document.title, url: url }).catch(function () {});
      } else {
        copy(url, say("pageLinkCopied"), shareButton).catch(function () {
          announce(say("copyThisAddress", url), shareButton, true);
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
  // Placing a definition: below its word, or above it when it does not fit below and there is
  // more room above; centred on the word, never past the screen's edges. The stylesheet anchors it where the browser
  // can (CSS anchor positioning), but a popover opened by this script, or in a browser without
  // anchoring, has no word to follow; so when the script runs it places every one itself.
  var EDGE_PX = 8;
  var GAP_PX = 4;
  function place(popover) {
    var button = document.querySelector('[popovertarget="' + popover.id + '"]');
    if (!button || !popover.matches(":popover-open")) return;
    var style = popover.style;
    style.setProperty("position-area", "none");
    style.setProperty("position-try-fallbacks", "none");
    // No anchor at all: with one (the word that opens it), Chromium keeps an anchored element
    // moving with the page's scroll, so the top and left set below would be off screen.
    style.setProperty("position-anchor", "none");
    style.setProperty("justify-self", "auto");
    style.inset = "auto";
    style.margin = "0";
    style.maxHeight = "";
    var lines = button.getClientRects();
    if (lines.length === 0) return;
    var first = lines[0];
    var last = lines[lines.length - 1];
    var viewWidth = document.documentElement.clientWidth;
    var viewHeight = document.documentElement.clientHeight;
    var roomBelow = viewHeight - last.bottom - GAP_PX - EDGE_PX;
    var roomAbove = first.top - GAP_PX - EDGE_PX;
    var height = popover.offsetHeight;
    var below = height <= roomBelow || roomBelow >= roomAbove;
    var room = Math.max(below ? roomBelow : roomAbove, 0);
    if (height > room) {
      style.maxHeight = room + "px";
      height = popover.offsetHeight;
    }
    var line = below ? last : first;
    var top = below ? line.bottom + GAP_PX : line.top - GAP_PX - height;
    // Centred on the word, as far as the screen's edges allow.
    var width = popover.offsetWidth;
    var left = Math.max(EDGE_PX, Math.min((line.left + line.right - width) / 2, viewWidth - width - EDGE_PX));
    style.top = Math.max(EDGE_PX, Math.min(top, viewHeight - height - EDGE_PX)) + "px";
    style.left = left + "px";
  }
  // The open definitions, so that scrolling and resizing cost nothing while none is open: the
  // listeners that follow the page are added when one opens and removed when the last closes.
  var openDefinitions = new Set();
  var placing = false;
  function placeSoon() {
    if (placing) return;
    placing = true;
    window.requestAnimationFrame(function () {
      placing = false;
      openDefinitions.forEach(place);
    });
  }
  function follow(popover, open) {
    var wasFollowing = openDefinitions.size > 0;
    if (open) openDefinitions.add(popover);
    else openDefinitions.delete(popover);
    var following = openDefinitions.size > 0;
    if (following === wasFollowing) return;
    var method = following ? "addEventListener" : "removeEventListener";
    window[method]("scroll", placeSoon, { passive: true, capture: true });
    window[method]("resize", placeSoon);
  }
  document.addEventListener("beforetoggle", function (event) {
    if (!(event.target instanceof Element) || !event.target.matches(".glossary-popover")) return;
    follow(event.target, event.newState === "open");
    // Opened by click, tap or Enter: place it in the frame it first shows in.
    if (event.newState === "open") placeSoon();
  }, true);

  function show(button, how) {
    var popover = popoverOf(button);
    if (!popover || popover.matches(":popover-open")) return;
    popover.showPopover();
    place(popover);
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
    if (event.target instanceof Element && event.target.matches(".glossary-popover") && event.newState === "open") place(event.target);
    if (event.target instanceof Element && event.target.matches(".glossary-popover") && event.newState === "closed") {
      document.querySelectorAll('[popovertarget="' + event.target.id + '"]').forEach(function (b) { delete b.dataset.openedBy; });
    }
  }, true);

  // Controls that need this script are hidden in the HTML; show them now that it runs.
  document.querySelectorAll("[data-needs-script]").forEach(function (element) {
    element.hidden = false;
  });
})();
