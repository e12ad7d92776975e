// The details of one figure, as the API gives them: value as published, unit, status and flag, source and
// licence, load, conversion or denominator used, roll-up coverage, comparability notes, other sources.
// Messages the server writes in English are marked as English on the French and Arabic pages.
import { t } from "./i18n.js";
import { el, formatValue, gradeLabel, isMarked, statusLabel, unitLabel } from "./format.js";
import { catalogueLanguage, inLanguage, leftToRight, messageLanguage } from "./bidi.js";
import { localProvenance } from "./provenance.js";

export function renderCellDetail(body, table, cell, row, period, lang) {
  body.replaceChildren();
  if (!row) return;
  const title = el("p", { class: "cell-title" }, row.label, " · ", leftToRight(period));
  if (!cell) {
    body.append(title, el("p", {}, t(lang, "table.empty")));
    return;
  }
  const english = (text) => inLanguage(text, messageLanguage(text), lang);
  const item = (key, ...value) => [el("dt", {}, t(lang, key)), el("dd", {}, ...value)];
  const info = table.sources.find((s) => s.id === cell.source);
  const source = localProvenance(cell.source, lang, info);
  body.append(title, el("dl", {},
    item("cell.value", el("span", { class: "exact" }, leftToRight(String(cell.value ?? "…")))),
    item("cell.unit", unitLabel(lang, cell.unit, cell.unitMult)),
    item("cell.status", leftToRight(cell.status), " — " + statusLabel(lang, cell.status)),
    cell.flags ? item("cell.flags", leftToRight(cell.flags)) : [],
    item("cell.source", source.publisher ?? leftToRight(cell.source), source.dataset ? t(lang, "comma") : "", source.dataset),
    source.licence ? item("cell.licence", source.licence) : [],
    item("cell.load", el("a", { href: "api/loads/" + cell.loadId }, "#" + cell.loadId)),
    cell.conversion ? item("cell.conversion", english(conversion(cell.conversion))) : [],
    cell.denominator ? item("cell.denominator", denominator(lang, cell.denominator)) : [],
    cell.sum ? item("cell.sum", sum(lang, cell.sum)) : [],
    cell.coverage?.text ? item("cell.coverage", english(cell.coverage.text)) : [],
    cell.comparability ? item("cell.comparability", comparability(lang, cell.comparability, info)) : [],
    cell.spread ? item("cell.spread", formatValue(lang, cell.spread.min) + " – " + formatValue(lang, cell.spread.max)
      + " (" + t(lang, "cell.spreadSources", { n: cell.spread.sources }) + ")") : [],
    cell.note ? item("cell.notes", english(cell.note)) : []));
  if (cell.alternatives?.length) {
    body.append(el("p", {}, t(lang, "cell.alternatives")), el("ul", {}, cell.alternatives.map((a) =>
      el("li", {}, localProvenance(a.source, lang).publisher ?? leftToRight(a.source), ": ",
        formatValue(lang, a.value) + " " + unitLabel(lang, a.unit, a.unitMult),
        isMarked(a.status) ? " (" + statusLabel(lang, a.status) + ")" : "",
        a.note ? [" — ", english(a.note)] : []))));
  }
}

/** A total computed from the publisher's parts: how many, which, and what a sum over citizenships stands for. */
function sum(lang, s) {
  return [t(lang, "cell.sumParts", { n: s.parts.length }), " ", leftToRight(s.parts.join(", ")),
    s.over.includes("partner") ? [t(lang, "comma"), t(lang, "cell.sumCitizenships")] : []];
}

function conversion(c) {
  return `${c.from} → ${c.to}: ${c.rate} ${c.rateUnit ?? ""} (${[c.rateSource, c.ratePeriod].filter(Boolean).join(", ")})`;
}

function denominator(lang, d) {
  return [leftToRight(d.indicator), " ", leftToRight(d.period), ": ", formatValue(lang, d.value), " ",
    unitLabel(lang, d.unit, d.unitMult), " (", leftToRight(d.source), ")"];
}

/**
 * The grade in words, then each reason: the source's caveat comes from the catalogue in the page's language
 * (its text equals the table's caveat for the source); the server's other reasons are in English.
 */
function comparability(lang, c, info) {
  const reasons = (c.notes ?? []).map((note) => inLanguage(note,
    note === info?.concordance?.caveat ? catalogueLanguage(note, lang) : messageLanguage(note), lang));
  return [gradeLabel(lang, c.grade), ...reasons.flatMap((reason) => [" — ", reason])];
}
