/**
 * The bundled topics folder, next to this module: src/data/topics/ in development, topics/ beside the script once built
 * (the build bundles this module into the script, whose URL then counts). Kept in its own module so that holds.
 */
export const bundledTopicsUrl = (): URL => new URL(/* @vite-ignore */ './topics/', import.meta.url);
