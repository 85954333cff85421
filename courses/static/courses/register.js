// Progressive enhancement of the class register: one big button per person cycles
// present -> late -> excused -> absent (walk-ins not yet marked start at "not today");
// "Everyone present" sets everyone with a seat without saving. Without JavaScript the radio
// buttons and the submit buttons do the same job. The button shows the same colour, icon and
// word as the radio it stands for.
(function () {
  "use strict";
  var form = document.getElementById("register-form");
  if (!form) { return; }

  function radios(row) {
    return Array.prototype.slice.call(row.querySelectorAll("input[type=radio]"));
  }
  function current(row) {
    var checked = row.querySelector("input[type=radio]:checked");
    return checked ? checked.value : null;
  }
  function show(row) {
    var button = row.querySelector(".register-cycle");
    var value = current(row);
    var label = value === null ? null : row.querySelector("label[data-status='" + value + "']");
    button.className = "btn register-cycle mark-badge mark-" + (value || "none");
    button.innerHTML = label ? label.innerHTML : "—";
    button.dataset.status = value || "";
  }
  function set(row, value) {
    radios(row).forEach(function (radio) { radio.checked = radio.value === value; });
    show(row);
  }
  var rows = Array.prototype.slice.call(form.querySelectorAll(".register-row"));
  rows.forEach(function (row) {
    var order = radios(row).map(function (radio) { return radio.value; });
    row.querySelector(".register-radios").classList.add("d-none");
    var button = row.querySelector(".register-cycle");
    button.classList.remove("d-none");
    show(row);
    button.addEventListener("click", function () {
      set(row, order[(order.indexOf(current(row)) + 1) % order.length]);
    });
  });
  var all = document.getElementById("all-present");
  if (all) {
    all.addEventListener("click", function (event) {
      event.preventDefault();
      rows.forEach(function (row) {
        if (!row.dataset.walkIn) { set(row, "present"); }
      });
    });
  }
})();
