// The manifest lists the public API only: private (#) members and internal modules stay out. It also links each
// attribute to its property and names each event's detail type, which the framework typings are generated from
// (scripts/framework-types.mjs).
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (c) => c.toUpperCase());

export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  // package.json's customElements field is written by hand: the build writes nothing outside dist/.
  packagejson: false,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
          }
        }
      },
    },
    {
      name: 'attribute-fields-and-event-details',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.tagName) continue;
            // `this.shadowRoot.adoptedStyleSheets = …` in the constructor reads to the analyzer as a field of the element.
            decl.members = decl.members?.filter((m) => m.name !== 'adoptedStyleSheets');
            for (const attr of decl.attributes ?? []) {
              const field = decl.members?.find((m) => m.kind === 'field' && m.name === camel(attr.name));
              if (!field) throw new Error(`manifest: attribute ${attr.name} has no property ${camel(attr.name)}`);
              attr.fieldName = field.name;
              field.attribute = attr.name;
            }
            // nutrient-interaction-load → NutrientInteractionLoadDetail, exported by the package entry (src/events.ts).
            for (const event of decl.events ?? []) event.type = { text: `${pascal(event.name)}Detail` };
          }
        }
      },
    },
  ],
};
