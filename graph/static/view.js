// filmkg view: draws the graph embedded in #graph-data with vis-network, adds search and
// text-only tooltips, and turns physics off once the layout has settled.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var started = performance.now();

  // vis-network shows an Element title as is; building it with textContent guarantees that
  // names and sentences are shown as text, never parsed as HTML.
  function tooltip(text) {
    var el = document.createElement("div");
    el.textContent = text;
    return el;
  }
  data.nodes.forEach(function (n) { if (typeof n.title === "string") n.title = tooltip(n.title); });
  data.edges.forEach(function (e) { if (typeof e.title === "string") e.title = tooltip(e.title); });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, data.options);
  var progress = document.getElementById("progress");

  window.filmkg = { network: network, nodes: nodes, edges: edges, stabilized: false, stabilizeMs: null };

  network.on("stabilizationProgress", function (p) {
    progress.textContent = "Laying out " + data.nodes.length + " nodes… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    // A settled layout stays put: no CPU spent on physics while the reader explores.
    network.setOptions({ physics: { enabled: false } });
    window.filmkg.stabilized = true;
    window.filmkg.stabilizeMs = performance.now() - started;
    progress.classList.add("done");
    document.dispatchEvent(new CustomEvent("filmkg:stabilized"));
  });

  var box = document.getElementById("search-box");
  var list = document.getElementById("search-names");
  var status = document.getElementById("search-status");
  data.nodes.forEach(function (n) {
    var opt = document.createElement("option");
    opt.value = n.name;
    list.appendChild(opt);
  });
  document.getElementById("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = box.value.trim().toLowerCase();
    if (!q) return;
    var hit = data.nodes.find(function (n) { return n.name.toLowerCase() === q; }) ||
              data.nodes.find(function (n) { return n.name.toLowerCase().indexOf(q) !== -1; });
    if (!hit) {
      status.textContent = "not in this view";
      return;
    }
    status.textContent = "";
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.3, animation: { duration: 400 } });
  });
})();
