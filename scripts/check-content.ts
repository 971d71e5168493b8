/**
 * Content check for topic files; part of `npm test`. Prints "file: json.path: problem" lines and exits 1 on any.
 * Besides the schema and the editorial rules, it refuses duplicate keys (read from the raw text) and invisible or
 * text-direction characters in any string (the element's own validator refuses those too).
 *
 *   tsx scripts/check-content.ts                    every topic in src/data/topics and its language folders
 *                                                   (src/data/topics/es/…), and the catalog (index.json)
 *   tsx scripts/check-content.ts some/dir           the same for another folder
 *   tsx scripts/check-content.ts a.json b.json      just these files (no catalog)
 *
 * A file in a language folder (`es/<slug>.json`, one folder for each language of src/vocabulary.ts after the first)
 * is a translation: it is also checked against the English file of the same name one folder up (same claims,
 * citations, evidence strengths and references). Patient wording is scored with Flesch–Kincaid in English and INFLESZ
 * in Spanish; a language with no readability formula set up is held to structure and to its source only, and the
 * check prints that its reading level was not measured. A topic may be in English only (the catalog's `languages`
 * lists what exists; readers of another language get the English card with a note): the check says so, and passes.
 *   tsx scripts/check-content.ts --write-catalog    regenerate src/data/topics/index.json, then check
 *   tsx scripts/check-content.ts --fix-numbers      first rewrite Spanish files' numbers to the typography rule
 *                                                   (solid four-digit numbers, non-breaking spaces written as \u00a0)
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { buildCatalog, checkCatalog, checkInterfaceStrings, checkTopic, checkTranslation, checkVersioning } from '../tools/content/content-rules.js';
import { fixSpanishNumbers } from '../tools/content/fact-rules.js';
import { LABELS } from '../src/i18n/labels.js';
import { LOAD_ERROR_CODES } from '../src/load/load-error.js';
import type { Summary } from '../src/data/schema.js';
import { LANGUAGES } from '../src/vocabulary.js';
import { summaryJsonSchema } from './json-schema.js';

const CATALOG = 'index.json';
const args = process.argv.slice(2);
const writeCatalog = args.includes('--write-catalog');
const fixNumbers = args.includes('--fix-numbers');
const EVIDENCE = 'src/data/evidence';
const targets = args.filter((a) => !a.startsWith('--'));
const dir = targets.length === 0 ? 'src/data/topics' : targets.length === 1 && statSync(targets[0]!).isDirectory() ? targets[0]! : undefined;
// A folder named like a language tag holds translations; it must be one of the vocabulary's (reported below if not).
const LANGUAGE_DIR = /^[a-z]{2,3}$/;
const TRANSLATIONS: readonly string[] = LANGUAGES.slice(1);
// Files named _*.json are not topics: a language folder's _ui.json holds its interface strings.
const jsonIn = (d: string) => readdirSync(d).filter((f) => f.endsWith('.json') && f !== CATALOG && !f.startsWith('_')).sort().map((f) => join(d, f));
const languageDirs = dir ? readdirSync(dir).filter((d) => LANGUAGE_DIR.test(d) && statSync(join(dir, d)).isDirectory()).sort() : [];
const files = dir ? [...jsonIn(dir), ...languageDirs.flatMap((d) => jsonIn(join(dir, d)))] : targets;
// A translation's source: the file of the same name one folder up, when the folder is named like a language.
const sourceOf = (path: string) => (LANGUAGE_DIR.test(basename(dirname(path))) ? join(dirname(dirname(path)), basename(path)) : undefined);

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

const summaries: Summary[] = [];
const translations: Summary[] = [];
const sources = new Map<string, Summary>();
for (const path of files) {
  let json: unknown;
  if (fixNumbers && basename(dirname(path)) === 'es') rewriteSpanishNumbers(path);
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
  const { problems, grades, scale, summary } = checkTopic(json, { file: basename(path), today, evidence, source });
  const sourcePath = sourceOf(path);
  // A topics folder is published: its topics carry their version history (a single file may be a draft).
  if (summary && dir) problems.push(...checkVersioning(summary));
  if (summary && sourcePath) {
    if (summary.lang !== basename(dirname(path))) problems.push(`lang: "${summary.lang}" but the file is in the folder "${basename(dirname(path))}"`);
    const english = sources.get(sourcePath) ?? readSource(sourcePath);
    if (!english) problems.push(`no English source ${sourcePath} that passes the check`);
    else problems.push(...checkTranslation(summary, english));
  }
  // The published JSON Schema must agree with the runtime validator on every file the validator accepts.
  if (summary && !jsonSchemaValidate(json)) {
    for (const e of jsonSchemaValidate.errors ?? []) problems.push(`JSON Schema: ${e.instancePath || '/'} ${e.message}`);
  }
  problems.forEach((p) => fail(path, p));
  if (summary && sourcePath) translations.push(summary);
  else if (summary) {
    summaries.push(summary);
    sources.set(path, summary);
  }
  const gradeText = Object.entries(grades).map(([section, g]) => `${section} ${g.toFixed(1)}`).join(', ');
  const scaleName = scale === 'inflesz' ? 'patient INFLESZ (≥ 65)' : 'patient reading grade';
  if (gradeText) console.log(`${problems.length ? 'FAIL' : 'ok  '} ${path}  ${scaleName}: ${gradeText}`);
  else if (scale === 'none') console.log(`${problems.length ? 'FAIL' : 'ok  '} ${path}  reading level not measured (no readability formula for "${summary?.lang}"; structure and source checked)`);
}

if (dir) {
  for (const lang of languageDirs) {
    if (!TRANSLATIONS.includes(lang)) fail(join(dir, lang), `not a language of src/vocabulary.ts (${LANGUAGES.join(', ')}): add it to LANGUAGES there, or rename the folder`);
  }
  // Every language of the vocabulary needs its interface strings, even with no topic translated yet: the build draws
  // each topic in it (the English card, with its note) from them.
  for (const lang of TRANSLATIONS) {
    const ui = join(dir, lang, '_ui.json');
    if (!existsSync(ui)) fail(ui, `missing: ${lang} is a language of src/vocabulary.ts, and needs its interface strings`);
    else checkInterfaceStrings(JSON.parse(readFileSync(ui, 'utf8')), LABELS, LOAD_ERROR_CODES).forEach((p) => fail(ui, p));
  }
  // Topics not in every language yet are fine (their readers get the English card with a note); say which.
  for (const s of summaries) {
    const languages = [LANGUAGES[0], ...translations.filter((t) => t.slug === s.slug).map((t) => t.lang)];
    const missing = TRANSLATIONS.filter((l) => !languages.includes(l));
    if (missing.length) console.log(`note ${s.slug}: in ${languages.join(', ')} only; ${missing.join(', ')} readers get the English card with a note`);
  }
  const catalogPath = join(dir, CATALOG);
  if (writeCatalog) {
    writeFileSync(catalogPath, `${JSON.stringify(buildCatalog(summaries, translations), null, 2)}\n`);
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
    if (catalog !== undefined) checkCatalog(catalog, summaries, translations).forEach((p) => fail(catalogPath, `${p} (run npm run catalog)`));
  }
}

/** Rewrites only the JSON strings that change, so the file keeps its layout; the escape keeps the space visible. */
function rewriteSpanishNumbers(path: string) {
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(/"(?:[^"\\]|\\.)*"/g, (token) => {
    const value = JSON.parse(token) as string;
    const better = fixSpanishNumbers(value);
    return better === value ? token : JSON.stringify(better).replaceAll('\u00a0', '\\u00a0');
  });
  if (fixed !== text) {
    writeFileSync(path, fixed);
    console.log(`rewrote numbers in ${path}`);
  }
}

function readSource(path: string): Summary | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return checkTopic(JSON.parse(readFileSync(path, 'utf8')), { file: basename(path), today, evidence: undefined }).summary;
  } catch {
    return undefined;
  }
}

if (failed) {
  console.error(`content check: ${failed} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`content check: ${files.length} topic file(s) passed${dir ? ', catalog up to date' : ''}`);
