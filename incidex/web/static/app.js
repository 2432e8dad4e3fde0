// The analyst's dashboard: filters drive the map, the timeline, the counts and the table.
import { renderDetail } from "./detail.js";
import { renderLegend, WorldMap } from "./map.js";
import { renderTimeline } from "./timeline.js";
import { attackTypeOrder, colourOf, el, getJSON } from "./util.js";

const PAGE = 5000;  // incidents drawn at once; the counts and timeline always cover all of them
const FILTERS = ["since", "until", "country", "attacktype", "group", "q"];
const $ = (id) => document.getElementById(id);

const state = { incidents: [], total: 0, sort: { key: "date", desc: false }, selected: null, info: null, map: null, timeline: [] };

function filterParams() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function withParams(path, extra = {}) {
  const params = filterParams();
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

// -- loading -------------------------------------------------------------------------

async function loadInfo() {
  const info = await getJSON("/api/info");
  state.info = info;
  const span = info.first_date ? `, ${info.first_date} to ${info.last_date}` : "";
  $("db-info").replaceChildren(`${info.incidents} incidents from ${info.documents} reports in ${info.countries} countries${span}`);
  if (info.read_only) $("db-info").append(el("span", { class: "badge", title: "started without INCIDEX_TOKEN" }, "read-only"));
  $("upload-note").textContent = info.read_only
    ? "This server is read-only: it was started without INCIDEX_TOKEN, so reports cannot be added here."
    : `Paste a report or choose a file (up to ${(info.max_upload_bytes / 1048576).toFixed(1)} MB); adding needs the server's token.`;
  $("upload-submit").disabled = info.read_only;
}

async function loadChoices() {
  // choices come from the whole database, so a filter can always be widened again
  const [countries, attacktypes, groups] = await Promise.all(
    ["country", "attacktype", "group"].map((by) => getJSON(`/api/stats?by=${by}`)));
  fillSelect($("country"), countries.rows.map((r) => r.label).filter((l) => l !== "(unknown)").sort());
  fillSelect($("attacktype"), attacktypes.rows.map((r) => r.label).filter((l) => l !== "(none)").sort(attackTypeOrder));
  $("groups").replaceChildren(...groups.rows.map((r) => el("option", { value: r.label })));
}

function fillSelect(select, labels) {
  const current = select.value;
  select.replaceChildren(el("option", { value: "" }, "all"), ...labels.map((l) => el("option", { value: l }, l)));
  select.value = labels.includes(current) ? current : "";
}

let loading = 0;
async function refresh() {
  const ticket = ++loading;  // a slower, older answer must not overwrite a newer one
  try {
    const [page, byAttack, byCountry, timeline] = await Promise.all([
      getJSON(withParams("/api/incidents", { limit: PAGE })),
      getJSON(withParams("/api/stats", { by: "attacktype" })),
      getJSON(withParams("/api/stats", { by: "country" })),
      getJSON(withParams("/api/timeline")),
    ]);
    if (ticket !== loading) return;
    state.incidents = page.items;
    state.total = page.total;
    state.timeline = timeline.rows;
    renderTotals(byAttack.totals);
    renderBars($("by-attacktype"), byAttack.rows, "attacktype");
    renderBars($("by-country"), byCountry.rows, "country");
    renderMap();
    drawTimeline();
    renderTable();
    updateExportLinks();
    document.body.dataset.loaded = "true";
    // counts finished refreshes, so a test (or a script) can wait for the one it caused
    document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
  } catch (error) {
    if (ticket === loading) $("totals").replaceChildren(el("span", { class: "error" }, `cannot load incidents: ${error.message}`));
  }
}

// -- views ---------------------------------------------------------------------------

function renderTotals(totals) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  $("totals").replaceChildren(el("b", {}, plural(totals.incidents, "attack")), " in ",
    el("b", {}, plural(totals.countries, "country").replace("countrys", "countries")));
}

function renderBars(list, rows, filter) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  list.replaceChildren(...rows.map((r) => {
    const label = el("span", { class: "label", title: r.label },
      el("span", { class: "fill", style: `width:${(100 * r.count / max).toFixed(1)}%` }),
      filter === "attacktype" ? el("span", { class: "dot", style: `background:${colourOf(r.label)}` }) : null,
      el("span", { class: "text" }, r.label));
    const item = el("li", { "data-label": r.label, title: `show only ${r.label}` }, label, el("span", { class: "n" }, r.count));
    if (!r.label.startsWith("(")) item.addEventListener("click", () => setFilter(filter, r.label));
    return item;
  }));
  if (!rows.length) list.replaceChildren(el("li", { class: "muted" }, "none"));
}

function renderMap() {
  const off = state.map.render(state.incidents);
  const shown = state.incidents.length - off;
  const notes = [`${shown} on the map`];
  if (off) notes.push(`${off} without a known place`);
  if (state.total > state.incidents.length) notes.push(`first ${state.incidents.length} of ${state.total}: narrow the filters to see all`);
  $("map-note").textContent = notes.join(" · ");
  // every type a marker or a timeline bar is coloured with
  const types = [...new Set([...state.incidents.map((i) => i.attacktypes[0] || "Unknown"),
    ...state.timeline.map((r) => (r.attacktype === "(none)" ? "Unknown" : r.attacktype))])].sort(attackTypeOrder);
  renderLegend($("legend"), types);
}

const SORT_VALUE = {
  date: (i) => i.date || "9999",
  country: (i) => i.country || "",
  city: (i) => i.city || "",
  attacktype: (i) => i.attacktypes[0] || "",
  weaptype: (i) => i.weaptypes[0] || "",
  gname: (i) => i.gname || "",
  nkill: (i) => i.nkill ?? -1,
  nwound: (i) => i.nwound ?? -1,
};

function renderTable() {
  const { key, desc } = state.sort;
  const value = SORT_VALUE[key];
  const rows = [...state.incidents].sort((a, b) => {
    const va = value(a), vb = value(b);
    const order = typeof va === "number" ? va - vb : String(va).localeCompare(String(vb));
    return (desc ? -order : order) || a.id - b.id;
  });
  document.querySelectorAll("#incident-table th").forEach((th) => {
    th.classList.toggle("sorted", th.dataset.key === key);
    th.classList.toggle("desc", th.dataset.key === key && desc);
  });
  const body = $("incident-table").tBodies[0];
  body.replaceChildren(...rows.map((i) => {
    const row = el("tr", { "data-id": i.id, class: i.id === state.selected ? "selected" : null },
      el("td", {}, i.date || "undated"), el("td", {}, i.country || "—"), el("td", {}, i.city || "—"),
      el("td", {}, el("span", { class: "dot", style: `background:${colourOf(i.attacktypes[0])}` }), i.attacktypes.join(", ") || "—"),
      el("td", {}, i.weaptypes.join(", ") || "—"), el("td", {}, i.gname || "—"),
      el("td", { class: "num" }, i.nkill ?? "?"), el("td", { class: "num" }, i.nwound ?? "?"));
    row.addEventListener("click", () => openIncident(i.id));
    return row;
  }));
  const note = state.total > rows.length ? `showing ${rows.length} of ${state.total}` : `${rows.length} incidents`;
  $("table-note").textContent = note + " · click a column to sort, a row to open";
}

function updateExportLinks() {
  for (const format of ["gtd-csv", "jsonl", "geojson"]) {
    const id = "export-" + (format === "gtd-csv" ? "csv" : format);
    $(id).href = withParams("/api/export", { format });
  }
}

async function openIncident(id) {
  state.selected = id;
  document.querySelectorAll("#incident-table tbody tr").forEach((tr) => tr.classList.toggle("selected", tr.dataset.id === String(id)));
  state.map.select(id);
  const panel = $("detail");
  panel.hidden = false;
  $("detail-body").replaceChildren(el("p", { class: "muted" }, "loading…"));
  try {
    renderDetail($("detail-body"), await getJSON(`/api/incidents/${id}`));
  } catch (error) {
    $("detail-body").replaceChildren(el("p", { class: "error" }, error.message));
  }
}

function closeIncident() {
  $("detail").hidden = true;
  state.selected = null;
  state.map.select(null);
  document.querySelectorAll("#incident-table tbody tr.selected").forEach((tr) => tr.classList.remove("selected"));
}

// -- filters -------------------------------------------------------------------------

function setFilter(name, value) {
  $(name).value = value;
  refresh();
}

function drawTimeline() {
  const unit = renderTimeline($("timeline"), state.timeline, showPeriod);
  $("timeline-title").textContent = `Incidents per ${unit}`;
}

// A click on the timeline: "YYYY-MM" shows that month, "YYYY" that year.
function showPeriod(period) {
  if (period.length === 4) {
    $("since").value = `${period}-01-01`;
    $("until").value = `${period}-12-31`;
  } else {
    const [y, m] = period.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    $("since").value = `${period}-01`;
    $("until").value = `${period}-${String(last).padStart(2, "0")}`;
  }
  refresh();
}

let typing;
function onFilterChange(event) {
  clearTimeout(typing);
  // text boxes wait for a pause in typing; lists and dates apply at once
  typing = setTimeout(refresh, event.target.type === "search" ? 300 : 0);
}

// -- upload --------------------------------------------------------------------------

async function submitReport(event) {
  event.preventDefault();
  const out = $("upload-result");
  const file = $("upload-file").files[0];
  const text = $("upload-text").value;
  const token = $("upload-token").value.trim();
  if (!file && !text.trim()) { out.replaceChildren(el("p", { class: "error" }, "paste a report or choose a file")); return; }
  const headers = token ? { Authorization: `Bearer ${token}` } : {};
  let body;
  const fields = { published: $("upload-published").value, source: $("upload-source").value.trim() };
  if (file) {
    body = new FormData();
    body.append("file", file);
    for (const [k, v] of Object.entries(fields)) if (v) body.append(k, v);
  } else {
    headers["Content-Type"] = "application/json";
    const json = { text };
    for (const [k, v] of Object.entries(fields)) if (v) json[k] = v;
    body = JSON.stringify(json);
  }
  out.replaceChildren(el("p", { class: "muted" }, "reading the report…"));
  $("upload-submit").disabled = true;
  try {
    const result = await getJSON("/api/documents", { method: "POST", headers, body });
    showIngestResult(out, result);
    await Promise.all([loadInfo(), loadChoices()]);
    await refresh();
  } catch (error) {
    out.replaceChildren(el("p", { class: "error" }, error.message));
  } finally {
    $("upload-submit").disabled = Boolean(state.info && state.info.read_only);
  }
}

function showIngestResult(out, result) {
  const head = result.duplicate
    ? `This report was stored before (document ${result.document_id}); nothing changed.`
    : `Document ${result.document_id}${result.title ? ` “${result.title}”` : ""}: ` +
      `${result.new.length} new incident(s), ${result.updated.length} updated.`;
  const list = el("ul", {});
  for (const i of result.incidents) {
    const item = el("li", { "data-id": i.id },
      `${i.date || "undated"} — ${[i.city, i.country].filter(Boolean).join(", ") || "place unknown"}: ` +
      `${i.attacktypes.join(", ") || "attack type unknown"} (killed ${i.nkill ?? "?"}, wounded ${i.nwound ?? "?"})` +
      (result.updated.includes(i.id) ? " — updated" : ""));
    item.addEventListener("click", () => openIncident(i.id));
    list.append(item);
  }
  out.replaceChildren(el("p", {}, head), list);
}

// -- start ---------------------------------------------------------------------------

async function start() {
  const [topology, names] = await Promise.all([getJSON("/static/world-110m.json"), getJSON("/static/country-names.json")]);
  state.map = new WorldMap($("map"), topology, names.names, openIncident);
  $("filters").addEventListener("input", onFilterChange);
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  $("reset-filters").addEventListener("click", () => { $("filters").reset(); refresh(); });
  $("map-fit").addEventListener("click", () => {
    $("map-fit").textContent = state.map.toggleFit() ? "Whole world" : "Zoom to incidents";
  });
  document.querySelectorAll("#incident-table th").forEach((th) => th.addEventListener("click", () => {
    const key = th.dataset.key;
    state.sort = { key, desc: state.sort.key === key ? !state.sort.desc : ["nkill", "nwound"].includes(key) };
    renderTable();
  }));
  $("detail-close").addEventListener("click", closeIncident);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeIncident(); });
  $("upload").addEventListener("submit", submitReport);
  window.addEventListener("resize", drawTimeline);
  await Promise.all([loadInfo(), loadChoices()]);
  await refresh();
}

start().catch((error) => {
  $("totals").replaceChildren(el("span", { class: "error" }, `the dashboard could not start: ${error.message}`));
});
