// The nomination list's batch bar: "select all" ticks every row of the page, and the bar counts the ticked rows.
(function () {
  'use strict';
  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll('input[type=checkbox][name=ids][form=nomination-batch]'));
  }
  function count() {
    var out = document.getElementById('batch-count');
    var all = document.getElementById('batch-all');
    var ticked = boxes().filter(function (b) { return b.checked; }).length;
    if (out) { out.textContent = ticked > 0 ? String(ticked) : ''; }
    if (all) { all.checked = ticked > 0 && ticked === boxes().length; }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var all = document.getElementById('batch-all');
    if (all) {
      all.addEventListener('change', function () {
        boxes().forEach(function (b) { b.checked = all.checked; });
        count();
      });
    }
    boxes().forEach(function (b) { b.addEventListener('change', count); });
    count();
  });
})();
