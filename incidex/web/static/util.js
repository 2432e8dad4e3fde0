// Small DOM helpers and the attack-type colours shared by the map, timeline and table.

// The GTD's nine attack types, each with a fixed colour so every view agrees.
const ATTACK_COLOURS = {
  "Assassination": "#6a3d9a",
  "Armed Assault": "#d7301f",
  "Bombing/Explosion": "#ff7f00",
  "Hijacking": "#1f78b4",
  "Hostage Taking (Barricade Incident)": "#33a02c",
  "Hostage Taking (Kidnapping)": "#b2df8a",
  "Facility/Infrastructure Attack": "#a6761d",
  "Unarmed Assault": "#e7298a",
  "Unknown": "#999999",
};
const SPARE = ["#17becf", "#bcbd22", "#8c564b", "#7f7f7f"];
const spare = new Map();

export function colourOf(label) {
  if (!label || label === "(none)") return ATTACK_COLOURS.Unknown;
  if (ATTACK_COLOURS[label]) return ATTACK_COLOURS[label];
  if (!spare.has(label)) spare.set(label, SPARE[spare.size % SPARE.length]);
  return spare.get(label);
}

export function attackTypeOrder(a, b) {
  const keys = Object.keys(ATTACK_COLOURS);
  const ia = keys.indexOf(a), ib = keys.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || String(a).localeCompare(String(b));
}

// el("td", {class: "num"}, "text", child, ...): text is always set as text, never parsed as HTML
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== undefined && c !== null).map((c) => (c instanceof Node ? c : String(c))));
  return node;
}

export function svg(tag, attrs = {}, text) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export async function getJSON(url, options = {}) {
  const response = await fetch(url, options);
  let body = null;
  try { body = await response.json(); } catch { body = null; }
  if (!response.ok) {
    const message = (body && body.error) || `${response.status} ${response.statusText}`;
    throw Object.assign(new Error(message), { status: response.status });
  }
  return body;
}
