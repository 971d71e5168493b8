/**
 * The WordPress plugin's cards, one source for both places that make them: the plugin zip (scripts/build-wordpress.ts,
 * prerendered/<key>/<audience>-h<level>.html) and the signed channel's WordPress bundles (scripts/channel.ts,
 * channel/wordpress/<lang>/<slug>.json), which a site's daily check installs as corrections. Each card is the element
 * prerendered with `updates="off"` (the plugin installs corrections on the server; its cards do not ask the channel
 * from the reader's browser), checked against the contract the plugin's allowed list is written for.
 */
import { prerenderElement, readTopic, topicLanguages, TOPICS_DIR } from './prerender.js';
import { checkSummary } from '../src/data/validate.js';
import { runtimeSchema } from './json-schema.js';
import { AUDIENCES, HEADING_LEVELS, LANGUAGES, type Lang } from '../src/vocabulary.js';
import { attributeOf, OBSERVED } from '../src/element/attributes.js';
import type { Summary } from '../src/data/schema.js';

const SOURCE_LANG = LANGUAGES[0];

const fail = (message: string): never => {
  throw new Error(`wordpress cards: ${message}`);
};

/** A card's name in a set: `<audience>-h<level>`, as the plugin stores it. */
export const cardName = (audience: string, headingLevel: number) => `${audience}-h${headingLevel}`;

/** A topic file's JSON as prerendering reads it (checked against the format, as readTopic does). */
export function parseSummary(json: unknown, where: string): Summary {
  const result = checkSummary(json, runtimeSchema());
  if (!result.ok) fail(`${where}: ${result.problems.join('; ')}`);
  return (result as { value: Summary }).value;
}

/**
 * The summary the plugin's `lang` cards of a topic draw: its translation, or the English file where the catalog says
 * it is not translated yet (the card then carries the language's note).
 */
export function cardSummary(slug: string, lang: Lang, dir = TOPICS_DIR): Summary {
  return readTopic(slug, dir, topicLanguages(slug, dir).includes(lang) ? lang : SOURCE_LANG);
}

/** The card languages a summary is drawn in: its own, and for an English one each language the topic lacks. */
export function cardLanguages(summary: Summary, dir = TOPICS_DIR): Lang[] {
  if (summary.lang !== SOURCE_LANG) return [summary.lang as Lang];
  const written = topicLanguages(summary.slug, dir);
  return LANGUAGES.filter((l) => l === SOURCE_LANG || !written.includes(l));
}

/**
 * Every card of one topic in one language, `{ "<audience>-h<level>": html }` for each audience and heading level,
 * drawn from `summary` (default: the bundled file, cardSummary). Throws, naming the card, when one breaks the contract.
 */
export function wordpressCards(slug: string, lang: Lang, summary: Summary = cardSummary(slug, lang)): Record<string, string> {
  if (summary.slug !== slug) fail(`${slug} ${lang}: the summary is ${summary.slug}`);
  const level = attributeOf('headingLevel');
  const cards: Record<string, string> = {};
  for (const audience of AUDIENCES) {
    for (const headingLevel of HEADING_LEVELS) {
      const html = prerenderElement(slug, { audience, headingLevel, lang, summary, attributes: { updates: 'off' } });
      const where = `${slug} ${lang} ${audience} h${headingLevel}`;
      // The opening tag, its attributes with the element's defaults (the first audience and level) filled in.
      const open = /^<nutrient-interaction\b([^>]*)>/.exec(html)?.[1] ?? fail(`${where}: does not start with <nutrient-interaction>`);
      const attrs: Record<string, string> = {
        audience: AUDIENCES[0],
        [level]: String(HEADING_LEVELS[0]),
        ...Object.fromEntries([...open.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])),
      };
      for (const [name, value] of [['topic', slug], ['audience', audience], [level, String(headingLevel)], ['lang', lang], ['updates', 'off']] as const) {
        if (attrs[name] !== value) fail(`${where}: the element has ${name}="${attrs[name]}", not "${value}"`);
      }
      // The plugin's allowed list lets the element keep its own attributes (vocabulary.json) but src (its cards are bundled).
      const stray = Object.keys(attrs).filter((name) => name === 'src' || !OBSERVED.includes(name));
      if (stray.length) fail(`${where}: the element has ${stray.join(', ')}, which the plugin does not allow on it`);
      if (!html.trimEnd().endsWith('</nutrient-interaction>')) fail(`${where}: does not end with </nutrient-interaction>`);
      const banned = /<(script|style|template|iframe|object|embed)\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:/i.exec(html);
      if (banned) fail(`${where}: contains ${banned[0]}, which the plugin does not allow`);
      if (summary.version !== undefined && !html.includes(`data-version="${summary.version}"`)) fail(`${where}: the card does not say data-version="${summary.version}"`);
      cards[cardName(audience, headingLevel)] = html;
    }
  }
  return cards;
}
