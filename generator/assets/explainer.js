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
