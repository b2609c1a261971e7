// Phones cannot hover: the first tap on a glossary term shows its definition
// (Material's tooltip follows focus), a second tap opens the glossary entry.
// A tap focuses the link before "click" fires, so remember what had focus at pointerdown.
(function () {
  var focusedBeforeTap = null;
  document.addEventListener("pointerdown", function () { focusedBeforeTap = document.activeElement; }, true);
  document.addEventListener("click", function (event) {
    var term = event.target.closest ? event.target.closest("a.explainer-term") : null;
    if (!term || !window.matchMedia("(hover: none)").matches || focusedBeforeTap === term) return;
    event.preventDefault();
    term.focus();
  });
})();

// Material wraps wide tables in a scrolling box; keyboard users must be able to scroll it too
// (axe: scrollable-region-focusable), so a box that does scroll can take focus and says what it holds.
// Material wraps tables when its components mount, after this script runs: wait for that.
(function () {
  // The label is in the site's language, from a meta tag the theme writes (generator/theme/main.html).
  var meta = document.querySelector('meta[name="explainer:table-scrolls"]');
  var label = meta ? meta.content : "Table, scrolls sideways";
  function focusableScrollBoxes() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth && !box.hasAttribute("tabindex")) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", label);
      }
    });
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(focusableScrollBoxes);
  window.addEventListener("load", focusableScrollBoxes);
})();
