/* Where Bootstrap Italia finds its fonts, read from this script tag's data-fonts-path attribute
   (a static file, not an inline script, so the Content-Security-Policy can forbid inline code). */
window.__PUBLIC_PATH__ = document.currentScript.dataset.fontsPath;
