"use strict";
(function () {
  // Every string from the data is set with textContent or setAttribute, never parsed as HTML.
  const DATA = JSON.parse(document.getElementById("clio-data").textContent);
  const ROOT = "__root__";
  const nodes = new Map(DATA.nodes.map((n) => [n.id, Object.assign({ children: [] }, n)]));
  const tops = [];
  for (const n of nodes.values()) {
    const p = n.parent !== null && nodes.has(n.parent) ? nodes.get(n.parent) : null;
    (p ? p.children : tops).push(n.id);
  }
  const bySize = (a, b) => nodes.get(b).conversations - nodes.get(a).conversations || (a < b ? -1 : 1);
  tops.sort(bySize);
  for (const n of nodes.values()) n.children.sort(bySize);
  const total = DATA.total_conversations;
  const root = { id: ROOT, name: "All topics", description: DATA.root_description, children: tops, level: 0,
    conversations: tops.reduce((s, id) => s + nodes.get(id).conversations, 0),
    unique_users: null, share: tops.reduce((s, id) => s + nodes.get(id).share, 0), parent: null };
  const get = (id) => (id === ROOT ? root : nodes.get(id));
  const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"];
  let langNames = null;
  try { langNames = new Intl.DisplayNames(["en"], { type: "language" }); } catch (e) { langNames = null; }
  const langName = (code) => {
    if (!langNames || code === "other" || code === "und") return code === "und" ? "undetermined" : code;
    try { const n = langNames.of(code); return n && n !== code ? n + " (" + code + ")" : code; } catch (e) { return code; }
  };
  const fmtInt = (v) => (v === null || v === undefined ? "—" : Number(v).toLocaleString("en"));
  const pct = (v) => (v === null || v === undefined ? "—" : (100 * v).toFixed(1) + "%");

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v;
      else if (k === "style") e.style.cssText = v;  // CSSOM: allowed by the page's hash-only style-src
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? "" : String(v));
    }
    for (const kid of kids) if (kid !== null && kid !== undefined) e.append(kid instanceof Node ? kid : String(kid));
    return e;
  }
  function svgEl(tag, attrs) {
    const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }
  function ancestors(id) {
    const out = [];
    for (let n = get(id); n && n.parent !== null && nodes.has(n.parent); n = nodes.get(n.parent)) out.unshift(n.parent);
    return out;
  }
  const topOf = (id) => (id === ROOT ? ROOT : (ancestors(id)[0] || id));

  // ---- tree (WAI-ARIA treeview, roving tabindex) ----
  const tree = document.getElementById("tree");
  const items = new Map();
  function buildItem(id, level) {
    const n = nodes.get(id);
    const li = el("li", { role: "treeitem", id: "t-" + id, "data-id": id, "aria-level": level, tabindex: -1,
      "aria-selected": "false", "aria-expanded": n.children.length ? "false" : null });
    const row = el("div", { class: "row", title: n.description },
      el("span", { class: "caret", "aria-hidden": "true", text: n.children.length ? "▸" : "·" }),
      el("span", { class: "tname", text: n.name }),
      el("span", { class: "tcount", text: fmtInt(n.conversations) + " · " + pct(n.share) }));
    row.addEventListener("click", () => { select(id, { focusTree: true }); toggle(id); });
    li.append(row);
    if (n.children.length) {
      const group = el("ul", { role: "group", hidden: true });
      for (const c of n.children) group.append(buildItem(c, level + 1));
      li.append(group);
    }
    items.set(id, li);
    return li;
  }
  for (const id of tops) tree.append(buildItem(id, 1));
  if (tops.length) items.get(tops[0]).tabIndex = 0;
  function setExpanded(id, open) {
    const li = items.get(id);
    if (!li || !nodes.get(id).children.length) return;
    li.setAttribute("aria-expanded", String(open));
    li.querySelector(":scope > ul").hidden = !open;
    li.querySelector(":scope > .row > .caret").textContent = open ? "▾" : "▸";
  }
  const toggle = (id) => setExpanded(id, items.get(id) && items.get(id).getAttribute("aria-expanded") !== "true");
  const visibleItems = () => Array.from(tree.querySelectorAll("[role=treeitem]")).filter((li) => li.offsetParent !== null);
  function focusItem(li) {
    for (const other of items.values()) other.tabIndex = -1;
    li.tabIndex = 0;
    li.focus();
  }
  tree.addEventListener("keydown", (ev) => {
    const li = ev.target.closest("[role=treeitem]");
    if (!li) return;
    const id = li.dataset.id, n = nodes.get(id), vis = visibleItems(), i = vis.indexOf(li);
    const open = li.getAttribute("aria-expanded") === "true";
    let next = null;
    switch (ev.key) {
      case "ArrowDown": next = vis[Math.min(i + 1, vis.length - 1)]; break;
      case "ArrowUp": next = vis[Math.max(i - 1, 0)]; break;
      case "Home": next = vis[0]; break;
      case "End": next = vis[vis.length - 1]; break;
      case "ArrowRight":
        if (n.children.length && !open) setExpanded(id, true);
        else if (n.children.length) next = items.get(n.children[0]);
        break;
      case "ArrowLeft":
        if (open) setExpanded(id, false); else if (n.parent !== null && items.has(n.parent)) next = items.get(n.parent);
        break;
      case "Enter": case " ": toggle(id); select(id, {}); break;
      default: return;
    }
    ev.preventDefault();
    if (next) { select(next.dataset.id, {}); focusItem(next); }
  });

  // ---- selection and the detail panel ----
  let selected = ROOT;
  function select(id, opts) {
    selected = id;
    for (const li of items.values()) li.setAttribute("aria-selected", "false");
    for (const a of ancestors(id)) setExpanded(a, true);
    const li = items.get(id);
    if (li) { li.setAttribute("aria-selected", "true"); if (opts.focusTree) focusItem(li); else li.scrollIntoView({ block: "nearest" }); }
    renderDetail(id);
    markOnMap(id);
    if (opts.focusDetail) document.getElementById("node-name").focus();
  }
  function renderDetail(id) {
    const n = get(id);
    const crumbs = document.getElementById("breadcrumb");
    crumbs.replaceChildren();
    for (const a of id === ROOT ? [] : [ROOT, ...ancestors(id)]) {
      crumbs.append(el("li", {}, el("button", { type: "button", text: get(a).name, onclick: () => select(a, { focusTree: a !== ROOT, focusDetail: a === ROOT }) })));
    }
    crumbs.append(el("li", { "aria-current": "page", text: n.name }));
    document.getElementById("node-name").textContent = n.name;
    document.getElementById("node-description").textContent = n.description || "";
    const parent = n.parent !== null && nodes.has(n.parent) ? nodes.get(n.parent) : null;
    const stats = [["Conversations", fmtInt(n.conversations)], ["Unique users", fmtInt(n.unique_users)],
      ["Share of the day", pct(n.share)]];
    if (parent) stats.push(["Share of parent", pct(n.conversations / parent.conversations)]);
    if (id !== ROOT) stats.push(["Level", String(n.level)], ["Node id", n.id]);
    else stats.push(["Top-level topics", String(tops.length)], ["Published nodes", String(nodes.size)]);
    document.getElementById("node-stats").replaceChildren(...stats.map(([k, v]) => el("div", {}, el("dt", { text: k }), el("dd", { text: v }))));
    const showSiblings = !n.children.length;
    const cells = showSiblings ? (parent ? parent.children : tops) : n.children;
    document.getElementById("treemap-title").textContent = showSiblings ? "No published sub-topics; its siblings:" : "Inside this topic (" + cells.length + " sub-topics)";
    drawTreemap(cells, showSiblings ? id : null);
    renderFacets(id);
    renderNodeExtras(id);
  }

  // ---- treemap (squarified), drawn as inline SVG ----
  function squarify(values, x, y, w, h) {
    const out = [], vals = values.map((v, i) => ({ v, i })).filter((d) => d.v > 0);
    const sum = vals.reduce((s, d) => s + d.v, 0) || 1, scale = (w * h) / sum;
    let rest = vals.map((d) => ({ i: d.i, a: d.v * scale }));
    while (rest.length) {
      const side = Math.min(w, h);
      let row = [], best = Infinity;
      for (const d of rest) {
        const trial = row.concat([d]), s = trial.reduce((t, e) => t + e.a, 0);
        const worst = Math.max(...trial.map((e) => Math.max((side * side * e.a) / (s * s), (s * s) / (side * side * e.a))));
        if (worst > best) break;
        best = worst; row = trial;
      }
      rest = rest.slice(row.length);
      const s = row.reduce((t, e) => t + e.a, 0), thick = s / side;
      let off = 0;
      for (const d of row) {
        const len = d.a / thick;
        out.push(w >= h ? { i: d.i, x: x, y: y + off, w: thick, h: len } : { i: d.i, x: x + off, y: y, w: len, h: thick });
        off += len;
      }
      if (w >= h) { x += thick; w -= thick; } else { y += thick; h -= thick; }
    }
    return out;
  }
  function drawTreemap(ids, highlight) {
    const box = document.getElementById("treemap-box");
    const W = Math.max(320, box.clientWidth || 640), H = 280;
    const svg = svgEl("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, role: "group", "aria-label": "Treemap of sub-topics by conversations" });
    const total = ids.reduce((s, id) => s + nodes.get(id).conversations, 0) || 1;
    for (const r of squarify(ids.map((id) => nodes.get(id).conversations), 0, 0, W, H)) {
      const id = ids[r.i], n = nodes.get(id), colour = PALETTE[r.i % PALETTE.length];
      const label = n.name + ", " + fmtInt(n.conversations) + " conversations, " + pct(n.conversations / total) + " of this view";
      const g = svgEl("g", { role: "button", tabindex: 0, "aria-label": label, "data-id": id });
      const t = svgEl("title", {}); t.textContent = label + (n.description ? ". " + n.description : ""); g.append(t);
      g.append(svgEl("rect", { x: r.x + 1, y: r.y + 1, width: Math.max(0, r.w - 2), height: Math.max(0, r.h - 2), rx: 3,
        fill: colour, "fill-opacity": id === highlight ? 1 : 0.78, stroke: id === highlight ? "#1d2330" : "#fff", "stroke-width": id === highlight ? 3 : 1 }));
      const chars = Math.floor((r.w - 10) / 7);
      if (chars >= 4 && r.h >= 22) {
        const name = svgEl("text", { x: r.x + 6, y: r.y + 17, fill: "#fff", "font-size": 13, "font-weight": 600 });
        name.textContent = n.name.length > chars ? n.name.slice(0, chars - 1) + "…" : n.name;
        g.append(name);
        if (r.h >= 40) {
          const c = svgEl("text", { x: r.x + 6, y: r.y + 34, fill: "#fff", "font-size": 12 });
          c.textContent = fmtInt(n.conversations) + " · " + pct(n.conversations / total);
          g.append(c);
        }
      }
      const go = () => { select(id, {}); const first = document.querySelector("#treemap-box g[role=button]"); if (first) first.focus(); else document.getElementById("node-name").focus(); };
      g.addEventListener("click", go);
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); } });
      svg.append(g);
    }
    box.replaceChildren(svg);
    box.dataset.width = String(W);
    lastTreemap = [ids, highlight];
  }
  let lastTreemap = null;
  window.addEventListener("resize", () => {
    const box = document.getElementById("treemap-box");
    if (lastTreemap && Math.abs((box.clientWidth || 0) - Number(box.dataset.width)) > 4 && !box.contains(document.activeElement)) drawTreemap(...lastTreemap);
  });

  // ---- the map (server-drawn SVG, map_chart.py): a disc opens its topic; level filter, colour toggle ----
  const mapBox = document.getElementById("map-box");
  function markOnMap(id) {
    if (!mapBox) return;
    for (const g of mapBox.querySelectorAll(".map-point")) g.setAttribute("aria-current", String(g.dataset.id === id));
  }
  if (mapBox) {
    const openPoint = (g) => { if (g && nodes.has(g.dataset.id)) select(g.dataset.id, { focusDetail: true }); };
    mapBox.addEventListener("click", (ev) => openPoint(ev.target.closest(".map-point")));
    mapBox.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { const g = ev.target.closest(".map-point"); if (g) { ev.preventDefault(); openPoint(g); } }
    });
    const press = (buttons, on) => { for (const b of buttons) b.setAttribute("aria-pressed", String(b === on)); };
    const levelButtons = document.querySelectorAll("[data-map-level]"), colourButtons = document.querySelectorAll("[data-map-colour]");
    for (const b of levelButtons) b.addEventListener("click", () => {
      press(levelButtons, b);  // hidden discs (display none) leave the tab order too
      for (const g of mapBox.querySelectorAll(".map-point")) g.setAttribute("display", b.dataset.mapLevel === "all" || g.dataset.level === b.dataset.mapLevel ? "inline" : "none");
    });
    for (const b of colourButtons) b.addEventListener("click", () => {
      press(colourButtons, b);
      const by = b.dataset.mapColour;
      for (const c of mapBox.querySelectorAll(".map-point circle")) c.setAttribute("fill", by === "concern" ? c.dataset.concernFill : c.dataset.topicFill);
      for (const l of document.querySelectorAll(".map-legend")) l.hidden = l.dataset.colour !== by;
    });
  }

  // ---- per-node facet breakdowns ----
  function cellsOf(id) {
    if (id !== ROOT) return DATA.breakdowns[id] || {};
    const sum = {};
    for (const t of tops) for (const [facet, rows] of Object.entries(DATA.breakdowns[t] || {})) {
      sum[facet] = sum[facet] || {};
      for (const [v, c] of rows) sum[facet][v] = (sum[facet][v] || 0) + c;
    }
    const out = {};
    for (const [facet, m] of Object.entries(sum)) out[facet] = Object.entries(m).map(([v, c]) => [v, c, c / root.conversations]).sort((a, b) => b[1] - a[1]);
    return out;
  }
  function bars(rows, label) {
    const peak = Math.max(...rows.map((r) => r[2]), 0.0001);
    return rows.map(([v, c, s]) => el("div", { class: "bar", title: label(v) + ": " + fmtInt(c) + " conversations" },
      el("span", { class: "lbl", text: label(v) }),
      el("span", { class: "track" }, el("span", { class: "fill", style: "display:block;width:" + (100 * s / peak).toFixed(1) + "%" })),
      el("span", { class: "val", text: pct(s) })));
  }
  function histogram(rows, buckets, tone) {
    const m = new Map(rows.map((r) => [r[0], r])), peak = Math.max(...rows.map((r) => r[2]), 0.0001);
    return el("div", { class: "hist", role: "img", "aria-label": buckets.map((b) => b + ": " + pct(m.has(b) ? m.get(b)[2] : 0)).join(", ") },
      ...buckets.map((b) => {
        const s = m.has(b) ? m.get(b)[2] : 0;
        return el("div", { class: "col", "data-tone": tone(b), title: b + ": " + (m.has(b) ? fmtInt(m.get(b)[1]) + " conversations" : "none shown") },
          el("span", { text: m.has(b) ? pct(s) : "–" }), el("div", { class: "colbar", style: "height:" + (85 * s / peak).toFixed(1) + "%" }), el("span", { text: b }));
      }));
  }
  function renderFacets(id) {
    const n = get(id), facets = cellsOf(id), box = document.getElementById("facets");
    box.replaceChildren();
    const spec = [["language", "Languages"], ["concern", "Concern (1 = none … 5 = high)"], ["turns", "User turns"], ["task", "Task"]];
    // custom facets (CLIO_FACETS_FILE, published as custom_<name>): one more section each, as bars
    const custom = new Set(Object.values(DATA.breakdowns).flatMap((f) => Object.keys(f)).filter((f) => f.startsWith("custom_")));
    for (const facet of [...custom].sort()) spec.push([facet, facet.slice(7).replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()) + " (custom facet)"]);
    for (const [facet, title] of spec) {
      const rows = facets[facet] || [];
      const shown = rows.reduce((s, r) => s + r[1], 0), hidden = Math.max(0, n.conversations - shown);
      const concernTone = (b) => (b === "4" || b === "5" ? "high" : b === "3" ? "mid" : "low");
      const body = facet === "concern" ? histogram(rows, ["1", "2", "3", "4", "5", ...rows.map((r) => r[0]).filter((v) => !["1", "2", "3", "4", "5"].includes(v))], concernTone)
        : facet === "turns" ? histogram(rows, ["1", "2", "3", "4+", ...rows.map((r) => r[0]).filter((v) => !["1", "2", "3", "4+"].includes(v))], () => "plain")
        : el("div", {}, ...bars(rows, facet === "language" ? langName : (v) => v));
      box.append(el("div", { class: "facet", "data-facet": facet }, el("h4", { text: title }), rows.length ? body : el("p", { class: "note", text: "No cell passes the privacy thresholds." }),
        hidden ? el("p", { class: "note", text: fmtInt(hidden) + " conversations in cells below the privacy thresholds are not shown (–)." }) : null));
    }
  }

  // ---- other published tables (language over-representation, trust and safety, trends, …) ----
  const isNum = (v) => typeof v === "number";
  const fmtCell = (col, kind, v) => v === null ? "—" : typeof v === "boolean" ? (v ? "yes" : "no")
    : !isNum(v) ? String(v) : kind === "int" ? fmtInt(v)
    : /share|rate|frac|pct/.test(col) && Math.abs(v) <= 1 ? pct(v) : v.toFixed(Math.abs(v) >= 100 ? 1 : 3);
  function nodeButton(id) {
    return nodes.has(id) ? el("button", { type: "button", class: "link", text: nodes.get(id).name, onclick: () => select(id, { focusTree: true }) }) : String(id);
  }
  function dataTable(t, rows, caption) {
    const cols = t.columns, nc = t.node_column;
    const table = el("table", {}, caption ? el("caption", { class: "note", text: caption }) : null);
    const tbody = el("tbody");
    let order = rows.slice(), sortCol = -1, asc = true;
    const head = el("tr");
    if (nc !== null) head.append(el("th", { scope: "col", text: "topic" }));
    cols.forEach((c, i) => head.append(el("th", { scope: "col" }, el("button", { type: "button", text: c, title: "sort by " + c, onclick: () => {
      asc = sortCol === i ? !asc : false; sortCol = i;
      order.sort((a, b) => (a[i] === b[i] ? 0 : a[i] === null ? 1 : b[i] === null ? -1 : (a[i] < b[i] ? -1 : 1) * (asc ? 1 : -1)));
      fill();
    } }))));
    table.append(el("thead", {}, head), tbody);
    function fill() {
      tbody.replaceChildren(...order.map((r) => el("tr", {}, nc !== null ? el("td", {}, nodeButton(r[nc])) : null,
        ...r.map((v, i) => el("td", { class: isNum(v) ? "num" : null, text: fmtCell(cols[i], (t.kinds || [])[i], v) })))));
    }
    fill();
    return el("div", { class: "table-wrap" }, table);
  }
  function heatmap(t) {
    // node x language grid of an over-representation-like measure, when the table has one.
    const li = t.columns.indexOf("language"), vi = t.columns.findIndex((c) => /over|ratio|lift|representation/.test(c) && t.rows.some((r) => isNum(r[t.columns.indexOf(c)])));
    if (t.node_column === null || li < 0 || vi < 0) return null;
    const langs = [...new Set(t.rows.map((r) => r[li]))].sort(), byNode = new Map();
    for (const r of t.rows) { if (!byNode.has(r[t.node_column])) byNode.set(r[t.node_column], {}); byNode.get(r[t.node_column])[r[li]] = r[vi]; }
    const ids = [...byNode.keys()].sort((a, b) => Math.max(...Object.values(byNode.get(b))) - Math.max(...Object.values(byNode.get(a)))).slice(0, 40);
    const colour = (v) => { const x = Math.max(-1, Math.min(1, Math.log2(v || 1e-9) / 2)); return x >= 0 ? "rgba(217,72,15," + (x * 0.85).toFixed(2) + ")" : "rgba(47,94,168," + (-x * 0.85).toFixed(2) + ")"; };
    return el("div", { class: "table-wrap" }, el("table", { class: "heat" },
      el("caption", { class: "note", text: t.columns[vi] + " by topic and language (1 = as often as the language's base rate; orange above, blue below)" }),
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "topic" }), ...langs.map((l) => el("th", { scope: "col", text: langName(String(l)) })))),
      el("tbody", {}, ...ids.map((id) => el("tr", {}, el("th", { scope: "row" }, nodeButton(id)),
        ...langs.map((l) => { const v = byNode.get(id)[l]; return el("td", { class: "cell", style: isNum(v) ? "background:" + colour(v) : null, text: isNum(v) ? v.toFixed(2) : "" }); }))))));
  }
  function renderSections() {
    const host = document.getElementById("extra-sections");
    for (const sec of DATA.sections) {
      const tables = DATA.extras.filter((t) => t.section === sec.key);
      if (!tables.length) continue;
      const s = el("section", { class: "panel", id: "section-" + sec.key, "aria-labelledby": "h-" + sec.key }, el("h2", { id: "h-" + sec.key, text: sec.title }));
      for (const t of tables) {
        s.append(el("h3", { text: t.table }), el("p", { class: "note", text: fmtInt(t.total_rows) + " rows" + (t.truncated ? " (first " + fmtInt(t.rows.length) + " shown)" : "") }));
        const hm = sec.key === "language" ? heatmap(t) : null;
        if (hm) s.append(hm);
        s.append(dataTable(t, t.rows, null));
      }
      host.append(s);
    }
  }
  function renderNodeExtras(id) {
    const box = document.getElementById("node-extras");
    box.replaceChildren();
    for (const t of DATA.extras) {
      if (t.node_column === null) continue;
      const rows = t.rows.filter((r) => r[t.node_column] === id);
      if (rows.length) box.append(el("h4", { text: t.title + ": " + t.table }), dataTable(t, rows, null));
    }
  }

  // ---- search over names and descriptions ----
  const search = document.getElementById("search"), results = document.getElementById("search-results"), status = document.getElementById("search-status");
  const haystack = new Map([...nodes.values()].map((n) => [n.id, (n.name + " " + (n.description || "")).toLowerCase()]));
  function runSearch() {
    const terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    results.replaceChildren();
    if (!terms.length) { status.textContent = ""; return []; }
    const hits = [...nodes.values()].filter((n) => terms.every((t) => haystack.get(n.id).includes(t))).sort((a, b) => a.level - b.level || b.conversations - a.conversations);
    status.textContent = hits.length ? hits.length + (hits.length === 1 ? " topic matches" : " topics match") + (hits.length > 50 ? " (first 50 shown)" : "") : "No topic matches.";
    for (const n of hits.slice(0, 50)) {
      results.append(el("li", {}, el("button", { type: "button", "data-id": n.id, onclick: () => { results.replaceChildren(); select(n.id, { focusTree: true }); } },
        el("span", { class: "rname", text: n.name + " — " + fmtInt(n.conversations) + " conversations" }),
        el("span", { class: "path", text: ["All topics", ...ancestors(n.id).map((a) => nodes.get(a).name)].join(" › ") }))));
    }
    return hits;
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("focus", runSearch);
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { const hits = runSearch(); results.replaceChildren(); if (hits.length) select(hits[0].id, { focusTree: true }); ev.preventDefault(); }
    if (ev.key === "ArrowDown") { const b = results.querySelector("button"); if (b) { b.focus(); ev.preventDefault(); } }
    if (ev.key === "Escape") { search.value = ""; runSearch(); }
  });
  results.addEventListener("keydown", (ev) => {
    const b = ev.target.closest("button"); if (!b) return;
    const li = b.parentElement, to = ev.key === "ArrowDown" ? li.nextElementSibling : ev.key === "ArrowUp" ? li.previousElementSibling : null;
    if (to) { to.querySelector("button").focus(); ev.preventDefault(); } else if (ev.key === "ArrowUp" || ev.key === "Escape") { search.focus(); ev.preventDefault(); }
  });

  // ---- summary and provenance ----
  document.getElementById("summary").textContent = fmtInt(nodes.size) + " published topics on " + DATA.levels + " levels, covering " +
    fmtInt(root.conversations) + " of " + fmtInt(total) + " conversations (" + pct(root.share) + "). Aggregates only.";
  const prov = document.getElementById("provenance");
  prov.append(el("p", { text: "Built from the published tables only: " + DATA.tables.map((t) => t.name + " (" + fmtInt(t.rows) + " rows)").join(", ") + ". Generated " + DATA.generated + "." }));
  const counting = DATA.user_counting || {};
  if (counting.missing_user_id_policy) {
    prov.append(el("p", { id: "user-counting", text: "User counting: " + fmtInt(counting.conversations_without_user_id || 0) +
      " conversations had no user id (policy '" + counting.missing_user_id_policy + "')." +
      (counting.user_counts_warning ? " " + counting.user_counts_warning + "." : "") }));
  }
  const docs = DATA.data_docs || [];
  if (docs.length) {  // the evidence behind the published tables: the day's great-expectations results
    const p = el("p", { id: "data-docs", text: "Validation evidence (great-expectations Data Docs): " });
    docs.forEach((d, i) => p.append(i ? ", " : "", el("a", { href: d.href, text: d.table })));
    prov.append(p);
  }
  const versions = Object.entries(DATA.versions || {});
  if (versions.length) prov.append(el("p", { text: "Versions: " + versions.map(([k, v]) => k + " = " + (typeof v === "string" ? v : JSON.stringify(v))).join("; ") }));
  renderSections();
  select(ROOT, {});
})();
