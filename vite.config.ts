import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { SCHEMA_FILE, summaryJsonSchema } from './scripts/json-schema.js';
import { isLitHtml, renameLitPolicy } from './scripts/lit-policy.mjs';
import { bundledTopicsPlugin, topicChunkName } from './scripts/bundled-topics-plugin.js';
import { shippedTopicSource, shippedTopics, topicHashesModule } from './scripts/shipped-topics.js';
import { LAYOUT_CSS } from './scripts/layout-css.js';
import { addonHashes } from './scripts/addon-files.js';
import { minifyCssTemplates, squeezeIndentation } from './scripts/css-templates.js';

const TOPICS = 'src/data/topics';

// The bundled topics' hashes go into the script, so a topic changed on the CDN after release is refused. The dev server
// fills them too, and serves the topics as shipped (the bytes hashed), so development runs the check readers get.
// Our own sources: css`` minified by lightningcss, and html`` without its indentation (scripts/css-templates.ts).
const minifyTemplates: Plugin = {
  name: 'minify-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    return { code: squeezeIndentation(id.endsWith('.styles.ts') ? minifyCssTemplates(code, id) : code), map: null };
  },
};

/** The channel add-on trusts the keys of this build; `cdnChannel`: its default address is the CDN's major-version channel. */
const channelKeys = (cdnChannel: boolean): Plugin => ({
  name: 'channel-keys',
  async load(id) {
    if (!id.endsWith('/src/load/channel-keys.ts')) return null;
    const { acceptedKeys, channelKeysModule, defaultChannelBase } = await import('./scripts/channel.js');
    return channelKeysModule(acceptedKeys(), cdnChannel ? defaultChannelBase() : '');
  },
});

const topicHashes: Plugin = {
  name: 'topic-hashes',
  load(id) {
    return id.endsWith('/src/load/topic-hashes.ts') ? topicHashesModule(TOPICS) : null;
  },
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const file = /^\/src\/data\/topics\/([\w/-]+\.json)$/.exec(req.url ?? '')?.[1];
      const source = file ? shippedTopicSource(file, TOPICS) : undefined;
      if (source === undefined) return next();
      res.writeHead(200, { 'content-type': 'application/json' }).end(source);
    });
  },
};

// Two library builds into one dist/:
//   --mode cdn  dist/nutrient-interaction.js  self-contained and minified, for <script type="module" src>;
//   --mode npm  dist/index.js                  lit left as an import, for bundlers (no second copy of Lit).
// Both sit next to dist/topics/, which the element resolves relative to its own module URL.
export default defineConfig(({ mode, command }) => {
  // `npm start`: the address Vite prints (the site root) shows the demo.
  if (command === 'serve') {
    return {
      // Lit is served as published (not pre-bundled) so the demo and embed.html run with the CDN file's policy name.
      optimizeDeps: { exclude: ['lit', 'lit-html'] },
      plugins: [
        topicHashes,
        {
          name: 'own-trusted-types-policy',
          transform(code, id) {
            return isLitHtml(id) ? { code: renameLitPolicy(code), map: null } : null;
          },
        },
        {
          // Demo pages embed summaries the recommended way, prerendered: an element marked data-prerender gets its card
          // from the build's own prerenderer. ?lang=es and ?audience=clinician choose the starting card.
          name: 'demo-prerender',
          async transformIndexHtml(html, ctx) {
            if (!html.includes('data-prerender')) return html;
            const { prerenderCard, readTopic, topicLanguages } = await import('./scripts/prerender.js');
            const { languageOf, AUDIENCES } = await import('./src/vocabulary.js');
            const query = new URL(ctx.originalUrl ?? ctx.path, 'http://localhost').searchParams;
            const lang = languageOf(query.get('lang') ?? '');
            const audience = AUDIENCES.find((a) => a === query.get('audience')) ?? AUDIENCES[0];
            return html.replace(/<nutrient-interaction\b([^>]*?)\s+data-prerender([^>]*)>/g, (_, before: string, after: string) => {
              const attrs = `${before}${after}`;
              const topic = /\btopic="([a-z0-9-]+)"/.exec(attrs)?.[1] ?? '';
              const headingLevel = Number(/\bheading-level="(\d)"/.exec(attrs)?.[1] ?? 2);
              const followUpHref = /\bfollow-up-href="([^"]*)"/.exec(attrs)?.[1];
              const followUpLabel = /\bfollow-up-label="([^"]*)"/.exec(attrs)?.[1];
              const extra = ` lang="${lang}"${audience === AUDIENCES[0] ? '' : ` audience="${audience}"`}`;
              // A topic not yet translated: its English card, with the note in the asked language (as the build writes it).
              const summary = readTopic(topic, undefined, topicLanguages(topic).includes(lang) ? lang : 'en');
              return `<nutrient-interaction${attrs}${extra}>\n${prerenderCard(summary, { audience, lang, headingLevel, followUpHref, followUpLabel })}`;
            });
          },
        },
        {
          name: 'root-shows-demo',
          configureServer(server) {
            server.middlewares.use((req, res, next) => {
              if (req.url !== '/' && req.url !== '/index.html') return next();
              res.writeHead(302, { location: '/demo/index.html' }).end();
            });
          },
        },
      ],
    };
  }
  // An add-on (src/addons/<name>.ts) as a file of its own beside the CDN script, which loads it when a page needs it.
  const addon = /^addon-([\w-]+)$/.exec(mode)?.[1];
  if (addon) {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/addons',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: `src/addons/${addon}.ts`, formats: ['es'], fileName: () => `${addon}.js` },
        rolldownOptions: { output: { minify: true, comments: false } },
      },
      plugins: [
        minifyTemplates,
        // No default address: the CDN add-on finds its channel from where it is served.
        channelKeys(false),
      ],
    };
  }
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
        : // Topics become chunks of their own (chunks/topics/<key>.js), which an app's bundler then code-splits.
          { external: [/^lit(\/|$)/, /^@lit\//], output: { chunkFileNames: (c) => topicChunkName(c.facadeModuleId) ?? 'chunks/[name].js' } },
    },
    plugins: [
      // The npm build carries its topics as modules that bundlers follow; the CDN file fetches them next to itself.
      !cdn && bundledTopicsPlugin(TOPICS),
      topicHashes,
      {
        name: 'own-trusted-types-policy',
        transform(code, id) {
          return cdn && isLitHtml(id) ? { code: renameLitPolicy(code), map: null } : null;
        },
      },
      minifyTemplates,
      // The npm build's add-on lives in an app's bundle: it asks the CDN channel of this major version.
      !cdn && channelKeys(true),
      {
        // The self-contained script loads its add-ons as files of their own, pinned by the hashes of the ones just built.
        name: 'pinned-addons',
        load(id) {
          if (!cdn) return null;
          if (id.endsWith('/src/load/addons.ts')) return `export { loadAddon } from './addons-cdn.ts';\n`;
          if (id.endsWith('/src/load/addon-hashes.ts')) return `export const ADDON_HASHES = ${JSON.stringify(addonHashes())};\n`;
          return null;
        },
      },
      {
        name: 'copy-topics-and-schema',
        generateBundle() {
          if (!cdn) return;
          this.emitFile({ type: 'asset', fileName: SCHEMA_FILE, source: `${JSON.stringify(summaryJsonSchema(), null, 2)}\n` });
          // The card's layout rules for prerendered snippets and the WordPress plugin (the script adopts the same rules).
          this.emitFile({ type: 'asset', fileName: 'nutrient-interaction.css', source: LAYOUT_CSS });
          // The iframe embed: same page as in development, pointed at the built files.
          const embedHtml = readFileSync('src/embed/embed.html', 'utf8').replace('../index.ts', './nutrient-interaction.js');
          this.emitFile({ type: 'asset', fileName: 'embed.html', source: embedHtml });
          for (const f of ['embed.js', 'embed-host.js']) this.emitFile({ type: 'asset', fileName: f, source: readFileSync(`src/embed/${f}`) });
          // Topics and their catalog (index.json), checked against each other by npm run check:content.
          for (const { file, source } of shippedTopics(TOPICS).files) this.emitFile({ type: 'asset', fileName: `topics/${file}`, source });
        },
      },
    ],
  };
});
