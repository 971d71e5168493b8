import { toJsonSchema } from '@valibot/to-json-schema';
import type { JsonSchema } from '../src/data/json-schema-check.js';
import { ClaimSchema, DoseSchema, FindingSchema, ReferenceSchema, SummarySchema, TextSchema } from '../tools/content/schema-valibot.js';

export const SCHEMA_FILE = 'schema/nutrient-interaction.schema.json';

/**
 * The published JSON Schema, generated from the same valibot schema the element validates with.
 * Cross-field rules (every citation resolves, reference ids are unique) cannot be written in JSON Schema;
 * the element and `npm run check:content` enforce them.
 */
export function summaryJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(SummarySchema, {
    target: 'draft-07',
    errorMode: 'throw',
    ignoreActions: ['raw_check'],
    definitions: { Text: TextSchema, Claim: ClaimSchema, Finding: FindingSchema, Dose: DoseSchema, Reference: ReferenceSchema },
  });
  return {
    ...schema,
    title: 'nutrient-interaction summary',
    description:
      'One topic for the <nutrient-interaction> element: every text in patient and clinician wording, claims citing references by id. Also required: every id in a "cites" list names a reference, and reference ids are unique. "lang" is the language of the wording (bundled topics: "en", or "es" for their Spanish versions in topics/es/<slug>.json, which keep the English file\'s structure, citations, evidence labels, rating and references).',
  };
}

/**
 * The copy the element checks unpinned files against (topics/_schema.json, beside the topics, loaded only when needed):
 * the same JSON Schema without its descriptions.
 */
export function runtimeSchema(): JsonSchema {
  const { title: _t, description: _d, $schema: _s, ...schema } = summaryJsonSchema();
  return schema as JsonSchema;
}
