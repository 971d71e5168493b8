// Node-side: the content rules run in the content check (a Node CLI), and their syllable counter is CommonJS.
import { describe, it, before } from 'node:test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import {
  buildCatalog,
  checkCatalog,
  checkInterfaceStrings,
  checkTopic,
  checkTranslation,
  checkVersioning,
  duplicateKeys,
  fleschKincaidGrade,
} from '../../tools/content/content-rules.js';
import { inflesz, infleszBand, spanishSyllables } from '../../tools/content/readability-es.js';
import { checkRedFlags, checkSharedFacts, clauses, fixSpanishNumbers, numbersIn } from '../../tools/content/fact-rules.js';
import { SHARED_FACTS } from '../../tools/content/shared-facts.js';
import { LABELS } from '../../src/i18n/labels.js';
import { LOAD_ERROR_CODES } from '../../src/load/load-error.js';
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
  ['unlisted-alias', 'aliases[0]: "Zzzbrand" is not in the topic\'s evidence file (say where it was checked)'],
  ['unfinished-action', 'rating.action (patient): patients read it as a sentence after "In short:"; end it with a full stop'],
  ['missing-rating-axes', 'rating: a topic rates what the combination calls for (actionLevel) and how certain that is (evidence)'],
  ['editorial-note', 'reads like an editorial note ("could not be verif")'],
  ['unknown-pmid', 'PMID 99999 is not in the topic\'s evidence file'],
  ['slug-mismatch', 'slug: "another-slug" does not match the file name slug-mismatch.json'],
  // JSON.parse keeps the second "status" (approved); the reviewer of the diff sees the first (under-review).
  ['duplicate-key', 'review.status: duplicate key "status" in one object; JSON keeps only the last one'],
  ['bidi-override', 'safety.points.0.text.patient: contains U+202E, an invisible or text-direction character; remove it'],
  ['zero-width', 'guidelines.keyPoints.0.text.patient: contains U+200B, an invisible or text-direction character; remove it'],
  ['staging-host', 'references[1] ("ref-b").url: uat.publisher.example is a staging, development or test host'],
  ['incomplete-article', 'references[0] ("ref-a"): a journal article\'s citation needs its journal, year and volume'],
  ['sourcing-note', 'references[1].citation: names how a source was found ("As reported in")'],
  ['shared-fact-mismatch', 'safety.points[0].patient: states 2 h for the shared fact "spacing-levothyroxine" (4 h:'],
  ['unexplained-jargon', 'guidelines (patient): uses "mcg" without explaining it in this section'],
  ['shared-fact-mismatch-es', 'guidelines.keyPoints[0].clinician: states 4 h for the shared fact "spacing-ciprofloxacin" (2 h, 6 h:'],
  ['glossary-es', '"ciprofloxacina" — the glossary\'s term for ciprofloxacin is "ciprofloxacino"'],
  ['four-digit-es', '"1\u00a0930" — write four-digit numbers solid ("1930")'],
  ['breaking-space-es', '"5 mg" — the space before a unit or "%" must be non-breaking (U+00A0)'],
  ['thousands-mark-es', '"1,500" — group thousands with a space'],
];

describe('content rules', () => {
  it('pass the valid fixture and report patient grades per section', async () => {
    const { problems, grades } = await check('valid');
    assert.deepEqual(problems, []);
    assert.deepEqual(Object.keys(grades), ['title', 'bottom line', 'safety', 'guidelines', 'research', 'disclaimer']);
    assert.deepEqual((await check('valid-es')).problems, []);
  });

  for (const [name, message] of CASES) {
    it(`fail ${name} with exactly one precise message`, async () => {
      const { problems } = await check(name);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.ok(problems[0]!.includes(message), problems[0]);
    });
  }

  it('accept a journal article without volume or pages only when its evidence file says they were not seen, never without journal and year', async () => {
    const source = readFileSync('test/fixtures/content/incomplete-article.json', 'utf8');
    const run = (citation: string, evidence: string) => {
      const json = JSON.parse(source);
      json.references[0].citation = citation;
      return checkTopic(json, { file: 'incomplete-article.json', today: TODAY, evidence, source }).problems;
    };
    const noted = `${EVIDENCE}\n- Incomplete citation: ref-a — volume and pages not seen\n`;
    assert.equal(run('Author A. Reference A title. J Test. 2020.', EVIDENCE).length, 1);
    assert.deepEqual(run('Author A. Reference A title. J Test. 2020.', noted), []);
    assert.match(run('Author A. Reference A title. 2020.', noted).join(), /even an incomplete citation needs authors, title, journal and year/);
  });

  it('read hosts, citations and sourcing notes as a reviewer would: public sites pass, any staging label fails', async () => {
    const source = readFileSync('test/fixtures/content/valid.json', 'utf8');
    const run = (edit: (json: any) => void) => {
      const json = JSON.parse(source);
      edit(json);
      return checkTopic(json, { file: 'valid.json', today: TODAY, evidence: EVIDENCE, source }).problems;
    };
    for (const url of ['https://web.dev/a', 'https://www.moph.gov.qa/b']) assert.deepEqual(run((j) => (j.references[1].url = url)), [], url);
    for (const url of ['https://preprod-www.example.org/b', 'https://stg.publisher.example/b', 'https://sandbox2.publisher.example/b']) {
      assert.match(run((j) => (j.references[1].url = url)).join(), /staging, development or test host/, url);
    }
    for (const citation of ['Author A. Title. Nutr Rev. 2005 Jul-Aug;63(7):1-10.', 'Author A. Title. J Test. 2010 Spring;12(1):5.', 'Author A. Title. Blood Press Monit. 2010;15(1):1-5.']) {
      assert.deepEqual(run((j) => (j.references[0].citation = citation)), [], citation);
    }
    assert.match(run((j) => (j.references[0].citation = 'Author A. Title. Blood Press Monit. 2010.')).join(), /needs its journal, year and volume/);
    assert.deepEqual(run((j) => (j.research[0].findings[0].text.clinician = 'Bleeding was reported by 3 of 40 people.')), []);
  });

  describe('shared facts', () => {
    it('read the numbers a clause states in a unit, as each language writes them', () => {
      assert.deepEqual(numbersIn('at least 2 to 3 hours, or 2- or 4-hour gaps, ≥6 h after', 'h', 'en'), [2, 3, 2, 4, 6]);
      assert.deepEqual(numbersIn('4,000 IU (100 mcg) and 1,000 mg', 'IU', 'en'), [4000]);
      assert.deepEqual(numbersIn('de 2 a 3 horas; 4\u00a0000 UI; 0,5 mg', 'IU', 'es'), [4000]);
      assert.deepEqual(numbersIn('de 2 a 3 horas', 'h', 'es'), [2, 3]);
      assert.deepEqual(numbersIn('0,5 mg y 23\u00a0355 mg', 'mg', 'es'), [0.5, 23355]);
    });

    it('split clauses at sentence ends and semicolons, not after abbreviations, with brackets as clauses of their own', () => {
      assert.deepEqual(clauses('Take it 4 h apart (e.g. 100 mg iron). Then wait; ask (your pharmacist (today)).'), [
        { text: 'Take it 4 h apart  .', context: 'Take it 4 h apart (e.g. 100 mg iron).' },
        { text: 'e.g. 100 mg iron', context: 'e.g. 100 mg iron' },
        { text: 'Then wait', context: 'Then wait' },
        { text: 'ask  .', context: 'ask (your pharmacist (today)).' },
        { text: 'today', context: 'today' },
        { text: 'your pharmacist', context: 'your pharmacist' },
      ]);
      assert.equal(clauses('Take Cipro 2 hrs. before iron, or 8 hours after.').length, 1);
      assert.equal(clauses('Tome ciprofloxacino aprox. 3 horas antes del hierro.').length, 1);
    });

    it('catch what a reviewer tried: D3, "more than", numbers past a short window, bracketed drug names, Juluca spelled with a dash', () => {
      const summary = (clinician: string, lang = 'en') => ({ ...readJson('test/fixtures/content/valid.json'), lang, guidelines: { ...readJson('test/fixtures/content/valid.json').guidelines, keyPoints: [{ text: { patient: 'x', clinician }, cites: ['ref-a'] }] } }) as Summary;
      const count = (text: string, lang?: string) => checkSharedFacts(summary(text, lang)).length;
      assert.equal(count('The upper limit for vitamin D3 is 10,000 IU a day.'), 1);
      assert.equal(count('Do not take more than 50 mg of iron a day.'), 1);
      assert.equal(count('No tome más de 50 mg de hierro al día.', 'es'), 1);
      assert.equal(count('The upper limit for vitamin D in adults is 9,000 IU a day.'), 1);
      assert.deepEqual(checkSharedFacts(summary('Adults should keep calcium at 2,500 mg from all food and pills a day or less.')), []);
      assert.equal(count('Take Cipro 2 hrs. before iron, or 8 hours after.'), 1);
      assert.equal(count('Keep calcium 3 hours away from the antibiotic (ciprofloxacin).'), 1);
      assert.deepEqual(checkSharedFacts(summary('Juluca: take dolutegravir-rilpivirine 4 hours before antacids.')), []);
    });

    it('apply a spacing rule to the clause that names its drug and a mineral, and a pair rule only without such a drug', () => {
      const summary = (clinician: string) => ({ ...readJson('test/fixtures/content/valid.json'), guidelines: { ...readJson('test/fixtures/content/valid.json').guidelines, keyPoints: [{ text: { patient: 'x', clinician }, cites: ['ref-a'] }] } }) as Summary;
      assert.deepEqual(checkSharedFacts(summary('Separate levothyroxine from iron by 4 h; separate ciprofloxacin from iron: 2 h before or 6 h after.')), []);
      assert.equal(checkSharedFacts(summary('Separate levothyroxine and ciprofloxacin from iron by 4 h.')).length, 1);
      // "it" is the thyroid pill of the sentence before: the iron–calcium pair rule (2 h) does not apply.
      assert.deepEqual(checkSharedFacts(summary('Take levothyroxine alone. Keep calcium and iron pills 4 hours away from it.')), []);
      assert.equal(checkSharedFacts(summary('Keep calcium and iron pills 4 hours apart.')).length, 1);
      // A limit is the number next to its words, not every amount in the clause.
      assert.deepEqual(checkSharedFacts(summary('One 50 mg zinc tablet is over the limit; the zinc UL is 40 mg a day.')), []);
      assert.equal(checkSharedFacts(summary('The zinc UL is 50 mg a day.')).length, 1);
      assert.ok(SHARED_FACTS.every((f) => f.sources.length && Object.values(f.values).every((v) => v.length)));
    });

    it('make Spanish numbers follow the typography rule', () => {
      assert.equal(fixSpanishNumbers('1 930 personas, 23 355 hombres, 5 mg y 20 %; 3 horas'), '1930 personas, 23\u00a0355 hombres, 5\u00a0mg y 20\u00a0%; 3 horas');
    });

    it('require the warning signs of a topic whose risk shows as symptoms, and what to do', () => {
      const warfarin = { ...readJson('test/fixtures/content/valid.json'), slug: 'vitk-warfarin' } as Summary;
      assert.deepEqual(checkRedFlags(readJson('test/fixtures/content/valid.json')), []);
      const problems = checkRedFlags(warfarin);
      assert.ok(problems.some((p) => p.startsWith('safety (patient): names 0 of the "bleeding" warning signs')), problems.join('\n'));
      assert.ok(problems.some((p) => p.includes('"clot"')), problems.join('\n'));
      const signs = {
        patient: 'Call your clinic if you bruise easily, your gums bleed, or your urine is pink. Call 911 for pain in one leg, chest pain, or a drooping face.',
        clinician: 'Bleeding: bruising, gum bleeding, hematuria. Thrombosis: unilateral leg swelling, chest pain, facial droop; seek emergency care.',
      };
      warfarin.safety = { ...warfarin.safety, points: [{ text: signs, cites: [] }] };
      assert.deepEqual(checkRedFlags(warfarin), []);
    });
  });

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

  it('accept every shipped topic, its translations and the catalog', async () => {
    const catalog = readJson('src/data/topics/index.json');
    const summaries: Summary[] = [];
    const translations: Summary[] = [];
    const today = new Date().toISOString().slice(0, 10);
    for (const { slug, languages } of catalog.topics) {
      const evidence = readFileSync(`src/data/evidence/${slug}.md`, 'utf8');
      const source = readFileSync(`src/data/topics/${slug}.json`, 'utf8');
      const english = checkTopic(JSON.parse(source), { file: `${slug}.json`, today, evidence, source });
      assert.deepEqual(english.problems, [], slug);
      summaries.push(english.summary!);
      assert.deepEqual(languages, ['en', 'es'], `${slug} is in English and Spanish`);
      const es = readFileSync(`src/data/topics/es/${slug}.json`, 'utf8');
      const spanish = checkTopic(JSON.parse(es), { file: `${slug}.json`, today, evidence, source: es });
      assert.deepEqual(spanish.problems, [], `es/${slug}`);
      assert.equal(spanish.scale, 'inflesz');
      assert.deepEqual(checkTranslation(spanish.summary!, english.summary!), [], `es/${slug} says what ${slug} says`);
      translations.push(spanish.summary!);
    }
    assert.deepEqual(checkCatalog(catalog, summaries, translations), []);
    assert.deepEqual(checkInterfaceStrings(readJson('src/data/topics/es/_ui.json'), LABELS, LOAD_ERROR_CODES), []);
  });

  describe('Spanish', () => {
    const english = () => checkTopic(readJson('src/data/topics/vitk-warfarin.json'), { file: 'vitk-warfarin.json', today: TODAY, evidence: undefined }).summary!;
    const spanish = () => checkTopic(readJson('src/data/topics/es/vitk-warfarin.json'), { file: 'vitk-warfarin.json', today: TODAY, evidence: undefined }).summary!;

    it('counts Spanish syllables (diphthongs, hiatus, silent u)', () => {
      const cases: [string, number][] = [['día', 2], ['guerra', 2], ['que', 1], ['pingüino', 3], ['aire', 2], ['poeta', 3], ['coágulo', 4], ['construcción', 3], ['ciudad', 2], ['y', 1]];
      for (const [word, n] of cases) assert.equal(spanishSyllables(word), n, word);
    });

    it('scores plain Spanish as easy and dense clinical Spanish as very hard (INFLESZ)', () => {
      const plain = inflesz('Si toma warfarina, hable con su médico. Coma la misma cantidad de verduras cada semana.');
      const dense = inflesz(
        'La administración concomitante de suplementos de menaquinona-7 con antagonistas de la vitamina K produce una reducción clínicamente relevante del cociente internacional normalizado.',
      );
      assert.ok(plain >= 65, `plain ${plain}`);
      assert.equal(infleszBand(dense), 'muy difícil');
    });

    it('refuses a translation that cites, rates or lists references differently from its source', () => {
      const t = spanish();
      t.safety.points[0]!.cites = ['holbrook-2012'];
      t.rating!.level = 'minor';
      t.rating!.actionLevel = 'insufficient';
      t.references[0] = { ...t.references[0]!, pmid: '1' };
      t.guidelines.keyPoints.pop();
      const problems = checkTranslation(t, english());
      assert.ok(problems.some((p) => p.startsWith('safety.points[0]: cites [holbrook-2012], the source cites')), problems.join('\n'));
      assert.ok(problems.some((p) => p.startsWith('rating.level: "minor" differs')));
      assert.ok(problems.some((p) => p.startsWith('rating.actionLevel: "insufficient" differs')));
      assert.ok(problems.some((p) => p.startsWith('references[0]: must be the source')));
      assert.ok(problems.some((p) => /^guidelines\.keyPoints\[\d+\]: missing/.test(p)));
    });

    it('refuses hard Spanish patient wording with its INFLESZ score', () => {
      const t = readJson('src/data/topics/es/vitk-warfarin.json');
      t.disclaimer.patient =
        'La administración concomitante de suplementos de menaquinona-7 con antagonistas de la vitamina K produce una reducción clínicamente relevante del cociente internacional normalizado en voluntarios anticoagulados.';
      const { problems } = checkTopic(t, { file: 'vitk-warfarin.json', today: TODAY, evidence: undefined });
      assert.ok(problems.some((p) => /^disclaimer \(patient\): INFLESZ -?\d+\.\d \("muy difícil"\) is below 65/.test(p)), problems.join('\n'));
    });

    it('takes "todo" as a word, not a work mark; refuses doubts in any language and in reference citations', () => {
      const t = readJson('src/data/topics/es/vitk-warfarin.json');
      t.disclaimer.clinician = 'Sobre todo, métodos y todos los pacientes.';
      assert.ok(!checkTopic(t, { file: 'vitk-warfarin.json', today: TODAY, evidence: undefined }).problems.some((p) => p.includes('editorial')));
      t.disclaimer.clinician = 'Dato sin verificar. TODO';
      t.references[0].citation += ' (not verified)';
      const problems = checkTopic(t, { file: 'vitk-warfarin.json', today: TODAY, evidence: undefined }).problems.filter((p) => p.includes('editorial'));
      assert.deepEqual(problems.map((p) => p.split(':')[0]), ['disclaimer.clinician', 'references[0].citation']);
    });

    it('checks interface strings key by key', () => {
      const ui = readJson('src/data/topics/es/_ui.json');
      delete ui.sections.research;
      ui.extra = 'x';
      ui.errors['not-found'] = '\u202eoops';
      assert.deepEqual(checkInterfaceStrings(ui, LABELS, LOAD_ERROR_CODES), [
        'extra: not an interface string',
        'sections.research: must be a text',
        'errors.not-found: contains an invisible or text-direction character',
      ]);
    });

    it('requires the translation-only strings: the untranslated note and the audience note for each audience', () => {
      const ui = readJson('src/data/topics/es/_ui.json');
      delete ui.untranslated;
      delete ui.audienceNote.clinician;
      ui.audienceNote.doctor = 'x';
      assert.deepEqual(checkInterfaceStrings(ui, LABELS, LOAD_ERROR_CODES).sort(), [
        'audienceNote.clinician: must be a text',
        'audienceNote.doctor: not an interface string',
        'untranslated: must be a text',
      ]);
    });

    it('holds a language with no word lists or readability formula to structure only, and says its level was not measured', () => {
      const t = { ...readJson('src/data/topics/es/vitk-warfarin.json'), lang: 'xx' };
      const report = checkTopic(t, { file: 'vitk-warfarin.json', today: new Date().toISOString().slice(0, 10), evidence: readFileSync('src/data/evidence/vitk-warfarin.md', 'utf8') });
      assert.deepEqual(report.problems, []);
      assert.equal(report.scale, 'none');
      assert.deepEqual(report.grades, {});
    });

    it('checks the date pattern and the month names the card writes dates with', () => {
      const ui = readJson('src/data/topics/es/_ui.json');
      ui.date = 'D de M';
      ui.months = ui.months.replace(' diciembre', '');
      assert.deepEqual(checkInterfaceStrings(ui, LABELS, LOAD_ERROR_CODES), [
        'date: must hold D (day), M (month) and Y (year) once each',
        'months: must be the twelve month names, one space apart',
      ]);
      assert.deepEqual(checkInterfaceStrings({ ...readJson('src/data/topics/es/_ui.json'), date: 'D D M Y' }, LABELS, LOAD_ERROR_CODES).length, 1);
    });
  });

  describe('version history of a published topic', () => {
    const topic = () => readJson('src/data/topics/k2-d3.json') as Summary;
    const withChanges = (changes: Summary['changes'], patch: Partial<Summary> = {}) => ({ ...topic(), ...patch, changes });

    it('accepts every bundled topic and a history that rises', () => {
      assert.deepEqual(checkVersioning(topic()), []);
      const two = withChanges(
        [
          { version: 1, date: '2026-12-04', summary: 'First.', safety: false },
          { version: 3, date: '2026-12-20', summary: 'A dose corrected.', safety: true },
        ],
        { version: 3, review: { status: 'submitted', lastUpdated: '2026-12-20', nextReview: '2027-12-20' } },
      );
      assert.deepEqual(checkVersioning(two), []);
    });

    it('refuses a missing version, history or next review, a version that does not rise, and a stray lastReviewed', () => {
      const cases: [Summary, RegExp][] = [
        [{ ...topic(), version: undefined }, /^version: a published topic needs one/],
        [withChanges(undefined), /^changes: a published topic lists its versions/],
        [withChanges([{ version: 1, date: '2026-12-04', summary: 'x', safety: false }], { version: 2 }), /the last one is version 1, the topic is version 2/],
        [
          withChanges(
            [
              { version: 2, date: '2026-12-04', summary: 'x', safety: false },
              { version: 2, date: '2026-12-04', summary: 'y', safety: false },
            ],
            { version: 2 },
          ),
          /changes\.1\.version: 2 does not rise after 2/,
        ],
        [withChanges([{ version: 1, date: '2026-12-01', summary: 'x', safety: false }]), /dated 2026-12-01, review\.lastUpdated is 2026-12-04/],
        [{ ...topic(), review: { status: 'submitted', lastUpdated: '2026-12-04', nextReview: '2026-12-04' } }, /review\.nextReview: 2026-12-04 is not after/],
        [{ ...topic(), review: { status: 'submitted', lastUpdated: '2026-12-04' } }, /review\.nextReview: a published topic says when/],
        [{ ...topic(), review: { ...topic().review, lastReviewed: '2026-12-04' } }, /review\.lastReviewed: only an approved topic/],
        [{ ...topic(), review: { ...topic().review, reviewedBy: 'A. Clinician, MD' } }, /review\.reviewedBy: only an approved topic/],
        [{ ...topic(), review: { ...topic().review, status: 'approved', lastReviewed: '2026-12-04' } }, /an approved topic names who approved it/],
      ];
      for (const [summary, message] of cases) {
        const problems = checkVersioning(summary);
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(problems[0]!, message);
      }
    });
  });
});
