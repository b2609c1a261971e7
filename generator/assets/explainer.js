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

// Under `mkdocs serve` the content's errors are shown above every page, read from the preview's status file
// (generator/preview.py: preview_status) rather than written into each page, so that a save which breaks a
// sheet rebuilds only the pages it changed. The live-reload script reloads the page after each build, and
// this reads the status again. Its words arrive as plain text and are written as text, never as HTML.
(function () {
  var meta = document.querySelector('meta[name="explainer:status"]');
  if (!meta || !window.fetch) return;
  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function banner(status) {
    var box = element("div", "explainer-banner explainer-banner--error explainer-banner--status");
    box.setAttribute("role", "alert");
    var lead = element("p");
    lead.appendChild(element("strong", "", status.lead));
    lead.appendChild(document.createTextNode(" " + status.fix));
    box.appendChild(lead);
    var list = element("ul");
    status.problems.forEach(function (problem) {
      list.appendChild(element("li")).appendChild(element("code", "", problem));
    });
    box.appendChild(list);
    return box;
  }
  function show(status) {
    var inner = document.querySelector(".md-content__inner");
    // An error page carries its own list of the errors; other pages get the banner before their title.
    if (!inner || !status.problems.length || document.querySelector(".explainer-banner--error")) return;
    var title = inner.querySelector("h1");
    inner.insertBefore(banner(status), title || inner.firstChild);
  }
  function read() {
    fetch(meta.content, { cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) { if (status) show(status); })
      .catch(function () {});
  }
  // Material's instant navigation swaps pages without loading them: read again for each page it shows.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(read); else read();
})();
