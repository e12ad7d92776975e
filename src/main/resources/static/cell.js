// The details of one figure, as the API gives them: value as published, unit, status and flag, source and
// licence, load, conversion or denominator used, roll-up coverage, comparability notes, other sources.
import { t } from "./i18n.js";
import { el, formatValue, isMarked, statusLabel, unitLabel } from "./format.js";

export function renderCellDetail(body, table, cell, row, period, lang) {
  body.replaceChildren();
  if (!row) return;
  const title = el("p", { class: "cell-title" }, row.label + " · " + period);
  if (!cell) {
    body.append(title, el("p", {}, t(lang, "table.empty")));
    return;
  }
  const source = table.sources.find((s) => s.id === cell.source);
  const item = (key, ...value) => [el("dt", {}, t(lang, key)), el("dd", {}, ...value)];
  body.append(title, el("dl", {},
    item("cell.value", el("span", { class: "exact" }, cell.value ?? "…")),
    item("cell.unit", unitLabel(lang, cell.unit, cell.unitMult)),
    item("cell.status", cell.status + " — " + statusLabel(lang, cell.status)),
    cell.flags ? item("cell.flags", cell.flags) : [],
    item("cell.source", source ? [source.publisher, source.dataset].filter(Boolean).join(", ") : cell.source),
    source?.licence ? item("cell.licence", source.licence) : [],
    item("cell.load", el("a", { href: "api/loads/" + cell.loadId }, "#" + cell.loadId)),
    cell.conversion ? item("cell.conversion", conversion(cell.conversion)) : [],
    cell.denominator ? item("cell.denominator", denominator(lang, cell.denominator)) : [],
    cell.coverage?.text ? item("cell.coverage", cell.coverage.text) : [],
    cell.comparability ? item("cell.comparability", comparability(cell.comparability)) : [],
    cell.spread ? item("cell.spread", formatValue(lang, cell.spread.min) + " – " + formatValue(lang, cell.spread.max)
      + " (" + cell.spread.sources + ")") : [],
    cell.note ? item("cell.notes", cell.note) : []));
  if (cell.alternatives?.length) {
    body.append(el("p", {}, t(lang, "cell.alternatives")), el("ul", {}, cell.alternatives.map((a) =>
      el("li", {}, a.source + ": " + formatValue(lang, a.value) + " " + unitLabel(lang, a.unit, a.unitMult)
        + (isMarked(a.status) ? " (" + statusLabel(lang, a.status) + ")" : "") + (a.note ? " — " + a.note : "")))));
  }
}

function conversion(c) {
  return `${c.from} → ${c.to}: ${c.rate} ${c.rateUnit ?? ""} (${[c.rateSource, c.ratePeriod].filter(Boolean).join(", ")})`;
}

function denominator(lang, d) {
  return `${d.indicator} ${d.period}: ${formatValue(lang, d.value)} ${unitLabel(lang, d.unit, d.unitMult)} (${d.source})`;
}

function comparability(c) {
  return [c.grade, ...(c.notes ?? [])].filter(Boolean).join(" — ");
}
