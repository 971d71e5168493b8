/**
 * Where each add-on puts what it exports when it runs. The self-contained CDN script loads an add-on as a module script
 * of its own (src/load/addons-cdn.ts) and finds it here; a bundled app imports it directly and never looks.
 */
export const ADDON_REGISTRY = Symbol.for('nutrient-interaction.addons');

export function register(name: string, exports: object): void {
  ((globalThis as Record<symbol, Record<string, object>>)[ADDON_REGISTRY] ??= {})[name] = exports;
}
