/**
 * The words every layer shares, written once: the element and its loader, the build (topic files, prerendered
 * snippets, the iframe page), the content check, and the WordPress plugin, whose PHP and editor script read the copy
 * the build generates from this module (scripts/vocabulary.ts → vocabulary.json). Adding a language is one edit here
 * plus its content: topics/<lang>/_ui.json (interface strings) and the topics translated so far.
 * Imports nothing, so any module (browser or build) can use it without closing an import loop.
 */

/** Card languages. The first is the one every topic is written in; the others are translations of it. */
export const LANGUAGES = ['en', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The two wordings of every text, in the order the audience choice shows them (the first is the default). */
export const AUDIENCES = ['patient', 'clinician'] as const;

/** Levels the question heading may take (the card's other headings use the next level). The first is the default. */
export const HEADING_LEVELS = [2, 3, 4, 5] as const;

/** Topic slugs and reference ids: lowercase letters and digits, single hyphens between, at most SLUG_MAX long. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 64;

/** The card language for a BCP 47 tag (`es-MX` → `es`), or the first language when it is not one of them. */
export function languageOf(tag: string): Lang {
  const primary = tag.toLowerCase().split('-')[0];
  return LANGUAGES.find((l) => l === primary) ?? LANGUAGES[0];
}
