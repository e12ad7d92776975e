// The comparable table: countries grouped by shore, one column per period, each cell with its flag,
// source and unit; per shore the API's sum when it gives one, and the coverage (countries with a figure).
import { t } from "./i18n.js";
import { displayPower, el, formatScaled, formatValue, isMarked, statusLabel, unitLabel } from "./format.js";

const key = (cell) => cell.unit + "|" + cell.unitMult;

/** The unit most cells are in: the caption states it, and cells in another unit say theirs. */
export function dominant(table) {
  const counts = new Map();
  for (const cell of allCells(table)) counts.set(key(cell), (counts.get(key(cell)) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return { unit: table.indicator.unit, unitMult: 0, power: 0, same: () => false };
  const [unit, mult] = best[0].split("|");
  const values = allCells(table).filter((c) => key(c) === best[0]).map((c) => c.value);
  // When the API has already scaled the figures (scale=), they are shown as given.
  const power = table.display?.scale != null ? 0 : displayPower(values);
  // A figure in the same unit at another power of ten (millions beside units) is the same unit, shifted.
  return { unit, unitMult: Number(mult), power, same: (cell) => !!cell && cell.value != null && cell.unit === unit };
}

function allCells(table) {
  return table.groups.flatMap((group) => group.rows.flatMap((row) =>
    Object.values(row.cells).filter((c) => c && c.value !== null && c.value !== undefined)));
}

/** Renders the table into wrap; onSelect(cell, row, period) is called when a cell gets the focus. */
export function renderTable(wrap, table, lang, onSelect) {
  wrap.replaceChildren();
  if (!table.periods.length) {
    wrap.append(el("p", { class: "empty" }, t(lang, "table.empty")));
    return;
  }
  const shown = dominant(table);
  const element = el("table", { class: "compare", id: "compare-table", "data-display-power": shown.power },
    el("caption", {}, table.indicator.label,
      el("span", { class: "unit" }, " — " + unitLabel(lang, shown.unit, shown.unitMult + shown.power))),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, t(lang, "table.country")),
      table.periods.map((period) => periodHeader(table, period, lang)))));
  for (const group of table.groups) element.append(groupBody(table, group, lang, shown));
  if (table.total?.subtotal) {
    // The 5+5 total gets its coverage line too: a sum over part of the ten is never shown bare.
    const everyRow = table.groups.flatMap((group) => group.rows);
    element.append(el("tfoot", {}, sumRow(table, t(lang, "table.total", { area: table.total.label }),
      table.total.subtotal, lang, shown, "total"),
    coverageRow(table, { code: table.total.code, subtotal: table.total.subtotal, rows: everyRow }, lang)));
  }
  wrap.append(element);
  roveFocus(element, table, onSelect);
}

/** A period's heading; a year that some country covers only in part says so, so it is not read as a year. */
function periodHeader(table, period, lang) {
  const partial = table.groups.some((group) => group.rows.some((row) => row.cells[period]?.partial));
  return partial ? el("th", { scope: "col", class: "part-year", "data-period": period }, period,
    el("small", {}, t(lang, "table.partYear")))
    : el("th", { scope: "col", "data-period": period }, period);
}

function groupBody(table, group, lang, shown) {
  const body = el("tbody", { "data-group": group.code },
    el("tr", { class: "group" }, el("th", { scope: "rowgroup", colspan: table.periods.length + 1 }, group.label)));
  for (const row of group.rows) {
    body.append(el("tr", { "data-area": row.area },
      el("th", { scope: "row" }, row.label),
      table.periods.map((period) => valueCell(row, period, row.cells[period], lang, shown))));
  }
  if (group.subtotal) {
    body.append(renderApiSubtotals(table, group, lang, shown));
  }
  body.append(coverageRow(table, group, lang));
  return body;
}

/** A figure in the table's unit reads as a plain number; one in another unit carries its own. */
function figureText(lang, figure, shown) {
  if (figure.unit === shown.unit) {
    return [formatScaled(lang, Number(figure.value) * 10 ** ((figure.unitMult ?? 0) - shown.unitMult), shown.power)];
  }
  return [formatValue(lang, figure.value), el("span", { class: "cell-unit" }, " " + unitLabel(lang, figure.unit, figure.unitMult))];
}

function valueCell(row, period, cell, lang, shown) {
  const base = { "data-area": row.area, "data-period": period, tabindex: "-1" };
  if (!cell) return el("td", { ...base, class: "missing" }, "");
  if (cell.value === null || cell.value === undefined) {
    return el("td", { ...base, class: "na", title: cell.note ?? "" }, "…");
  }
  const marks = [];
  if (isMarked(cell.status)) {
    marks.push(el("abbr", { class: "flag", title: statusLabel(lang, cell.status) }, cell.status.toLowerCase()));
  }
  const grade = cell.comparability?.grade;
  if (grade && grade !== "comparable") marks.push(el("span", { class: "caveat", "aria-hidden": "true" }, "≈"));
  if (cell.alternatives?.length) marks.push(el("span", { class: "alt", "aria-hidden": "true" }, "+"));
  if (cell.note || cell.partial) marks.push(el("span", { class: "note-mark", "aria-hidden": "true" }, "†"));
  // A total the publisher does not give, added up from its parts, never reads as a published figure.
  if (cell.sum) marks.push(el("span", { class: "sum-mark", "aria-hidden": "true" }, "Σ"));
  return el("td", {
    ...base, "data-value": cell.value, "data-status": cell.status, "data-source": cell.source,
    "data-sum": cell.sum ? cell.sum.parts.length : null,
    title: [cell.source, unitLabel(lang, cell.unit, cell.unitMult), statusLabel(lang, cell.status), cell.note,
      cell.sum ? t(lang, "legend.sum") : null].filter(Boolean).join(" · "),
  }, el("span", { class: "v" }, figureText(lang, cell, shown)), marks);
}

/** HOOK for the shore sums the API computes: shown as the API gives them, never summed here. */
export function renderApiSubtotals(table, group, lang, shown) {
  return sumRow(table, t(lang, "table.subtotal", { shore: group.label }), group.subtotal, lang, shown, "subtotal");
}

function sumRow(table, label, sums, lang, shown, kind) {
  return el("tr", { class: kind }, el("th", { scope: "row" }, label), table.periods.map((period) => {
    const sum = sums[period];
    const coverage = sum?.of ? coverageText(table, lang, sum, sum.have, sum.of) : "";
    if (!sum || sum.value === null || sum.value === undefined) {
      return el("td", { "data-period": period, title: [coverage, sum?.note].filter(Boolean).join(" — ") },
        sum ? "…" : "");
    }
    // A sum over part of the group is marked in the cell itself: read alone, it would pass for the whole.
    const short = Boolean(sum.of) && sum.have < sum.of;
    const mark = short ? `(${t(lang, "table.coverageCell", { n: sum.have, total: sum.of })})` : null;
    return el("td", { "data-period": period, "data-value": sum.value, title: coverage, class: short && "partial-sum" },
      figureText(lang, sum, shown), mark && el("span", { class: "partial-mark" }, mark));
  }));
}

/** "4 of 5 countries with a figure; missing: Libya", in the page's language, from the API's counts and codes. */
function coverageText(table, lang, sum, n, total) {
  const name = (code) => table.groups.flatMap((g) => g.rows).find((row) => row.area === code)?.label ?? code;
  const names = (codes) => codes.map(name).join(", ");
  return [t(lang, "table.coverageTitle", { n, total }),
    sum?.missing?.length ? t(lang, "table.missing", { names: names(sum.missing) }) : null,
    sum?.partial?.length ? t(lang, "table.partial", { names: names(sum.partial) }) : null].filter(Boolean).join("; ");
}

/** Countries of the shore with a figure per period: the API's count when it gives one, else the cells'. */
function coverageRow(table, group, lang) {
  return el("tr", { class: "coverage", "data-group": group.code },
    el("th", { scope: "row" }, t(lang, "table.coverage")),
    table.periods.map((period) => {
      const sum = group.subtotal?.[period];
      const n = sum?.have ?? group.rows.filter((row) => row.cells[period]?.value != null).length;
      const total = sum?.of ?? group.rows.length;
      return el("td", { "data-period": period, "data-coverage": n, title: coverageText(table, lang, sum, n, total) },
      t(lang, "table.coverageCell", { n, total }));
    }));
}

/** One tab stop for the whole grid; arrow keys move between cells (mirrored in right-to-left). */
function roveFocus(element, table, onSelect) {
  const rows = [...element.querySelectorAll("tbody tr[data-area]")];
  const grid = rows.map((tr) => [...tr.querySelectorAll("td")]);
  if (!grid.length) return;
  let at = [0, 0];
  const focus = (r, c, move) => {
    grid[at[0]][at[1]].tabIndex = -1;
    at = [r, c];
    grid[r][c].tabIndex = 0;
    if (move) grid[r][c].focus();
  };
  focus(0, grid[0].length - 1, false);
  element.addEventListener("focusin", (event) => {
    const td = event.target.closest("td[data-area]");
    if (!td) return;
    const r = rows.indexOf(td.parentElement);
    focus(r, grid[r].indexOf(td), false);
    const row = table.groups.flatMap((g) => g.rows).find((candidate) => candidate.area === td.dataset.area);
    onSelect(row?.cells[td.dataset.period] ?? null, row, td.dataset.period);
  });
  element.addEventListener("click", (event) => event.target.closest("td[data-area]")?.focus());
  element.addEventListener("keydown", (event) => {
    const rtl = document.documentElement.dir === "rtl";
    const [r, c] = at;
    const moves = {
      ArrowUp: [r - 1, c], ArrowDown: [r + 1, c], Home: [r, 0], End: [r, grid[r].length - 1],
      ArrowLeft: [r, rtl ? c + 1 : c - 1], ArrowRight: [r, rtl ? c - 1 : c + 1],
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    const nr = Math.max(0, Math.min(grid.length - 1, next[0]));
    focus(nr, Math.max(0, Math.min(grid[nr].length - 1, next[1])), true);
  });
}
