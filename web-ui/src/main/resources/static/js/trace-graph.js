// Draws a lot's trace graph from the figures the page embeds (#trace-data): source lots to the left,
// lots made from them to the right, each column one step. The table on the page holds the same.
(function () {
  'use strict';
  var element = document.getElementById('trace-graph');
  if (!element || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(document.getElementById('trace-data').textContent);
  var perColumn = {};
  var nodes = data.nodes.map(function (node) {
    var row = perColumn[node.depth] = (perColumn[node.depth] || 0) + 1;
    return {
      name: node.name, x: node.depth * 160, y: row * 70,
      symbolSize: node.depth === 0 ? 26 : 18,
      itemStyle: { color: node.depth === 0 ? '#c62828' : (node.depth < 0 ? '#1565c0' : '#2e7d32') },
      label: { show: true, position: 'bottom', formatter: node.name + (node.product ? '\n' + node.product : '') }
    };
  });
  var links = data.links.map(function (link) {
    return { source: link.source, target: link.target, label: { show: true, formatter: link.kg + ' kg' } };
  });
  var chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    series: [{ type: 'graph', layout: 'none', roam: true, left: '18%', right: '18%', top: 40, bottom: 40,
      data: nodes, links: links,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8, lineStyle: { width: 2, color: '#90a4ae' } }]
  });
  chart.on('click', function (params) {
    if (params.dataType === 'node') { window.location.href = '../' + encodeURIComponent(params.data.name) + '/trace'; }
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
