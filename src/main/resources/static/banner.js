// The banner every page carries while the server holds illustrative samples: such figures are not
// published values, and a reader must know it before reading a single number.
import { t } from "./i18n.js";

/** Whether any source with figures in the store is an illustrative sample (from /api/sources). */
export function holdsIllustrative(sources) {
  return (sources?.sources ?? []).some((s) => s.provenance?.illustrative && s.observations > 0);
}

/** Shows or hides the banner; {@code shown}: illustrative figures are on screen right now. */
export function renderBanner(banner, sources, lang, shown = false) {
  banner.hidden = !holdsIllustrative(sources);
  banner.classList.toggle("on", shown);
  banner.textContent = t(lang, shown ? "banner.illustrativeShown" : "banner.illustrative");
}
