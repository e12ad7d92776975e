// The upload page: sign in with a token, choose one of its connectors and a file, read the dry run's
// report, then commit or cancel. The token stays in this module's memory (never in storage or a URL).
import { applyLanguage, locale, pickLanguage, t } from "./i18n.js";
import { el } from "./format.js";
import { renderReport } from "./upload-report.js";
import { isolateLatinRuns } from "./bidi.js";

const $ = (id) => document.getElementById(id);
const POLL_MS = 500;
let lang = pickLanguage(new URLSearchParams(location.search).get("lang"));
let token = null;
let me = null;
let upload = null;

async function api(path, options = {}) {
  const response = await fetch(path, { ...options,
    headers: { Accept: "application/json", Authorization: "Bearer " + token, ...(options.headers ?? {}) } });
  if (response.status === 204) return null;
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ?? response.status + " " + response.statusText);
  return body;
}

function size(bytes) {
  const mb = bytes / (1024 * 1024);
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(mb < 0.1 ? bytes / 1024 : mb)
    + (mb < 0.1 ? " KB" : " MB");
}

function showError(error) {
  $("error").hidden = !error;
  $("error").textContent = error ? t(lang, "upload.error", { detail: error.message }) : "";
  if (error) $("progress-box").hidden = true;
}

function progress(textKey, values, fraction) {
  $("progress-box").hidden = false;
  if (fraction === undefined) $("progress").removeAttribute("value");
  else $("progress").value = Math.round(fraction * 100);
  $("progress-text").textContent = t(lang, textKey, values);
  isolateLatinRuns($("progress-text"), lang);
}

function renderSignedIn() {
  const signedIn = me !== null;
  $("signin").hidden = signedIn;
  $("signed-in").hidden = !signedIn;
  $("choose").hidden = !signedIn;
  if (!signedIn) return;
  $("who").textContent = t(lang, "upload.signedIn", { token: me.token })
    + " — " + (me.providerName ?? me.provider ?? t(lang, "upload.admin"));
  const chosen = $("connector").value;
  $("connector").replaceChildren(...me.connectors.map((c) => el("option", { value: c.id }, `${c.id} — ${c.title}`)));
  if (chosen) $("connector").value = chosen;
  $("max-size").textContent = me.connectors.length ? t(lang, "upload.maxSize", { size: size(me.maxUploadBytes) })
    : t(lang, "upload.noConnector");
  $("dry-run").disabled = !me.connectors.length;
  isolateLatinRuns($("upload"), lang);
}

async function signIn(event) {
  event.preventDefault();
  token = $("token").value.trim();
  $("token").value = "";
  try {
    me = await api("api/me");
    showError(null);
    renderSignedIn();
    $("connector").focus();
  } catch (error) {
    token = null;
    showError(error);
  }
}

function signOut() {
  token = null;
  me = null;
  upload = null;
  $("result").hidden = true;
  $("progress-box").hidden = true;
  renderSignedIn();
  $("token").focus();
}

/** Sends the file's bytes as the body (no form encoding), reporting upload progress. */
function send(file, connector) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "api/uploads?connector=" + encodeURIComponent(connector) + "&name=" + encodeURIComponent(file.name));
    xhr.setRequestHeader("Authorization", "Bearer " + token);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => progress("upload.sending", { done: size(e.loaded), total: size(e.total) },
      e.lengthComputable ? e.loaded / e.total : undefined);
    xhr.onload = () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: the status says enough */ }
      if (xhr.status === 202) resolve(body);
      else reject(new Error(body.detail ?? xhr.status + " " + xhr.statusText));
    };
    xhr.onerror = () => reject(new Error(t(lang, "error")));
    xhr.send(file);
  });
}

/** Polls the upload until its step has ended, saying its place in line and how long it has run. */
async function follow(current) {
  while (["waiting", "running"].includes(current.state)) {
    if (current.position > 0) progress("upload.waiting", { n: current.position });
    else progress("upload.running." + current.step, { s: Math.round(current.elapsedMs / 1000) });
    await new Promise((done) => setTimeout(done, POLL_MS));
    current = await api("api/uploads/" + current.id);
  }
  $("progress-box").hidden = true;
  if (current.state === "failed") throw new Error(current.problem);
  return current;
}

async function checkFile(event) {
  event.preventDefault();
  const file = $("file").files[0];
  if (!file) return;
  if (file.size > me.maxUploadBytes) {
    showError(new Error(t(lang, "upload.tooLarge", { size: size(file.size), max: size(me.maxUploadBytes) })));
    return;
  }
  showError(null);
  $("result").hidden = true;
  $("dry-run").disabled = true;
  try {
    upload = await follow(await send(file, $("connector").value));
    renderResult(true);
  } catch (error) {
    showError(error);
  } finally {
    $("dry-run").disabled = false;
  }
}

async function commit() {
  $("commit").disabled = true;
  $("cancel").disabled = true;
  try {
    upload = await follow(await api("api/uploads/" + upload.id + "/commit", { method: "POST" }));
    renderResult(true);
  } catch (error) {
    showError(error);
  } finally {
    $("commit").disabled = false;
    $("cancel").disabled = false;
  }
}

async function cancel() {
  try {
    await api("api/uploads/" + upload.id, { method: "DELETE" });
    upload = { ...upload, state: "cancelled", committable: false, cancelledHere: true };
    renderResult(true);
  } catch (error) {
    showError(error);
  }
}

/** Another file: the one held for a commit that will not come is dropped from the server first. */
async function again() {
  const held = upload && !upload.commit && upload.state !== "cancelled";
  if (held) await api("api/uploads/" + upload.id, { method: "DELETE" }).catch(() => null);
  upload = null;
  $("result").hidden = true;
  $("file").value = "";
  $("file").focus();
}

function renderResult(moveFocus) {
  if (!upload) return;
  const committed = upload.commit !== null && upload.commit !== undefined;
  const outcome = committed ? upload.commit : upload.dryRun;
  $("result").hidden = false;
  $("h-result").textContent = t(lang, committed ? "upload.committed.heading" : "upload.report.heading");
  $("report").replaceChildren(...(upload.cancelledHere ? [el("p", { id: "report-status", "data-status": "cancelled" },
    t(lang, "upload.cancelled"))] : []), ...(outcome ? renderReport(lang, outcome) : []));
  const validated = outcome?.report.status === "validated";
  $("commit").hidden = committed || !upload.committable || !validated;
  $("cancel").hidden = committed || upload.state === "cancelled";
  $("again").hidden = !(committed || upload.state === "cancelled" || !validated);
  isolateLatinRuns($("result"), lang);
  if (moveFocus) $("h-result").focus();
}

function render() {
  applyLanguage(lang);
  $("lang").value = lang;
  $("nav-figures").href = "./?lang=" + lang;
  $("nav-home").href = "./?lang=" + lang;
  $("nav-sources").href = "sources.html?lang=" + lang;
  $("nav-report").href = "report?lang=" + lang;
  renderSignedIn();
  renderResult(false);
}

$("lang").addEventListener("change", (e) => {
  lang = e.target.value;
  history.replaceState(null, "", "?lang=" + lang);
  render();
});
$("signin").addEventListener("submit", signIn);
$("signout").addEventListener("click", signOut);
$("file-form").addEventListener("submit", checkFile);
$("commit").addEventListener("click", commit);
$("cancel").addEventListener("click", cancel);
$("again").addEventListener("click", again);
render();
