// The element's small runtime validator must agree with the valibot schema it is generated from (and with ajv on
// the published JSON Schema) on every file we have, valid or broken.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import * as v from 'valibot';
import { SummarySchema } from '../../tools/content/schema-valibot.js';
import { checkSummary } from '../../src/data/validate.js';
import { runtimeSchema, summaryJsonSchema } from '../../scripts/json-schema.js';

const validateSummary = (json: unknown) => checkSummary(json, runtimeSchema());

const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);
const ajvValidate = ajv.compile(summaryJsonSchema());

const files = [
  ...readdirSync('src/data/topics', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.endsWith('_ui.json'))
    .map((f) => `src/data/topics/${f}`),
  ...readdirSync('test/fixtures/content').map((f) => `test/fixtures/content/${f}`),
  'test/fixtures/minimal.json',
  'test/fixtures/invalid.json',
];

describe('runtime validator', () => {
  for (const file of files) {
    it(`agrees with valibot and ajv on ${file}`, () => {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      const byValibot = v.safeParse(SummarySchema, structuredClone(json)).success;
      const byAjv = ajvValidate(structuredClone(json));
      const runtime = validateSummary(structuredClone(json));
      // Cross-field rules and the invisible-character rule exist only in the runtime validator: a file failing only those is
      // valid to the schema libraries.
      const crossFieldOnly = !runtime.ok && runtime.problems.every((p) => /cites "|duplicate reference id|invisible or text-direction character/.test(p));
      assert.equal(byAjv, byValibot, 'ajv and valibot agree');
      assert.equal(runtime.ok || crossFieldOnly, byValibot, runtime.ok ? '' : runtime.problems.join('\n'));
    });
  }

  it('fills in the default language', () => {
    const json = JSON.parse(readFileSync('test/fixtures/minimal.json', 'utf8'));
    const result = validateSummary(json);
    assert.ok(result.ok);
    assert.equal(result.value.lang, 'en');
  });
});
