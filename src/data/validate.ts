import { checkJson, type JsonSchema } from './json-schema-check.js';
import { citesOf } from './cites.js';
import type { Summary } from './schema.js';

export type ValidationResult = { ok: true; value: Summary } | { ok: false; problems: string[] };

/**
 * Checks unknown JSON against the summary format before anything renders; problems read as "json.path: message".
 * Uses the JSON Schema generated from tools/content/schema-valibot.ts (small at runtime), plus the cross-field rules a schema cannot say.
 * checkJson also refuses invisible and text-direction characters in every string (see json-schema-check.ts).
 */
export function checkSummary(input: unknown, schema: JsonSchema): ValidationResult {
  const problems = checkJson(schema, input);
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
  return problems.length ? { ok: false, problems } : { ok: true, value: summary };
}
