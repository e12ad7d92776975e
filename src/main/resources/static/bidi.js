// Text in another language or script inside the page: each such run is isolated (so its punctuation stays
// at its own end in a right-to-left page) and carries its language (so screen readers and fonts switch).

const LATIN_RUN = /[A-Za-z0-9_][\w.\/:+&'’-]*(?:[ ,]+[A-Za-z0-9_][\w.\/:+&'’-]*)*/g;
const LATIN_LETTER = /[A-Za-z]/;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F]/;
const RIGHT_TO_LEFT = new Set(["ar"]);
const LRI = "\u2066", PDI = "\u2069";

/**
 * The language of a catalogue text the server picked for the page (a note, a caveat): the page's, except on
 * the Arabic page where a text without Arabic letters is the English the catalogue fell back to.
 */
export function catalogueLanguage(text, pageLang) {
  if (pageLang === "ar") return ARABIC_LETTER.test(text) ? "ar" : "en";
  return pageLang;
}

/** The language of a message the server writes itself (a conversion, a roll-up, a reason): English. */
export function messageLanguage(text) {
  return ARABIC_LETTER.test(text) ? "ar" : "en";
}

/**
 * A text shown as it is: plain when it is in the page's language, else in an isolating element that says
 * its language (a publisher's title in Spanish on the French page, an English note on the Arabic page).
 */
export function inLanguage(text, textLang, pageLang) {
  if (text === null || text === undefined || text === "") return null;
  if (textLang === pageLang) return String(text);
  const run = document.createElement("bdi");
  run.lang = textLang;
  run.dir = RIGHT_TO_LEFT.has(textLang) ? "rtl" : "ltr";
  run.textContent = text;
  return run;
}

/** A code, a number with letters, a file name or an address: always read left to right, whatever the page. */
export function leftToRight(text) {
  const run = document.createElement("bdi");
  run.dir = "ltr";
  if (LATIN_LETTER.test(text)) run.lang = "en";
  run.textContent = text;
  return run;
}

/** Latin runs of the text (codes, acronyms, English words), trimmed of the punctuation that closes a sentence. */
function latinRuns(text) {
  const runs = [];
  for (const match of text.matchAll(LATIN_RUN)) {
    const run = match[0].replace(/[\s.,:;'’-]+$/, "");
    if (LATIN_LETTER.test(run)) runs.push({ start: match.index, end: match.index + run.length });
  }
  return runs;
}

function isolateTextNode(node) {
  const text = node.data;
  const runs = latinRuns(text);
  if (!runs.length) return;
  const parts = [];
  let at = 0;
  for (const { start, end } of runs) {
    if (start > at) parts.push(text.slice(at, start));
    const run = document.createElement("bdi");
    run.lang = "en";
    run.dir = "ltr";
    run.textContent = text.slice(start, end);
    parts.push(run);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  node.replaceWith(...parts);
}

/** Option labels and attributes hold no elements: their Latin runs get the Unicode isolate characters. */
export function isolateInPlainText(text) {
  if (!text || text.includes(LRI)) return text;
  let out = "", at = 0;
  for (const { start, end } of latinRuns(text)) {
    out += text.slice(at, start) + LRI + text.slice(start, end) + PDI;
    at = end;
  }
  return out + text.slice(at);
}

/** Whether a text node already sits in an element that says its own language (the page's root aside). */
function alreadyMarked(node) {
  const marked = node.parentElement?.closest("[lang], svg, script, style, title, textarea");
  return Boolean(marked) && marked !== document.documentElement;
}

/**
 * On the Arabic page, isolates every Latin run left under root that no element marks yet (codes and acronyms
 * inside Arabic sentences, English words of a server message) as English, left to right.
 */
export function isolateLatinRuns(root, pageLang) {
  if (!RIGHT_TO_LEFT.has(pageLang) || !root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (LATIN_LETTER.test(node.data)) nodes.push(node);
  }
  for (const node of nodes) {
    if (alreadyMarked(node)) continue;
    if (node.parentElement?.tagName === "OPTION") node.data = isolateInPlainText(node.data);
    else isolateTextNode(node);
  }
}
