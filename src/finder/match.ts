import type { CatalogTopic } from './kit.js';

/** A name as the finder compares it: lower case, without accents, single spaces ("Vitamina  D" → "vitamina d"). */
export const normalize = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export interface Name {
  /** As the catalog spells it. */
  name: string;
  /** Topics that list it. */
  slugs: string[];
}

/** Every name of a language (a topic not yet translated lends its English names), by normalized spelling. */
export function namesOf(topics: CatalogTopic[], lang: string): Map<string, Name> {
  const names = new Map<string, Name>();
  for (const t of topics) {
    for (const name of t.names[lang] ?? t.names.en ?? []) {
      const key = normalize(name);
      const entry = names.get(key) ?? { name, slugs: [] };
      if (!entry.slugs.includes(t.slug)) entry.slugs.push(t.slug);
      names.set(key, entry);
    }
  }
  return names;
}

/**
 * Names for what the reader has typed: those that start with it first, then those with a word that does, A to Z within
 * each; at most `limit`.
 */
export function suggest(names: Map<string, Name>, typed: string, lang: string, limit = 8): Name[] {
  const q = normalize(typed);
  if (!q) return [];
  const starts: Name[] = [];
  const words: Name[] = [];
  for (const [key, entry] of names) {
    if (key.startsWith(q)) starts.push(entry);
    else if (key.split(/[\s\-(/]+/).some((w) => w.startsWith(q))) words.push(entry);
  }
  const az = (a: Name, b: Name) => a.name.localeCompare(b.name, lang, { sensitivity: 'base' });
  return [...starts.sort(az), ...words.sort(az)].slice(0, limit);
}
