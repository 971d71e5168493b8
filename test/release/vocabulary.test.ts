/**
 * One vocabulary, shown: in a temporary copy of the repository, a third card language `xx` is added the way
 * docs/authoring.md says (one edit to LANGUAGES in src/vocabulary.ts, then content: xx/_ui.json and one translated
 * topic), the catalog is regenerated, the content check and the whole build run, and every layer is asked whether it
 * picked the language up: the shipped topics, the snippets, the generated vocabulary, the WordPress plugin's files and
 * its PHP (run with stand-ins for the few WordPress functions it calls), and the element in Chromium, which draws the
 * xx card, and for a topic not translated into xx the English card with the xx note.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
// @ts-expect-error plain JS helper shared with the other tools that launch Chromium
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const REPO = process.cwd();
const KEEP = !!process.env.KEEP_APPS; // leave the temp copy for a look
const XX = 'xx';
const TRANSLATED = 'k2-d3';
const UNTRANSLATED = 'vitk-warfarin';
// What marks xx's strings apart from the Spanish ones they are copied from.
const mark = (s: string) => `xx·${s}`;
const UNTRANSLATED_NOTE = 'xx·This summary is not in xx yet, so it is shown in English.';
const AUDIENCE_NOTE = { patient: 'xx·Written for patients (xx).', clinician: 'xx·Written for clinicians (xx).' };

let copy: string;
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: copy, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};
const read = (path: string) => readFileSync(join(copy, path), 'utf8');

describe('a dummy language added to the vocabulary reaches every layer', () => {
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'ni-vocabulary-'));
    // The repository as tracked (work-tree contents), with the installed node_modules beside it.
    for (const file of execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean)) {
      if (!existsSync(file)) continue;
      mkdirSync(join(copy, dirname(file)), { recursive: true });
      cpSync(file, join(copy, file));
    }
    symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'), 'dir');

    // The one edit of code.
    const vocabulary = read('src/vocabulary.ts');
    const edited = vocabulary.replace("export const LANGUAGES = ['en', 'es'] as const;", `export const LANGUAGES = ['en', 'es', '${XX}'] as const;`);
    assert.notEqual(edited, vocabulary, 'src/vocabulary.ts still declares LANGUAGES as this test expects');
    writeFileSync(join(copy, 'src/vocabulary.ts'), edited);

    // Then content: the interface strings (Spanish ones, marked; the date pattern and month names kept, as the check
    // reads their shape) and one translated topic.
    const ui = JSON.parse(read('src/data/topics/es/_ui.json'));
    const marked = (v: unknown, key = ''): unknown =>
      typeof v === 'string' ? (key === 'date' || key === 'months' ? v : mark(v)) : Object.fromEntries(Object.entries(v as object).map(([k, c]) => [k, marked(c, k)]));
    mkdirSync(join(copy, `src/data/topics/${XX}`));
    writeFileSync(join(copy, `src/data/topics/${XX}/_ui.json`), JSON.stringify({ ...(marked(ui) as object), untranslated: UNTRANSLATED_NOTE, audienceNote: AUDIENCE_NOTE }, null, 2));
    const topic = JSON.parse(read(`src/data/topics/es/${TRANSLATED}.json`));
    writeFileSync(join(copy, `src/data/topics/${XX}/${TRANSLATED}.json`), JSON.stringify({ ...topic, lang: XX }, null, 2));

    // npm run catalog, npm run check:content and npm run build, in the copy.
    for (const step of [['scripts/check-content.ts', '--write-catalog'], ['scripts/check-content.ts'], ['scripts/build.ts']]) {
      const r = run(step);
      assert.equal(r.code, 0, `${step.join(' ')} in the copy:\n${r.out}`);
      if (step.length === 1 && step[0] === 'scripts/check-content.ts') {
        // A language with no readability formula passes on structure, and the check says its level was not measured.
        assert.match(r.out, new RegExp(`ok {3}src/data/topics/${XX}/${TRANSLATED}\\.json {2}reading level not measured`));
        assert.match(r.out, new RegExp(`note ${UNTRANSLATED}: in en, es only; ${XX} readers get the English card with a note`));
      }
    }
  });
  after(() => {
    if (!KEEP) rmSync(copy, { recursive: true, force: true });
    else console.log(`kept ${copy}`);
  });

  it('the catalog and the generated vocabulary list it', () => {
    const catalog = JSON.parse(read('src/data/topics/index.json')) as { topics: { slug: string; languages: string[] }[] };
    assert.deepEqual(catalog.topics.find((t) => t.slug === TRANSLATED)?.languages, ['en', 'es', XX]);
    assert.deepEqual(catalog.topics.find((t) => t.slug === UNTRANSLATED)?.languages, ['en', 'es']);
    const vocabulary = JSON.parse(read('dist/vocabulary.json'));
    assert.deepEqual(vocabulary.languages, ['en', 'es', XX]);
    assert.equal(vocabulary.languageNames[XX], XX, 'no name known for xx: the code stands in');
  });

  it('the build ships its strings, pinned with the hashes of its topics', () => {
    const ui = JSON.parse(read(`dist/topics/${XX}/_ui.json`));
    assert.equal(ui.untranslated, UNTRANSLATED_NOTE);
    assert.deepEqual(Object.keys(ui.hashes), [`${XX}/${TRANSLATED}`]);
    assert.ok(existsSync(join(copy, `dist/topics/${XX}/${TRANSLATED}.json`)));
  });

  it('the snippets: the xx card for the translated topic, the English card with the xx note for another', () => {
    const translated = read(`dist/snippets/${XX}/${TRANSLATED}.html`);
    assert.match(translated, new RegExp(`^<nutrient-interaction topic="${TRANSLATED}" lang="${XX}">\\n<article class="ni-card" slot="card" lang="${XX}"`));
    assert.ok(translated.includes(AUDIENCE_NOTE.patient), 'the xx audience note');
    assert.ok(translated.includes(mark('Recomendaciones')), 'xx labels');
    assert.doesNotMatch(translated, /ni-notice/);
    const standIn = read(`dist/snippets/${XX}/${UNTRANSLATED}-clinician.html`);
    assert.match(standIn, new RegExp(`^<nutrient-interaction topic="${UNTRANSLATED}" lang="${XX}" audience="clinician">\\n<article class="ni-card" slot="card" lang="en"`));
    assert.ok(standIn.includes(`<p class="ni-notice" lang="${XX}">${UNTRANSLATED_NOTE}</p>`), 'the xx note');
    assert.match(standIn, /Guidelines/);
  });

  it('the WordPress plugin: its vocabulary, the prerendered xx cards, and its PHP resolving xx from the locale', () => {
    const zip = unzipSync(readFileSync(join(copy, 'dist/wordpress/nutrient-interaction.zip')));
    const text = (name: string) => new TextDecoder().decode(zip[`nutrient-interaction/${name}`] ?? assert.fail(`${name} is not in the zip`));
    assert.deepEqual(JSON.parse(text('vocabulary.json')).languages, ['en', 'es', XX]);
    assert.match(text(`prerendered/${XX}/${TRANSLATED}/patient-h3.html`), new RegExp(`<article class="ni-card" slot="card" lang="${XX}"`));
    assert.ok(text(`prerendered/${XX}/${UNTRANSLATED}/clinician-h5.html`).includes(UNTRANSLATED_NOTE));

    // The plugin's own PHP, outside WordPress: a site in xx_XX shows the xx card, or the English one with the xx note.
    if (spawnSync('php', ['--version']).status !== 0) return void console.log('# no php here: the plugin PHP part was skipped');
    const plugin = join(copy, 'plugin');
    for (const [name, data] of Object.entries(zip)) {
      mkdirSync(join(plugin, dirname(name)), { recursive: true });
      if (!name.endsWith('/')) writeFileSync(join(plugin, name), data);
    }
    const php = `<?php
define( 'ABSPATH', '/' );
define( 'NUTRIENT_INTERACTION_DIR', ${JSON.stringify(`${plugin}/nutrient-interaction/`)} );
function __( $s ) { return $s; }
function get_locale() { return 'xx_XX'; }
function get_option( $name, $default = false ) { return $default; }
function current_user_can() { return true; }
function wp_kses( $html ) { return $html; }
function wp_enqueue_style() {}
function wp_enqueue_script() {}
function esc_html( $s ) { return htmlspecialchars( $s ); }
function esc_html__( $s ) { return htmlspecialchars( $s ); }
function wp_upload_dir() { return array( 'basedir' => '/nonexistent', 'baseurl' => 'http://example.test/uploads' ); }
require NUTRIENT_INTERACTION_DIR . 'includes/settings.php';
require NUTRIENT_INTERACTION_DIR . 'includes/channel.php';
require NUTRIENT_INTERACTION_DIR . 'includes/render.php';
echo json_encode( array(
  'site'       => nutrient_interaction_site_lang(),
  'languages'  => nutrient_interaction_catalog()['${TRANSLATED}']['languages'],
  'translated' => nutrient_interaction_render( '${TRANSLATED}', '', '', 'class="w"' ),
  'standIn'    => nutrient_interaction_render( '${UNTRANSLATED}', 'clinician', 4, 'class="w"' ),
  'unknown'    => nutrient_interaction_render( '${TRANSLATED}', '', '', 'class="w"', array(), 'zz' ),
) );
`;
    writeFileSync(join(copy, 'render.php'), php);
    const out = JSON.parse(execFileSync('php', [join(copy, 'render.php')], { encoding: 'utf8' }));
    assert.equal(out.site, XX);
    assert.deepEqual(out.languages, ['en', 'es', XX]);
    assert.match(out.translated, new RegExp(`lang="${XX}"`));
    assert.ok(out.standIn.includes(UNTRANSLATED_NOTE), 'the English card with the xx note');
    assert.doesNotMatch(out.standIn, /reinstall/);
    assert.ok(out.unknown.includes('Unknown language &quot;zz&quot;: use en, es or xx.'), out.unknown);
  });

  it('the element in Chromium: lang="xx" draws the xx card, and for another topic the English card with the xx note', async () => {
    const root = join(copy, 'dist');
    const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };
    const server: Server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(`<!doctype html><html lang="en"><body>
<nutrient-interaction topic="${TRANSLATED}" lang="${XX}" loading="eager"></nutrient-interaction>
<nutrient-interaction topic="${UNTRANSLATED}" lang="${XX}" loading="eager"></nutrient-interaction>
<script type="module" src="/nutrient-interaction.js"></script></body></html>`);
      }
      const file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      const { port } = server.address() as { port: number };
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => [...document.querySelectorAll('nutrient-interaction')].every((el) => ['complete', 'error'].includes((el as unknown as { status: string }).status)), undefined, { timeout: 15000 });
      const cards = await page.$$eval('nutrient-interaction', (els) =>
        els.map((el) => {
          const card = el.querySelector<HTMLElement>('.ni-card');
          const notice = card?.querySelector<HTMLElement>('.ni-notice');
          return { status: (el as unknown as { status: string }).status, lang: card?.lang, notice: notice && { lang: notice.lang, text: notice.textContent?.trim() }, references: card?.querySelector('details[data-section="references"] > summary')?.textContent };
        }),
      );
      assert.deepEqual(cards[0], { status: 'complete', lang: XX, notice: null, references: cards[0]!.references });
      assert.match(cards[0]!.references ?? '', /^xx·Referencias/);
      assert.equal(cards[1]!.status, 'complete');
      assert.equal(cards[1]!.lang, 'en');
      assert.deepEqual(cards[1]!.notice, { lang: XX, text: UNTRANSLATED_NOTE });
      assert.match(cards[1]!.references ?? '', /^References/);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
