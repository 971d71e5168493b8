// The build's text transforms, run on the exact third-party versions installed and on every source file they touch:
// a transform that stopped applying fails here, not in a reader's browser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { parseSync, Visitor } from 'vite';
// @ts-expect-error plain JS helper shared with the Vite and test-server configs
import { isLitHtml, LIT_POLICY, renameLitPolicy } from '../../scripts/lit-policy.mjs';
import { minifyCssTemplates, squeezeIndentation } from '../../scripts/css-templates.js';
import { LANGUAGES, prerenderCard, readTopic, stripHydrationMarkers, topicSlugs } from '../../scripts/prerender.js';
import { card } from '../../src/card/templates.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';

const LIT_VERSION = JSON.parse(readFileSync('node_modules/lit-html/package.json', 'utf8')).version as string;

describe(`Lit's Trusted Types policy name (lit-html ${LIT_VERSION} as installed)`, () => {
  // The CDN build bundles the production file; the dev server and the test server serve the development one.
  for (const file of ['node_modules/lit-html/lit-html.js', 'node_modules/lit-html/development/lit-html.js']) {
    it(`${file}: the policy statement is found exactly once and renamed`, () => {
      assert.ok(isLitHtml(`/work/${file}`), 'the build and the servers recognise the file');
      const code = readFileSync(file, 'utf8');
      const out: string = renameLitPolicy(code);
      assert.equal(out.split(`createPolicy("${LIT_POLICY}"`).length - 1, 1);
      assert.doesNotMatch(out, /createPolicy\(\s*["']lit-html["']/);
    });
  }

  it('fails loudly, naming the Lit version, when the statement is missing or there twice', () => {
    const code = readFileSync('node_modules/lit-html/lit-html.js', 'utf8');
    const statement = /\w+\?\w+\.createPolicy\("lit-html",\{createHTML:\w+=>\w+\}\):void 0/.exec(code)![0];
    assert.throws(() => renameLitPolicy(code.replace(statement, 'void 0')), new RegExp(`lit-html ${LIT_VERSION.replaceAll('.', '\\.')} changed: .*found 0 times`));
    assert.throws(() => renameLitPolicy(`${code}\n${statement}`), /found 2 times/);
  });
});

describe(`prerendering without Lit SSR's hydration markers (@lit-labs/ssr as installed)`, () => {
  it('every topic, language and wording renders with markers, and prerenders without any', () => {
    let cards = 0;
    for (const lang of LANGUAGES) {
      for (const slug of topicSlugs()) {
        const summary = readTopic(slug, undefined, lang);
        for (const audience of ['patient', 'clinician'] as const) {
          const html = prerenderCard(summary, { audience, lang });
          assert.doesNotMatch(html, /<!--|<\?/, `${slug} ${lang} ${audience}`);
          cards++;
        }
      }
    }
    assert.ok(cards >= 48, `${cards} cards`);
    const raw = collectResultSync(render(card(readTopic('k2-d3'), { audience: 'patient', headingLevel: 2, audienceNote: '' })));
    assert.match(raw, /<!--lit-part [^>]*-->/, 'the raw output has the markers this removes');
  });

  it('fails loudly when there is no marker to remove, or one of a shape it does not know', () => {
    assert.throws(() => stripHydrationMarkers('<article>text</article>'), /markers changed \(none found\)/);
    assert.throws(() => stripHydrationMarkers('<!--lit-part abc--><p><!--lit-attr 2--></p><!--/lit-part-->'), /left: <!--lit-attr 2-->/);
  });
});

describe('css`` minified by lightningcss', () => {
  const file = 'src/nutrient-interaction.styles.ts';
  const source = readFileSync(file, 'utf8');
  const literals = (code: string) => {
    const found: string[] = [];
    new Visitor({
      TaggedTemplateExpression(node) {
        if (node.tag.type === 'Identifier' && node.tag.name === 'css') found.push(node.quasi.quasis[0]!.value.cooked!);
      },
    }).visit(parseSync(file, code, { lang: 'ts' }).program);
    return found;
  };

  it('each literal becomes exactly lightningcss\u2019s minified output of it, and nothing else in the module changes', () => {
    const before = literals(source);
    const out = minifyCssTemplates(source, file);
    const after = literals(out);
    assert.equal(after.length, before.length);
    assert.ok(before.length >= 3);
    before.forEach((css, i) => {
      const expected = new TextDecoder().decode(transform({ filename: file, code: new TextEncoder().encode(css), minify: true }).code);
      assert.equal(after[i], expected);
      assert.doesNotMatch(after[i]!, /\/\*|\n/);
      assert.ok(after[i]!.length < css.length * 0.75, `literal ${i}: ${css.length} → ${after[i]!.length}`);
    });
    const rest = (code: string) => code.replace(/css`[^`]*`/g, 'css``');
    assert.equal(rest(out), rest(source));
  });

  it('refuses a literal it cannot minify whole: an expression in it, or CSS lightningcss rejects', () => {
    assert.throws(() => minifyCssTemplates('const a = css`a { color: ${x} }`;', 'x.styles.ts'), /plain text/);
    assert.throws(() => minifyCssTemplates('const a = css`a { color: red; } }} {{`;', 'x.styles.ts'));
  });
});

describe('html`` indentation squeezed', () => {
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/${f}`);

  // Every string a module holds: quoted strings, and template text (cooked). Squeezing may change only the last, and
  // only by the indentation after a newline.
  const strings = (file: string, code: string) => {
    const quoted: string[] = [];
    const templates: string[] = [];
    new Visitor({
      Literal(node) {
        if (typeof node.value === 'string') quoted.push(node.value);
      },
      TemplateElement(node) {
        templates.push(node.value.cooked ?? node.value.raw);
      },
    }).visit(parseSync(file, code, { lang: 'ts' }).program);
    return { quoted, templates };
  };

  it('changes no quoted string, and template text only by the spaces after a newline', () => {
    assert.ok(sources.length > 20);
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      const before = strings(file, code);
      const after = strings(file, squeezeIndentation(code));
      assert.deepEqual(after.quoted, before.quoted, file);
      assert.deepEqual(after.templates, before.templates.map((t) => t.replace(/\n[ \t]+/g, '\n')), file);
    }
  });

  it('touches no template whose whitespace shows: none holds <pre>, <textarea> or a white-space rule keeping it', () => {
    for (const file of sources) {
      for (const t of strings(file, readFileSync(file, 'utf8')).templates) {
        assert.doesNotMatch(t, /<(pre|textarea|listing|plaintext)\b|white-space:\s*(pre|break-spaces)/, file);
      }
    }
  });
});
