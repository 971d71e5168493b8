// The signed channel the build publishes (scripts/channel.ts): every topic's exact bytes, each signature checks with a
// key in keys.json and fails for a changed byte or another key, and the change feed is well formed.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changesFeed, signingKey, writeChannel } from '../../scripts/channel.js';
import { writeWordpressChannel, type WordpressBundle } from '../../scripts/channel-wordpress.js';
import { wordpressCards } from '../../scripts/wordpress-cards.js';
import type { Summary } from '../../src/data/schema.js';
import { AUDIENCES, HEADING_LEVELS, LANGUAGES } from '../../src/vocabulary.js';

const tmp = mkdtempSync(join(tmpdir(), 'ni-channel-'));
const dist = join(tmp, 'dist');
// A throwaway release key, as NI_SIGNING_KEY would name it.
const keyFile = join(tmp, 'release.pem');
writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }));

const rawKey = (base64: string) => createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(base64, 'base64').toString('base64url') }, format: 'jwk' });
const checks = (bytes: Buffer, sig: string, publicKey: string) => verify(null, bytes, rawKey(publicKey), Buffer.from(sig, 'base64'));

describe('signed channel', () => {
  let keys: { id: string; publicKey: string; development?: boolean }[];
  before(() => {
    // The topics as the build ships them: the bundled files, one JSON per topic and language.
    cpSync('src/data/topics', join(dist, 'topics'), { recursive: true });
    writeChannel(dist, signingKey({ NI_SIGNING_KEY: keyFile }));
    writeWordpressChannel(dist, signingKey({ NI_SIGNING_KEY: keyFile }));
    keys = JSON.parse(readFileSync(join(dist, 'channel/keys.json'), 'utf8')).keys;
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('publishes every topic in every language with a signature that checks with the listed release key', () => {
    assert.equal(keys.length, 1);
    assert.equal(keys[0]!.development, undefined, 'a release key is not marked development');
    assert.equal(Buffer.from(keys[0]!.publicKey, 'base64').length, 32, 'the raw 32-byte key');
    for (const lang of ['en', 'es']) {
      const files = readdirSync(join(dist, 'channel', lang)).filter((f) => f.endsWith('.json'));
      const catalog = JSON.parse(readFileSync('src/data/topics/index.json', 'utf8')) as { topics: { slug: string; languages: string[] }[] };
      assert.equal(files.length, catalog.topics.filter((t) => t.languages.includes(lang)).length, `${lang}: every topic written in it`);
      for (const file of files) {
        const bytes = readFileSync(join(dist, 'channel', lang, file));
        assert.deepEqual(bytes, readFileSync(join(dist, 'topics', lang === 'en' ? '' : lang, file)), `${lang}/${file}: the shipped bytes`);
        assert.ok(checks(bytes, readFileSync(join(dist, 'channel', lang, `${file}.sig`), 'utf8'), keys[0]!.publicKey), `${lang}/${file}`);
      }
    }
  });

  it('a signature fails for one changed byte and for another key', () => {
    const bytes = readFileSync(join(dist, 'channel/en/k2-d3.json'));
    const sig = readFileSync(join(dist, 'channel/en/k2-d3.json.sig'), 'utf8');
    const changed = Buffer.from(bytes);
    changed[100] ^= 1;
    assert.equal(checks(changed, sig, keys[0]!.publicKey), false);
    const other = Buffer.from(createPublicKey(generateKeyPairSync('ed25519').privateKey).export({ format: 'jwk' }).x!, 'base64url').toString('base64');
    assert.equal(checks(bytes, sig, other), false);
  });

  it('without NI_SIGNING_KEY signs with a development key made once in an ignored folder, and says so', () => {
    const devFile = join(tmp, 'dev/.keys/key.pem');
    const first = signingKey({}, devFile);
    assert.equal(first.development, true);
    assert.ok(existsSync(devFile));
    assert.equal(signingKey({}, devFile).id, first.id, 'the same key the next time');
    assert.match(readFileSync('.gitignore', 'utf8'), /^\.keys\/$/m);
    const out = join(tmp, 'dev-dist');
    cpSync(join(dist, 'topics'), join(out, 'topics'), { recursive: true });
    assert.match(writeChannel(out, first), /DEVELOPMENT key/);
    assert.equal(JSON.parse(readFileSync(join(out, 'channel/keys.json'), 'utf8')).keys.at(-1).development, true);
  });

  it('npm run sign-topic signs one file with the same key', () => {
    const file = join(tmp, 'correction.json');
    writeFileSync(file, readFileSync(join(dist, 'channel/en/k2-d3.json')));
    execFileSync('node_modules/.bin/tsx', ['scripts/channel.ts', 'sign', file], { env: { ...process.env, NI_SIGNING_KEY: keyFile }, stdio: 'pipe' });
    assert.ok(checks(readFileSync(file), readFileSync(`${file}.sig`, 'utf8'), keys[0]!.publicKey));
  });

  it('the change feed lists every change, newest first, marks safety corrections, and escapes text', () => {
    const topic = JSON.parse(readFileSync('src/data/topics/k2-d3.json', 'utf8')) as Summary;
    const corrected: Summary = {
      ...topic,
      title: { ...topic.title, patient: 'K2 & D <test>' },
      changes: [...topic.changes!, { version: 2, date: '2026-12-20', summary: 'Dose for children < 9 corrected.', safety: true }],
    };
    const spanish = JSON.parse(readFileSync('src/data/topics/es/k2-d3.json', 'utf8')) as Summary;
    const correctedEs: Summary = { ...spanish, changes: [...spanish.changes!, { version: 2, date: '2026-12-19', summary: 'Se corrigió la dosis.', safety: true }] };
    const feed = changesFeed([{ lang: 'en', summary: corrected }, { lang: 'es', summary: correctedEs }], 'https://cdn.example/channel/');
    const entries = [...feed.matchAll(/<entry xml:lang="(\w+)">([\s\S]*?)<\/entry>/g)];
    assert.equal(entries.length, 4);
    assert.match(entries[0]![2]!, /<id>urn:nutrient-interaction:en:k2-d3:2<\/id>/);
    assert.match(entries[0]![2]!, /<category term="safety-correction" label="Safety correction"\/>/);
    // Each entry in its own language, its category's label too.
    assert.equal(entries[1]![1], 'es');
    assert.match(entries[1]![2]!, /<category term="safety-correction" label="Corrección de seguridad"\/>/);
    entries.splice(1, 1);
    assert.match(entries[0]![2]!, /K2 &amp; D &lt;test&gt;/);
    assert.match(entries[0]![2]!, /children &lt; 9/);
    assert.doesNotMatch(entries[1]![2]! + entries[2]![2]!, /safety-correction/);
    assert.match(feed, /<updated>2026-12-20T00:00:00Z<\/updated>/);
    // Well formed enough for any reader: one root, every opened element closed.
    const tags = [...feed.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)(\w+)[^>]*?(\/?)>/g)];
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of tags) {
      if (selfClosing) continue;
      if (close) assert.equal(stack.pop(), name);
      else stack.push(name!);
    }
    assert.deepEqual(stack, []);
  });

  describe('the WordPress plugin\u2019s part (channel/wordpress/)', () => {
    const read = (path: string) => readFileSync(join(dist, 'channel/wordpress', path));
    const signed = (path: string) => checks(read(path), read(`${path}.sig`).toString('utf8'), keys[0]!.publicKey);
    const slugs = (JSON.parse(readFileSync('src/data/topics/index.json', 'utf8')) as { topics: { slug: string }[] }).topics.map((t) => t.slug);

    it('a signed manifest lists every topic in every language with the version of its cards', () => {
      assert.ok(signed('index.json'), 'index.json');
      const manifest = JSON.parse(read('index.json').toString('utf8')) as { format: number; topics: Record<string, number> };
      assert.equal(manifest.format, 1);
      assert.deepEqual(Object.keys(manifest.topics).sort(), LANGUAGES.flatMap((l) => slugs.map((s) => `${l}/${s}`)).sort());
      for (const [key, version] of Object.entries(manifest.topics)) {
        const [lang, slug] = key.split('/');
        assert.equal(version, JSON.parse(readFileSync(`src/data/topics/${lang === 'en' ? '' : `${lang}/`}${slug}.json`, 'utf8')).version, key);
      }
    });

    it('each bundle is signed, names its topic, language and version, and holds exactly the plugin\u2019s cards', () => {
      for (const lang of LANGUAGES) {
        for (const slug of slugs) {
          const path = `${lang}/${slug}.json`;
          assert.ok(signed(path), path);
          const bundle = JSON.parse(read(path).toString('utf8')) as WordpressBundle;
          assert.deepEqual([bundle.slug, bundle.lang, bundle.summaryLang], [slug, lang, lang], path);
          assert.deepEqual(Object.keys(bundle.cards).sort(), AUDIENCES.flatMap((a) => HEADING_LEVELS.map((h) => `${a}-h${h}`)).sort(), path);
          // The function the plugin zip is built with (scripts/build-wordpress.ts): one source of templates.
          assert.deepEqual(bundle.cards, wordpressCards(slug, lang), path);
          for (const html of Object.values(bundle.cards)) assert.ok(html.includes(`data-version="${bundle.version}"`) && html.includes(' updates="off"'), path);
        }
      }
      const changed = Buffer.from(read('en/k2-d3.json'));
      changed[200] ^= 1;
      assert.equal(checks(changed, read('en/k2-d3.json.sig').toString('utf8'), keys[0]!.publicKey), false);
    });

    it('npm run channel adds a corrected topic: its copy, its WordPress cards and the manifest, signed; the feed names it', () => {
      const channel = join(tmp, 'published-channel');
      cpSync(join(dist, 'channel'), channel, { recursive: true });
      const topic = JSON.parse(readFileSync('src/data/topics/k2-d3.json', 'utf8')) as Summary & { bottomLine: NonNullable<Summary['bottomLine']> };
      const sentence = 'Children under 9 have lower limits, which a corrected test sentence restates.';
      const corrected: Summary = {
        ...topic,
        version: 2,
        review: { ...topic.review, lastUpdated: '2026-12-20' },
        bottomLine: { ...topic.bottomLine, text: { ...topic.bottomLine.text, patient: topic.bottomLine.text.patient.replace('Children under 9 have lower limits.', sentence) } },
        changes: [...topic.changes!, { version: 2, date: '2026-12-20', summary: 'Children\u2019s limits restated.', safety: true }],
      };
      const file = join(tmp, 'k2-d3.json');
      writeFileSync(file, `${JSON.stringify(corrected, null, 2)}\n`);
      execFileSync('node_modules/.bin/tsx', ['scripts/channel-wordpress.ts', channel, file], { env: { ...process.env, NI_SIGNING_KEY: keyFile }, stdio: 'pipe' });
      const at = (path: string) => readFileSync(join(channel, path));
      assert.deepEqual(at('en/k2-d3.json'), readFileSync(file));
      for (const path of ['en/k2-d3.json', 'wordpress/en/k2-d3.json', 'wordpress/index.json']) assert.ok(checks(at(path), at(`${path}.sig`).toString('utf8'), keys[0]!.publicKey), path);
      const bundle = JSON.parse(at('wordpress/en/k2-d3.json').toString('utf8')) as WordpressBundle;
      assert.equal(bundle.version, 2);
      assert.ok(bundle.cards['patient-h2']!.includes(sentence) && bundle.cards['patient-h2']!.includes('data-version="2"'));
      const manifest = JSON.parse(at('wordpress/index.json').toString('utf8')) as { topics: Record<string, number> };
      assert.equal(manifest.topics['en/k2-d3'], 2);
      assert.equal(manifest.topics['es/k2-d3'], 1, 'the translation is its own topic');
      assert.equal(Object.keys(manifest.topics).length, LANGUAGES.length * slugs.length);
      assert.deepEqual(at('wordpress/es/k2-d3.json'), read('es/k2-d3.json'), 'other bundles untouched');
      assert.match(at('changes.atom').toString('utf8'), /<id>urn:nutrient-interaction:en:k2-d3:2<\/id>/);
    });
  });
});
