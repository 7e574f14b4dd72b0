/*
 * Draws each <div class="chart" data-source="TABLE_ID"> with Apache ECharts from the table it names:
 * categories are the first cell of each body row, series are the header cells whose data-series lists
 * the chart's id. The table stays on the page for screen readers and print; the chart only repeats it.
 */
(function () {
  'use strict';
  var FONTS = '"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", sans-serif';
  var COLOURS = ['#a4161a', '#e85d04', '#2a9d8f', '#264653', '#8d99ae', '#6a4c93', '#ffb703', '#219ebc',
    '#588157', '#bc6c25', '#7209b7', '#4361ee', '#b5838d', '#3a5a40'];

  function value(cell) {
    var given = cell.getAttribute('data-value');
    var text = given === null ? cell.textContent.trim() : given;
    var number = Number(text);
    return text === '' || isNaN(number) ? '-' : number;
  }

  function draw(box) {
    var table = document.getElementById(box.getAttribute('data-source'));
    if (!table || !window.echarts) {
      return;
    }
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var columns = [];
    heads.forEach(function (th, index) {
      if ((th.getAttribute('data-series') || '').split(' ').indexOf(box.id) >= 0) {
        columns.push({ name: th.textContent.trim(), index: index });
      }
    });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var horizontal = box.getAttribute('data-orient') === 'horizontal';
    var stacked = box.getAttribute('data-stack') === 'true';
    var categoryAxis = {
      type: 'category',
      inverse: horizontal,
      data: rows.map(function (row) { return row.cells[0].textContent.trim(); }),
      axisLabel: { interval: 0, rotate: horizontal ? 0 : 40, width: horizontal ? 150 : 80, overflow: 'truncate' }
    };
    var valueAxis = { type: 'value', minInterval: 1 };
    // canvas and rich-text tooltips: the SVG renderer and HTML tooltips write style attributes, which the CSP blocks
    var chart = window.echarts.init(box, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: COLOURS,
      textStyle: { fontFamily: FONTS },
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { containLabel: true, left: 8, right: 24, top: 36, bottom: 8 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: columns.map(function (column) {
        return {
          name: column.name,
          type: 'bar',
          stack: stacked ? 'total' : undefined,
          data: rows.map(function (row) { return value(row.cells[column.index]); })
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.querySelectorAll('.chart[data-source]').forEach(draw);
})();
