// An upload's report as the statistician reads it: counts, changes with the first revised figures
// (current → in the file), every listed rejection as file:line:column: reason, downloadable whole.
import { t } from "./i18n.js";
import { el, formatValue } from "./format.js";

const SHOWN = 100;

/** The report of a dry run or a commit, rendered into a flat list of nodes. */
export function renderReport(lang, outcome) {
  const r = outcome.report;
  return [
    el("p", { id: "report-status", class: "status-" + r.status, "data-status": r.status },
      t(lang, "upload.status." + r.status, { id: r.loadId ?? r.previousLoad ?? "" })),
    counts(lang, r),
    preview(lang, outcome.preview),
    rejections(lang, r),
    warnings(lang, r),
    r.loadId ? el("p", {}, el("a", { href: "api/loads/" + r.loadId }, t(lang, "upload.report.link") + " #" + r.loadId)) : [],
  ].flat(Infinity);
}

function counts(lang, r) {
  const row = (key, value, id) => el("tr", {}, el("th", { scope: "row" }, t(lang, key)),
    el("td", { id, "data-value": value }, formatValue(lang, value)));
  return el("div", { class: "report-counts" },
    el("table", { class: "counts" }, el("caption", {}, t(lang, "upload.counts")), el("tbody", {},
      row("upload.rowsRead", r.rowsRead, "count-rows"), row("upload.observations", r.observations, "count-observations"),
      row("upload.missing", r.missingCells, "count-missing"), row("upload.excluded", r.excluded, "count-excluded"),
      row("upload.rejected", r.rejected, "count-rejected"))),
    el("table", { class: "counts" }, el("caption", {}, t(lang, "upload.changes")), el("tbody", {},
      row("upload.new", r.changes.added, "change-new"), row("upload.revised", r.changes.revised, "change-revised"),
      row("upload.withdrawn", r.changes.withdrawn, "change-withdrawn"),
      row("upload.unchanged", r.changes.unchanged, "change-unchanged"))));
}

function preview(lang, p) {
  if (!p || (!p.revised.length && !p.withdrawn.length)) return [];
  // The key without its "all" parts (_T): FOREIGN_POP · MAR · FRA.
  const key = (f) => [f.indicator, f.refArea, f.counterpartArea, f.sex, f.age, f.breakdown]
    .filter((part, i) => i < 2 || part !== "_T").join(" · ");
  const table = (caption, figures, id) => el("div", { class: "table-wrap" }, el("table", { id, class: "preview" },
    el("caption", {}, t(lang, caption)),
    el("thead", {}, el("tr", {}, ["upload.preview.key", "upload.preview.period", "upload.preview.old", "upload.preview.new"]
      .map((k) => el("th", { scope: "col" }, t(lang, k))))),
    el("tbody", {}, figures.map((f) => el("tr", {},
      el("th", { scope: "row", dir: "ltr", lang: "en" }, key(f)), el("td", {}, f.period),
      el("td", { class: "num", "data-value": f.oldValue }, formatValue(lang, f.oldValue)),
      el("td", { class: "num", "data-value": f.newValue ?? "" }, f.newValue == null ? "—" : formatValue(lang, f.newValue)))))));
  return [p.revised.length ? table("upload.preview.revised", p.revised, "preview-revised") : [],
    p.withdrawn.length ? table("upload.preview.withdrawn", p.withdrawn, "preview-withdrawn") : []];
}

function rejections(lang, r) {
  if (!r.rejected) return [];
  const lines = r.rejections.map((x) => `${x.file}:${x.line}:${x.column}: ${x.reason}`);
  const more = lines.length - SHOWN;
  const download = new Blob([lines.join("\n") + "\n"], { type: "text/plain;charset=utf-8" });
  return el("section", { "aria-labelledby": "h-rejections" },
    el("h3", { id: "h-rejections" }, t(lang, "upload.rejections")),
    el("ol", { id: "rejections", class: "rejections" }, lines.slice(0, SHOWN).map((line) => el("li", { dir: "ltr", lang: "en" }, line))),
    more > 0 ? el("p", {}, t(lang, "upload.rejections.more", { n: more })) : [],
    r.rejected > lines.length ? el("p", {}, t(lang, "upload.rejections.notListed",
      { n: r.rejected - lines.length, listed: lines.length })) : [],
    el("p", {}, el("a", { id: "download-rejections", href: URL.createObjectURL(download),
      download: r.file.replace(/\.[^.]*$/, "") + "-rejections.txt" }, t(lang, "upload.rejections.download"))));
}

function warnings(lang, r) {
  if (!r.warnings?.length) return [];
  return el("details", {}, el("summary", {}, t(lang, "upload.warnings") + ` (${r.warnings.length})`),
    el("ul", {}, r.warnings.map((w) => el("li", { dir: "ltr", lang: "en" }, w))));
}
