/**
 * Topics the npm build carries as modules, so an app's bundler (Vite, webpack, esbuild, Rollup) packs them with the app
 * and serves them wherever it puts its chunks: no folder to copy, no URL to configure.
 *
 * Here, in the source (the development server, the tests and the CDN script), there are none: `topic` is fetched from
 * the topics folder next to the script. The npm build (`vite build --mode npm`) replaces this module with one that
 * imports each topic through a literal `import()` (see scripts/bundled-topics-plugin.ts), which every bundler follows,
 * and which survives Vite's dependency pre-bundling.
 *
 * `url` is where the loader would fetch a bundled topic (`<key>.json` under the topics folder, key `k2-d3` or
 * `es/k2-d3`); the answer is a Response with exactly the bytes of that file, so the size limit, the hash the build
 * recorded and the validation apply unchanged. Undefined means "fetch it": any other URL (`src`, or a folder given to
 * `setBasePath()`), or a build that carries no topics.
 */
export const bundledTopic: ((url: URL, signal: AbortSignal) => Promise<Response> | undefined) | undefined = undefined;
