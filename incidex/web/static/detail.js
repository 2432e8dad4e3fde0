// One incident: every coded field, perpetrators, the claim, and the evidence sentences
// highlighted in the text of each source document.
import { el } from "./util.js";

const GROUPS = [
  ["When", ["date", "date_precision", "approxdate"]],
  ["Where", ["place.city", "place.provstate", "place.country", "place.region", "place.latitude", "place.longitude", "place.specificity", "place.geonameid"]],
  ["What", ["attacktypes", "weaptypes", "weapsubtypes", "weapdetail", "targtypes", "targsubtypes", "target1", "natlty1", "summary"]],
  ["Outcome", ["success", "suicide", "multiple", "nkill", "nkillter", "nwound", "nwoundte", "ishostkid", "nhostkid"]],
  ["Who", ["gname", "gname2", "inspired", "nperps", "motive", "demands"]],
  ["Claim of responsibility", ["claimed", "claimmode", "claim_channel"]],
];
const SHOWN_ELSEWHERE = new Set(["place", "perpetrators", "evidence", "mentions"]);
const FLAGS = new Set(["success", "suicide", "multiple", "ishostkid", "claimed"]);

function valueOf(record, path) {
  return path.split(".").reduce((v, key) => (v == null ? v : v[key]), record);
}

function show(name, value) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join("; ") : "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (FLAGS.has(name) && (value === 0 || value === 1)) return value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function fieldList(record, names) {
  const list = el("dl", {});
  for (const path of names) {
    const name = path.split(".").pop();
    list.append(el("dt", {}, name), el("dd", { "data-field": name }, show(name, valueOf(record, path))));
  }
  return list;
}

const squash = (s) => s.replace(/\s+/g, " ").trim();

// Evidence offsets refer to the stored text; when they do not match (text re-read), the
// sentence is looked up instead, so a highlight is never put on the wrong words.
function locate(text, evidence) {
  if (squash(text.slice(evidence.start, evidence.end)) === squash(evidence.sentence)) return [evidence.start, evidence.end];
  const at = text.indexOf(evidence.sentence);
  return at >= 0 ? [at, at + evidence.sentence.length] : null;
}

function highlighted(text, evidence) {
  const ranges = evidence.map((e) => ({ e, at: locate(text, e) })).filter((r) => r.at);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => r.at)])].sort((a, b) => a - b);
  const box = el("div", { class: "doc-text" });
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const fields = ranges.filter((r) => r.at[0] <= from && to <= r.at[1]).map((r) => r.e.field);
    const piece = text.slice(from, to);
    if (fields.length) {
      const unique = [...new Set(fields)];
      box.append(el("mark", { "data-fields": unique.join(" "), "data-start": from, title: "evidence for: " + unique.join(", ") }, piece));
    } else {
      box.append(piece);
    }
  }
  return box;
}

function documentView(doc, evidence) {
  const wrap = el("div", { class: "doc", "data-document": doc.id });
  const meta = [doc.source, doc.published && `published ${doc.published}`, doc.url].filter(Boolean).join(" · ");
  wrap.append(el("p", { class: "muted" }, doc.title ? `${doc.title} — ${meta}` : meta));
  wrap.append(highlighted(doc.text, evidence.filter((e) => e.document_id === doc.id)));
  return wrap;
}

function claimText(r) {
  if (r.claimed === 1) {
    const how = [r.claim_channel && `via ${r.claim_channel}`, r.claimmode && `(${r.claimmode})`].filter(Boolean).join(" ");
    return `Claimed${how ? " " + how : ""}.`;
  }
  if (r.claimed === 0) return "Not claimed.";
  return "Not known whether anyone claimed the attack.";
}

function perpetratorList(perpetrators) {
  if (!perpetrators.length) return el("p", { class: "muted" }, "no individual named");
  const list = el("ul", {});
  for (const p of perpetrators) {
    const facts = [p.age != null && `age ${p.age}`, p.nationality, p.record].filter(Boolean).join(", ");
    list.append(el("li", {}, el("b", {}, p.name || "unnamed"), facts ? ` — ${facts}` : ""));
  }
  return list;
}

export function renderDetail(container, incident) {
  const r = incident.record;
  const place = [r.place.city, r.place.provstate, r.place.country].filter(Boolean).join(", ");
  const fields = el("div", { class: "detail-fields" });
  const story = el("div", { class: "detail-story" });
  container.replaceChildren(
    el("h2", {}, `${r.date || "undated"} — ${place || "place unknown"}`),
    el("p", { class: "sub muted" }, `incident ${incident.id} · eventid ${incident.eventid} · ${incident.sources.length} source(s)`),
    el("div", { class: "detail-grid" }, fields, story),
  );

  // left: every coded field; right: what an analyst checks first, then the evidence in context
  fields.append(el("h3", {}, "Coded fields"));
  for (const [title, names] of GROUPS) {
    fields.append(el("h4", {}, title), fieldList(r, names));
  }
  const known = new Set(GROUPS.flatMap(([, names]) => names).map((n) => n.split(".")[0]));
  const others = Object.keys(r).filter((k) => !known.has(k) && !SHOWN_ELSEWHERE.has(k));
  if (others.length) fields.append(el("h4", {}, "Other"), fieldList(r, others));
  const mentions = Object.entries(r.mentions || {}).filter(([, v]) => v && v.length);
  if (mentions.length) {
    fields.append(el("h4", {}, "Mentions in the text"),
      fieldList(Object.fromEntries(mentions), mentions.map(([k]) => k)));
  }

  if (r.summary) story.append(el("p", { class: "summary" }, r.summary));
  story.append(el("h3", {}, "Perpetrators"), el("p", {}, r.gname ? `Group: ${r.gname}${r.inspired ? " (inspired, not directed)" : ""}` : "Group: unknown"),
    perpetratorList(r.perpetrators || []));
  story.append(el("h3", {}, "Claim of responsibility"), el("p", { class: "claim" }, claimText(r)));
  story.append(el("h3", {}, "Evidence"));
  const list = el("ul", { class: "evidence-list" });
  story.append(list);
  story.append(el("h3", {}, "Source documents"));
  const tabs = el("div", { class: "doc-tabs" });
  const pane = el("div", {});
  const buttons = new Map();
  const open = (doc) => {
    tabs.querySelectorAll("button").forEach((b) => b.classList.toggle("active", b === buttons.get(doc.id)));
    pane.replaceChildren(documentView(doc, incident.evidence));
    pane.dataset.document = doc.id;
  };
  for (const doc of incident.documents) {
    const button = el("button", { type: "button" }, doc.title || doc.source);
    button.addEventListener("click", () => open(doc));
    buttons.set(doc.id, button);
    tabs.append(button);
  }
  if (incident.documents.length > 1) story.append(tabs);
  story.append(pane);
  if (incident.documents.length) open(incident.documents[0]);

  if (!incident.evidence.length) list.append(el("li", { class: "muted" }, "no evidence sentences recorded"));
  // one line per sentence, tagged with every field it supports
  const bySentence = new Map();
  for (const e of incident.evidence) {
    const key = `${e.document_id}:${e.start}:${e.end}`;
    if (!bySentence.has(key)) bySentence.set(key, { ...e, fields: [] });
    if (!bySentence.get(key).fields.includes(e.field)) bySentence.get(key).fields.push(e.field);
  }
  for (const e of bySentence.values()) {
    const item = el("li", { "data-fields": e.fields.join(" ") },
      ...e.fields.map((f) => el("span", { class: "field-tag" }, f)), e.sentence);
    item.addEventListener("click", () => {
      const doc = incident.documents.find((d) => d.id === e.document_id);
      if (doc && pane.dataset.document !== String(doc.id)) open(doc);
      flash(pane, e.fields[0]);
    });
    list.append(item);
  }
  requestAnimationFrame(() => scrollToFirstMark(pane));
}

// Show the first highlighted sentence of the source text without scrolling the panel.
function scrollToFirstMark(pane) {
  const box = pane.querySelector(".doc-text");
  const mark = box && box.querySelector("mark");
  if (!mark) return;
  box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - 40;
}

// Scroll the source text to the highlighted sentence of `field` and make it blink.
function flash(pane, field) {
  const mark = [...pane.querySelectorAll(".doc-text mark")].find((m) => m.dataset.fields.split(" ").includes(field));
  if (!mark) return;
  mark.scrollIntoView({ block: "center", behavior: "smooth" });
  mark.classList.add("flash");
  setTimeout(() => mark.classList.remove("flash"), 1200);
}
