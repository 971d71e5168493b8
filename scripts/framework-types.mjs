/**
 * After `cem analyze`: framework typings and editor data, generated from dist/custom-elements.json.
 *
 *   dist/jsx.d.ts        CustomElements / NutrientInteractionProps for JSX (custom-element-jsx-integration)
 *   dist/react.d.ts      React 19: <nutrient-interaction> in JSX.IntrinsicElements, with its attributes and events
 *   dist/vue.d.ts        Vue: GlobalComponents (custom-element-vuejs-integration)
 *   dist/svelte.d.ts     Svelte 5: svelte/elements' SvelteHTMLElements
 *   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code (custom-element-vs-code-integration)
 *   dist/web-types.json  JetBrains IDEs (custom-element-jet-brains-integration; package.json's "web-types" points at it)
 *
 * Attribute and event types come from the package's own declarations (dist/index.d.ts): the manifest links each
 * attribute to its property and names each event's detail type (custom-elements-manifest.config.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

/** Writes the typings and editor data from dist/custom-elements.json; returns what it wrote. */
export function writeFrameworkTypes() {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

  // Framework props are what a template may set: read-only properties (updateComplete) and methods are not among them.
  const settable = structuredClone(manifest);
  for (const mod of settable.modules) {
    for (const decl of mod.declarations ?? []) if (decl.members) decl.members = decl.members.filter((m) => !m.readonly);
  }

  const typed = { outdir: 'dist', globalTypePath: './index.js', hideLogs: true };
  generateJsxTypes(structuredClone(settable), { ...typed, fileName: 'jsx.d.ts' });
  generateVuejsTypes(structuredClone(settable), { ...typed, fileName: 'vue.d.ts' });
  generateVsCodeCustomElementData(structuredClone(manifest), {
    outdir: 'dist',
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideLogs: true,
  });
  generateJetBrainsWebTypes(structuredClone(manifest), { outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true });

  // React 19 sets attributes and listens for `on<event-name>` props on custom elements; its own HTML attribute types
  // cover the rest (className, style, ref to the element).
  writeFileSync(
    'dist/react.d.ts',
    `// Types <nutrient-interaction> in React 19 JSX. Load once, e.g. \`import type {} from 'nutrient-interaction/react';\`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NutrientInteraction } from './index.js';
import type { NutrientInteractionProps } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'nutrient-interaction': Omit<DetailedHTMLProps<HTMLAttributes<NutrientInteraction>, NutrientInteraction>, keyof NutrientInteractionProps> &
        NutrientInteractionProps;
    }
  }
}
`,
  );

  // Svelte 5 types custom elements through svelte/elements (its events are on<event-name> attributes, as in React).
  writeFileSync(
    'dist/svelte.d.ts',
    `// Types <nutrient-interaction> in Svelte 5 templates. Load once, e.g. \`import type {} from 'nutrient-interaction/svelte';\`.
import type { HTMLAttributes } from 'svelte/elements';
import type { NutrientInteraction } from './index.js';
import type { NutrientInteractionProps } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'nutrient-interaction': Omit<HTMLAttributes<NutrientInteraction>, keyof NutrientInteractionProps> & NutrientInteractionProps;
  }
}
`,
  );
  return 'dist/jsx.d.ts, react.d.ts, vue.d.ts, svelte.d.ts, vscode.*-custom-data.json, web-types.json';
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`framework types: ${writeFrameworkTypes()}`);
