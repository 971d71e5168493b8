import { expect } from '@open-wc/testing';
import { checkSummary } from '../../src/data/validate.js';
import type { JsonSchema } from '../../src/data/json-schema-check.js';

async function load(path: string) {
  return (await fetch(path)).json();
}

// The schema as the element loads it: topics/_schema.json, generated from the valibot schema by the build.
const schema: JsonSchema = await load('/src/data/topics/_schema.json');
const validateSummary = (input: unknown) => checkSummary(input, schema);

function problemsOf(input: unknown): string[] {
  const result = validateSummary(input);
  return result.ok ? [] : result.problems;
}

describe('validateSummary', () => {
  let valid: Record<string, any>;
  beforeEach(async () => {
    valid = await load('/test/fixtures/minimal.json');
  });

  it('accepts the bundled k2-d3 topic and the minimal fixture', async () => {
    expect(problemsOf(await load('/src/data/topics/k2-d3.json'))).to.deep.equal([]);
    const result = validateSummary(valid);
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.value.lang).to.equal('en');
  });

  it('rejects things that are not summaries', () => {
    for (const input of [null, 42, 'text', [], {}]) expect(problemsOf(input).length, JSON.stringify(input)).to.be.greaterThan(0);
  });

  it('names the JSON path of a missing wording', () => {
    delete valid.guidelines.keyPoints[0].text.clinician;
    expect(problemsOf(valid).join('\n')).to.contain('guidelines.keyPoints.0.text.clinician');
  });

  it('rejects an empty wording', () => {
    valid.disclaimer.patient = '   ';
    expect(problemsOf(valid).join('\n')).to.contain('disclaimer.patient: must match');
  });

  it('rejects an unknown review status and a malformed date', () => {
    valid.review.status = 'published';
    valid.review.lastUpdated = '8 May 2025';
    const problems = problemsOf(valid).join('\n');
    expect(problems).to.contain('review.status');
    expect(problems).to.contain('review.lastUpdated: must be a date as YYYY-MM-DD');
  });

  it('rejects a non-http(s) link anywhere', () => {
    valid.references[1].url = 'javascript:alert(1)';
    valid.review.editorialPolicyUrl = 'data:text/html,<script>alert(1)</script>';
    const problems = problemsOf(valid).join('\n');
    expect(problems).to.contain('references.1.url: must match ^https?:');
    expect(problems).to.contain('review.editorialPolicyUrl: must match ^https?:');
  });

  it('rejects malformed PMIDs and DOIs', () => {
    valid.references[0].pmid = 'PMID:123';
    valid.references[0].doi = 'doi.org/10.1/x';
    const problems = problemsOf(valid).join('\n');
    expect(problems).to.contain('references.0.pmid');
    expect(problems).to.contain('references.0.doi');
  });

  it('rejects a citation of a reference that does not exist, and duplicate reference ids', () => {
    valid.research[0].findings[0].cites = ['ref-z'];
    valid.references.push({ ...valid.references[0] });
    const problems = problemsOf(valid).join('\n');
    expect(problems).to.contain('research[0].findings[0]: cites "ref-z", which is not in references');
    expect(problems).to.contain('duplicate reference id "ref-a"');
  });

  it('rejects an unknown evidence label, unknown fields and an unknown schema version', () => {
    valid.research[0].findings[0].evidence = 'proven';
    valid.extra = true;
    valid.schemaVersion = 2;
    const problems = problemsOf(valid).join('\n');
    expect(problems).to.contain('research.0.findings.0.evidence');
    expect(problems).to.contain('extra');
    expect(problems).to.contain('schemaVersion: must be 1');
  });

  it('bounds string lengths', () => {
    valid.title.patient = 'x'.repeat(2001);
    expect(problemsOf(valid).join('\n')).to.contain('title.patient');
  });

  it('rejects unknown keys named like Object.prototype members, at the root and nested', () => {
    // What JSON.parse makes of {"__proto__": …}: an ordinary own property, not a prototype.
    const withKey = (o: object, key: string) => Object.defineProperty(o, key, { value: 'x', enumerable: true, writable: true, configurable: true });
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__']) {
      const input = structuredClone(valid);
      withKey(input, key);
      withKey(input.title, key);
      withKey(input.references[0], key);
      const problems = problemsOf(input);
      expect(problems, key).to.include.members([
        `${key}: is not a known field`,
        `title.${key}: is not a known field`,
        `references.0.${key}: is not a known field`,
      ]);
    }
    // The same straight from JSON text.
    const parsed = JSON.parse(JSON.stringify(valid).replace('{', '{"__proto__":{"status":"approved"},'));
    expect(problemsOf(parsed)).to.include('__proto__: is not a known field');
  });

  it('refuses bidi controls, zero-width and other invisible characters in any string, naming the character', () => {
    const cases: [string, string, string][] = [
      ['\u202e', 'U+202E', 'title.patient'],
      ['\u202a', 'U+202A', 'safety.points.0.text.clinician'],
      ['\u2066', 'U+2066', 'references.0.citation'],
      ['\u2069', 'U+2069', 'subjects.1'],
      ['\u200f', 'U+200F', 'disclaimer.patient'],
      ['\u200b', 'U+200B', 'guidelines.doses.0.value.patient'],
      ['\u200d', 'U+200D', 'research.0.heading.clinician'],
      ['\u2060', 'U+2060', 'review.editorialPolicyUrl'],
      ['\ufeff', 'U+FEFF', 'safety.heading.patient'],
      ['\u00ad', 'U+00AD', 'title.clinician'],
      ['\u{e0041}', 'U+E0041', 'guidelines.keyPoints.0.text.patient'],
      ['\u0007', 'U+0007', 'references.2.citation'],
    ];
    for (const [char, name, path] of cases) {
      const input = structuredClone(valid);
      const keys = path.split('.');
      const last = keys.pop()!;
      const parent = keys.reduce((o, k) => o[k], input);
      parent[last] = `${parent[last].slice(0, 8)}${char}${parent[last].slice(8)}`;
      expect(problemsOf(input), path).to.deep.equal([`${path}: contains ${name}, an invisible or text-direction character; remove it`]);
    }
    // Ordinary typography is fine: curly quotes, dashes, non-breaking and thin spaces, micro sign, accents, emoji.
    valid.title.patient = 'Is “vitamin K2” safe — at 100\u00a0µg, 2\u2009mg, café? 🙂';
    expect(problemsOf(valid)).to.deep.equal([]);
  });
});
