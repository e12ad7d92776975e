// Names of the codes figures carry (units, multipliers, observation statuses, comparability grades, load
// statuses) in the page's languages, from codelists.json: data beside the catalogue, not words of the page.

const lists = await fetch(new URL("codelists.json", import.meta.url))
  .then((response) => (response.ok ? response.json() : {}))
  .catch(() => ({}));

/** The name of a code in a list, in the language asked for or else in English; null for an unknown code. */
export function codeName(list, code, lang) {
  const names = lists[list]?.[code];
  return names ? names[lang] ?? names.en : null;
}

/** The code whose English name is the given text (the API names comparability grades in English). */
export function codeOfEnglishName(list, name) {
  return Object.entries(lists[list] ?? {}).find(([, names]) => names.en === name)?.[0] ?? null;
}
