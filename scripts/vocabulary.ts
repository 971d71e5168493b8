/**
 * The shared vocabulary (src/vocabulary.ts, and the element's attribute table in src/element/attributes.ts) as JSON,
 * for the layers that cannot import TypeScript: the WordPress plugin's PHP and its block editor script read
 * vocabulary.json from the plugin folder (scripts/build-wordpress.ts copies it there), and dist/vocabulary.json is
 * shipped in the package for anyone else's tooling. A step of scripts/build.ts; `tsx scripts/vocabulary.ts` prints it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { AUDIENCES, HEADING_LEVELS, LANGUAGES, SLUG_MAX, SLUG_PATTERN } from '../src/vocabulary.js';
import { OBSERVED } from '../src/element/attributes.js';

export const VOCABULARY_FILE = 'dist/vocabulary.json';

export interface Vocabulary {
  /** Card languages; the first is the source language every topic is written in. */
  languages: string[];
  /** Each language's name in itself ("English", "español"), for pickers; the code where Node's ICU knows no name. */
  languageNames: Record<string, string>;
  audiences: string[];
  headingLevels: number[];
  /** The topic slug rule as a pattern without delimiters, the same in JavaScript and PCRE (PHP's preg_match). */
  slugPattern: string;
  slugMax: number;
  /** Every attribute the element observes (its reflected properties in kebab-case, and `lang`). */
  attributes: string[];
}

/** The language's own name for itself, capitalised as a picker shows it (Intl gives "español"). */
function selfName(lang: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(lang);
  } catch {
    name = undefined;
  }
  return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : lang;
}

export function vocabulary(): Vocabulary {
  // The slug rule must mean the same in PCRE: no flags, and only syntax the two engines share.
  if (SLUG_PATTERN.flags) throw new Error(`vocabulary: SLUG_PATTERN has flags (${SLUG_PATTERN.flags}); PHP reads the pattern without them`);
  return {
    languages: [...LANGUAGES],
    languageNames: Object.fromEntries(LANGUAGES.map((l) => [l, selfName(l)])),
    audiences: [...AUDIENCES],
    headingLevels: [...HEADING_LEVELS],
    slugPattern: SLUG_PATTERN.source,
    slugMax: SLUG_MAX,
    attributes: [...OBSERVED],
  };
}

/** Writes dist/vocabulary.json (after the clean step; the WordPress step copies it into the plugin). */
export function writeVocabulary(file = VOCABULARY_FILE): string {
  mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  const v = vocabulary();
  writeFileSync(file, `${JSON.stringify(v, null, 2)}\n`);
  return `${file} (${v.languages.join(', ')}; ${v.attributes.length} attributes)`;
}

if (process.argv[1]?.endsWith('vocabulary.ts')) console.log(JSON.stringify(vocabulary(), null, 2));
