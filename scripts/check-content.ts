/**
 * Content check for topic files; part of `npm test`. Prints "file: json.path: problem" lines and exits 1 on any.
 * Besides the schema and the editorial rules, it refuses duplicate keys (read from the raw text) and invisible or
 * text-direction characters in any string (the element's own validator refuses those too).
 *
 *   tsx scripts/check-content.ts                    every topic in src/data/topics, and its catalog (index.json)
 *   tsx scripts/check-content.ts some/dir           the same for another folder
 *   tsx scripts/check-content.ts a.json b.json      just these files (no catalog)
 *   tsx scripts/check-content.ts --write-catalog    regenerate src/data/topics/index.json, then check
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { buildCatalog, checkCatalog, checkTopic } from '../src/data/content-rules.js';
import type { Summary } from '../src/data/schema.js';
import { RUNTIME_SCHEMA_FILE, runtimeSchemaModule, summaryJsonSchema } from './json-schema.js';

const CATALOG = 'index.json';
const args = process.argv.slice(2);
const writeCatalog = args.includes('--write-catalog');
const EVIDENCE = 'src/data/evidence';
const targets = args.filter((a) => !a.startsWith('--'));
const dir = targets.length === 0 ? 'src/data/topics' : targets.length === 1 && statSync(targets[0]!).isDirectory() ? targets[0]! : undefined;
const files = dir
  ? readdirSync(dir).filter((f) => f.endsWith('.json') && f !== CATALOG).sort().map((f) => join(dir, f))
  : targets;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const jsonSchemaValidate = ajv.compile(summaryJsonSchema());
const today = new Date().toISOString().slice(0, 10);

let failed = 0;
const fail = (where: string, problem: string) => {
  console.error(`${where}: ${problem}`);
  failed++;
};

if (!files.length) fail(dir ?? '(no files)', 'no topic files found');
// The element validates against a generated copy of the schema; it must match src/data/schema.ts.
if (readFileSync(RUNTIME_SCHEMA_FILE, 'utf8') !== runtimeSchemaModule()) fail(RUNTIME_SCHEMA_FILE, 'stale (run npm run schema)');

const summaries: Summary[] = [];
for (const path of files) {
  let json: unknown;
  const source = readFileSync(path, 'utf8');
  try {
    json = JSON.parse(source);
  } catch (e) {
    fail(path, `not valid JSON (${(e as Error).message})`);
    continue;
  }
  const slug = (json as { slug?: unknown } | null)?.slug;
  const evidencePath = typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug) ? join(EVIDENCE, `${slug}.md`) : undefined;
  const evidence = evidencePath && existsSync(evidencePath) ? readFileSync(evidencePath, 'utf8') : undefined;
  const { problems, grades, summary } = checkTopic(json, { file: basename(path), today, evidence, source });
  // The published JSON Schema must agree with the runtime validator on every file the validator accepts.
  if (summary && !jsonSchemaValidate(json)) {
    for (const e of jsonSchemaValidate.errors ?? []) problems.push(`JSON Schema: ${e.instancePath || '/'} ${e.message}`);
  }
  problems.forEach((p) => fail(path, p));
  if (summary) summaries.push(summary);
  const gradeText = Object.entries(grades).map(([section, g]) => `${section} ${g.toFixed(1)}`).join(', ');
  if (gradeText) console.log(`${problems.length ? 'FAIL' : 'ok  '} ${path}  patient reading grade: ${gradeText}`);
}

if (dir) {
  const catalogPath = join(dir, CATALOG);
  if (writeCatalog) {
    writeFileSync(catalogPath, `${JSON.stringify(buildCatalog(summaries), null, 2)}\n`);
    console.log(`wrote ${catalogPath}`);
  }
  if (!existsSync(catalogPath)) fail(catalogPath, 'missing (run npm run catalog)');
  else {
    let catalog: unknown;
    try {
      catalog = JSON.parse(readFileSync(catalogPath, 'utf8'));
    } catch (e) {
      fail(catalogPath, `not valid JSON (${(e as Error).message})`);
    }
    // Only compare against files that parsed: a broken topic is already reported above.
    if (catalog !== undefined) checkCatalog(catalog, summaries).forEach((p) => fail(catalogPath, `${p} (run npm run catalog)`));
  }
}

if (failed) {
  console.error(`content check: ${failed} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`content check: ${files.length} topic file(s) passed${dir ? ', catalog up to date' : ''}`);
