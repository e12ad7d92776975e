// The chart as inline SVG, drawn here so the page needs no library and works offline: one line per
// country over time (north shore solid, south shore dashed), or one bar per country for one year.
import { t } from "./i18n.js";
import { el, formatCompact, formatValue, unitLabel } from "./format.js";
import { dominant } from "./table.js";

const SVG = "http://www.w3.org/2000/svg";
const COLOURS = ["#0b5394", "#b45309", "#047857", "#a21caf", "#b91c1c",
  "#1d4ed8", "#4d7c0f", "#9d174d", "#0f766e", "#57534e"];
const WIDTH = 760, HEIGHT = 340, LEFT = 84, RIGHT = 16, TOP = 16, BOTTOM = 40;

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Every country row with its shore and colour. */
function series(table) {
  const list = [];
  for (const group of table.groups) {
    for (const row of group.rows) {
      list.push({ row, dashed: group.code === "5P5_S", colour: COLOURS[list.length % COLOURS.length] });
    }
  }
  return list;
}

// Only figures in the table's main unit are drawn (a figure in dirhams cannot share an axis with dollars);
// the table shows the others with their own unit. Plot positions only: the table keeps figures as given.
// A part-year is never drawn beside whole years: its bar or point would read as a fall.
let same = () => true;
const plotted = (cell) => (same(cell) && !cell.partial ? Number(cell.value) * 10 ** (cell.unitMult || 0) : null);

/** The year the bars show unless one is chosen: the latest with a whole-year figure to draw. */
export function defaultYear(table) {
  same = dominant(table).same;
  const rows = table.groups.flatMap((group) => group.rows);
  const drawable = table.periods.filter((period) => rows.some((row) => plotted(row.cells[period]) !== null));
  return drawable[drawable.length - 1] ?? table.periods[table.periods.length - 1];
}

/** Round steps (1, 2, 5 × 10^n) covering [min, max], always including zero. */
function ticks(min, max) {
  const low = Math.min(0, min), high = Math.max(0, max, low + 1);
  const raw = (high - low) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  const values = [];
  for (let v = Math.floor(low / step) * step; values.length < 20; v += step) {
    values.push(v);
    if (v >= high) break;
  }
  return values;
}

function frame(values, lang, label) {
  const scale = ticks(Math.min(...values), Math.max(...values));
  const low = scale[0], high = scale[scale.length - 1];
  const y = (v) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - low) / (high - low || 1));
  const root = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": label, class: "plot" },
    svg("title", {}, label));
  for (const v of scale) {
    root.append(svg("line", { x1: LEFT, x2: WIDTH - RIGHT, y1: y(v), y2: y(v), class: v === 0 ? "zero" : "grid" }),
      svg("text", { x: LEFT - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, formatCompact(lang, v)));
  }
  return { root, y };
}

export function renderChart(container, table, lang, mode, year) {
  container.replaceChildren();
  same = dominant(table).same;
  const all = series(table);
  if (!table.periods.length) return;
  const summary = t(lang, "chart.summary", { indicator: table.indicator.label, n: all.length,
    from: table.periods[0], to: table.periods[table.periods.length - 1] });
  const drawn = mode === "bar" ? bars(all, table, lang, year, summary) : lines(all, table, lang, summary);
  if (!drawn) return;
  // The axis counts in units (millions are multiplied out), so its unit is named without a multiplier.
  const unit = el("p", { class: "chart-unit", id: "chart-unit" }, t(lang, "chart.unit",
    { unit: unitLabel(lang, dominant(table).unit, 0) }));
  container.append(unit, el("div", { class: "plot-wrap", dir: "ltr" }, drawn), legend(all, lang, mode));
}

function lines(all, table, lang, label) {
  const values = all.flatMap((s) => table.periods.map((p) => plotted(s.row.cells[p]))).filter((v) => v !== null);
  if (!values.length) return null;
  const { root, y } = frame(values, lang, label);
  const step = (WIDTH - LEFT - RIGHT) / Math.max(1, table.periods.length - 1);
  const x = (i) => LEFT + (table.periods.length === 1 ? (WIDTH - LEFT - RIGHT) / 2 : i * step);
  const every = Math.ceil(table.periods.length / 12);
  table.periods.forEach((period, i) => {
    if (i % every === 0 || i === table.periods.length - 1) {
      root.append(svg("text", { x: x(i), y: HEIGHT - BOTTOM + 18, "text-anchor": "middle", class: "tick" }, period));
    }
  });
  for (const s of all) {
    let path = "", pen = "M";
    table.periods.forEach((period, i) => {
      const v = plotted(s.row.cells[period]);
      if (v === null) { pen = "M"; return; }
      path += `${pen}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
      pen = "L";
      root.append(svg("circle", { cx: x(i), cy: y(v), r: 2.5, fill: s.colour },
        svg("title", {}, `${s.row.label} ${period}: ${formatValue(lang, s.row.cells[period].value)}`)));
    });
    if (path) {
      root.append(svg("path", { d: path, fill: "none", stroke: s.colour, "stroke-width": 2,
        "stroke-dasharray": s.dashed ? "6 4" : "none", "data-area": s.row.area }));
    }
  }
  return root;
}

function bars(all, table, lang, year, label) {
  const values = all.map((s) => plotted(s.row.cells[year])).filter((v) => v !== null);
  if (!values.length) return null;
  const { root, y } = frame(values, lang, label + " (" + year + ")");
  const slot = (WIDTH - LEFT - RIGHT) / all.length;
  all.forEach((s, i) => {
    const v = plotted(s.row.cells[year]);
    const x = LEFT + i * slot + slot * 0.15;
    root.append(svg("text", { x: x + slot * 0.35, y: HEIGHT - BOTTOM + 18, "text-anchor": "middle", class: "tick" },
      s.row.area));
    if (v === null) return;
    const top = Math.min(y(v), y(0)), height = Math.abs(y(v) - y(0));
    root.append(svg("rect", { x, y: top, width: slot * 0.7, height: Math.max(height, 1), fill: s.colour,
      "fill-opacity": s.dashed ? 0.75 : 1, stroke: s.colour, "data-area": s.row.area },
      svg("title", {}, `${s.row.label} ${year}: ${formatValue(lang, s.row.cells[year].value)}`)));
  });
  return root;
}

function legend(all, lang, mode) {
  const list = el("ul", { class: "legend" });
  for (const s of all) {
    const sample = svg("svg", { width: 28, height: 10, "aria-hidden": "true" }, mode === "bar"
      ? svg("rect", { x: 4, y: 0, width: 20, height: 10, fill: s.colour })
      : svg("line", { x1: 0, x2: 28, y1: 5, y2: 5, stroke: s.colour, "stroke-width": 3,
        "stroke-dasharray": s.dashed ? "6 4" : "none" }));
    list.append(el("li", {}, sample, " " + s.row.label));
  }
  const note = mode === "bar" ? null : el("p", { class: "hint" }, t(lang, "chart.north") + " · " + t(lang, "chart.south"));
  return el("div", {}, list, note);
}
