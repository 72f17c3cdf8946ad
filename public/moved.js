// On a "this page has moved" stand-in page: go to the new address, keeping the #section of the
// old link (the meta refresh that follows does the same without JavaScript, minus the #section).
(function () {
  var to = document.currentScript && document.currentScript.getAttribute("data-to");
  if (to && to.charAt(0) === "/") location.replace(to + location.search + location.hash);
})();
