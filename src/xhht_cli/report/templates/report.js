(function () {
  "use strict";
  // Printing shows every table, also those folded away in <details>.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  var table = document.getElementById("findings-table");
  if (!table) { return; }
  var selects = document.querySelectorAll("select[data-filter]");
  var shown = document.getElementById("shown");
  var rows = table.tBodies[0] ? table.tBodies[0].rows : [];
  function apply() {
    var want = {};
    selects.forEach(function (s) { want[s.getAttribute("data-filter")] = s.value; });
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!want.severity || r.getAttribute("data-severity") === want.severity) &&
        (!want.rule || r.getAttribute("data-rule") === want.rule) &&
        (!want.body || (r.getAttribute("data-bodies") || "").indexOf("|" + want.body + "|") >= 0);
      r.hidden = !ok;
      if (ok) { n++; }
    }
    if (shown) {
      shown.textContent = shown.getAttribute("data-template").replace("{n}", String(n)).replace("{total}", String(rows.length));
    }
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
}());
