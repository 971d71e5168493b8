/**
 * A topic written only in English, in a topics folder of its own (a copy of two real topics, one without its Spanish
 * file): the content check passes it and says which languages it has, the catalog lists exactly those, and the
 * prerendering the build, the snippets and the WordPress plugin use draws it in Spanish as the English card with the
 * Spanish note, where it used to crash. Also the other side: a translation without its English source, and a catalog
 * that claims a translation that does not exist, fail the check.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prerenderElement, topicLanguages, writeFixtures } from '../../scripts/prerender.js';
import { LANGUAGES } from '../../src/vocabulary.js';

const TOPICS = 'src/data/topics';
const TRANSLATED = 'k2-d3';
const ENGLISH_ONLY = 'magnesium-vitd';
const ui = JSON.parse(readFileSync(`${TOPICS}/es/_ui.json`, 'utf8')) as { untranslated: string; audienceNote: { patient: string } };

/** `npm run check:content` (or `npm run catalog` with --write-catalog) on a folder; its exit code and output. */
function checkContent(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('a topic that exists only in English', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ni-english-only-'));
    mkdirSync(`${dir}/es`);
    for (const f of [`${TRANSLATED}.json`, `${ENGLISH_ONLY}.json`, `es/${TRANSLATED}.json`, 'es/_ui.json']) cpSync(`${TOPICS}/${f}`, `${dir}/${f}`);
    const catalog = checkContent('--write-catalog', dir);
    assert.equal(catalog.code, 0, catalog.out);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the content check, which says which languages it has; the catalog lists exactly those', () => {
    const { code, out } = checkContent(dir);
    assert.equal(code, 0, out);
    assert.match(out, new RegExp(`note ${ENGLISH_ONLY}: in en only; es readers get the English card with a note`));
    assert.doesNotMatch(out, new RegExp(`note ${TRANSLATED}:`));
    assert.deepEqual(topicLanguages(ENGLISH_ONLY, dir), ['en']);
    assert.deepEqual(topicLanguages(TRANSLATED, dir), ['en', 'es']);
  });

  it('is prerendered in Spanish as the English card with the Spanish note, under an element that asks for Spanish', () => {
    const html = prerenderElement(ENGLISH_ONLY, { audience: 'patient', lang: 'es', dir });
    assert.match(html, /^<nutrient-interaction topic="magnesium-vitd" lang="es">/);
    assert.match(html, /<article class="ni-card" slot="card" lang="en"/);
    assert.ok(html.includes(`<p class="ni-notice" lang="es">${ui.untranslated}</p>`), 'the Spanish note');
    // English content, English labels and English audience note: the card is in English.
    assert.match(html, /Written for patients and caregivers/);
    assert.doesNotMatch(html, new RegExp(ui.audienceNote.patient));
    // A translated topic is drawn from its translation, with no note.
    const translated = prerenderElement(TRANSLATED, { audience: 'patient', lang: 'es', dir });
    assert.match(translated, /<article class="ni-card" slot="card" lang="es"/);
    assert.ok(translated.includes(ui.audienceNote.patient));
    assert.doesNotMatch(translated, /ni-notice/);
  });

  it('every language folder of the prerendered fixtures holds it (the build loops over the same)', () => {
    const out = join(dir, 'prerendered');
    writeFixtures(out, dir);
    for (const lang of LANGUAGES) {
      const html = readFileSync(`${lang === LANGUAGES[0] ? out : `${out}/${lang}`}/${ENGLISH_ONLY}-clinician.html`, 'utf8');
      assert.match(html, new RegExp(`^<nutrient-interaction topic="${ENGLISH_ONLY}" lang="${lang}" audience="clinician">`));
      assert.equal(html.includes('class="ni-notice"'), lang !== LANGUAGES[0], lang);
    }
  });

  it('a catalog that claims a translation the folder lacks fails the check', () => {
    const catalogPath = `${dir}/index.json`;
    const saved = readFileSync(catalogPath, 'utf8');
    const catalog = JSON.parse(saved) as { topics: { slug: string; languages: string[] }[] };
    catalog.topics.find((t) => t.slug === ENGLISH_ONLY)!.languages.push('es');
    writeFileSync(catalogPath, JSON.stringify(catalog));
    try {
      const { code, out } = checkContent(dir);
      assert.equal(code, 1, out);
      assert.match(out, new RegExp(`\\("${ENGLISH_ONLY}"\\): out of date`));
    } finally {
      writeFileSync(catalogPath, saved);
    }
  });

  it('a translation without its English source fails the check', () => {
    cpSync(`${TOPICS}/es/zinc-copper.json`, `${dir}/es/zinc-copper.json`);
    try {
      const { code, out } = checkContent(dir);
      assert.equal(code, 1, out);
      assert.match(out, /es\/zinc-copper\.json: no English source .*zinc-copper\.json that passes the check/);
    } finally {
      rmSync(`${dir}/es/zinc-copper.json`);
    }
  });
});
