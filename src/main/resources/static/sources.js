// The sources page: each publisher, its licence, its last load and how fresh it is, and its load reports.
// Titles, publishers, datasets and licences are shown in the page's language where the connector gives
// them; a publisher's own title that exists in one language only is shown in it, marked with its language.
import { applyLanguage, pickLanguage, t } from "./i18n.js";
import { el, formatAge, formatDate, formatValue } from "./format.js";
import { inLanguage, isolateLatinRuns, leftToRight, messageLanguage } from "./bidi.js";
import { codeName } from "./codes.js";
import { loadSources, localProvenance } from "./provenance.js";
import { loadingNotice } from "./ready.js";

const $ = (id) => document.getElementById(id);
let lang = pickLanguage(new URLSearchParams(location.search).get("lang"));

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(response.status + " " + response.statusText);
  return response.json();
}

async function render() {
  applyLanguage(lang);
  $("lang").value = lang;
  $("nav-figures").href = "./?lang=" + lang;
  $("nav-home").href = "./?lang=" + lang;
  $("nav-report").href = "report?lang=" + lang;
  $("sources").setAttribute("aria-busy", "true");
  try {
    const { sources, refused } = await loadSources(true, (problem) =>
      $("sources").replaceChildren(loadingNotice(lang, problem)));
    const pages = await Promise.all(sources.map((s) => getJson("api/loads?size=20&source=" + encodeURIComponent(s.id))));
    const loads = pages.map((page) => page.items);
    $("sources").replaceChildren(...sources.map((s, i) => source(s, loads[i])), refusedList(refused));
    isolateLatinRuns($("sources"), lang);
  } catch (error) {
    $("error").hidden = false;
    $("error").textContent = t(lang, "error") + ": " + error.message;
  }
  $("sources").setAttribute("aria-busy", "false");
}

/** A load status in words; the code itself is kept for the colour. */
const loadStatus = (status) => codeName("loadStatuses", status, lang) ?? status;

function source(s, loads) {
  const p = localProvenance(s.id, lang, s.provenance);
  const item = (key, ...value) => [el("dt", {}, t(lang, key)), el("dd", {}, ...value)];
  const last = s.lastLoad;
  const overdue = s.freshness?.state === "overdue";
  return el("section", { class: "source" + (overdue ? " overdue" : ""), id: "source-" + s.id, "aria-labelledby": "h-" + s.id },
    el("h2", { id: "h-" + s.id }, p.title,
      overdue ? [" ", el("span", { class: "fresh-overdue badge" }, t(lang, "fresh.overdue"))] : []),
    s.provenance?.illustrative ? el("p", { class: "illustrative", role: "note" }, t(lang, "sources.illustrative")) : [],
    el("dl", {},
      item("sources.publisher", p.publisher ?? ""),
      item("sources.dataset", p.dataset ?? ""),
      item("sources.licence", p.licence ?? ""),
      p.url ? item("sources.link", el("a", { href: p.url, class: "url" }, leftToRight(p.url))) : [],
      item("sources.mode", mode(s)),
      item("sources.observations", formatValue(lang, s.observations)),
      item("sources.lastLoad", last ? ["#" + last.loadId + " · " + formatDate(lang, last.at) + " · ",
        leftToRight(last.file), " · ", loadStatus(last.status)] : t(lang, "sources.never")),
      item("sources.freshness", freshness(s.freshness, last))),
    quirks(s.quirks),
    el("h3", {}, t(lang, "sources.loads")),
    loadTable(loads));
}

/** How old the last load is, and the API's verdict against the source's refresh schedule when it has one. */
function freshness(fresh, last) {
  const parts = [last ? el("time", { datetime: last.at }, formatAge(lang, last.at)) : "—"];
  if (fresh?.state) {
    const key = "fresh." + fresh.state;
    const word = t(lang, key);
    parts.push(" · ", el("span", { class: "fresh-" + fresh.state }, word === key ? fresh.state : word));
  }
  if (fresh?.cadence) parts.push(" · ", leftToRight(fresh.cadence));
  if (fresh?.dueAt) parts.push(" · " + t(lang, "fresh.dueAt") + " " + formatDate(lang, fresh.dueAt));
  return parts;
}

/** Pull (Rives fetches it: the publisher's host, kept left to right, and how many files) or push (uploaded). */
function mode(s) {
  if (s.mode !== "pull") return t(lang, "mode.push");
  const urls = s.remote.url ? [s.remote.url] : s.remote.urls;
  const host = new URL(urls[0].replace(/[{}]/g, "")).host;
  return [t(lang, "mode.pull") + " · ", leftToRight(host + (urls.length > 1 ? ` (${urls.length})` : ""))];
}

/** Quirks are engineering notes on the publisher's files, written in English. */
function quirks(list) {
  if (!list?.length) return null;
  return el("details", {}, el("summary", {}, t(lang, "sources.quirks")),
    el("ul", {}, list.map((q) => el("li", {}, el("code", { lang: "en", dir: "ltr" }, q.id), " — ",
      inLanguage(q.cause, "en", lang)))));
}

function loadTable(loads) {
  const head = ["loads.id", "loads.when", "loads.file", "loads.status", "loads.rows", "loads.observations",
    "loads.rejected", "loads.changes"];
  return el("div", { class: "table-wrap" }, el("table", { class: "loads" },
    el("thead", {}, el("tr", {}, head.map((key) => el("th", { scope: "col" }, t(lang, key))))),
    el("tbody", {}, loads.map((l) => el("tr", {},
      el("th", { scope: "row" }, el("a", { href: "api/loads/" + l.loadId, title: t(lang, "loads.report") }, "#" + l.loadId)),
      el("td", {}, formatDate(lang, l.startedAt)),
      el("td", { class: "file" }, leftToRight(l.file)),
      el("td", { class: "status-" + l.status, "data-status": l.status }, loadStatus(l.status)),
      el("td", {}, formatValue(lang, l.rowsRead)),
      el("td", {}, formatValue(lang, l.observations)),
      el("td", {}, rejections(l)),
      el("td", {}, `${l.changes.added} / ${l.changes.revised} / ${l.changes.withdrawn}`))))));
}

/** The list gives counts; the rejections and warnings themselves are in the load's full report. */
function rejections(load) {
  if (!load.rejected && !load.warningCount) return "0";
  return el("a", { href: "api/loads/" + load.loadId, title: t(lang, "loads.report") },
    String(load.rejected) + (load.warningCount ? ` (${load.warningCount} ${t(lang, "loads.warnings").toLowerCase()})` : ""));
}

function refusedList(refused) {
  if (!refused?.length) return null;
  return el("section", { class: "source" }, el("h2", {}, t(lang, "sources.refused")),
    el("ul", {}, refused.map((r) => el("li", {}, inLanguage(r, messageLanguage(r), lang)))));
}

$("lang").addEventListener("change", (e) => {
  lang = e.target.value;
  history.replaceState(null, "", "?lang=" + lang);
  render();
});
render();
