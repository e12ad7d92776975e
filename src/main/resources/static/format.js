// How figures read on screen. The figure itself is never changed: the exact value as published stays
// in the cell's data-value attribute and in the downloads; here it is only grouped and rounded for reading.
import { locale, t } from "./i18n.js";
import { codeName, codeOfEnglishName } from "./codes.js";

/** A figure rounded for reading: whole numbers for large values, two decimals for small ones. */
export function formatValue(lang, value) {
  if (value === null || value === undefined) return "";
  const number = Number(value);
  const digits = Math.abs(number) >= 100 ? 0 : 2;
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(number);
}

/**
 * The power of ten figures are shown in, so that a table of billions stays readable: thousands or
 * millions of the unit, said in the caption. The exact figure stays in the cell and the downloads.
 */
export function displayPower(values) {
  const largest = Math.max(0, ...values.map((v) => Math.abs(Number(v))));
  if (largest >= 1e8) return 6;
  if (largest >= 1e7) return 3;
  return 0;
}

/** A figure in the table's display power: "2,673.4" for 2,673,407,399 shown in millions. */
export function formatScaled(lang, value, power) {
  if (!power) return formatValue(lang, value);
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 })
    .format(Number(value) / 10 ** power);
}

/** Short form for chart axes (1.2 bn, 35 k). */
export function formatCompact(lang, value) {
  return new Intl.NumberFormat(locale(lang), { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

const PER_INHABITANTS = /^(.+)_PER_(\d+)_INHAB$/;

/** The unit as words: "US dollars", "persons, thousands", "US dollars per 1,000 inhabitants". */
export function unitLabel(lang, unit, unitMult) {
  if (!unit) return "";
  const per = PER_INHABITANTS.exec(unit);
  let label = per
    ? t(lang, "unit.perInhabitants", { unit: unitLabel(lang, per[1], 0), n: formatValue(lang, per[2]) })
    : codeName("units", unit, lang) ?? unit;
  if (unitMult) label += t(lang, "comma") + (codeName("multipliers", String(unitMult), lang) ?? "×10^" + unitMult);
  return label;
}

/** Only statuses other than "normal" deserve a mark on the cell. */
export function isMarked(status) {
  return status && status !== "A";
}

/** An observation status (SDMX CL_OBS_STATUS) in words. */
export function statusLabel(lang, status) {
  return codeName("statuses", status, lang) ?? status;
}

/** A comparability grade, which the API names in English, in the page's language. */
export function gradeLabel(lang, englishName) {
  return codeName("grades", codeOfEnglishName("grades", englishName), lang) ?? englishName;
}

export function formatDate(lang, iso) {
  if (!iso) return "";
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** How long ago, in words ("3 days ago"). */
export function formatAge(lang, iso) {
  if (!iso) return "";
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const steps = [["year", 31536000], ["month", 2592000], ["day", 86400], ["hour", 3600], ["minute", 60]];
  const format = new Intl.RelativeTimeFormat(locale(lang), { numeric: "auto" });
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds), "second");
}

/** Creates an element with attributes and children (strings become text, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") element.className = value;
    else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}
