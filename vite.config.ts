import { defineConfig } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { SCHEMA_FILE, summaryJsonSchema } from './scripts/json-schema.js';
import { isLitHtml, renameLitPolicy } from './scripts/lit-policy.mjs';

const TOPICS = 'src/data/topics';

// Topic files as shipped, English at the top and other languages in their folders (es/<slug>.json, and es/_ui.json for
// the interface): re-serialised (smaller on the wire, and proves each file parses).
const readTopics = () =>
  readdirSync(TOPICS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f.replaceAll('\\', '/'), json: JSON.parse(readFileSync(`${TOPICS}/${f}`, 'utf8')) }));

// SHA-256 cut to 128 bits: still out of reach for forging a file, at half the bytes in every reader's script.
const topicHash = (source: string) => createHash('sha256').update(source).digest().subarray(0, 16).toString('base64');

/**
 * The files as shipped, and the hashes that pin them. The script lists the English topics and each language's _ui.json;
 * a language's _ui.json lists that language's topics. So every file is pinned by the script, and English readers carry
 * no bytes for other languages.
 */
function shippedTopics() {
  const files = readTopics();
  const key = (file: string) => file.slice(0, -5);
  const isTopic = (file: string) => file !== 'index.json' && !file.endsWith('/_ui.json');
  const hash = (f: { json: unknown }) => topicHash(JSON.stringify(f.json));
  const scriptHashes: Record<string, string> = {};
  for (const f of files) {
    if (isTopic(f.file) && !f.file.includes('/')) scriptHashes[key(f.file)] = hash(f);
    if (f.file.endsWith('/_ui.json')) {
      const lang = f.file.split('/')[0];
      const hashes = Object.fromEntries(files.filter((t) => isTopic(t.file) && t.file.startsWith(`${lang}/`)).map((t) => [key(t.file), hash(t)]));
      f.json = { ...(f.json as object), hashes };
      scriptHashes[key(f.file)] = hash(f);
    }
  }
  return { files: files.map(({ file, json }) => ({ file, source: JSON.stringify(json) })), scriptHashes };
}

// Two library builds into one dist/:
//   --mode cdn  dist/nutrient-interaction.js  self-contained and minified, for <script type="module" src>;
//   --mode npm  dist/index.js                  lit left as an import, for bundlers (no second copy of Lit).
// Both sit next to dist/topics/, which the element resolves relative to its own module URL.
export default defineConfig(({ mode, command }) => {
  if (command === 'serve') return { server: { open: '/demo/index.html' } };
  const cdn = mode === 'cdn';
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: cdn,
      sourcemap: true,
      lib: cdn
        ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'nutrient-interaction.js' }
        : // The package entry defines the tag; element.js is the class alone, for a registry or a tag of your own.
          { entry: { index: 'src/index.ts', element: 'src/element.ts' }, formats: ['es'], fileName: (_, name) => `${name}.js` },
      rolldownOptions: cdn
        ? { output: { minify: true, comments: false } }
        : { external: [/^lit(\/|$)/, /^@lit\//], output: { chunkFileNames: 'chunks/[name].js' } },
    },
    plugins: [
      {
        // The bundled topics' hashes go into the script, so a topic changed on the CDN after release is refused.
        name: 'topic-hashes',
        load(id) {
          if (!id.endsWith('/src/load/topic-hashes.ts')) return null;
          return `export const TOPIC_HASHES = ${JSON.stringify(shippedTopics().scriptHashes)};`;
        },
      },
      {
        name: 'own-trusted-types-policy',
        transform(code, id) {
          return cdn && isLitHtml(id) ? { code: renameLitPolicy(code), map: null } : null;
        },
      },
      {
        // Minifiers leave template literals alone, so html`` and css`` keep their indentation and comments.
        // Indentation after a newline never changes how HTML or CSS renders, and our code has no other multi-line strings.
        name: 'squeeze-templates',
        transform(code, id) {
          if (!/\/src\/.*\.ts$/.test(id)) return null;
          let out = code.replace(/\n[ \t]+/g, '\n');
          // Style files hold one css`` literal: drop comments and the spaces CSS does not need.
          if (id.endsWith('.styles.ts')) {
            // (css`` there is String.raw: the text is kept as written, so squeezing it here is all the minifying it gets.)
            out = out.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':');
          }
          return { code: out, map: null };
        },
      },
      {
        name: 'copy-topics-and-schema',
        generateBundle() {
          if (!cdn) return;
          this.emitFile({ type: 'asset', fileName: SCHEMA_FILE, source: `${JSON.stringify(summaryJsonSchema(), null, 2)}\n` });
          // The iframe embed: same page as in development, pointed at the built files.
          const embedHtml = readFileSync('src/embed/embed.html', 'utf8').replace('../index.ts', './nutrient-interaction.js');
          this.emitFile({ type: 'asset', fileName: 'embed.html', source: embedHtml });
          for (const f of ['embed.js', 'embed-host.js']) this.emitFile({ type: 'asset', fileName: f, source: readFileSync(`src/embed/${f}`) });
          // Topics and their catalog (index.json), checked against each other by npm run check:content.
          for (const { file, source } of shippedTopics().files) this.emitFile({ type: 'asset', fileName: `topics/${file}`, source });
        },
      },
    ],
  };
});
