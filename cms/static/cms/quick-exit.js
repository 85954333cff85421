/* Quick exit (safe-help page): leave at once for a neutral site and replace this page in the
   tab's history, so the back button does not bring it back. Without JavaScript the button is a
   plain link to the same site. The Escape key does the same. */
(function () {
  "use strict";
  var buttons = document.querySelectorAll("[data-quick-exit]");
  if (!buttons.length) {
    return;
  }
  function leave(url) {
    try {
      document.body.hidden = true;
    } catch (e) {
      /* nothing to hide */
    }
    window.location.replace(url);
  }
  buttons.forEach(function (button) {
    button.addEventListener("click", function (event) {
      event.preventDefault();
      leave(button.getAttribute("href"));
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      leave(buttons[0].getAttribute("href"));
    }
  });
})();
