// The choices above the table, set from the state: the roadmap axes, the indicators of the chosen axis, and
// the page's own controls. The axis radios are made once and then updated in place: arrow keys move the focus
// from radio to radio and check it, and the focus must stay on the radio while the new axis loads.
import { t } from "./i18n.js";
import { el } from "./format.js";

const $ = (id) => document.getElementById(id);

/** onAxis(code) is called when a radio of the axes is checked. */
export function renderChoiceControls(catalogue, state, onAxis) {
  const label = (labels, fallback) => labels?.[state.lang] || labels?.en || fallback;
  for (const axis of catalogue.axes) {
    let input = $("axis-" + axis.code);
    if (!input) {
      input = el("input", { type: "radio", name: "axis", id: "axis-" + axis.code, value: axis.code,
        onchange: () => onAxis(axis.code) });
      $("axis-list").append(el("span", { class: "pill" }, input, el("label", { for: input.id })));
    }
    input.checked = axis.code === state.axis;
    input.nextElementSibling.textContent = label(axis.labels, axis.code);
  }
  const indicators = catalogue.indicators.filter((i) => i.axis === state.axis);
  const select = $("indicator");
  select.replaceChildren(...indicators.map((i) =>
    el("option", { value: i.code, selected: i.code === state.indicator }, label(i.labels, i.code))));
  if (!indicators.length) select.append(el("option", { value: "" }, t(state.lang, "indicator.none")));
  select.disabled = !indicators.length;
  $("lang").value = state.lang;
  $("freq").value = state.freq || "A";
  $("asOf").value = state.asOf || "";
  $("partner").value = state.partner || "";
  document.querySelector(`input[name=chart][value=${state.chart === "bar" ? "bar" : "line"}]`).checked = true;
}
