/**
 * Content check for topic files: runs in `npm test` and fails with "file: json.path: problem" lines.
 * Usage: tsx scripts/check-content.ts [dir]   (default src/data/topics)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTopic } from '../src/data/content-rules.js';

const dir = process.argv[2] ?? 'src/data/topics';
const today = new Date().toISOString().slice(0, 10);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
let failures = 0;

if (!files.length) {
  console.error(`${dir}: no topic files found`);
  process.exit(1);
}

for (const file of files) {
  const path = join(dir, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    console.error(`${path}: not valid JSON (${(e as Error).message})`);
    failures++;
    continue;
  }
  const { problems, grades } = checkTopic(json, { file, today });
  const gradeText = Object.entries(grades)
    .map(([section, g]) => `${section} ${g.toFixed(1)}`)
    .join(', ');
  for (const p of problems) console.error(`${path}: ${p}`);
  if (problems.length) failures++;
  if (gradeText) console.log(`${problems.length ? 'FAIL' : 'ok'} ${path}  patient reading grade: ${gradeText}`);
}

if (failures) {
  console.error(`content check: ${failures} of ${files.length} file(s) failed`);
  process.exit(1);
}
console.log(`content check: ${files.length} file(s) passed`);
