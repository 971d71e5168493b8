// What npm publishes and what the build promises: checked on a fresh build.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error plain JS helper shared with `npm run size`
import { BUDGET_BROTLI, measure, overBudget } from '../../scripts/size.mjs';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const sha384 = (path: string) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

describe('package', () => {
  before(() => {
    execSync('npm run build', { stdio: 'ignore' });
  });

  it('npm pack ships dist (element, types, topics, schema, manifest, embed) and nothing else', () => {
    const [pack] = JSON.parse(execSync('npm pack --dry-run --json --ignore-scripts', { encoding: 'utf8' }));
    const files: string[] = pack.files.map((f: { path: string }) => f.path);
    for (const required of [
      'package.json',
      'README.md',
      'dist/nutrient-interaction.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/nutrient-interaction.d.ts',
      'dist/custom-elements.json',
      'dist/schema/nutrient-interaction.schema.json',
      'dist/topics/index.json',
      'dist/topics/k2-d3.json',
      'dist/embed.html',
      'dist/embed.js',
      'dist/embed-host.js',
      'dist/sri.json',
    ]) {
      assert.ok(files.includes(required), `missing ${required}`);
    }
    const stray = files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f));
    assert.deepEqual(stray, []);
    assert.ok(!files.some((f) => f.includes('content-rules')), 'dev-only content rules are not published');
  });

  it('exports, types and customElements point at built files', () => {
    const pkg = json('package.json');
    const targets = [pkg.types, pkg.customElements, pkg.exports['.'].types, pkg.exports['.'].default, pkg.exports['./cdn'], pkg.exports['./schema.json']];
    for (const t of targets) assert.ok(existsSync(t), `${t} exists`);
    assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
    // The npm build imports Lit instead of bundling it; the CDN build bundles everything.
    const lib = readFileSync('dist/index.js', 'utf8');
    assert.match(lib, /from "lit"/);
    assert.doesNotMatch(readFileSync('dist/nutrient-interaction.js', 'utf8'), /from\s*"lit"|import\s*"lit/);
  });

  it('the custom elements manifest documents the element API', () => {
    const manifest = json('dist/custom-elements.json');
    const element = manifest.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === 'nutrient-interaction');
    assert.ok(element, 'element declared with its tag');
    const names = (list: { name: string }[]) => list.map((x) => x.name);
    for (const a of ['topic', 'src', 'audience', 'heading-level', 'theme', 'independent', 'follow-up-href', 'structured-data']) {
      assert.ok(names(element.attributes).includes(a), `attribute ${a}`);
    }
    assert.deepEqual(names(element.events).sort(), [
      'nutrient-interaction-audience-change',
      'nutrient-interaction-error',
      'nutrient-interaction-load',
      'nutrient-interaction-toggle',
    ]);
    for (const p of ['base', 'title', 'audience', 'safety', 'section', 'section-toggle', 'section-content', 'follow-up']) {
      assert.ok(names(element.cssParts).includes(p), `part ${p}`);
    }
    assert.ok(names(element.cssProperties).includes('--nutrient-interaction-accent'));
    assert.deepEqual(names(element.slots).sort(), ['', 'follow-up']);
  });

  it(`all JavaScript for one widget, Lit included, is within ${BUDGET_BROTLI} B brotli`, () => {
    const size = measure(readFileSync('dist/nutrient-interaction.js'));
    assert.equal(overBudget(size), undefined);
    // The check itself: one byte over fails.
    assert.match(overBudget({ brotli: BUDGET_BROTLI + 1 }), /over the \d+ B budget by 1 B/);
  });

  it('sri.json holds the hashes of the built files, and the README snippet carries them', () => {
    const sri = json('dist/sri.json');
    assert.equal(sri['nutrient-interaction.js'], sha384('dist/nutrient-interaction.js'));
    assert.equal(sri['embed-host.js'], sha384('dist/embed-host.js'));
    assert.ok(readFileSync('README.md', 'utf8').includes(`integrity="${sri['nutrient-interaction.js']}"`));
  });
});
