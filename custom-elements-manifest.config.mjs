// The manifest lists the public API only: private (#) members and internal modules stay out.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/data/content-rules.ts'],
  outdir: 'dist',
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
  ],
};
