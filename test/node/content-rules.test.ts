// Node-side: the content rules run in the content check (a Node CLI), and their syllable counter is CommonJS.
import { describe, it, before } from 'node:test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { buildCatalog, checkCatalog, checkTopic, duplicateKeys, fleschKincaidGrade } from '../../src/data/content-rules.js';
import type { Summary } from '../../src/data/schema.js';

const TODAY = '2026-11-24';
// Every fixture reference identifier, as an evidence file would record it.
const EVIDENCE = readFileSync('test/fixtures/evidence/content-fixtures.md', 'utf8');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

async function check(name: string) {
  const source = readFileSync(`test/fixtures/content/${name}.json`, 'utf8');
  return checkTopic(JSON.parse(source), { file: `${name}.json`, today: TODAY, evidence: EVIDENCE, source });
}

// One broken fixture per rule, each with the message the content check must print for it.
const CASES: [string, string][] = [
  ['invalid-schema', 'subjects: Invalid key'],
  ['missing-wording', 'research.0.findings.0.text.clinician'],
  ['unresolved-citation', 'guidelines.keyPoints[0]: cites "ref-zzz", which is not in references'],
  ['uncited-reference', 'references[3] ("ref-d"): never cited'],
  ['uncited-claim', 'guidelines.keyPoints[0]: cites no reference'],
  ['no-identifier', 'references[1] ("ref-b"): has neither a PMID, a DOI nor an http(s) URL'],
  ['hard-patient-wording', 'disclaimer (patient): Flesch–Kincaid grade'],
  ['unknown-status', 'review.status: Invalid type'],
  ['missing-date', 'review.lastUpdated: Invalid key'],
  ['malformed-date', 'review.lastUpdated: must be a date as YYYY-MM-DD'],
  ['future-date', 'review.lastUpdated: 2999-01-01 is in the future'],
  ['missing-bottom-line', 'bottomLine: every topic needs a bottom line'],
  ['editorial-note', 'reads like an editorial note ("could not be verif")'],
  ['unknown-pmid', 'PMID 99999 is not in the topic\'s evidence file'],
  ['slug-mismatch', 'slug: "another-slug" does not match the file name slug-mismatch.json'],
  // JSON.parse keeps the second "status" (approved); the reviewer of the diff sees the first (under-review).
  ['duplicate-key', 'review.status: duplicate key "status" in one object; JSON keeps only the last one'],
  ['bidi-override', 'safety.points.0.text.patient: contains U+202E, an invisible or text-direction character; remove it'],
  ['zero-width', 'guidelines.keyPoints.0.text.patient: contains U+200B, an invisible or text-direction character; remove it'],
];

describe('content rules', () => {
  it('pass the valid fixture and report patient grades per section', async () => {
    const { problems, grades } = await check('valid');
    assert.deepEqual(problems, []);
    assert.deepEqual(Object.keys(grades), ['title', 'bottom line', 'safety', 'guidelines', 'research', 'disclaimer']);
  });

  for (const [name, message] of CASES) {
    it(`fail ${name} with exactly one precise message`, async () => {
      const { problems } = await check(name);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.ok(problems[0]!.includes(message), problems[0]);
    });
  }

  it('find duplicate keys at any depth, also when one is written with escapes, and nothing in strings', () => {
    const text = '{"a": 1, "b": [{"x": "{\\"x\\": 1}", "y": [], "x": 2}], "\\u0061": 3, "c": {"d": [1, {"e": null, "e": {}}]}}';
    assert.deepEqual(duplicateKeys(text).map((p) => p.split(':')[0]), ['b[0].x', 'a', 'c.d[1].e']);
    assert.deepEqual(duplicateKeys(readFileSync('test/fixtures/content/valid.json', 'utf8')), []);
    assert.deepEqual(duplicateKeys(' [ ] '), []);
  });

  it('the content check CLI fails on duplicate keys and invisible characters, naming file and path', () => {
    const files = ['duplicate-key', 'bidi-override', 'zero-width'].map((n) => `test/fixtures/content/${n}.json`);
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', ...files], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      ({ stderr, status } = e as { stderr: string; status: number });
    }
    assert.equal(status, 1);
    assert.match(stderr, /duplicate-key\.json: review\.status: duplicate key "status"/);
    assert.match(stderr, /bidi-override\.json: safety\.points\.0\.text\.patient: contains U\+202E/);
    assert.match(stderr, /zero-width\.json: guidelines\.keyPoints\.0\.text\.patient: contains U\+200B/);
  });

  it('grade plain and technical English as expected', () => {
    assert.ok(fleschKincaidGrade('The cat sat on the mat. It was warm.') < 2);
    const hard =
      'Pharmacokinetic interactions between polyvalent cations and fluoroquinolone antimicrobials substantially reduce bioavailability.';
    assert.ok(fleschKincaidGrade(hard) > 16);
  });

  describe('catalog', () => {
    let alpha: Summary;
    before(async () => {
      const { summary } = checkTopic(readJson('test/fixtures/content/valid.json'), { file: 'valid.json', today: TODAY, evidence: EVIDENCE });
      alpha = summary!;
    });

    it('is built from the topics and then agrees with them', () => {
      const catalog = buildCatalog([alpha]);
      assert.deepEqual(catalog.topics.map((t) => t.slug), ['valid']);
      assert.deepEqual(checkCatalog(catalog, [alpha]), []);
    });

    it('reports a topic missing from the catalog', () => {
      assert.deepEqual(checkCatalog({ schemaVersion: 1, topics: [] }, [alpha]), [
        'topics: "valid" has a topic file but is missing from the catalog',
      ]);
    });

    it('reports a catalog entry with no topic file', () => {
      const catalog = buildCatalog([alpha]);
      assert.deepEqual(checkCatalog(catalog, []), ['topics[0] ("valid"): listed in the catalog but there is no topic file']);
    });

    it('reports a stale entry', () => {
      const catalog = buildCatalog([alpha]);
      catalog.topics[0]!.review.lastUpdated = '2020-01-01';
      assert.deepEqual(checkCatalog(catalog, [alpha]), ['topics[0] ("valid"): out of date with valid.json']);
    });
  });

  it('accept every shipped topic and its catalog', async () => {
    const catalog = readJson('src/data/topics/index.json');
    const summaries: Summary[] = [];
    for (const { slug } of catalog.topics) {
      const source = readFileSync(`src/data/topics/${slug}.json`, 'utf8');
      const evidence = readFileSync(`src/data/evidence/${slug}.md`, 'utf8');
      const { problems, summary } = checkTopic(JSON.parse(source), { file: `${slug}.json`, today: new Date().toISOString().slice(0, 10), evidence, source });
      assert.deepEqual(problems, [], slug);
      summaries.push(summary!);
    }
    assert.deepEqual(checkCatalog(catalog, summaries), []);
  });
});
