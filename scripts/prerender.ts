/**
 * Renders the card's own template functions (src/card/templates.ts) to HTML at build time: the prerendered snippets,
 * the WordPress plugin's output and the tests all use this, so the page and the live card share one source of markup.
 *
 *   tsx scripts/prerender.ts          writes dist/snippets/<slug>.html and <slug>-clinician.html for every topic, and
 *                                     the Spanish ones in dist/snippets/es/ (a step of scripts/build.ts)
 *   tsx scripts/prerender.ts --fixtures [dir]   the same elements without script tags, for the browser tests
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { card, clampLevel } from '../src/card/templates.js';
import { readTranslation } from '../src/i18n/read-translation.js';
import type { Labels } from '../src/i18n/labels.js';
import { AUDIENCE_NOTE } from '../src/card/audience-note.js';
import { bundledKey } from '../src/data/format.js';
import { checkSummary } from '../src/data/validate.js';
import { runtimeSchema } from './json-schema.js';
import { medicalWebPage } from '../src/structured-data.js';
import { LAYOUT_CSS } from './layout-css.js';
import type { Audience, Summary } from '../src/data/schema.js';

export const TOPICS_DIR = 'src/data/topics';

export type Lang = 'en' | 'es';
export const LANGUAGES: readonly Lang[] = ['en', 'es'];

// Read once per language and folder: a build prerenders every topic, wording and heading level with them.
const labelsRead = new Map<string, Labels | undefined>();

/** The interface strings of a language, as the element gets them (English is built in). */
export function labelsFor(lang: Lang, dir = TOPICS_DIR): Labels | undefined {
  const key = `${dir}\0${lang}`;
  if (!labelsRead.has(key)) {
    labelsRead.set(key, lang === 'en' ? undefined : readTranslation(JSON.parse(readFileSync(`${dir}/${bundledKey('_ui', lang)}.json`, 'utf8'))).labels);
  }
  return labelsRead.get(key);
}

export interface PrerenderOptions {
  audience: Audience;
  /** Language of the card (default English); its summary comes from topics/<lang>/. */
  lang?: Lang;
  /** The follow-up link the element would draw (same attributes), so nothing appears below the card on upgrade. */
  followUpHref?: string;
  followUpLabel?: string;
  headingLevel?: number;
  /** Attributes for the element besides topic, audience and heading-level (e.g. theme, loading). */
  attributes?: Record<string, string>;
}

export function readTopic(slug: string, dir = TOPICS_DIR, lang: Lang = 'en'): Summary {
  const result = checkSummary(JSON.parse(readFileSync(`${dir}/${bundledKey(slug, lang)}.json`, 'utf8')), runtimeSchema());
  if (!result.ok) throw new Error(`${slug}: ${result.problems.join('; ')}`);
  return result.value;
}

export function topicSlugs(dir = TOPICS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json').map((f) => f.slice(0, -5)).sort();
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
export function prerenderCard(summary: Summary, { audience, headingLevel = 2, lang = 'en', followUpHref, followUpLabel }: PrerenderOptions): string {
  const options = { audience, headingLevel: clampLevel(headingLevel), audienceNote: AUDIENCE_NOTE[lang][audience], labels: labelsFor(lang), followUpHref, followUpLabel };
  const html = stripHydrationMarkers(collectResultSync(render(card(summary, options))));
  // Bindings that rendered nothing leave spaces before a tag's '>'; text never holds a raw '>' (it is escaped).
  return html.replace(/\s+>/g, '>').replace(/\n{2,}/g, '\n');
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The whole element: `<nutrient-interaction topic=…>` around the prerendered card. */
export function prerenderElement(slug: string, options: PrerenderOptions & { summary?: Summary }): string {
  const lang = options.lang ?? 'en';
  const summary = options.summary ?? readTopic(slug, TOPICS_DIR, lang);
  const attrs: Record<string, string> = { topic: slug };
  // The element's own lang, English too: otherwise the element follows the page's, and an English card pasted into a
  // Spanish page would switch itself to Spanish.
  attrs.lang = lang;
  if (options.audience !== 'patient') attrs.audience = options.audience;
  if (options.headingLevel && options.headingLevel !== 2) attrs['heading-level'] = String(clampLevel(options.headingLevel));
  Object.assign(attrs, options.attributes);
  const open = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return `<nutrient-interaction${open}>\n${prerenderCard(summary, options)}\n</nutrient-interaction>`;
}

/** schema.org JSON-LD for a snippet, as a script element (opt-in: it sits outside the card). */
export function jsonLdTag(summary: Summary): string {
  return `<script type="application/ld+json">${JSON.stringify(medicalWebPage(summary)).replace(/</g, '\\u003c')}</script>`;
}

/**
 * The snippet a publisher pastes: the prerendered element, then its layout stylesheet and the module script, each file
 * pinned by its integrity hash (`base` is the CDN folder, `sri` dist/sri.json). The stylesheet is for readers without
 * JavaScript, inside <noscript>: a stylesheet link holds the page's first paint until it arrives (about 130 ms in
 * npm run bench), and with JavaScript the script brings the same rules.
 */
export function snippet(slug: string, audience: Audience, base: string, sri: Record<string, string>, lang: Lang = 'en'): string {
  return `${prerenderElement(slug, { audience, lang })}
<noscript><link rel="stylesheet" href="${base}/nutrient-interaction.css" integrity="${sri['nutrient-interaction.css']}" crossorigin="anonymous"></noscript>
<script type="module" src="${base}/nutrient-interaction.js" integrity="${sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>
`;
}

/** For the browser tests: every topic prerendered in both wordings, element only. */
export function writeFixtures(out = '.cache/prerendered'): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/nutrient-interaction.css`, LAYOUT_CSS);
  for (const lang of LANGUAGES) {
    const dir = lang === 'en' ? out : `${out}/${lang}`;
    mkdirSync(dir, { recursive: true });
    for (const slug of topicSlugs()) {
      for (const audience of ['patient', 'clinician'] as const) writeFileSync(`${dir}/${slug}-${audience}.html`, prerenderElement(slug, { audience, lang }));
    }
  }
}

/** After the Vite builds and scripts/sri.mjs: dist/snippets/, each pinned by dist/sri.json. */
export function writeSnippets(): string {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const sri = JSON.parse(readFileSync('dist/sri.json', 'utf8'));
  const base = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;
  for (const lang of LANGUAGES) {
    const dir = lang === 'en' ? 'dist/snippets' : `dist/snippets/${lang}`;
    mkdirSync(dir, { recursive: true });
    for (const slug of topicSlugs()) {
      writeFileSync(`${dir}/${slug}.html`, snippet(slug, 'patient', base, sri, lang));
      writeFileSync(`${dir}/${slug}-clinician.html`, snippet(slug, 'clinician', base, sri, lang));
    }
  }
  return `wrote dist/snippets/ (and ${LANGUAGES.slice(1).join(', ')}/) for ${topicSlugs().length} topics`;
}

if (process.argv[1]?.endsWith('prerender.ts') && process.argv[2] === '--fixtures') writeFixtures(process.argv[3]);
else if (process.argv[1]?.endsWith('prerender.ts')) console.log(`prerender: ${writeSnippets()}`);
