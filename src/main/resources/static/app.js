// The committee's page: choose an axis and an indicator, read the comparable table and the chart,
// download what is on screen. The whole view lives in the URL, so any view can be shared as a link.
import { applyLanguage, pickLanguage, t } from "./i18n.js";
import { el } from "./format.js";
import { renderTable } from "./table.js";
import { renderCellDetail } from "./cell.js";
import { defaultYear, renderChart } from "./chart.js";
import { advertisedParameters, renderAdvertisedOptions } from "./options.js";
import { renderNotes } from "./notes.js";
import { renderChoiceControls } from "./choices.js";
import { inLanguage, isolateLatinRuns, messageLanguage } from "./bidi.js";
import { loadSources, publisherName } from "./provenance.js";
import { renderWithheld, SWITCHES } from "./withheld.js";
import { renderBanner } from "./banner.js";
import { fetchWhenReady, loadingNotice } from "./ready.js";

const KEYS = ["lang", "axis", "indicator", "freq", "from", "to", "asOf", "source", "partner", "chart", "year",
  ...SWITCHES];
const DEFAULT_SPAN = 10;
const $ = (id) => document.getElementById(id);

let state = readState();
let catalogue = null;
let current = null;
let sources = null;

/** State from the URL; keys present but empty are kept, so "from=" (every period) differs from no from. */
function readState() {
  const params = new URLSearchParams(location.search);
  const read = {};
  for (const [key, value] of params) read[key] = value;
  return read;
}

function writeState(push) {
  const params = new URLSearchParams();
  for (const key of [...KEYS, ...extras()]) {
    if (state[key] !== undefined && state[key] !== null) params.set(key, state[key]);
  }
  const url = location.pathname + "?" + params;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  $("share-link").value = location.href;
}

/** Parameters of the compare API for the current state; without from/to when `whole`. */
function apiParams(whole) {
  // No areas: the API answers with the indicator's own (the 5+5 countries, else its routes).
  const params = new URLSearchParams({ indicator: state.indicator, lang: state.lang });
  for (const key of ["freq", "asOf", "source", "partner", ...SWITCHES, ...extras()]) {
    if (state[key]) params.set(key, state[key]);
  }
  if (!whole) {
    if (state.from) params.set("from", state.from);
    if (state.to) params.set("to", state.to);
  }
  return params;
}

async function getJson(url) {
  const response = await fetchWhenReady(url, { headers: { Accept: "application/json" } }, showLoading);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
  return body;
}

async function start() {
  state.lang = pickLanguage(state.lang);
  applyLanguage(state.lang);
  $("lang").value = state.lang;
  bindControls();
  try {
    [catalogue, sources] = await Promise.all([getJson("api/catalogue?kind=group"), loadSources(false, showLoading)]);
    if (!state.indicator) state.indicator = await firstIndicatorWithFigures();
    if (!state.axis) state.axis = indicatorOf(state.indicator)?.axis ?? catalogue.axes[0].code;
    renderChoices();
    await load(false);
  } catch (error) {
    showError(error);
  }
}

/** A first visit opens on the first indicator of the catalogue that has figures. */
async function firstIndicatorWithFigures() {
  for (const indicator of catalogue.indicators) {
    const table = await getJson("api/compare?" + new URLSearchParams({ indicator: indicator.code }))
      .catch(() => null);
    if (table?.periods.length) return indicator.code;
  }
  return catalogue.indicators[0]?.code;
}

/** Parameters beyond the page's own: those the API advertises, and any a shared link carries. */
const extras = () => [...new Set([...advertisedParameters(current),
  ...Object.keys(state).filter((key) => !KEYS.includes(key))])];

/** The part-year and illustrative switches that are on: they stay on from one indicator to the next. */
const switches = () => Object.fromEntries(SWITCHES.filter((key) => state[key]).map((key) => [key, state[key]]));

const indicatorOf = (code) => catalogue.indicators.find((i) => i.code === code);

function renderChoices() {
  renderChoiceControls(catalogue, state, chooseAxis);
}

function chooseAxis(axis) {
  state = { lang: state.lang, axis, indicator: catalogue.indicators.find((i) => i.axis === axis)?.code,
    ...switches() };
  renderChoices();
  load(true);
}

function bindControls() {
  $("lang").addEventListener("change", (e) => {
    state.lang = e.target.value;
    applyLanguage(state.lang);
    if (catalogue) renderChoices();
    load(true);
  });
  $("indicator").addEventListener("change", (e) => {
    state = { lang: state.lang, axis: state.axis, indicator: e.target.value, chart: state.chart,
      ...switches() };
    load(true);
  });
  const reload = (key, clears = []) => (e) => {
    state[key] = e.target.value;
    clears.forEach((k) => delete state[k]);
    load(true);
  };
  $("freq").addEventListener("change", reload("freq", ["from", "to", "year", "partner"]));
  $("from").addEventListener("change", reload("from"));
  $("to").addEventListener("change", reload("to"));
  $("asOf").addEventListener("change", reload("asOf"));
  $("source").addEventListener("change", reload("source"));
  $("partner").addEventListener("change", reload("partner"));
  $("year").addEventListener("change", (e) => { state.year = e.target.value; draw(); });
  document.querySelectorAll("input[name=chart]").forEach((radio) =>
    radio.addEventListener("change", (e) => { state.chart = e.target.value; draw(); }));
  $("share-copy").addEventListener("click", async () => {
    await navigator.clipboard?.writeText(location.href).catch(() => {});
    $("status").textContent = t(state.lang, "share.copied");
  });
  window.addEventListener("popstate", () => {
    state = readState();
    state.lang = pickLanguage(state.lang);
    applyLanguage(state.lang);
    if (catalogue) renderChoices();
    load(false);
  });
}

/** Reads the whole span once (for the period lists), then the chosen span when it is narrower. */
let loading = 0;

async function load(push) {
  if (!state.indicator) {
    // An axis without indicators: nothing is left on screen from the previous one.
    current = null;
    $("table-wrap").replaceChildren(el("p", { class: "empty" }, t(state.lang, "table.empty")));
    $("chart-body").replaceChildren();
    $("notes-body").replaceChildren();
    writeState(push);
    return;
  }
  const ticket = ++loading;
  $("status").textContent = t(state.lang, "loading");
  $("figures").setAttribute("aria-busy", "true");
  $("error").hidden = true;
  try {
    const whole = await getJson("api/compare?" + apiParams(true));
    if (state.from === undefined && whole.periods.length > DEFAULT_SPAN) {
      state.from = whole.periods[whole.periods.length - DEFAULT_SPAN];
    }
    const shown = state.from || state.to ? await getJson("api/compare?" + apiParams(false)) : whole;
    if (ticket !== loading) return; // a later choice is on its way: this answer is stale
    current = shown;
    fillPeriods(whole.periods);
    fillSources(whole);
    renderAdvertisedOptions($("api-options"), current, state, chooseOption);
    renderWithheld($("withheld"), current, state, chooseOption);
    writeState(push);
    render();
    $("status").textContent = "";
    $("figures").setAttribute("aria-busy", "false");
  } catch (error) {
    showError(error);
  }
}

function fillPeriods(periods) {
  for (const key of ["from", "to"]) {
    $(key).replaceChildren(el("option", { value: "" }, t(state.lang, "period.any")),
      ...periods.map((p) => el("option", { value: p, selected: p === state[key] }, p)));
  }
}

/** An option the API advertises (currency, scale, per capita, share of GDP) was changed. */
function chooseOption(param, value) {
  if (value) state[param] = value; else delete state[param];
  load(true);
}

/** The sources the API offers for the indicator (all of them, even while one is chosen). */
function fillSources(table) {
  const ids = [...new Set([...(table.options?.sources ?? []), ...table.sources.map((s) => s.id)])];
  const name = (id) => publisherName(id, state.lang) ?? table.sources.find((s) => s.id === id)?.publisher;
  $("source").replaceChildren(el("option", { value: "" }, t(state.lang, "source.any")),
    ...ids.map((id) => el("option", { value: id, selected: id === state.source },
      name(id) ? `${name(id)} (${id})` : id)));
}

function render() {
  const table = current;
  document.title = table.indicator.label + " — Rives";
  renderBanner($("banner"), sources, state.lang, table.sources.some((s) => s.illustrative));
  renderTable($("table-wrap"), table, state.lang, (cell, row, period) => {
    renderCellDetail($("cell-body"), table, cell, row, period, state.lang);
    isolateLatinRuns($("cell-body"), state.lang);
  });
  $("cell-body").replaceChildren(el("p", {}, t(state.lang, "cell.none")));
  $("partner-field").hidden = !(state.partner || (table.partner && table.partner !== "_T"));
  if (!state.partner && table.partner !== "_T") $("partner").value = table.partner;
  renderNotes($("notes-body"), table, indicatorOf(table.indicator.code), state.lang);
  draw();
  const params = apiParams(false);
  $("download-csv").href = "api/compare?" + params + "&format=csv";
  $("download-csv").setAttribute("download", `rives-${table.indicator.code}.csv`);
  $("download-xlsx").href = "api/compare.xlsx?" + params;
  $("download-xlsx").setAttribute("download", `rives-${table.indicator.code}.xlsx`);
  $("nav-report").href = "report?lang=" + state.lang;
  $("nav-sources").href = "sources.html?lang=" + state.lang;
  isolateLatinRuns(document.querySelector("main"), state.lang);
}

function draw() {
  const periods = current?.periods ?? [];
  const year = periods.includes(state.year) ? state.year : defaultYear(current);
  $("year").replaceChildren(...periods.map((p) => el("option", { value: p, selected: p === year }, p)));
  $("year-field").hidden = state.chart !== "bar";
  if (current) renderChart($("chart-body"), current, state.lang, state.chart === "bar" ? "bar" : "line", year);
  if (current) writeState(false);
}

/** The server is loading its figures: say so where the table will be; the table follows by itself. */
function showLoading(problem) {
  $("status").textContent = t(state.lang, "ready.title");
  $("figures").setAttribute("aria-busy", "true");
  $("table-wrap").replaceChildren(loadingNotice(state.lang, problem));
}

function showError(error) {
  $("status").textContent = "";
  // An indicator broken down by partner needs one chosen: the API's message names them.
  if (/partner/.test(error.message)) $("partner-field").hidden = false;
  $("figures").setAttribute("aria-busy", "false");
  $("error").hidden = false;
  $("error").replaceChildren(t(state.lang, "error") + ": ", inLanguage(error.message, messageLanguage(error.message),
    state.lang));
}

start();
