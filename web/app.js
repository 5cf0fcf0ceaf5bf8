// dyad's web page: plain JS and SVG over the HTTP API (no build step, no external scripts).
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const PAGE = 50;
let offset = 0;

function $(id) { return document.getElementById(id); }

function el(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function filters() {
  const params = new URLSearchParams();
  for (const input of $("filters").elements) {
    if (input.name && input.value.trim()) params.set(input.name, input.value.trim());
  }
  // Two countries picked: the dyad in both directions.
  if (params.has("source") && params.has("target")) {
    params.set("dyad", params.get("source") + "-" + params.get("target"));
    params.delete("source");
    params.delete("target");
  }
  return params;
}

async function api(path, params) {
  const response = await fetch(path + "?" + params.toString());
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function drawTimeline(points) {
  const svg = $("timeline");
  svg.replaceChildren();
  const width = +svg.getAttribute("width"), height = +svg.getAttribute("height");
  const mid = height / 2, left = 40;
  const coop = p => p.quad[0] + p.quad[1];
  const conflict = p => p.quad[2] + p.quad[3];
  const max = Math.max(1, ...points.map(p => Math.max(coop(p), conflict(p))));
  const step = points.length ? (width - left - 10) / points.length : 0;
  const scale = (mid - 20) / max;
  svg.append(el("line", {x1: left, x2: width - 5, y1: mid, y2: mid, class: "axis"}));
  svg.append(el("text", {x: 2, y: 14, class: "tick"}, String(max)));
  svg.append(el("text", {x: 2, y: height - 4, class: "tick"}, String(max)));
  points.forEach((p, i) => {
    const x = left + i * step + 1, w = Math.max(1, step - 2);
    const up = coop(p) * scale, down = conflict(p) * scale;
    const bar1 = el("rect", {x, y: mid - up, width: w, height: up, class: "coop"});
    bar1.append(el("title", {}, `${p.period}: ${coop(p)} cooperative`));
    const bar2 = el("rect", {x, y: mid, width: w, height: down, class: "conflict"});
    bar2.append(el("title", {}, `${p.period}: ${conflict(p)} conflictual`));
    svg.append(bar1, bar2);
    if (points.length <= 24 || i % Math.ceil(points.length / 12) === 0) {
      svg.append(el("text", {x, y: mid + 12 + (i % 2) * 10, class: "tick"}, p.period));
    }
  });
  if (!points.length) svg.append(el("text", {x: left, y: mid - 5, class: "tick"}, "no events"));
}

function drawNetwork(links) {
  const svg = $("network");
  svg.replaceChildren();
  const width = +svg.getAttribute("width"), height = +svg.getAttribute("height");
  const weight = new Map();
  for (const l of links) {
    for (const c of [l.source, l.target]) weight.set(c, (weight.get(c) || 0) + l.events);
  }
  const nodes = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a)).slice(0, 20);
  const pos = new Map();
  const r = Math.min(width, height) / 2 - 40;
  nodes.forEach((c, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos.set(c, [width / 2 + r * Math.cos(angle), height / 2 + r * Math.sin(angle)]);
  });
  const max = Math.max(1, ...links.map(l => l.events));
  for (const l of links) {
    if (!pos.has(l.source) || !pos.has(l.target)) continue;
    const [x1, y1] = pos.get(l.source), [x2, y2] = pos.get(l.target);
    const line = el("line", {x1, y1, x2, y2, class: "link",
      stroke: l.goldstein_mean >= 0 ? "#2a7ab0" : "#c0392b",
      "stroke-width": 1 + 7 * l.events / max});
    line.append(el("title", {}, `${l.source} → ${l.target}: ${l.events} events, ` +
      `mean Goldstein ${l.goldstein_mean.toFixed(1)}`));
    svg.append(line);
  }
  for (const c of nodes) {
    const [x, y] = pos.get(c);
    const g = el("g", {class: "node"});
    g.append(el("circle", {cx: x, cy: y, r: 16}), el("text", {x, y: y + 4}, c));
    g.addEventListener("click", () => {
      $("filters").elements.source.value = c;
      $("filters").elements.target.value = "";
      refresh();
    });
    svg.append(g);
  }
  if (!nodes.length) svg.append(el("text", {x: 20, y: 30, class: "tick"}, "no interactions"));
}

function drawEvents(body) {
  const tbody = $("events").querySelector("tbody");
  tbody.replaceChildren();
  for (const e of body.events) {
    const tr = document.createElement("tr");
    const day = e.date && e.date.length === 10 ? e.date : e.article_date;
    for (const text of [day, e.source.code || e.source.text, e.cameo, e.target.code || e.target.text,
                        e.goldstein.toFixed(1), e.mentions, e.sentence_text]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    tr.addEventListener("click", () => openArticle(e.article_id, e.event_id));
    tbody.append(tr);
  }
  const last = Math.min(body.total, offset + body.events.length);
  $("page").textContent = body.total ? `${offset + 1}–${last} of ${body.total}` : "no events";
  $("prev").disabled = offset === 0;
  $("next").disabled = last >= body.total;
}

// The article text with mentions and triggers marked; spans are byte offsets into UTF-8.
async function openArticle(id, eventId) {
  const response = await fetch("/api/articles/" + encodeURIComponent(id));
  const doc = await response.json();
  if (!response.ok) { $("error").textContent = doc.error; return; }
  const bytes = new TextEncoder().encode(doc.text);
  const decode = (a, b) => new TextDecoder().decode(bytes.slice(a, b));
  const marks = [];
  for (const m of doc.mentions) marks.push({span: m.span, cls: "actor", title: m.code});
  for (const e of doc.events) {
    const cls = "trigger" + (e.event_id === eventId ? " selected" : "");
    marks.push({span: e.trigger.span, cls, title: `${e.cameo} ${e.source.code}→${e.target.code}`});
    for (const side of [e.source, e.target]) {
      if (side.span[1] > side.span[0]) marks.push({span: side.span, cls: "actor", title: side.code});
    }
  }
  marks.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out = $("article-text");
  out.replaceChildren();
  let pos = 0;
  for (const m of marks) {
    if (m.span[0] < pos) continue;  // overlapping: keep the first
    out.append(decode(pos, m.span[0]));
    const mark = document.createElement("mark");
    mark.className = m.cls;
    mark.title = m.title;
    mark.textContent = decode(m.span[0], m.span[1]);
    out.append(mark);
    pos = m.span[1];
  }
  out.append(decode(pos, bytes.length));
  $("article-title").textContent = doc.title || doc.id;
  $("article-meta").textContent = [doc.date, doc.source, doc.url].filter(Boolean).join(" · ");
  $("article").hidden = false;
  $("article").scrollIntoView({behavior: "smooth"});
}

async function refresh() {
  $("error").textContent = "";
  const params = filters();
  try {
    const series = new URLSearchParams(params);
    series.set("by", "month");
    const events = new URLSearchParams(params);
    events.set("limit", PAGE);
    events.set("offset", offset);
    const network = new URLSearchParams(params);
    network.delete("dyad");
    const [s, n, e] = await Promise.all([api("/api/series", series),
      api("/api/network", network), api("/api/events", events)]);
    drawTimeline(s.points);
    drawNetwork(n.links);
    drawEvents(e);
    document.body.dataset.drawn = "true";
  } catch (err) {
    $("error").textContent = err.message;
  }
}

$("filters").addEventListener("submit", ev => { ev.preventDefault(); offset = 0; refresh(); });
$("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); refresh(); });
$("next").addEventListener("click", () => { offset += PAGE; refresh(); });
refresh();
