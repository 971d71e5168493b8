// Embed-code generator: builds the three snippets from the chosen options and the catalog. Every script tag it writes
// carries the file's Subresource Integrity hash; with no hash for a file it writes no snippet at all, never an unpinned one.
// The hashes are the last build's (dist/sri.json, written by npm run build); the CDN folder is this package version's.
import { render } from 'lit/html.js';
import { card } from '../src/card/templates.js';
import { AUDIENCE_NOTE } from '../src/card/audience-note.js';
import { readTranslation } from '../src/i18n/read-translation.js';
import { jsonLdText } from '../src/structured-data.js';
import { LANGUAGES } from '../src/vocabulary.js';
import { siteStrings } from '../src/site/strings.js';
import { framePath, wordingPath } from '../src/site/paths.js';

// One language choice for each language of the vocabulary, named in itself (before any await, so the form is whole
// when the page's first script turn ends).
const SOURCE_LANG = LANGUAGES[0];
const selfName = (lang) => {
  const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(lang);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};
document.getElementById('lang-choice').replaceChildren(
  document.getElementById('lang-choice').querySelector('legend'),
  ...LANGUAGES.map((lang) => {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'lang', value: lang, checked: lang === SOURCE_LANG });
    label.append(input, ` ${selfName(lang)}`);
    return label;
  }),
);

const { name, version, config } = await (await fetch(new URL('../package.json', import.meta.url))).json();
const CDN = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;
// The hosted pages (scripts/site.ts): the frame the iframe snippet shows, and the latest version for readers without JavaScript.
const SITE = config.siteUrl;
const SRI = await fetch(new URL('../dist/sri.json', import.meta.url)).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));

const form = document.getElementById('options');
const topicSelect = document.getElementById('topic');
const preview = document.getElementById('preview');
const catalog = await (await fetch(new URL('../src/data/topics/index.json', import.meta.url))).json();
topicSelect.replaceChildren(...catalog.topics.map((t) => new Option(t.title.clinician, t.slug)));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * For readers without JavaScript, as in the build's snippets (scripts/prerender.ts): the pinned layout stylesheet (the
 * script brings the same rules), and a link to the topic's hosted page, which has its latest version.
 */
function noscriptTag(topic, audience, lang) {
  const integrity = SRI['nutrient-interaction.css'];
  if (!/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(integrity ?? '')) throw new Error('no integrity hash for nutrient-interaction.css');
  const current = `<p class="ni-current"><a href="${new URL(wordingPath(lang, topic, audience), SITE).href}">${siteStrings(lang).currentLink}</a></p>`;
  return `<noscript><link rel="stylesheet" href="${CDN}/nutrient-interaction.css"\n      integrity="${integrity}" crossorigin="anonymous">${current}</noscript>`;
}

/** A pinned script tag for one of our CDN files; throws rather than leave the integrity out. */
function scriptTag(file, attributes) {
  const integrity = SRI[file];
  if (!/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(integrity ?? '')) throw new Error(`no integrity hash for ${file}`);
  return `<script ${attributes ? `${attributes} ` : ''}src="${CDN}/${file}"\n        integrity="${integrity}" crossorigin="anonymous"${file === 'embed-host.js' ? ' defer' : ''}></script>`;
}

const topicsFolder = new URL('../src/data/topics/', import.meta.url);
const json = async (path) => (await fetch(new URL(path, topicsFolder))).json();
// A translation's interface strings (labels, the audience note, the untranslated note), loaded when first chosen.
const uiRead = new Map();
const ui = (lang) => {
  if (!uiRead.has(lang)) uiRead.set(lang, json(`${lang}/_ui.json`).then((j) => ({ labels: readTranslation(j).labels, audienceNote: j.audienceNote, untranslated: j.untranslated })));
  return uiRead.get(lang);
};

/**
 * The prerendered element: the card drawn by the element's own templates (as the build's snippets are), serialised
 * without Lit's markers. Reading outerHTML is fine; nothing here writes HTML from a string.
 */
async function prerendered(summary, audience, lang, attrs, structured) {
  const host = document.createElement('div');
  // As the build does (scripts/prerender.ts): the card's strings follow its content, and an English card standing in
  // for a translation not written yet carries the asked language's note.
  const written = summary.lang;
  const strings = written === SOURCE_LANG ? undefined : await ui(written);
  const notice = written === lang ? undefined : { text: (await ui(lang)).untranslated, lang };
  render(card(summary, { audience, headingLevel: 2, audienceNote: strings ? strings.audienceNote[audience] : AUDIENCE_NOTE[audience], labels: strings?.labels, notice }), host);
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.remove());
  host.querySelectorAll('*').forEach((n) => n.removeAttribute('data-lit'));
  // Crawlers read the JSON-LD without running the script; the element leaves a snippet's own JSON-LD in place.
  const jsonLd = structured ? `\n<script type="application/ld+json">${jsonLdText(summary)}</script>` : '';
  return `<nutrient-interaction ${attrs}>\n${host.innerHTML.trim()}${jsonLd}\n</nutrient-interaction>`;
}

/** Writes a snippet, or in its place why there is none. */
function show(id, build) {
  const target = document.getElementById(id);
  const copy = document.querySelector(`[data-copy="${id}"]`);
  try {
    target.textContent = build();
    copy.disabled = false;
  } catch (e) {
    target.textContent = `No snippet: ${e.message}. Run npm run build, which pins every script with its integrity hash.`;
    copy.disabled = true;
  }
}

let latest = 0;
async function update() {
  const data = new FormData(form);
  const topic = data.get('topic');
  const audience = data.get('audience');
  const theme = data.get('theme');
  const lang = LANGUAGES.includes(data.get('lang')) ? data.get('lang') : SOURCE_LANG;
  // Always a lang: an element without one follows the page's, and the snippet's card is in this language.
  const attrs = [`topic="${topic}"`, audience === 'clinician' ? 'audience="clinician"' : '', `lang="${lang}"`, theme ? `theme="${theme}"` : '']
    .filter(Boolean)
    .join(' ');
  const run = ++latest;
  // A topic the catalog lists without this language is shown from its English file, with the note.
  const translated = lang !== SOURCE_LANG && catalog.topics.find((t) => t.slug === topic)?.languages.includes(lang);
  const summary = await json(`${translated ? `${lang}/` : ''}${topic}.json`);
  const element = await prerendered(summary, audience, lang, attrs, data.get('structured') === 'on');
  if (run !== latest) return;
  show('snippet-prerendered', () => `${element}\n${noscriptTag(topic, audience, lang)}\n${scriptTag('nutrient-interaction.js', 'type="module"')}`);
  // The rule keeps the card's room from the first paint, before the script defines the element.
  const reserve = '<style>nutrient-interaction:not(:defined) { display: block; min-block-size: min(100vh, 60em) }</style>';
  show('snippet-script', () => `${reserve}\n${scriptTag('nutrient-interaction.js', 'type="module"')}\n<nutrient-interaction ${attrs}></nutrient-interaction>`);
  show(
    'snippet-iframe',
    () =>
      `<iframe data-nutrient-interaction title="${escape(summary.title[audience])}" loading="lazy"\n` +
      `        src="${new URL(framePath(lang, topic, audience), SITE).href}"\n` +
      `        style="width:100%;height:900px;border:0"></iframe>\n` +
      scriptTag('embed-host.js'),
  );
  document.getElementById('snippet-npm').textContent =
    `npm install nutrient-interaction\n\n// in your app\nimport 'nutrient-interaction';\n\n<nutrient-interaction ${attrs}></nutrient-interaction>`;
  preview.topic = topic;
  preview.audience = audience;
  preview.lang = lang;
  if (theme) preview.theme = theme;
  else preview.removeAttribute('theme');
}

form.addEventListener('change', update);
document.addEventListener('click', async (e) => {
  const id = e.target.closest?.('[data-copy]')?.dataset.copy;
  if (!id) return;
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(document.getElementById(id).textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
  }
});
update();
