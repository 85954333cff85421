// Progressive enhancement of the class register: one big button per person cycles
// present -> late -> excused -> absent; "Everyone present" sets all without saving.
// Without JavaScript the radio buttons and the submit buttons do the same job.
(function () {
  "use strict";
  var form = document.getElementById("register-form");
  if (!form) { return; }
  var labels = JSON.parse(form.dataset.labels);
  form.classList.add("register-enhanced");
  var order = ["present", "late", "excused", "absent"];
  var styles = {present: "btn-success", late: "btn-warning", excused: "btn-secondary", absent: "btn-danger"};

  function current(row) {
    var checked = row.querySelector("input[type=radio]:checked");
    return checked ? checked.value : null;
  }
  function show(row) {
    var button = row.querySelector(".register-cycle");
    var value = current(row);
    button.className = "btn btn-mark register-cycle " + (value ? styles[value] : "btn-outline-secondary");
    button.textContent = value ? labels[value] : "—";
    button.dataset.status = value || "";
  }
  function set(row, value) {
    row.querySelector("input[type=radio][value=" + value + "]").checked = true;
    show(row);
  }
  var rows = form.querySelectorAll(".register-row");
  rows.forEach(function (row) {
    var fieldset = row.querySelector("fieldset");
    if (fieldset.disabled) { return; }
    row.querySelector(".register-radios").classList.add("d-none");
    var button = row.querySelector(".register-cycle");
    button.classList.remove("d-none");
    show(row);
    button.addEventListener("click", function () {
      var value = current(row);
      set(row, order[(order.indexOf(value) + 1) % order.length]);
    });
  });
  var all = document.getElementById("all-present");
  if (all) {
    all.addEventListener("click", function (event) {
      event.preventDefault();
      rows.forEach(function (row) { set(row, "present"); });
    });
  }
})();
