// A new server loads its sample figures after it has started. Until they are all in, whatever the API reads
// from the store answers 503 with Retry-After and a problem document saying how far the loads are: the pages
// say so, wait and ask again by themselves, rather than show a partial table or "no figures".
import { t } from "./i18n.js";
import { el } from "./format.js";

const LONGEST_WAIT = 10; // seconds, whatever Retry-After says

/**
 * fetch(), asked again after Retry-After while the server answers 503 with it; onWaiting(problem) is told
 * each time. Any other answer (a 503 without Retry-After: the loads failed) is returned as it is.
 */
export async function fetchWhenReady(url, options, onWaiting) {
  for (;;) {
    const response = await fetch(url, options);
    const seconds = Number(response.headers.get("Retry-After"));
    if (response.status !== 503 || !(seconds >= 0)) return response;
    onWaiting?.(await response.json().catch(() => ({})));
    await new Promise((resolve) => setTimeout(resolve, Math.min(seconds, LONGEST_WAIT) * 1000));
  }
}

/** What a page shows where its figures will be, while the server loads them. */
export function loadingNotice(lang, problem) {
  const progress = problem?.files ? t(lang, "ready.progress", { n: problem.filesLoaded, total: problem.files }) : "";
  return el("div", { class: "loading-figures", id: "loading-figures" },
    el("p", {}, el("strong", {}, t(lang, "ready.title")), " ", t(lang, "ready.waiting")),
    progress ? el("p", { class: "progress" }, progress) : []);
}
