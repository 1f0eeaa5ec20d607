/* Entente network page: draws the graph with vis-network and reports to the app through one channel slot.
 *
 * Every piece of article text (names, aliases, relation types) arrives as JSON data and is shown with
 * textContent or canvas text; vis-network tooltips get DOM elements because it would parse strings as HTML.
 */
"use strict";

(function () {
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const filters = { kinds: null, families: null, minEvidence: 0 };
  const baseNodes = new Map(); // id -> colour and font to restore after fading
  const baseEdges = new Map();
  let network = null;
  let theme = null;
  let legend = null;
  let options = null;
  let bridge = null;
  let ready = false;
  let animating = false; // a focus or fit animation is running
  let userMoved = false; // the user zoomed or panned: stop re-fitting the view on resize
  let filtersSet = false; // the app has set filters; until then the page shows the payload's default families
  let highlighted = null; // {nodes: Set, edges: Set} while a node or edge is in focus
  const outbox = [];
  let standalone = false; // no app around the page (the exported HTML file)
  let big = false; // a big network: compact data, labels drawn by importance and zoom (see "big networks")

  // -- messages to the app -----------------------------------------------------------------------

  function send(message) {
    const text = JSON.stringify(message);
    if (bridge) {
      bridge.receive(text);
    } else if (standalone) {
      if (message.type === "error") console.error(message.message);
    } else {
      outbox.push(text);
    }
  }

  window.addEventListener("error", (event) => {
    send({ type: "error", message: String(event.message), line: event.lineno || 0 });
  });

  // A drop on the page would navigate away from it; the app handles drops around the view.
  for (const name of ["dragover", "drop"]) {
    window.addEventListener(name, (event) => event.preventDefault());
  }

  // -- DOM helpers (text only) -------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  function kindInfo(key) {
    return (legend && legend.kinds.find((k) => k.key === key)) || { label: key, color: "#9aa4b2", shape: "dot" };
  }

  function familyInfo(key) {
    return (legend && legend.families.find((f) => f.key === key)) || { label: key, color: "#9aa4b2" };
  }

  function nodeTooltip(n) {
    const box = el("div", "tip");
    box.appendChild(el("div", "tip-title", nameOf(n)));
    const kind = kindInfo(n.kind);
    const badge = el("span", "tip-kind", kind.label);
    badge.style.background = kind.color;
    box.appendChild(badge);
    if (n.aliases && n.aliases.length) {
      const row = el("div", "tip-row");
      row.appendChild(el("strong", "", "Also: "));
      row.appendChild(document.createTextNode(n.aliases.slice(0, 8).join(", ") + (n.aliases.length > 8 ? ", …" : "")));
      box.appendChild(row);
    }
    box.appendChild(el("div", "tip-row", plural(n.ties, "tie") + " · " + plural(n.mentions, "mention") + " · " +
      plural(n.documents, "document")));
    if (n.analyst) box.appendChild(el("div", "tip-row", madeBy(n)));
    return box;
  }

  function edgeTooltip(e) {
    const box = el("div", "tip");
    const from = nodes.get(e.from);
    const to = nodes.get(e.to);
    box.appendChild(el("div", "tip-title", (from ? nameOf(from) : "?") + (familyInfo(e.family).directed === false ?
      " — " : " → ") + (to ? nameOf(to) : "?")));
    const fam = familyInfo(e.family);
    const badge = el("span", "tip-kind", fam.label);
    badge.style.background = fam.color.replace(/[\d.]+\)$/, "1)");
    box.appendChild(badge);
    if (e.type) box.appendChild(el("div", "tip-row", e.type));
    const said = e.noted ? "the analyst's note, no article" : plural(e.evidence, "sentence") + " · " + plural(e.documents, "document");
    box.appendChild(el("div", "tip-row", said));
    if (e.analyst) box.appendChild(el("div", "tip-row", madeBy(e)));
    return box;
  }

  function madeBy(item) {
    return item.origin === "analyst" ? "Made by the analyst" : "Confirmed by the analyst";
  }

  // -- legend ------------------------------------------------------------------------------------

  const SVG = "http://www.w3.org/2000/svg";

  function svgEl(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  }

  function shapeSwatch(shape, color) {
    const svg = svgEl("svg", { width: 14, height: 14, viewBox: "-7 -7 14 14" });
    let mark;
    if (shape === "diamond") {
      mark = svgEl("polygon", { points: "0,-6.5 6.5,0 0,6.5 -6.5,0" });
    } else if (shape === "triangle") {
      mark = svgEl("polygon", { points: "0,-6.2 6,4.8 -6,4.8" });
    } else if (shape === "hexagon") {
      mark = svgEl("polygon", { points: "6,0 3,5.2 -3,5.2 -6,0 -3,-5.2 3,-5.2" });
    } else if (shape === "square") {
      mark = svgEl("rect", { x: -5.5, y: -5.5, width: 11, height: 11 });
    } else {
      mark = svgEl("circle", { r: 5.5 });
    }
    mark.setAttribute("fill", color);
    svg.appendChild(mark);
    return svg;
  }

  function lineSwatch(family) {
    const svg = svgEl("svg", { width: 26, height: 10, viewBox: "0 0 26 10" });
    const line = svgEl("line", { x1: 1, y1: 5, x2: family.directed ? 19 : 25, y2: 5, stroke: family.color,
      "stroke-width": 2.2 });
    if (family.dashed) line.setAttribute("stroke-dasharray", "4 3");
    svg.appendChild(line);
    if (family.directed) svg.appendChild(svgEl("polygon", { points: "18,1.5 25,5 18,8.5", fill: family.color }));
    return svg;
  }

  function analystSwatch() {
    const svg = svgEl("svg", { width: 14, height: 14, viewBox: "-7 -7 14 14" });
    svg.appendChild(svgEl("circle", { r: 5, fill: "none", stroke: legend.analyst.color, "stroke-width": 1.8,
      "stroke-dasharray": "2.2 1.8" }));
    return svg;
  }

  function renderLegend() {
    const kindsList = document.getElementById("legend-kinds");
    const famList = document.getElementById("legend-families");
    kindsList.replaceChildren();
    famList.replaceChildren();
    const present = presentKeys();
    for (const k of legend.kinds) {
      if (!present.kinds.has(k.key)) continue;
      const li = el("li");
      li.appendChild(shapeSwatch(k.shape, k.color));
      li.appendChild(el("span", "", k.label));
      kindsList.appendChild(li);
    }
    if (present.analyst && legend.analyst) {
      const li = el("li", "legend-analyst");
      li.appendChild(analystSwatch());
      li.appendChild(el("span", "", legend.analyst.label));
      kindsList.appendChild(li);
    }
    for (const f of legend.families) {
      if (!present.families.has(f.key)) continue;
      const li = el("li");
      li.appendChild(lineSwatch(f));
      li.appendChild(el("span", "", f.label));
      famList.appendChild(li);
    }
    if (!famList.children.length) famList.appendChild(el("li", "legend-note", "No ties shown"));
    const hiddenCount = legend.families.filter((f) => filters.families && !filters.families.has(f.key)).length;
    if (hiddenCount) {
      famList.appendChild(el("li", "legend-note", plural(hiddenCount, "kind") + " of tie hidden by the filter"));
    }
    document.getElementById("legend").hidden = nodeView.length === 0;
  }

  function toggleLegend(open) {
    const button = document.getElementById("legend-toggle");
    const list = document.getElementById("legend-families");
    const show = open === undefined ? list.hidden : Boolean(open);
    list.hidden = !show;
    button.setAttribute("aria-expanded", String(show));
  }

  document.getElementById("legend-toggle").addEventListener("click", () => toggleLegend());

  function presentKeys() {
    const kinds = new Set();
    const families = new Set();
    let analyst = false;
    nodeView.forEach((n) => {
      kinds.add(n.kind);
      analyst = analyst || Boolean(n.analyst);
    });
    edgeView.forEach((e) => {
      families.add(e.family);
      analyst = analyst || Boolean(e.analyst);
    });
    return { kinds, families, analyst };
  }

  // -- filtering ---------------------------------------------------------------------------------

  function nodeVisible(n) {
    return !filters.kinds || filters.kinds.has(n.kind);
  }

  function edgeVisible(e) {
    if (filters.families && !filters.families.has(e.family)) return false;
    if (e.evidence < filters.minEvidence && !e.noted) return false; // the analyst's note stands for sentences
    const a = nodes.get(e.from);
    const b = nodes.get(e.to);
    return Boolean(a && b && nodeVisible(a) && nodeVisible(b));
  }

  const nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  const edgeView = new vis.DataView(edges, { filter: edgeVisible });
  // what vis-network itself draws of the ties: all shown ones, none in a big network (drawn by drawTies)
  const visEdgeView = new vis.DataView(edges, { filter: (e) => !big && edgeVisible(e) });

  // -- focus: a node (or edge) and its neighbours stay, the rest fades -----------------------------

  function fadedNodeStyle() {
    return {
      color: { background: theme.fadedNode, border: theme.fadedNode,
        highlight: { background: theme.fadedNode, border: theme.fadedNode },
        hover: { background: theme.fadedNode, border: theme.fadedNode } },
      font: { color: theme.fadedText, strokeWidth: 0 },
    };
  }

  function applyFocus() {
    if (big) {
      network.redraw(); // fading a big network is drawn over it (drawFocus), not written into every item
      return;
    }
    const nodeUpdates = [];
    const faded = fadedNodeStyle();
    nodes.forEach((n) => {
      const keep = !highlighted || highlighted.nodes.has(n.id);
      const base = baseNodes.get(n.id);
      const style = keep ? base : { color: faded.color, font: Object.assign({ size: base.font.size }, faded.font) };
      nodeUpdates.push(Object.assign({ id: n.id }, style));
    });
    nodes.update(nodeUpdates);
    const edgeUpdates = [];
    edges.forEach((e) => {
      const keep = !highlighted || highlighted.edges.has(e.id);
      const fade = { color: theme.fadedEdge, highlight: theme.fadedEdge, hover: theme.fadedEdge, inherit: false };
      let color = fade;
      if (!highlighted) {
        color = baseEdges.get(e.id).color;
      } else if (keep) {
        const strong = opaque(baseEdges.get(e.id).color.color, 0.85);
        color = { color: strong, highlight: strong, hover: strong, inherit: false };
      }
      edgeUpdates.push({ id: e.id, color });
    });
    edges.update(edgeUpdates);
  }

  function opaque(color, alpha) {
    // raise the alpha of an rgba() colour so the ties of the focused node stand out
    const m = /^rgba\(([^)]*),\s*([\d.]+)\)$/.exec(color);
    return m ? "rgba(" + m[1] + ", " + Math.max(Number(m[2]), alpha) + ")" : color;
  }

  function focusNode(id) {
    if (id === null || !nodeView.get(id)) {
      highlighted = null;
    } else {
      const ties = big ? bigTiesOf(id) : network.getConnectedEdges(id);
      const around = big ? bigNeighbours(id, ties) : network.getConnectedNodes(id);
      highlighted = { nodes: new Set([id, ...around]), edges: new Set(ties) };
    }
    applyFocus();
  }

  function focusEdge(id) {
    const e = edgeView.get(id);
    highlighted = e ? { nodes: new Set([e.from, e.to]), edges: new Set([id]) } : null;
    applyFocus();
  }

  // -- layout ------------------------------------------------------------------------------------

  function storePositions() {
    const pos = network.getPositions();
    nodes.update(Object.entries(pos).map(([id, p]) => ({ id: Number(id), x: p.x, y: p.y })));
  }

  function settle(freeze, done) {
    // physics runs only to settle: a bounded stabilisation, then it is switched off so nothing drifts
    if (nodeView.length === 0) {
      done();
      return;
    }
    if (freeze.length) nodes.update(freeze.map((id) => ({ id, fixed: true })));
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      if (freeze.length) nodes.update(freeze.map((id) => ({ id, fixed: false })));
      storePositions();
      done();
    });
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(freeze.length ? Math.min(120, options.physics.stabilization.iterations) :
      options.physics.stabilization.iterations);
  }

  function fitView(animate, only) {
    // frame the whole drawing (shapes and labels; or just the nodes in `only`), with a margin at the bottom
    // for the slim legend, and never zoom a tiny graph in so far that it looks like a mistake
    const ids = only ? only.filter((id) => nodeView.get(id)) : nodeView.getIds();
    if (ids.length === 0) return;
    const bounds = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    for (const id of ids) {
      const b = network.getBoundingBox(id); // the shape and its label, in canvas units
      if (!b) continue;
      bounds.left = Math.min(bounds.left, b.left);
      bounds.right = Math.max(bounds.right, b.right);
      bounds.top = Math.min(bounds.top, b.top);
      bounds.bottom = Math.max(bounds.bottom, b.bottom);
    }
    const frame = document.getElementById("network");
    const pad = { side: 16, top: 14, bottom: 54 };
    const width = Math.max(frame.clientWidth - 2 * pad.side, 50);
    const height = Math.max(frame.clientHeight - pad.top - pad.bottom, 50);
    const scale = Math.min(width / Math.max(bounds.right - bounds.left, 1),
      height / Math.max(bounds.bottom - bounds.top, 1), 1.25);
    const target = {
      position: { x: (bounds.left + bounds.right) / 2,
        y: (bounds.top + bounds.bottom) / 2 + (pad.bottom - pad.top) / 2 / scale },
      scale,
    };
    userMoved = false;
    if (animate) {
      animating = true;
      network.moveTo(Object.assign({ animation: { duration: 400, easingFunction: "easeInOutQuad" } }, target));
    } else {
      network.moveTo(Object.assign({ animation: false }, target));
    }
  }

  function onScreen(id) {
    if (!nodeView.get(id)) return true; // hidden by a filter: nothing to bring into view
    const p = network.canvasToDOM(network.getPosition(id));
    const frame = document.getElementById("network");
    return p.x >= 0 && p.y >= 0 && p.x <= frame.clientWidth && p.y <= frame.clientHeight;
  }

  function afterPaint(then) {
    // "drawn" means on screen: draw now, then let the compositor show the frame (rAF does not run in a
    // hidden page, so a timer stands in for it)
    network.redraw();
    let called = false;
    const once = () => {
      if (!called) {
        called = true;
        then();
      }
    };
    requestAnimationFrame(() => requestAnimationFrame(once));
    setTimeout(once, 120);
  }

  function frameWhole(then) {
    // label sizes are measured when first drawn: fit, draw, then fit again with the labels' real extent
    // (a big network draws its labels itself, outside the nodes' extent: one fit and one drawing do)
    fitView(false);
    if (big) {
      afterPaint(then);
      return;
    }
    afterPaint(() => {
      if (!userMoved) fitView(false);
      afterPaint(then);
    });
  }

  function placeNear(n, known) {
    // a new node starts beside the neighbours already on screen, so an update does not reshuffle the page
    const around = [];
    edges.forEach((e) => {
      if (e.from === n.id && known.has(e.to)) around.push(known.get(e.to));
      if (e.to === n.id && known.has(e.from)) around.push(known.get(e.from));
    });
    if (!around.length) {
      // tied to nothing yet (an entity the analyst added): in the empty bottom-right corner, not on another node
      let right = null;
      let low = null;
      known.forEach((p) => {
        right = right === null ? p.x : Math.max(right, p.x);
        low = low === null ? p.y : Math.max(low, p.y);
      });
      if (right !== null) {
        n.x = right + 140;
        n.y = low;
      }
      return;
    }
    const x = around.reduce((s, p) => s + p.x, 0) / around.length;
    const y = around.reduce((s, p) => s + p.y, 0) / around.length;
    const angle = (n.id * 2.399963) % (2 * Math.PI); // golden angle: spread siblings without randomness
    n.x = x + 60 * Math.cos(angle);
    n.y = y + 60 * Math.sin(angle);
  }

  // -- drawing -----------------------------------------------------------------------------------

  function prepareNode(n) {
    baseNodes.set(n.id, { color: n.color, font: { color: theme.text, strokeWidth: 4, size: n.font.size } });
    n.font = Object.assign({}, n.font, { color: theme.text, strokeWidth: 4 });
    if (!big) n.title = nodeTooltip(n);
    return n;
  }

  function prepareEdge(e) {
    baseEdges.set(e.id, { color: e.color });
    return e;
  }

  function setGraph(payload) {
    theme = payload.theme;
    legend = payload.legend;
    options = payload.options;
    const wasBig = big;
    big = payload.labels === "zoom";
    if (payload.compact) expandCompact(payload);
    // positions the app placed (a big project's layout cache) are final, for new and old nodes alike
    const placed = Boolean(payload.placed);
    const known = new Map();
    if (!payload.relayout) {
      nodes.forEach((n) => {
        if (n.x !== undefined) known.set(n.id, { x: n.x, y: n.y });
      });
    }
    if (wasBig !== big) {
      nodes.clear(); // nodes drawn in the other mode carry options this one does not set
      known.clear();
    }
    // a graph arriving in an empty view (first start, new project), or a new arrangement, is framed as a whole
    const first = network === null || nodes.length === 0 || Boolean(payload.relayout);
    const incoming = new Set(payload.nodes.map((n) => n.id));
    const fresh = [];
    highlighted = null;
    baseNodes.clear();
    baseEdges.clear();
    edges.clear();
    nodes.remove(nodes.getIds().filter((id) => !incoming.has(id)));
    for (const n of payload.nodes) {
      if (known.has(n.id)) {
        if (!placed || n.x === undefined) Object.assign(n, known.get(n.id));
      } else if (!first) {
        fresh.push(n.id);
      }
      prepareNode(n);
    }
    nodes.update(payload.nodes);
    for (const e of payload.edges) {
      prepareEdge(e);
      if (!big) e.title = edgeTooltip(e); // a big network builds tooltips on hover (lazyTooltip)
    }
    edges.add(payload.edges);
    // a small network ranks its names too: zoomed out past vis-network's legible size, the most tied are
    // still named (drawn in screen space like a big network's), the rest appear as the user zooms in
    rankLabels(big ? payload.nodes : payload.nodes.map((n) => ({ ...n, rank: -(n.size || 0) })));
    for (const id of fresh) {
      const n = nodes.get(id);
      if (placed && n.x !== undefined) continue;
      placeNear(n, known);
      if (n.x !== undefined) nodes.update({ id, x: n.x, y: n.y });
    }
    if (!filtersSet && payload.families) {
      filters.families = new Set(payload.families); // co-occurrence ties wait for the filter
      edgeView.refresh();
    }
    tiesChanged();
    if (network === null) createNetwork();
    else if (first) network.setOptions(options);
    if (first) userMoved = false;
    document.getElementById("empty").hidden = nodes.length > 0;
    renderLegend();
    const freeze = first ? [] : nodes.getIds().filter((id) => !fresh.includes(id));
    const drawn = () => send({ type: "drawn", nodes: nodes.length });
    if ((!first && fresh.length === 0) || (first && payload.settled) || placed) {
      if (first) frameWhole(drawn);
      else {
        if (fresh.some((id) => !onScreen(id))) fitView(true); // new nodes must be in sight
        afterPaint(drawn);
      }
      return;
    }
    settle(freeze, () => {
      if (first) frameWhole(drawn);
      else {
        if (fresh.some((id) => !onScreen(id))) fitView(true); // new nodes must be in sight
        afterPaint(drawn);
      }
    });
  }

  function createNetwork() {
    const container = document.getElementById("network");
    network = new vis.Network(container, { nodes: nodeView, edges: visEdgeView }, options);
    network.on("beforeDrawing", (ctx) => {
      drawStart = performance.now();
      // paint the background into the canvas itself so exported images are not transparent
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = theme.background;
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.restore();
      drawTies(ctx);
    });
    network.on("oncontext", (params) => {
      // the analyst's menu on a node, a tie or the background: the window builds it, the page says where
      params.event.preventDefault();
      const at = params.pointer.DOM;
      const node = network.getNodeAt(at);
      const edge = node === undefined ? network.getEdgeAt(at) : undefined;
      send({ type: "contextMenu", node: node === undefined ? null : node, edge: edge === undefined ? null : edge,
        x: Math.round(at.x), y: Math.round(at.y) });
    });
    network.on("afterDrawing", drawBigExtras);
    network.on("hoverNode", (params) => lazyTooltip(nodes, params.node, nodeTooltip));
    network.on("hoverEdge", (params) => lazyTooltip(edges, params.edge, edgeTooltip));
    network.on("click", (params) => {
      // the app is told first: its panel should not wait for the page's own restyling
      const edge = params.edges.length ? params.edges[0] : (big ? bigTieAt(params.pointer.canvas) : null);
      if (params.nodes.length) {
        send({ type: "nodeClick", id: params.nodes[0] });
        focusNode(params.nodes[0]);
      } else if (edge !== null) {
        send({ type: "edgeClick", id: edge });
        focusEdge(edge);
      } else {
        send({ type: "backgroundClick" });
        focusNode(null);
      }
    });
    const frame = document.getElementById("network");
    const pointer = () => { frame.style.cursor = "pointer"; };
    const plain = () => { frame.style.cursor = ""; };
    network.on("hoverNode", pointer);
    network.on("hoverEdge", pointer);
    network.on("blurNode", plain);
    network.on("blurEdge", plain);
    network.on("zoom", () => {
      userMoved = true;
    });
    network.on("dragEnd", (params) => {
      if (!params.nodes.length) userMoved = true; // the view was panned
    });
    network.on("resize", () => {
      // until the user moves the view, it keeps showing the whole network as the window changes size
      if (!userMoved && !animating && nodeView.length) fitView(false);
    });
    network.on("doubleClick", (params) => {
      if (params.nodes.length) send({ type: "nodeDoubleClick", id: params.nodes[0] });
      else if (!params.edges.length) fitView(true);
    });
    network.on("animationFinished", () => {
      animating = false;
    });
    network.on("dragEnd", (params) => {
      if (params.nodes.length) storePositions();
    });
  }

  // -- big networks: compact data, labels by importance and zoom, focus drawn over, tooltips on hover ----
  //
  // Above a few hundred nodes vis-network's own labels (every name, every frame) and per-item restyling
  // (a focus touching 30,000 edges) are what make the page slow. Here the payload carries only what differs
  // per item, names are drawn in screen space after each frame, most tied first, as many as fit without
  // overlap (zooming in makes room for more), and a focus dims the drawing with one veil and redraws the
  // focused part on top of it.

  const LABEL_BUDGET = 350; // most names drawn in one frame
  const LABEL_CELL = 64; // CSS px per cell of the overlap grid
  let labelOrder = []; // node ids, most important first
  const labelNames = new Map(); // id -> the name as drawn
  const labelWidths = new Map(); // id -> measured text width at its font size
  let lastLabels = [];
  const labelGrid = new Map();
  let frameLog = null;
  let drawStart = 0;

  function nameOf(n) {
    return n.label !== undefined ? n.label : n.name;
  }

  function expandCompact(payload) {
    // colours, shapes, dashes and arrows come from the legend: one shared style per kind and per family
    const dash = payload.dash || [5, 6];
    for (const n of payload.nodes) {
      const kind = kindInfo(n.kind);
      const fill = n.fill || kind.color; // coloured by group, or by kind
      const edge = n.fresh ? payload.theme.accent : n.analyst ? payload.theme.analyst || fill : fill;
      n.shape = kind.shape;
      n.color = { background: fill, border: edge,
        highlight: { background: fill, border: payload.theme.text },
        hover: { background: fill, border: payload.theme.text } };
      n.borderWidth = n.fresh || n.analyst ? 3 : 1;
      if (n.analyst) n.shapeProperties = { borderDashes: [3, 3] };
      n.font = { size: 14 };
    }
    const looks = new Map();
    for (const e of payload.edges) {
      let look = looks.get(e.family);
      if (!look) {
        const fam = familyInfo(e.family);
        // thousands of ties over each other: fainter lines keep the groups of nodes readable under them
        const most = payload.edges.length > 10000 ? 0.2 : 0.32;
        const faint = fam.color.replace(/([\d.]+)\)$/, (_m, a) => Math.min(Number(a), most) + ")");
        look = { color: { color: faint, highlight: fam.color, hover: fam.color, inherit: false },
          dashes: fam.dashed ? dash : false, arrows: { to: { enabled: fam.directed !== false } } };
        looks.set(e.family, look);
      }
      e.color = look.color;
      // the page options make every tie solid and directed: only the others carry their own (parsing an
      // option per tie is a large share of building the network)
      if (look.dashes) e.dashes = look.dashes;
      if (!look.arrows.to.enabled) e.arrows = look.arrows;
    }
  }

  function rankLabels(list) {
    labelOrder = list.slice().sort((a, b) => a.rank - b.rank).map((n) => n.id);
    labelWidths.clear();
    labelNames.clear();
    labelFonts.clear();
    for (const n of list) labelNames.set(n.id, shortName(nameOf(n)));
  }

  function lazyTooltip(set, id, build) {
    if (!big) return;
    const item = set.get(id);
    if (item && !item.title) set.update({ id, title: build(item) });
  }

  const labelFonts = new Map(); // node size -> its label font

  function labelFont(size) {
    // 12 px for the least tied, 17 px for hubs: legible at every zoom, hubs read first
    let font = labelFonts.get(size);
    if (!font) {
      const px = Math.round(12 + 5 * Math.max(0, Math.min(1, (size - 10) / 24)));
      font = { px, css: (px >= 15 ? "500 " : "400 ") + px + "px " + theme.fontFace };
      labelFonts.set(size, font);
    }
    return font;
  }

  function shortName(text) {
    return text.length > 42 ? text.slice(0, 40) + "…" : text;
  }

  // Ties are drawn here, not by vis-network: one path per colour, width and dash instead of a stroke (and an
  // object with its own options) per tie. That is what lets 30,000 ties build in a moment and draw in a frame.
  let tieBatches = []; // [{color, strong, width, dashed, directed, ties: [{id, from, to}]}]
  let tiesByNode = new Map(); // node id -> ids of the shown ties at it
  let tieById = new Map();

  function tiesChanged() {
    visEdgeView.refresh();
    tieBatches = [];
    tiesByNode = new Map();
    tieById = new Map();
    if (!big) return;
    const batches = new Map();
    edgeView.forEach((e) => {
      const width = Math.round((e.width || 1) * 2) / 2;
      const fam = familyInfo(e.family);
      const key = e.family + "|" + width;
      let batch = batches.get(key);
      if (!batch) {
        batch = { color: e.color.color, strong: opaque(fam.color, 0.85), width, dashed: Boolean(fam.dashed),
          directed: fam.directed !== false, ties: [] };
        batches.set(key, batch);
      }
      const tie = { id: e.id, from: e.from, to: e.to, batch };
      batch.ties.push(tie);
      tieById.set(e.id, tie);
      for (const end of [e.from, e.to]) {
        if (!tiesByNode.has(end)) tiesByNode.set(end, []);
        tiesByNode.get(end).push(e.id);
      }
    });
    tieBatches = [...batches.values()];
  }

  function bigTiesOf(id) {
    return tiesByNode.get(id) || [];
  }

  function bigNeighbours(id, ties) {
    return ties.map((t) => tieById.get(t)).map((t) => (t.from === id ? t.to : t.from));
  }

  function bigTieAt(point) {
    // the shown tie nearest to a click, within a few screen pixels of its line
    const reach = 6 / network.getScale();
    const body = network.body.nodes;
    let best = null;
    let bestDistance = reach;
    for (const tie of tieById.values()) {
      const a = body[tie.from];
      const b = body[tie.to];
      if (!a || !b) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = dx * dx + dy * dy || 1;
      const t = Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length));
      const distance = Math.hypot(a.x + t * dx - point.x, a.y + t * dy - point.y);
      if (distance < bestDistance) {
        best = tie.id;
        bestDistance = distance;
      }
    }
    return best;
  }

  function strokeTies(ctx, batch, ties, color, scale, view) {
    const body = network.body.nodes;
    ctx.strokeStyle = color;
    ctx.lineWidth = Math.max(batch.width, 0.7 / scale); // never thinner than a hairline on screen
    ctx.setLineDash(batch.dashed ? [5, 6] : []);
    ctx.beginPath();
    const outside = (a, b) => (a.x < view.left && b.x < view.left) || (a.x > view.right && b.x > view.right) ||
      (a.y < view.top && b.y < view.top) || (a.y > view.bottom && b.y > view.bottom);
    for (const tie of ties) {
      const a = body[tie.from];
      const b = body[tie.to];
      if (!a || !b || outside(a, b)) continue;
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
    if (!batch.directed || scale <= 0.3) return; // arrow heads once they are big enough to see
    ctx.setLineDash([]);
    ctx.fillStyle = color;
    ctx.beginPath();
    const size = 6 + 1.5 * batch.width;
    for (const tie of ties) {
      const a = body[tie.from];
      const b = body[tie.to];
      if (!a || !b || outside(a, b)) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = Math.hypot(dx, dy) || 1;
      const ux = dx / length;
      const uy = dy / length;
      const tipX = b.x - ux * (b.options.size + 2);
      const tipY = b.y - uy * (b.options.size + 2);
      ctx.moveTo(tipX, tipY);
      ctx.lineTo(tipX - ux * size - uy * size * 0.45, tipY - uy * size + ux * size * 0.45);
      ctx.lineTo(tipX - ux * size + uy * size * 0.45, tipY - uy * size - ux * size * 0.45);
      ctx.closePath();
    }
    ctx.fill();
  }

  function viewBox() {
    const frame = document.getElementById("network");
    const a = network.DOMtoCanvas({ x: 0, y: 0 });
    const b = network.DOMtoCanvas({ x: frame.clientWidth, y: frame.clientHeight });
    return { left: a.x, top: a.y, right: b.x, bottom: b.y };
  }

  function drawTies(ctx) {
    if (!big || !network) return;
    const r = network.renderer;
    // like vis-network's hideEdgesOnDrag / hideEdgesOnZoom: moving the view shows the nodes only
    const moving = r && ((r.dragging && options.interaction.hideEdgesOnDrag) ||
      (r.zooming && options.interaction.hideEdgesOnZoom));
    if (moving) return;
    const scale = network.getScale();
    const view = viewBox();
    ctx.save();
    for (const batch of tieBatches) strokeTies(ctx, batch, batch.ties, batch.color, scale, view);
    ctx.restore();
  }

  function drawFocus(ctx) {
    // dim everything, then draw the focused ties and nodes again on top
    const body = network.body;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 0.78;
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    const scale = network.getScale();
    const view = viewBox();
    ctx.save();
    for (const batch of tieBatches) {
      const focused = batch.ties.filter((t) => highlighted.edges.has(t.id));
      if (focused.length) strokeTies(ctx, batch, focused, batch.strong, scale, view);
    }
    ctx.restore();
    for (const id of highlighted.nodes) {
      const n = body.nodes[id];
      if (n) n.draw(ctx);
    }
  }

  function drawLabels(ctx) {
    const scale = network.getScale();
    const origin = network.canvasToDOM({ x: 0, y: 0 });
    const ratio = ctx.getTransform().a / scale; // device pixels per CSS pixel (raised for exports)
    const width = ctx.canvas.width / ratio;
    const height = ctx.canvas.height / ratio;
    const body = network.body.nodes;
    const threshold = big ? Infinity : ((options.nodes.scaling || {}).label || {}).drawThreshold || 8;
    const grid = labelGrid;
    grid.clear();
    const chosen = [];
    const selected = network.getSelectedNodes();
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const consider = (id, firm) => {
      const node = body[id];
      if (!node) return; // hidden by a filter
      const x = node.x * scale + origin.x;
      const y = node.y * scale + origin.y;
      if (x < -150 || x > width + 150 || y < -40 || y > height + 40) return;
      const size = node.options.size;
      const font = labelFont(size);
      const text = labelNames.get(id) || "";
      const own = big ? 0 : (node.options.font.size || 14) * scale; // the size vis-network draws it at
      if (own >= threshold) {
        // vis-network draws this name itself, legibly: keep its place free of ours
        const w = text.length * own * 0.55;
        const top = y + size * scale + 2;
        mark(grid, [x - w / 2 - 3, top, x + w / 2 + 3, top + own + 3]);
        return;
      }
      let w = labelWidths.get(id);
      if (w === undefined) {
        ctx.font = font.css;
        w = ctx.measureText(text).width;
        labelWidths.set(id, w);
      }
      // a name at the edge of the view stays whole: moved in rather than cut by the frame
      const cx = Math.min(Math.max(x, w / 2 + 4), Math.max(width - w / 2 - 4, w / 2 + 4));
      let top = y + size * scale + 2;
      let box = [cx - w / 2 - 3, top, cx + w / 2 + 3, top + font.px + 3];
      if (overlaps(grid, box)) {
        // a node the user is looking at (selected, on a path) keeps its name: above it when below is taken
        if (!firm) return;
        top = y - size * scale - 2 - font.px - 3;
        box = [cx - w / 2 - 3, top, cx + w / 2 + 3, top + font.px + 3];
        if (overlaps(grid, box)) return;
      }
      mark(grid, box);
      chosen.push({ id, text, x: cx, y: top, font });
    };
    // the selected node first, then by importance (only the focused ones while a focus is on)
    for (const id of selected) consider(id, true);
    for (const id of labelOrder) {
      if (chosen.length >= LABEL_BUDGET && !highlighted) break;
      if ((highlighted && !highlighted.nodes.has(id)) || selected.includes(id)) continue;
      consider(id, Boolean(highlighted));
    }
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 4;
    ctx.strokeStyle = theme.labelStroke;
    ctx.fillStyle = theme.text;
    for (const label of chosen) {
      ctx.font = label.font.css;
      ctx.strokeText(label.text, label.x, label.y);
      ctx.fillText(label.text, label.x, label.y);
    }
    ctx.restore();
    lastLabels = chosen.map((label) => label.id);
  }

  // the overlap grid: cell key -> boxes in it; numeric keys and one reused map, as this runs every frame
  function overlaps(grid, box) {
    for (let cx = Math.floor(box[0] / LABEL_CELL); cx <= Math.floor(box[2] / LABEL_CELL); cx++) {
      for (let cy = Math.floor(box[1] / LABEL_CELL); cy <= Math.floor(box[3] / LABEL_CELL); cy++) {
        const here = grid.get(cx * 65536 + cy);
        if (!here) continue;
        for (const other of here) {
          if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) return true;
        }
      }
    }
    return false;
  }

  function mark(grid, box) {
    for (let cx = Math.floor(box[0] / LABEL_CELL); cx <= Math.floor(box[2] / LABEL_CELL); cx++) {
      for (let cy = Math.floor(box[1] / LABEL_CELL); cy <= Math.floor(box[3] / LABEL_CELL); cy++) {
        const key = cx * 65536 + cy;
        const here = grid.get(key);
        if (here) here.push(box);
        else grid.set(key, [box]);
      }
    }
  }

  let collectTimer = 0;

  function collectWhenIdle() {
    // V8 collects lazily: building a big network and every frame of moving it leave garbage that stayed
    // for minutes (hundreds of MB); the app starts the engine with gc() exposed, run once the view is still
    if (typeof window.gc !== "function") return;
    clearTimeout(collectTimer);
    collectTimer = setTimeout(() => window.gc(), 2000);
  }

  function drawBigExtras(ctx) {
    if (frameLog && frameLog.on) frameLog.draws.push(performance.now() - drawStart);
    if (!big) {
      drawLabels(ctx);
      return;
    }
    collectWhenIdle();
    if (highlighted) drawFocus(ctx);
    drawLabels(ctx);
    if (frameLog && frameLog.on) frameLog.draws[frameLog.draws.length - 1] = performance.now() - drawStart;
  }

  // -- export ------------------------------------------------------------------------------------

  function drawLegend(ctx, scale) {
    // exported images carry a slim legend strip along the bottom: entity kinds, then the ties shown
    const present = presentKeys();
    const items = legend.kinds.filter((k) => present.kinds.has(k.key)).map((k) => ({ kind: k }))
      .concat(legend.families.filter((f) => present.families.has(f.key)).map((f) => ({ family: f })));
    if (present.analyst && legend.analyst) items.push({ kind: Object.assign({ mark: "analyst" }, legend.analyst) });
    if (!items.length) return;
    ctx.save();
    ctx.scale(scale, scale);
    ctx.font = "12px " + theme.fontFace;
    const widthOf = (item) => (item.kind ? 20 : 32) + ctx.measureText((item.kind || item.family).label).width + 14;
    const room = ctx.canvas.width / scale - 24 - 20;
    const rows = [[]];
    let used = 0;
    for (const item of items) {
      const w = widthOf(item);
      if (rows[rows.length - 1].length && used + w > room) {
        rows.push([]);
        used = 0;
      }
      rows[rows.length - 1].push(item);
      used += w;
    }
    const rowH = 20;
    const w = Math.max(...rows.map((r) => r.reduce((sum, item) => sum + widthOf(item), 0))) + 14;
    const h = rows.length * rowH + 8;
    const x0 = 12;
    const y0 = ctx.canvas.height / scale - h - 12;
    ctx.fillStyle = theme.panel;
    ctx.strokeStyle = "#2c3443";
    ctx.beginPath();
    ctx.roundRect(x0, y0, w, h, 10);
    ctx.fill();
    ctx.stroke();
    ctx.textBaseline = "middle";
    rows.forEach((row, r) => {
      let x = x0 + 12;
      const yy = y0 + 4 + r * rowH + rowH / 2;
      for (const item of row) {
        if (item.kind) {
          drawKindMark(ctx, item.kind, x + 6, yy);
          x += 20;
        } else {
          drawTieMark(ctx, item.family, x, yy);
          x += 32;
        }
        ctx.font = "12px " + theme.fontFace;
        ctx.fillStyle = theme.text;
        const label = (item.kind || item.family).label;
        ctx.fillText(label, x, yy);
        x += ctx.measureText(label).width + 14;
      }
    });
    ctx.restore();
  }

  function drawKindMark(ctx, k, cx, yy) {
    if (k.mark === "analyst") {
      ctx.strokeStyle = k.color;
      ctx.lineWidth = 1.8;
      ctx.setLineDash([2.2, 1.8]);
      ctx.beginPath();
      ctx.arc(cx, yy, 5, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    }
    ctx.fillStyle = k.color;
    ctx.beginPath();
    if (k.shape === "diamond") {
      ctx.moveTo(cx, yy - 6.5); ctx.lineTo(cx + 6.5, yy); ctx.lineTo(cx, yy + 6.5); ctx.lineTo(cx - 6.5, yy);
    } else if (k.shape === "triangle") {
      ctx.moveTo(cx, yy - 6.2); ctx.lineTo(cx + 6, yy + 4.8); ctx.lineTo(cx - 6, yy + 4.8);
    } else if (k.shape === "hexagon") {
      for (let i = 0; i < 6; i++) ctx.lineTo(cx + 6 * Math.cos(i * Math.PI / 3), yy + 6 * Math.sin(i * Math.PI / 3));
    } else {
      ctx.arc(cx, yy, 5.5, 0, 2 * Math.PI);
    }
    ctx.closePath();
    ctx.fill();
  }

  function drawTieMark(ctx, f, x, yy) {
    ctx.strokeStyle = f.color;
    ctx.lineWidth = 2.2;
    ctx.setLineDash(f.dashed ? [4, 3] : []);
    ctx.beginPath();
    ctx.moveTo(x, yy);
    ctx.lineTo(x + (f.directed ? 18 : 24), yy);
    ctx.stroke();
    ctx.setLineDash([]);
    if (f.directed) {
      ctx.fillStyle = f.color;
      ctx.beginPath();
      ctx.moveTo(x + 17, yy - 3.5); ctx.lineTo(x + 24, yy); ctx.lineTo(x + 17, yy + 3.5);
      ctx.closePath();
      ctx.fill();
    }
  }

  function exportPng(scale) {
    // Render the same view at `scale` device pixels per CSS pixel: vis-network sizes its canvas from
    // window.devicePixelRatio on every redraw, so raising it gives real extra resolution, not an upscale.
    const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
    const base = window.devicePixelRatio || 1;
    Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => scale });
    let url;
    try {
      network.redraw();
      const source = document.querySelector("#network canvas");
      const out = document.createElement("canvas");
      out.width = source.width;
      out.height = source.height;
      const ctx = out.getContext("2d");
      ctx.drawImage(source, 0, 0);
      if (nodes.length) drawLegend(ctx, scale);
      url = out.toDataURL("image/png");
    } finally {
      if (own) {
        Object.defineProperty(window, "devicePixelRatio", own);
      } else {
        delete window.devicePixelRatio;
      }
      if ((window.devicePixelRatio || 1) !== base) {
        Object.defineProperty(window, "devicePixelRatio", { configurable: true, value: base, writable: true });
      }
      network.redraw();
    }
    return url;
  }

  // -- API for the app (every call arrives as JSON arguments; results go back as JSON text) --------

  function domPoint(p) {
    const dom = network.canvasToDOM(p);
    const box = document.getElementById("network").getBoundingClientRect();
    return { x: Math.round(dom.x + box.left), y: Math.round(dom.y + box.top) };
  }

  window.entente = {
    setGraph,
    select(id) {
      if (!network || !nodeView.get(id)) return false;
      network.selectNodes([id]);
      focusNode(id);
      // frame the node with everything it is tied to, so its whole neighbourhood is in sight
      fitView(true, [...highlighted.nodes]);
      userMoved = true; // the user asked to look here: a resize keeps this in view, not the whole network
      return true;
    },
    setFilters(kinds, families, minEvidence) {
      filters.kinds = kinds === null ? null : new Set(kinds);
      filters.families = families === null ? null : new Set(families);
      filters.minEvidence = Number(minEvidence) || 0;
      filtersSet = true;
      nodeView.refresh();
      edgeView.refresh();
      tiesChanged();
      if (highlighted) focusNode(null);
      if (legend) renderLegend();
    },
    fit() {
      if (network) fitView(true);
    },
    highlight(nodeIds, edgeIds) {
      // a set of nodes and ties in focus (a path): the rest fades, the set is framed; empty lists clear it
      if (!network) return false;
      const shown = nodeIds.filter((id) => nodeView.get(id));
      highlighted = shown.length ? { nodes: new Set(shown), edges: new Set(edgeIds) } : null;
      applyFocus();
      if (shown.length) fitView(true, shown);
      return true;
    },
    positions() {
      // every node's place: the network's for shown nodes, the stored one for nodes a filter hides
      const out = {};
      nodes.forEach((n) => {
        if (n.x !== undefined) out[n.id] = { x: n.x, y: n.y };
      });
      return JSON.stringify(Object.assign(out, network ? network.getPositions() : {}));
    },
    visible() {
      return JSON.stringify({ nodes: nodeView.getIds(), edges: edgeView.getIds() });
    },
    nodePoint(id) {
      if (!network || !nodeView.get(id)) return "null";
      return JSON.stringify(domPoint(network.getPosition(id)));
    },
    edgePoint(id) {
      const e = network && edgeView.get(id);
      if (!e) return "null";
      const edge = network.body.edges[id];
      // the middle of the drawn curve; vis-network keeps its geometry on the internal edge object
      const mid = edge && edge.edgeType && edge.edgeType.getPoint ? edge.edgeType.getPoint(0.5) : (() => {
        const a = network.getPosition(e.from);
        const b = network.getPosition(e.to);
        return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      })();
      return JSON.stringify(domPoint(mid));
    },
    exportPng(scale) {
      return network ? exportPng(Number(scale) || 1) : "";
    },
    counts() {
      return JSON.stringify({ nodes: nodeView.length, edges: edgeView.length });
    },
  };

  // Inspection calls for the app's tests, present only when the view asks for them (page URL ?hooks=1):
  // a shipped page exposes nothing but the API above.
  if (new URLSearchParams(window.location.search).get("hooks") === "1") {
    Object.assign(window.entente, {
      describe(id) {
        // what the user can read for a node: its label, its tooltip text and the tags the tooltip is made of
        const n = nodes.get(id);
        if (!n) return "null";
        const tags = n.title ? [...n.title.querySelectorAll("*")].map((child) => child.tagName.toLowerCase()) : [];
        return JSON.stringify({ label: nameOf(n), tooltip: n.title ? n.title.textContent : "", tooltipTags: tags,
          x: n.x, y: n.y, fresh: Boolean(n.fresh) });
      },
      view() {
        return JSON.stringify(network ? { position: network.getViewPosition(), scale: network.getScale(),
          physics: network.physics.physicsEnabled, stabilized: network.physics.stabilized, userMoved,
          dragging: Boolean(network.renderer.dragging), zooming: Boolean(network.renderer.zooming) } : null);
      },
      nodeStyle(id) {
        const n = nodes.get(id);
        return JSON.stringify({ faded: Boolean(highlighted && !highlighted.nodes.has(id)),
          analyst: Boolean(n && n.analyst), dashes: n && n.shapeProperties ? n.shapeProperties.borderDashes : null });
      },
      isAnimating() {
        return animating;
      },
      labels() {
        // the names the last frame drew in a big network, in the order they were chosen
        return JSON.stringify({ big, drawn: lastLabels });
      },
      startFrames() {
        // record frame intervals (requestAnimationFrame) and drawing times until frames() is asked
        const log = { intervals: [], draws: [], last: performance.now(), on: true };
        frameLog = log;
        const tick = (now) => {
          if (!log.on) return;
          log.intervals.push(now - log.last);
          log.last = now;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        return true;
      },
      frames() {
        const out = frameLog ? { intervals: frameLog.intervals, draws: frameLog.draws } : null;
        if (frameLog) frameLog.on = false;
        return JSON.stringify(out);
      },
      bridgeKeys() {
        // what the web channel published of the app's bridge object
        return JSON.stringify(bridge ? Object.keys(bridge) : null);
      },
      bridgeCall(name) {
        // call a published member as hostile page script could
        if (bridge && typeof bridge[name] === "function") bridge[name]();
        return true;
      },
    });
  }

  // -- start -------------------------------------------------------------------------------------

  const channel = new Promise((resolve) => {
    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
      new QWebChannel(window.qt.webChannelTransport, (ch) => {
        bridge = ch.objects.bridge;
        for (const text of outbox.splice(0)) bridge.receive(text);
        resolve();
      });
    } else {
      standalone = true; // the exported page has no app to talk to
      resolve();
    }
  });
  const fonts = document.fonts ?
    Promise.all([document.fonts.load('400 14px "Fira Sans"'), document.fonts.load('500 14px "Fira Sans"')])
      .catch(() => null) : Promise.resolve();

  Promise.all([channel, fonts]).then(() => {
    ready = true;
    const data = document.getElementById("entente-data");
    if (data) setGraph(JSON.parse(data.textContent));
    send({ type: "ready" });
  });
  window.entente.isReady = () => ready;
})();
