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

export function renderAdvertisedOptions(container, table, state, onChange) {
  container.replaceChildren(...advertised(table).map(([field, [param, kind]]) => {
    const id = "option-" + param;
    const label = el("label", { for: id }, t(state.lang, "option." + param));
    const change = (value) => {
      if (value) state[param] = value; else delete state[param];
      onChange();
    };
    if (kind === "flag") {
      return el("div", { class: "field check" }, el("input", { type: "checkbox", id, checked: state[param] === "true",
        onchange: (e) => change(e.target.checked ? "true" : "") }), label);
    }
    const select = el("select", { id, onchange: (e) => change(e.target.value) },
      el("option", { value: "" }, t(state.lang, "option.none")),
      table.options[field].map((value) => el("option", { value, selected: String(value) === state[param] },
        optionText(state.lang, param, value))));
    return el("div", { class: "field" }, label, select);
  }));
}

function optionText(lang, param, value) {
  const key = `option.${param}.${value}`;
  const text = t(lang, key);
  return text === key ? String(value) : text;
}
