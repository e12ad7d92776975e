// Definition and comparability of the indicator shown: the catalogue's definition in the page's language
// (else the English one, marked as English), the SDG target, the comparability notes, the sources with
// their licences in the page's language, and the key to the marks in the table.
import { t } from "./i18n.js";
import { el, statusLabel } from "./format.js";
import { catalogueLanguage, inLanguage, leftToRight } from "./bidi.js";
import { localProvenance } from "./provenance.js";

/** The indicator's definition: the catalogue's in the page's language, else the English, marked as such. */
function definition(indicator, info, lang) {
  const own = indicator?.definitions?.[lang];
  if (own) return inLanguage(own, lang, lang);
  if (indicator?.definitions?.en) return inLanguage(indicator.definitions.en, "en", lang);
  return info.definition ? inLanguage(info.definition, catalogueLanguage(info.definition, lang), lang) : null;
}

function sourceItem(source, lang) {
  const p = localProvenance(source.id, lang, source);
  const name = p.publisher ?? leftToRight(source.id);
  return el("li", { "data-source": source.id }, p.url ? el("a", { href: p.url }, name) : name,
    p.dataset ? [" — ", p.dataset] : [], p.licence ? [" · ", p.licence] : []);
}

function legend(lang) {
  return ["P", "E", "B"].map((s) => statusLabel(lang, s) + " (" + s.toLowerCase() + ")")
    .concat(["+ : " + t(lang, "cell.alternatives"), "≈ : " + t(lang, "legend.caveat"),
      "† : " + t(lang, "legend.note"), "Σ : " + t(lang, "legend.sum"), "… : " + t(lang, "legend.na")]).join(" · ");
}

export function renderNotes(body, table, indicator, lang) {
  const info = table.indicator;
  const item = (key, ...value) => [el("dt", {}, t(lang, key)), el("dd", {}, ...value)];
  const meaning = definition(indicator, info, lang);
  body.replaceChildren(el("dl", {},
    meaning ? item("notes.definition", meaning) : [],
    info.sdg ? item("notes.sdg", leftToRight(info.sdg)) : [],
    table.partner && table.partner !== "_T" ? item("notes.partner", leftToRight(table.partner)) : [],
    table.asOf ? item("notes.asOf", leftToRight(table.asOf.slice(0, 10))) : [],
    (table.notes ?? []).map((note) => item("cell.notes", inLanguage(note, catalogueLanguage(note, lang), lang))),
    item("notes.sources", el("ul", {}, table.sources.map((source) => sourceItem(source, lang)))),
    item("flags.legend", legend(lang))));
}
