// Who publishes each source, under which licence, in the page's language: the connector's translations
// (provenance titles, publishers, datasets, licences), else the publisher's own words marked with their
// language, so that a title that exists in one language only is shown as such, never passed off.
import { inLanguage } from "./bidi.js";
import { fetchWhenReady } from "./ready.js";

let answer = null;
let bySource = new Map();

/**
 * The connectors as /api/sources lists them, read once (again when {@code fresh}); an empty list when the
 * API cannot be read, so that the page works on with the API's own words. While the server loads its figures,
 * it waits for them, telling {@code onWaiting}.
 */
export async function loadSources(fresh = false, onWaiting = undefined) {
  if (answer && !fresh) return answer;
  const response = await fetchWhenReady("api/sources", { headers: { Accept: "application/json" } }, onWaiting)
    .catch(() => null);
  if (fresh && !response?.ok) throw new Error(response ? response.status + " " + response.statusText : "no answer");
  answer = response?.ok ? await response.json() : { sources: [], refused: [] };
  bySource = new Map(answer.sources.map((source) => [source.id, source]));
  return answer;
}

function pick(names, original, originalLang, lang) {
  if (names?.[lang]) return inLanguage(names[lang], lang, lang);
  return inLanguage(original, originalLang, lang);
}

/**
 * Title, publisher, dataset and licence of a source as nodes for the page: each in the page's language
 * where the connector gives it, else as written (publisher and dataset in the publisher's language).
 * {@code fallback} is what the compare API says of the source when /api/sources does not know it.
 */
export function localProvenance(id, lang, fallback = {}) {
  const source = bySource.get(id);
  const p = source?.provenance ?? fallback;
  const own = p.language || "en";
  return {
    title: pick(p.titles, source?.title ?? id, "en", lang),
    publisher: pick(p.publishers, p.publisher, own, lang),
    dataset: pick(p.datasets, p.dataset, own, lang),
    licence: pick(p.licences, p.licence, "en", lang),
    url: p.url,
  };
}

/** The publisher's name as plain text (for an option of a list): translated, else as written. */
export function publisherName(id, lang) {
  const p = bySource.get(id)?.provenance;
  return p?.publishers?.[lang] ?? p?.publisher ?? null;
}
