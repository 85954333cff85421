// The teacher's phone during self check-in: the QR code and the typed code rotate on the
// server's clock, and the arrivals update by polling a small JSON endpoint. A code is hidden
// the moment its 15 seconds end, so the phone never shows a code the server has retired.
// Without JavaScript the page reloads itself when the code changes (a <noscript> refresh).
(function () {
  "use strict";
  var board = document.getElementById("checkin-board");
  if (!board) { return; }
  var url = board.dataset.liveUrl;
  var rotation = parseFloat(board.dataset.rotation) * 1000;
  var offset = parseFloat(board.dataset.serverTime) * 1000 - Date.now();
  var windowEnds = parseFloat(board.dataset.windowEndsAt) * 1000;
  var qr = document.getElementById("checkin-qr");
  var code = document.getElementById("checkin-code");
  var bar = document.getElementById("checkin-timer-bar");
  var offline = document.getElementById("checkin-offline");
  var arrivals = document.getElementById("checkin-arrivals");
  var missing = document.getElementById("checkin-missing");
  var missingCount = document.getElementById("checkin-missing-count");
  var present = document.getElementById("checkin-present");
  var total = document.getElementById("checkin-total");
  var fetching = false;
  var pending = false;
  var POLL_MS = 3000;

  function badge(status, label) {
    var template = document.getElementById("badge-" + status);
    var node = template.content.firstElementChild.cloneNode(true);
    node.querySelector("span").textContent = label;
    return node;
  }

  function showArrivals(data) {
    present.textContent = data.present;
    total.textContent = data.total;
    arrivals.replaceChildren();
    if (!data.arrived.length) {
      var empty = document.createElement("li");
      empty.className = "text-muted";
      empty.textContent = arrivals.dataset.emptyText || "—";
      arrivals.appendChild(empty);
    }
    data.arrived.forEach(function (row) {
      var li = document.createElement("li");
      li.className = "py-1 border-bottom";
      var name = document.createElement("span");
      name.textContent = row.name;
      var right = document.createElement("span");
      var time = document.createElement("bdi");
      time.dir = "ltr";
      time.className = "small text-muted";
      time.textContent = row.time + " ";
      right.appendChild(time);
      right.appendChild(badge(row.status, row.label));
      li.appendChild(name);
      li.appendChild(right);
      arrivals.appendChild(li);
    });
    missing.replaceChildren();
    data.missing.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      missing.appendChild(li);
    });
    missingCount.textContent = data.missing.length;
  }

  function refresh() {
    if (fetching) { return; }
    fetching = true;
    fetch(url, {credentials: "same-origin", cache: "no-store", headers: {Accept: "application/json"}})
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        offline.classList.add("d-none");
        offset = data.server_time * 1000 - Date.now();
        if (!data.open) { window.location.reload(); return; }
        windowEnds = data.window_ends_at * 1000;
        qr.innerHTML = data.qr_svg; // an SVG drawing made by the server: no script in it
        qr.dataset.scanUrl = data.scan_url;
        code.textContent = data.code;
        qr.classList.remove("is-stale");
        code.classList.remove("is-stale");
        showArrivals(data);
      })
      .catch(function () { offline.classList.remove("d-none"); })
      .then(function () { fetching = false; });
  }

  function tick() {
    var left = windowEnds - (Date.now() + offset);
    bar.style.transform = "scaleX(" + Math.max(0, Math.min(1, left / rotation)) + ")";
    if (left <= 0) {
      // retired: hide it at once, then fetch the new one (a little after the boundary)
      qr.classList.add("is-stale");
      code.classList.add("is-stale");
      if (!pending) {
        pending = true;
        window.setTimeout(function () { pending = false; refresh(); }, 120);
      }
    }
  }

  arrivals.dataset.emptyText = (arrivals.querySelector("[data-empty]") || {}).textContent || "—";
  bar.style.transformOrigin = document.dir === "rtl" ? "right" : "left";
  window.setInterval(tick, 200);
  window.setInterval(refresh, POLL_MS);
  if (navigator.wakeLock && navigator.wakeLock.request) {
    navigator.wakeLock.request("screen").catch(function () { /* not allowed: fine */ });
  }
})();
