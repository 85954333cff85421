/* Typeahead for the CV's lists of jobs, skills and certificates: the search field above each
   list hides what does not match the typed words (names and the words people use, in the
   person's language and in Italian). Progressive enhancement: without JavaScript the list is
   whole, and the "Find" form above the page narrows it on the server. */
(function () {
  "use strict";
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/[أإآ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه");
  }
  document.querySelectorAll("[data-term-picker]").forEach(function (picker) {
    var input = picker.querySelector("[data-term-filter]");
    var items = Array.prototype.slice.call(picker.querySelectorAll("li[data-terms]"));
    var none = picker.querySelector("[data-term-none]");
    input.hidden = false;
    var label = picker.querySelector("label[for='" + input.id + "']");
    if (label) { label.hidden = false; }
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var terms = fold(item.getAttribute("data-terms"));
        var checked = item.querySelector("input").checked;
        var match = checked || words.every(function (w) { return terms.indexOf(w) !== -1; });
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      none.hidden = shown > 0;
    });
  });
  var finder = document.querySelector("[data-term-finder]");
  if (finder) { finder.hidden = true; }
})();
