import { checkJson } from './json-schema-check.js';
import { citesOf } from './cites.js';
import type { Summary } from './schema.js';
import { summarySchema } from './summary-schema.js';

export type ValidationResult = { ok: true; value: Summary } | { ok: false; problems: string[] };

/**
 * Checks unknown JSON against the summary format before anything renders; problems read as "json.path: message".
 * Uses the JSON Schema generated from schema.ts (small at runtime), plus the rules a schema cannot say: citations
 * resolve, reference ids are unique, and no text hides characters a reader cannot see.
 */
export function validateSummary(input: unknown): ValidationResult {
  const problems = checkJson(summarySchema, input);
  if (problems.length) return { ok: false, problems };
  const summary = input as Summary;
  const ids = new Set<string>();
  summary.references.forEach((r, i) => {
    if (ids.has(r.id)) problems.push(`references.${i}.id: duplicate reference id "${r.id}"`);
    ids.add(r.id);
  });
  for (const { cites, where } of citesOf(summary)) {
    for (const id of cites) if (!ids.has(id)) problems.push(`${where}: cites "${id}", which is not in references`);
  }
  for (const [path, text] of strings(summary, '')) {
    const found = INVISIBLE.exec(text)?.[0];
    if (found) problems.push(`${path}: contains ${invisibleName(found)}, which readers cannot see; remove it`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: summary };
}

/**
 * Characters that change what a reader sees without being seen themselves: bidi embeddings, overrides, isolates and
 * marks (they can reorder "2 mg" into "gm 2" or hide a word), zero-width characters, every other invisible format
 * character (Unicode category Cf), and control characters other than tab and line breaks.
 */
export const INVISIBLE = /[\p{Cf}\0-\x08\v\f\x0e-\x1f\x7f-\x9f]/u;

/** "U+202E (a text-direction control)", for messages. */
export function invisibleName(char: string): string {
  const cp = char.codePointAt(0)!;
  const kind = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(char)
    ? 'a text-direction control'
    : /[\u200b-\u200d\u2060\ufeff]/.test(char)
      ? 'a zero-width character'
      : cp < 0xa0
        ? 'a control character'
        : 'an invisible format character';
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} (${kind})`;
}

/** Every string in validated JSON (a tree, so no cycles), with its path as checkJson writes it. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path || '(root)', value];
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* strings(child, path ? `${path}.${key}` : key);
  }
}
