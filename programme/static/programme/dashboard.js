/* Draws the programme dashboard's charts with Chart.js from the data the page passes in a
   json_script element (no inline script: the site's Content-Security-Policy forbids it). */
(function () {
  "use strict";
  var source = document.getElementById("programme-charts");
  if (!source || typeof window.Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var colours = ["#2e5c8a", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f"];
  var rtl = document.documentElement.dir === "rtl";

  function withColours(datasets) {
    return datasets.map(function (set, i) {
      return Object.assign({}, set, {
        backgroundColor: colours[i % colours.length],
        borderColor: colours[i % colours.length],
        borderWidth: 2,
        tension: 0.2
      });
    });
  }

  function draw(id, type, chart, options) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    new window.Chart(canvas, {
      type: type,
      data: { labels: chart.labels, datasets: withColours(chart.datasets) },
      options: Object.assign({
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: document.documentElement.lang || "it",
        plugins: { legend: { position: "bottom", rtl: rtl } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }, options || {})
    });
  }

  draw("chart-monthly", "line", data.monthly);
  draw("chart-points", "bar", data.points, { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } });
  draw("chart-activities", "bar", data.activities, {
    plugins: {
      legend: { display: false },
      tooltip: { callbacks: { title: function (items) { return items[0].label + " " + data.activities.titles[items[0].dataIndex]; } } }
    }
  });
  draw("chart-partners", "bar", data.partners, { indexAxis: "y", scales: { x: { beginAtZero: true, stacked: false, ticks: { precision: 0 } } } });
}());
