// HOOK for the conversions the compare API offers: the page shows a control only for what the API's
// answer advertises in its "options" (currencies, perCapita, shareOfGdp, scales), and sends the choice
// back as the API's own parameter. Nothing is converted on the page itself.
import { t } from "./i18n.js";
import { el } from "./format.js";

/** option field of the API's answer → [query parameter, kind]. */
const CONTROLS = { currencies: ["currency", "list"], perCapita: ["perCapita", "list"], scales: ["scale", "list"],
  shareOfGdp: ["shareOfGdp", "flag"] };

function advertised(table) {
  const options = table?.options ?? {};
  return Object.entries(CONTROLS).filter(([field, [, kind]]) =>
    kind === "flag" ? options[field] === true : Array.isArray(options[field]) && options[field].length);
}

/** The query parameters of the advertised controls, kept in the URL and sent with every request. */
export function advertisedParameters(table) {
  return advertised(table).map(([, [param]]) => param);
}

/**
 * Shows the advertised controls with the values of state; onChange(param, value) is called on a change
 * (an empty value for "as published"). The controls are made again only when the offer or the language
 * changes; otherwise they are updated in place, so the control a keyboard user just changed keeps the focus.
 */
export function renderAdvertisedOptions(container, table, state, onChange) {
  const controls = advertised(table);
  const offer = JSON.stringify([state.lang, controls.map(([field]) => [field, table.options[field]])]);
  if (container.dataset.offer !== offer) {
    const focused = container.contains(document.activeElement) ? document.activeElement.id : null;
    container.replaceChildren(...controls.map(([field, [param, kind]]) =>
      control(table.options[field], param, kind, state.lang, onChange)));
    container.dataset.offer = offer;
    if (focused) document.getElementById(focused)?.focus();
  }
  for (const [, [param, kind]] of controls) {
    const input = document.getElementById("option-" + param);
    if (kind === "flag") input.checked = state[param] === "true";
    else input.value = input.querySelector(`option[value="${CSS.escape(state[param] ?? "")}"]`) ? state[param] ?? "" : "";
  }
}

function control(values, param, kind, lang, onChange) {
  const id = "option-" + param;
  const label = el("label", { for: id }, t(lang, "option." + param));
  if (kind === "flag") {
    return el("div", { class: "field check" }, el("input", { type: "checkbox", id,
      onchange: (e) => onChange(param, e.target.checked ? "true" : "") }), label);
  }
  const select = el("select", { id, onchange: (e) => onChange(param, e.target.value) },
    el("option", { value: "" }, t(lang, "option.none")),
    values.map((value) => el("option", { value }, optionText(lang, param, value))));
  return el("div", { class: "field" }, label, select);
}

function optionText(lang, param, value) {
  const key = `option.${param}.${value}`;
  const text = t(lang, key);
  return text === key ? String(value) : text;
}
