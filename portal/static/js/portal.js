/* Bootstrap Italia loads its fonts from the folder set in window.__PUBLIC_PATH__ (see base.html). */
if (window.bootstrap && typeof window.bootstrap.loadFonts === "function") {
  window.bootstrap.loadFonts();
}
