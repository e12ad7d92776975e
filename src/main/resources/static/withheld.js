// The switches for what the compare API leaves out unless asked (its "withheld"): part-years of an
// annual table, named with their months, and figures of illustrative samples. A switch is offered only
// when something was left out or it is already on, so a store without samples never shows it.
import { t } from "./i18n.js";
import { el } from "./format.js";

export const SWITCHES = ["partYears", "illustrative"];

function partYearText(table, lang, part) {
  const label = table.groups.flatMap((g) => g.rows).find((row) => row.area === part.area)?.label ?? part.area;
  return t(lang, part.parts === "quarters" ? "withheld.quarters" : "withheld.months",
    { area: label, period: part.period, have: part.have, of: part.of });
}

function offered(table, state, lang) {
  const withheld = table?.withheld ?? { partYears: [], illustrative: [] };
  const offers = [];
  if (withheld.partYears.length || state.partYears === "true") {
    offers.push(["partYears", withheld.partYears.map((part) => partYearText(table, lang, part)).join("; ")]);
  }
  if (withheld.illustrative.length || state.illustrative === "true") {
    offers.push(["illustrative", withheld.illustrative.join(", ")]);
  }
  return offers;
}

/**
 * Shows the switches into container; onChange(param, value) on a change ("true" or ""). Made again only
 * when the offer changes, so the switch a keyboard user just pressed keeps the focus.
 */
export function renderWithheld(container, table, state, onChange) {
  const offers = offered(table, state, state.lang);
  const offer = JSON.stringify([state.lang, offers]);
  if (container.dataset.offer !== offer) {
    const focused = container.contains(document.activeElement) ? document.activeElement.id : null;
    container.replaceChildren(offers.length ? el("fieldset", { class: "withheld" },
      el("legend", {}, t(state.lang, "withheld.legend")),
      offers.map(([param, list]) => el("div", { class: "field check" },
        el("input", { type: "checkbox", id: "show-" + param,
          onchange: (e) => onChange(param, e.target.checked ? "true" : "") }),
        el("label", { for: "show-" + param }, t(state.lang, "withheld." + param, { list: list || "—" }))))) : "");
    container.dataset.offer = offer;
    if (focused) document.getElementById(focused)?.focus();
  }
  for (const [param] of offers) document.getElementById("show-" + param).checked = state[param] === "true";
}
