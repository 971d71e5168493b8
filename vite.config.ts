import { defineConfig } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { SCHEMA_FILE, summaryJsonSchema } from './scripts/json-schema.js';

const TOPICS = 'src/data/topics';

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
      lib: {
        entry: 'src/index.ts',
        formats: ['es'],
        fileName: () => (cdn ? 'nutrient-interaction.js' : 'index.js'),
      },
      rolldownOptions: cdn
        ? { output: { minify: true, comments: false } }
        : { external: [/^lit(\/|$)/, /^@lit\//] },
    },
    plugins: [
      {
        // Minifiers leave template literals alone, so html`` and css`` keep their indentation and comments.
        // Indentation after a newline never changes how HTML or CSS renders, and our code has no other multi-line strings.
        name: 'squeeze-templates',
        transform(code, id) {
          if (!/\/src\/.*\.ts$/.test(id)) return null;
          let out = code.replace(/\n[ \t]+/g, '\n');
          // Style files hold one css`` literal: drop comments and the spaces CSS does not need.
          if (id.endsWith('.styles.ts')) {
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
          for (const f of readdirSync(TOPICS).filter((f) => f.endsWith('.json'))) {
            // Re-serialised: smaller on the wire and proves each file parses.
            const source = JSON.stringify(JSON.parse(readFileSync(`${TOPICS}/${f}`, 'utf8')));
            this.emitFile({ type: 'asset', fileName: `topics/${f}`, source });
          }
        },
      },
    ],
  };
});
