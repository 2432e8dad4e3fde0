// Incidents per month, stacked by attack type, in SVG.
import { attackTypeOrder, colourOf, svg } from "./util.js";

const HEIGHT = 190, LEFT = 34, RIGHT = 8, TOP = 10, BOTTOM = 26;
const MAX_MONTHS = 96;  // a longer span is drawn per year: monthly bars would be slivers

function monthsBetween(first, last) {
  const months = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
  return months;
}

function niceStep(max) {
  for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]) {
    if (max / step <= 5) return step;
  }
  return Math.ceil(max / 5);
}

function yearsBetween(first, last) {
  const years = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) years.push(String(y));
  return years;
}

// rows: [{month: "YYYY-MM", attacktype, count}]; onPeriod("YYYY-MM" or "YYYY") is called on a
// click. Returns "month" or "year": the unit of the bars.
export function renderTimeline(svgElement, rows, onPeriod) {
  const width = Math.max(svgElement.clientWidth || 900, 300);
  svgElement.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
  svgElement.replaceChildren();
  const dated = rows.filter((r) => /^\d{4}-\d{2}$/.test(r.month));
  if (!dated.length) {
    svgElement.append(svg("text", { x: width / 2, y: HEIGHT / 2, "text-anchor": "middle" }, "no dated incidents"));
    return "month";
  }
  const sorted = dated.map((r) => r.month).sort();
  let months = monthsBetween(sorted[0], sorted[sorted.length - 1]);
  const unit = months.length > MAX_MONTHS ? "year" : "month";
  if (unit === "year") months = yearsBetween(sorted[0], sorted[sorted.length - 1]);
  const stacks = new Map(months.map((m) => [m, []]));
  for (const r of dated) {
    const stack = stacks.get(unit === "year" ? r.month.slice(0, 4) : r.month);
    const same = stack.find((s) => s.attacktype === r.attacktype);
    if (same) same.count += r.count; else stack.push({ ...r });
  }
  const max = Math.max(...[...stacks.values()].map((s) => s.reduce((n, r) => n + r.count, 0)));
  const plotW = width - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
  const slot = plotW / months.length, barW = Math.max(Math.min(slot * 0.8, 40), 1);
  const step = niceStep(max), top = Math.ceil(max / step) * step;
  const y = (v) => TOP + plotH - (v / top) * plotH;

  for (let v = 0; v <= top; v += step) {
    svgElement.append(svg("line", { class: "axis", x1: LEFT, x2: width - RIGHT, y1: y(v), y2: y(v) }));
    svgElement.append(svg("text", { x: LEFT - 5, y: y(v) + 3, "text-anchor": "end" }, String(v)));
  }
  const labelEvery = Math.ceil(months.length / Math.max(Math.floor(plotW / 52), 1));
  months.forEach((month, i) => {
    const x = LEFT + i * slot + (slot - barW) / 2;
    let base = 0;
    const group = svg("g", { class: "bar", "data-month": month });
    for (const r of stacks.get(month).sort((a, b) => attackTypeOrder(a.attacktype, b.attacktype))) {
      const rect = svg("rect", { x: x.toFixed(1), y: y(base + r.count).toFixed(1), width: barW.toFixed(1),
        height: (y(base) - y(base + r.count)).toFixed(1), fill: colourOf(r.attacktype) });
      rect.append(svg("title", {}, `${month}: ${r.count} × ${r.attacktype}`));
      group.append(rect);
      base += r.count;
    }
    // an invisible full-height target makes empty and thin months clickable too
    const target = svg("rect", { x: (LEFT + i * slot).toFixed(1), y: TOP, width: slot.toFixed(1), height: plotH, fill: "transparent" });
    target.append(svg("title", {}, `${month}: ${base} (click to show this ${unit})`));
    group.append(target);
    group.addEventListener("click", () => onPeriod(month));
    svgElement.append(group);
    if (i % labelEvery === 0) {
      svgElement.append(svg("text", { x: (LEFT + i * slot + slot / 2).toFixed(1), y: HEIGHT - 8, "text-anchor": "middle" }, month));
    }
  });
  return unit;
}
