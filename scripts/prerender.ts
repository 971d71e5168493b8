/**
 * Renders the card's own template functions (src/card/templates.ts) to HTML at build time: the prerendered snippets,
 * the WordPress plugin's output and the tests all use this, so the page and the live card share one source of markup.
 *
 *   tsx scripts/prerender.ts          writes dist/snippets/<slug>.html and <slug>-clinician.html for every topic, and
 *                                     those of each other language in dist/snippets/<lang>/ (a step of scripts/build.ts)
 *   tsx scripts/prerender.ts --fixtures [dir]   the same elements without script tags, for the browser tests
 *
 * Every topic is prerendered in every language of src/vocabulary.ts. Where the catalog (index.json, `languages`) says a
 * topic is not translated into a language yet, its card there is the English one with the language's `untranslated`
 * note: what the element draws for it, so snippets, the WordPress plugin and the live card agree.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { card, clampLevel, type SectionId } from '../src/card/templates.js';
import { readTranslation } from '../src/i18n/read-translation.js';
import type { Labels } from '../src/i18n/labels.js';
import { AUDIENCE_NOTE } from '../src/card/audience-note.js';
import { bundledKey } from '../src/data/format.js';
import { checkSummary } from '../src/data/validate.js';
import { runtimeSchema } from './json-schema.js';
import { jsonLdText } from '../src/structured-data.js';
import { LAYOUT_CSS } from './layout-css.js';
import { AUDIENCES, HEADING_LEVELS, LANGUAGES, languageOf, type Lang } from '../src/vocabulary.js';
import { attributeOf } from '../src/element/attributes.js';
import type { Audience, Summary } from '../src/data/schema.js';
import { siteStrings } from '../src/site/strings.js';
import { wordingPath } from '../src/site/paths.js';
import { siteUrl } from './site-url.js';

export { LANGUAGES, type Lang };

export const TOPICS_DIR = 'src/data/topics';
const SOURCE_LANG = LANGUAGES[0];

/** What prerendering reads from a translation's _ui.json: the element's labels, and two strings only prerendering or the fallback needs. */
interface UiStrings {
  labels: Labels;
  /** The note over the English card standing in for a topic not yet translated (the element shows the same). */
  untranslated: string;
  /** The line a prerendered card shows where the live card has its audience choice (translation-only content). */
  audienceNote: Record<Audience, string>;
}

// Read once per language and folder: a build prerenders every topic, wording and heading level with them.
const uiRead = new Map<string, UiStrings>();

/** A translation's interface strings from topics/<lang>/_ui.json; throws, naming the file, when one prerendering needs is missing. */
function uiStrings(lang: Lang, dir = TOPICS_DIR): UiStrings {
  const key = `${dir}\0${lang}`;
  let ui = uiRead.get(key);
  if (!ui) {
    const file = `${dir}/${bundledKey('_ui', lang)}.json`;
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const note = json.audienceNote as Partial<Record<Audience, unknown>> | undefined;
    if (typeof json.untranslated !== 'string') throw new Error(`prerender: ${file} has no "untranslated" string (npm run check:content)`);
    if (!AUDIENCES.every((a) => typeof note?.[a] === 'string')) throw new Error(`prerender: ${file} has no "audienceNote" for ${AUDIENCES.join(' and ')} (npm run check:content)`);
    ui = { labels: readTranslation(json).labels, untranslated: json.untranslated, audienceNote: note as Record<Audience, string> };
    uiRead.set(key, ui);
  }
  return ui;
}

/** The interface strings of a language, as the element gets them (English is built in). */
export function labelsFor(lang: Lang, dir = TOPICS_DIR): Labels | undefined {
  return lang === SOURCE_LANG ? undefined : uiStrings(lang, dir).labels;
}

/** The prerendered card's line about its wording, in the card's language (English in src/card/audience-note.ts). */
export function audienceNoteFor(lang: Lang, audience: Audience, dir = TOPICS_DIR): string {
  return lang === SOURCE_LANG ? AUDIENCE_NOTE[audience] : uiStrings(lang, dir).audienceNote[audience];
}

// The catalog's `languages` per topic, read once per folder (the content check keeps it in step with the files).
const catalogRead = new Map<string, Map<string, readonly string[]>>();

/** The languages a topic is written in, from the catalog (topics/index.json); the source language alone when unlisted. */
export function topicLanguages(slug: string, dir = TOPICS_DIR): readonly string[] {
  let bySlug = catalogRead.get(dir);
  if (!bySlug) {
    const { topics } = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8')) as { topics: { slug: string; languages: string[] }[] };
    bySlug = new Map(topics.map((t) => [t.slug, t.languages]));
    catalogRead.set(dir, bySlug);
  }
  return bySlug.get(slug) ?? [SOURCE_LANG];
}

export interface PrerenderOptions {
  audience: Audience;
  /**
   * Language asked for (default: the summary's own). Its summary comes from topics/<lang>/; where the topic is not
   * translated into it yet, the English card is drawn with the language's note over it.
   */
  lang?: Lang;
  /** The topics folder (its _ui.json files and catalog); src/data/topics by default. */
  dir?: string;
  /** The follow-up link the element would draw (same attributes), so nothing appears below the card on upgrade. */
  followUpHref?: string;
  followUpLabel?: string;
  headingLevel?: number;
  /** Sections drawn open (the printable handout opens them all). */
  open?: ReadonlySet<SectionId>;
  /** Attributes for the element besides topic, audience and heading-level (e.g. theme, loading). */
  attributes?: Record<string, string>;
}

export function readTopic(slug: string, dir = TOPICS_DIR, lang: Lang = 'en'): Summary {
  const result = checkSummary(JSON.parse(readFileSync(`${dir}/${bundledKey(slug, lang)}.json`, 'utf8')), runtimeSchema());
  if (!result.ok) throw new Error(`${slug}: ${result.problems.join('; ')}`);
  return result.value;
}

export function topicSlugs(dir = TOPICS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('_')).map((f) => f.slice(0, -5)).sort();
}

// Lit SSR's hydration markers. @lit-labs/ssr has no option to leave them out of a lit-html template (its server-only
// templates refuse the card's event and property bindings), so they are removed here, and loudly: a marker this does
// not know, or none at all, means Lit's output changed (test/node/build-transforms.test.ts renders every topic).
const HYDRATION_MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g;

/** `html` without Lit's hydration comments; throws when it had none, or still has one of another shape after. */
export function stripHydrationMarkers(html: string): string {
  const out = html.replace(HYDRATION_MARKERS, '');
  const left = /<!--\/?lit[^>]*-->|<\?[^>]*>/.exec(out)?.[0];
  if (out === html || left) throw new Error(`prerender: Lit SSR's markers changed (${left ? `left: ${left}` : 'none found'}); update HYDRATION_MARKERS`);
  return out;
}

/** The card's HTML: exactly what the element renders for this summary and options, without Lit's hydration comments. */
export function prerenderCard(summary: Summary, { audience, headingLevel = HEADING_LEVELS[0], lang, dir = TOPICS_DIR, followUpHref, followUpLabel, open }: PrerenderOptions): string {
  // The card's own strings follow its content; only the note is in the language asked for, as the element draws it.
  const written = languageOf(summary.lang);
  const asked = lang ?? written;
  const notice = asked === written ? undefined : { text: uiStrings(asked, dir).untranslated, lang: asked };
  const options = { audience, headingLevel: clampLevel(headingLevel), audienceNote: audienceNoteFor(written, audience, dir), labels: labelsFor(written, dir), notice, followUpHref, followUpLabel, open };
  const html = stripHydrationMarkers(collectResultSync(render(card(summary, options))));
  // Bindings that rendered nothing leave spaces before a tag's '>'; text never holds a raw '>' (it is escaped).
  return html.replace(/\s+>/g, '>').replace(/\n{2,}/g, '\n');
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The whole element: `<nutrient-interaction topic=…>` around the prerendered card. */
export function prerenderElement(slug: string, options: PrerenderOptions & { summary?: Summary }): string {
  const lang = options.lang ?? SOURCE_LANG;
  const dir = options.dir ?? TOPICS_DIR;
  // A topic not yet translated into `lang` is drawn from its English file (with the note, in prerenderCard).
  const summary = options.summary ?? readTopic(slug, dir, topicLanguages(slug, dir).includes(lang) ? lang : SOURCE_LANG);
  const attrs: Record<string, string> = { topic: slug };
  // The element's own lang, English too: otherwise the element follows the page's, and an English card pasted into a
  // Spanish page would switch itself to Spanish. For an English card standing in for a translation it is the language
  // asked for, so the live element keeps asking for that translation and draws the same card and note.
  attrs.lang = lang;
  // The element's defaults (the first audience and heading level) are left unsaid, as an author would write it.
  if (options.audience !== AUDIENCES[0]) attrs.audience = options.audience;
  if (options.headingLevel && options.headingLevel !== HEADING_LEVELS[0]) attrs[attributeOf('headingLevel')] = String(clampLevel(options.headingLevel));
  Object.assign(attrs, options.attributes);
  const open = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return `<nutrient-interaction${open}>\n${prerenderCard(summary, options)}\n</nutrient-interaction>`;
}

/** schema.org JSON-LD for a snippet, as a script element (opt-in: it sits outside the card). */
export function jsonLdTag(summary: Summary): string {
  return `<script type="application/ld+json">${jsonLdText(summary)}</script>`;
}

/**
 * The snippet a publisher pastes: the prerendered element, then its layout stylesheet and the module script, each file
 * pinned by its integrity hash (`base` is the CDN folder, `sri` dist/sri.json). The stylesheet is for readers without
 * JavaScript, inside <noscript>: a stylesheet link holds the page's first paint until it arrives (about 130 ms in
 * npm run bench), and with JavaScript the script brings the same rules. Beside it, for the same readers, who get no
 * corrections from the signed channel: a link to the topic's hosted page, which every build brings up to date.
 */
export function snippet(slug: string, audience: Audience, base: string, sri: Record<string, string>, lang: Lang = SOURCE_LANG, dir = TOPICS_DIR, site = siteUrl()): string {
  return `${prerenderElement(slug, { audience, lang, dir })}
<noscript><link rel="stylesheet" href="${base}/nutrient-interaction.css" integrity="${sri['nutrient-interaction.css']}" crossorigin="anonymous">${currentLink(site, slug, audience, lang)}</noscript>
<script type="module" src="${base}/nutrient-interaction.js" integrity="${sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>
`;
}

/** The line under a snippet for readers without JavaScript: the topic's hosted page, in the snippet's language and wording. */
export const currentLink = (site: string, slug: string, audience: Audience, lang: Lang) =>
  `<p class="ni-current"><a href="${new URL(wordingPath(lang, slug, audience), site).href}">${siteStrings(lang).currentLink}</a></p>`;

/** The folder of a language's files under `root`: the source language at the top, the others in <lang>/. */
const langFolder = (root: string, lang: Lang) => (lang === SOURCE_LANG ? root : `${root}/${lang}`);

/** For the browser tests: every topic in every language and wording, element only. */
export function writeFixtures(out = '.cache/prerendered', dir = TOPICS_DIR): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/nutrient-interaction.css`, LAYOUT_CSS);
  for (const lang of LANGUAGES) {
    mkdirSync(langFolder(out, lang), { recursive: true });
    for (const slug of topicSlugs(dir)) {
      for (const audience of AUDIENCES) writeFileSync(`${langFolder(out, lang)}/${slug}-${audience}.html`, prerenderElement(slug, { audience, lang, dir }));
    }
  }
}

/** After the Vite builds and scripts/sri.mjs: dist/snippets/, each pinned by dist/sri.json. */
export function writeSnippets(dir = TOPICS_DIR, out = 'dist/snippets'): string {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8'));
  const base = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;
  const site = siteUrl();
  let standIns = 0;
  for (const lang of LANGUAGES) {
    mkdirSync(langFolder(out, lang), { recursive: true });
    for (const slug of topicSlugs(dir)) {
      if (!topicLanguages(slug, dir).includes(lang)) standIns++;
      // The first audience is the element's default: its snippet is the plain <slug>.html.
      for (const audience of AUDIENCES) {
        writeFileSync(`${langFolder(out, lang)}/${slug}${audience === AUDIENCES[0] ? '' : `-${audience}`}.html`, snippet(slug, audience, base, sri, lang, dir, site));
      }
    }
  }
  const others = LANGUAGES.slice(1).map((l) => `${l}/`).join(', ');
  return `wrote ${out}/ (and ${others}) for ${topicSlugs(dir).length} topics${standIns ? `; ${standIns} not yet translated show the English card with a note` : ''}`;
}

if (process.argv[1]?.endsWith('prerender.ts') && process.argv[2] === '--fixtures') writeFixtures(process.argv[3]);
else if (process.argv[1]?.endsWith('prerender.ts')) console.log(`prerender: ${writeSnippets()}`);
