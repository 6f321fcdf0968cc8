// Draws the indicator 12 charts from the figures the page embeds (#indicator12-data); the page
// stays readable without it. ECharts comes from the application's own WebJar.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('indicator12-data').textContent);
  var text = data.text;
  var green = ['#2e7d32', '#8bc34a', '#1565c0', '#6a1b9a'];
  var percent = { type: 'value', axisLabel: { formatter: '{value}%' } };
  var tooltip = { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } };

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) { return; }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(Object.assign({ color: green, animation: false, tooltip: tooltip,
      grid: { left: 8, right: 72, top: 36, bottom: 8, containLabel: true } }, option));
    window.addEventListener('resize', function () { chart.resize(); });
  }

  draw('chart-trend', {
    legend: { top: 0 },
    xAxis: { type: 'category', data: data.trend.years },
    yAxis: percent,
    series: [
      { name: text.share, type: 'line', data: data.trend.share, label: { show: true, formatter: '{c}%' } },
      { name: text.sanpin, type: 'line', data: data.trend.sanpin }
    ]
  });
  draw('chart-towns', {
    xAxis: percent,
    yAxis: { type: 'category', data: data.towns.names, inverse: true },
    series: [{ name: text.share, type: 'bar', data: data.towns.share, label: { show: true, position: 'right', formatter: '{c}%' } }]
  });
  draw('chart-products', {
    xAxis: percent,
    yAxis: { type: 'category', data: data.products.names, inverse: true },
    series: [{ name: text.share, type: 'bar', data: data.products.share, itemStyle: { color: '#8bc34a' },
      label: { show: true, position: 'right', formatter: '{c}%' } }]
  });
  draw('chart-types', {
    xAxis: { type: 'category', data: data.types.codes.map(function (c) { return text[c] || c; }) },
    yAxis: percent,
    series: [{ type: 'bar', data: data.types.share, colorBy: 'data', label: { show: true, position: 'top', formatter: '{c}%' } }]
  });
}());
