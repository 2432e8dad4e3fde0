// World map in SVG: country outlines from the bundled TopoJSON (Natural Earth 110m),
// an equirectangular projection, one marker per incident.
import { colourOf, el, svg } from "./util.js";

const WIDTH = 960;
const NORTH = 84;   // latitudes drawn: Antarctica and the far north are left out
const SOUTH = -58;
const HEIGHT = Math.round((NORTH - SOUTH) / 360 * WIDTH);
const MIN_SPAN = 60; // "zoom to incidents" never shows less than this many pixels across

export function project(lon, lat) {
  return [(lon + 180) / 360 * WIDTH, (NORTH - lat) / 360 * WIDTH];
}

// -- TopoJSON: delta-encoded, quantised arcs shared between neighbouring countries ------

function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ring(arcs, indexes) {
  const points = [];
  indexes.forEach((index, i) => {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(i === 0 ? arc : arc.slice(1)));  // consecutive arcs share an end point
  });
  return points;
}

function polygons(geometry, arcs) {
  if (geometry.type === "Polygon") return [geometry.arcs.map((r) => ring(arcs, r))];
  if (geometry.type === "MultiPolygon") return geometry.arcs.map((p) => p.map((r) => ring(arcs, r)));
  return [];
}

// A ring that crosses the 180th meridian (Fiji, Chukotka) would be drawn as a stroke across
// the whole map: its longitudes are unwrapped into one run, and the ring is drawn a second
// time shifted by 360 degrees so the part beyond the edge shows on the other side.
function unwrapped(points) {
  let shift = 0;
  const out = points.map(([lon, lat], i) => {
    if (i > 0) {
      const step = lon - points[i - 1][0];
      if (step > 180) shift -= 360; else if (step < -180) shift += 360;
    }
    return [lon + shift, lat];
  });
  const lons = out.map(([lon]) => lon);
  const rings = [out];
  if (Math.max(...lons) > 180) rings.push(out.map(([lon, lat]) => [lon - 360, lat]));
  if (Math.min(...lons) < -180) rings.push(out.map(([lon, lat]) => [lon + 360, lat]));
  return rings;
}

function pathOf(rings) {
  return rings.flatMap(unwrapped).map((points) => "M" + points.map(([lon, lat]) => {
    const [x, y] = project(lon, lat);
    return x.toFixed(1) + "," + y.toFixed(1);
  }).join("L") + "Z").join("");
}

// Signed area and centroid of one ring in projected (pixel) space.
function ringCentre(points) {
  let area = 0, cx = 0, cy = 0;
  const xy = points.map(([lon, lat]) => project(lon, lat));
  for (let i = 0, j = xy.length - 1; i < xy.length; j = i++) {
    const cross = xy[j][0] * xy[i][1] - xy[i][0] * xy[j][1];
    area += cross; cx += (xy[j][0] + xy[i][0]) * cross; cy += (xy[j][1] + xy[i][1]) * cross;
  }
  area /= 2;
  return area ? { area: Math.abs(area), x: cx / (6 * area), y: cy / (6 * area) } : { area: 0, x: xy[0][0], y: xy[0][1] };
}

export class WorldMap {
  constructor(svgElement, topology, gtdNames, onSelect) {
    this.svg = svgElement;
    this.onSelect = onSelect;
    this.svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
    this.countries = new Map();  // GTD country name -> {paths: [], centre}
    const arcs = decodeArcs(topology);
    const land = svg("g", { class: "land" });
    for (const geometry of topology.objects.countries.geometries) {
      const atlasName = geometry.properties.name;
      const name = gtdNames[atlasName] || atlasName;
      const shapes = polygons(geometry, arcs);
      if (!shapes.length) continue;
      const path = svg("path", { class: "country", d: shapes.map(pathOf).join("") });
      path.append(svg("title", {}, atlasName));
      land.append(path);
      // the centre of the country's largest piece (mainland France, not French Guiana)
      const centre = shapes.map((p) => ringCentre(p[0])).reduce((a, b) => (b.area > a.area ? b : a));
      const entry = this.countries.get(name) || { paths: [], centre };
      entry.paths.push(path);
      if (centre.area > entry.centre.area) entry.centre = centre;
      this.countries.set(name, entry);
    }
    this.markers = svg("g", { class: "markers" });
    this.svg.append(land, this.markers);
    this.view = [0, 0, WIDTH, HEIGHT];
    this.incidents = [];
  }

  // Where an incident goes: its coordinates, else the centre of its country (drawn dashed).
  position(incident) {
    if (incident.latitude != null && incident.longitude != null) {
      return { xy: project(incident.longitude, incident.latitude), approx: false };
    }
    const country = this.countries.get(incident.country);
    return country ? { xy: [country.centre.x, country.centre.y], approx: true } : null;
  }

  render(incidents) {
    this.incidents = incidents;
    const hit = new Set(incidents.map((i) => i.country));
    for (const [name, entry] of this.countries) {
      entry.paths.forEach((p) => p.classList.toggle("hit", hit.has(name)));
    }
    this.drawMarkers();
    return incidents.filter((i) => !this.position(i)).length;  // not on the map
  }

  drawMarkers() {
    const zoom = WIDTH / this.view[2];
    this.markers.replaceChildren();
    // largest first, so small markers stay clickable on top of big ones
    const placed = this.incidents.map((incident) => ({ incident, where: this.position(incident) }))
      .filter((p) => p.where)
      .sort((a, b) => casualties(b.incident) - casualties(a.incident));
    for (const { incident, where } of placed) {
      const r = (3.5 + 2.2 * Math.sqrt(casualties(incident))) / zoom;
      const circle = svg("circle", {
        class: "marker" + (where.approx ? " approx" : ""), cx: where.xy[0].toFixed(2), cy: where.xy[1].toFixed(2),
        r: Math.min(r, 24 / zoom).toFixed(2), fill: colourOf(incident.attacktypes[0]),
        "data-id": incident.id,
      });
      const place = [incident.city, incident.country].filter(Boolean).join(", ");
      circle.append(svg("title", {}, `${incident.date || "undated"} — ${place}\n${incident.attacktypes.join(", ") || "attack type unknown"}\n` +
        `killed ${incident.nkill ?? "?"}, wounded ${incident.nwound ?? "?"}` + (where.approx ? "\n(placed at the country's centre)" : "")));
      circle.addEventListener("click", () => this.onSelect(incident.id));
      this.markers.append(circle);
    }
  }

  select(id) {
    this.markers.querySelectorAll(".marker").forEach((m) => m.classList.toggle("selected", m.dataset.id === String(id)));
  }

  // Toggle between the whole world and the box around the current incidents.
  toggleFit() {
    const whole = this.view[2] === WIDTH;
    if (!whole) { this.setView([0, 0, WIDTH, HEIGHT]); return false; }
    const points = this.incidents.map((i) => this.position(i)).filter(Boolean).map((p) => p.xy);
    if (!points.length) return false;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of points) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
    let w = Math.max(x1 - x0, MIN_SPAN) * 1.25, h = Math.max(y1 - y0, MIN_SPAN * HEIGHT / WIDTH) * 1.25;
    if (w / h > WIDTH / HEIGHT) h = w * HEIGHT / WIDTH; else w = h * WIDTH / HEIGHT;  // keep the aspect ratio
    w = Math.min(w, WIDTH); h = Math.min(h, HEIGHT);
    const x = Math.min(Math.max((x0 + x1) / 2 - w / 2, 0), WIDTH - w);
    const y = Math.min(Math.max((y0 + y1) / 2 - h / 2, 0), HEIGHT - h);
    this.setView([x, y, w, h]);
    return true;
  }

  setView(view) {
    this.view = view;
    this.svg.setAttribute("viewBox", view.map((v) => v.toFixed(1)).join(" "));
    this.drawMarkers();
  }
}

function casualties(incident) {
  return (incident.nkill || 0) + (incident.nwound || 0);
}

export function renderLegend(list, attacktypes) {
  list.replaceChildren(...attacktypes.map((label) => {
    const item = el("li", {});
    item.append(el("span", { class: "swatch", style: `background:${colourOf(label)}` }), label);
    return item;
  }));
}
