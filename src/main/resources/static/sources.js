// The sources page: each publisher, its licence, its last load and how fresh it is, and its load reports.
import { applyLanguage, pickLanguage, t } from "./i18n.js";
import { el, formatAge, formatDate, formatValue } from "./format.js";

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
  try {
    const { sources, refused } = await getJson("api/sources");
    const loads = await Promise.all(sources.map((s) => getJson("api/loads?limit=20&source=" + encodeURIComponent(s.id))));
    $("sources").replaceChildren(...sources.map((s, i) => source(s, loads[i])), refusedList(refused));
  } catch (error) {
    $("error").hidden = false;
    $("error").textContent = t(lang, "error") + ": " + error.message;
  }
}

function source(s, loads) {
  const p = s.provenance ?? {};
  const item = (key, ...value) => [el("dt", {}, t(lang, key)), el("dd", {}, ...value)];
  const last = s.lastLoad;
  return el("section", { class: "source", id: "source-" + s.id, "aria-labelledby": "h-" + s.id },
    el("h2", { id: "h-" + s.id }, s.title || s.id),
    p.illustrative ? el("p", { class: "illustrative", role: "note" }, t(lang, "sources.illustrative")) : [],
    el("dl", {},
      item("sources.publisher", p.publisher ?? ""),
      item("sources.dataset", p.dataset ?? ""),
      item("sources.licence", p.licence ?? ""),
      p.url ? item("sources.link", el("a", { href: p.url }, p.url)) : [],
      item("sources.observations", formatValue(lang, s.observations)),
      item("sources.lastLoad", last ? `#${last.loadId} · ${formatDate(lang, last.at)} · ${last.file} · ${last.status}`
        : t(lang, "sources.never")),
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
  if (fresh?.cadence) parts.push(" · " + fresh.cadence);
  if (fresh?.dueAt) parts.push(" · " + t(lang, "fresh.dueAt") + " " + formatDate(lang, fresh.dueAt));
  return parts;
}

function quirks(list) {
  if (!list?.length) return null;
  return el("details", {}, el("summary", {}, t(lang, "sources.quirks")),
    el("ul", {}, list.map((q) => el("li", {}, el("code", {}, q.id), " — " + q.cause))));
}

function loadTable(loads) {
  const head = ["loads.id", "loads.when", "loads.file", "loads.status", "loads.rows", "loads.observations",
    "loads.rejected", "loads.changes"];
  return el("div", { class: "table-wrap" }, el("table", { class: "loads" },
    el("thead", {}, el("tr", {}, head.map((key) => el("th", { scope: "col" }, t(lang, key))))),
    el("tbody", {}, loads.map((l) => el("tr", {},
      el("th", { scope: "row" }, el("a", { href: "api/loads/" + l.loadId, title: t(lang, "loads.report") }, "#" + l.loadId)),
      el("td", {}, formatDate(lang, l.startedAt)),
      el("td", {}, l.file),
      el("td", { class: "status-" + l.status }, l.status),
      el("td", {}, formatValue(lang, l.rowsRead)),
      el("td", {}, formatValue(lang, l.observations)),
      el("td", {}, rejections(l)),
      el("td", {}, `${l.changes.added} / ${l.changes.revised} / ${l.changes.withdrawn}`))))));
}

function rejections(load) {
  if (!load.rejected && !load.warnings?.length) return "0";
  const lines = load.rejections.map((r) => `${r.file}:${r.line}:${r.column} ${r.reason}`).concat(load.warnings ?? []);
  return el("details", {}, el("summary", {}, String(load.rejected)),
    el("ul", {}, lines.map((line) => el("li", {}, line))));
}

function refusedList(refused) {
  if (!refused?.length) return null;
  return el("section", { class: "source" }, el("h2", {}, t(lang, "sources.refused")),
    el("ul", {}, refused.map((r) => el("li", {}, r))));
}

$("lang").addEventListener("change", (e) => {
  lang = e.target.value;
  history.replaceState(null, "", "?lang=" + lang);
  render();
});
render();
