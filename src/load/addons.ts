import type * as Validate from '../addons/validate.js';
import type * as StructuredData from '../addons/structured-data.js';
import type * as Wrappers from '../addons/wrappers.js';
import type * as Channel from '../addons/channel.js';
import type * as Finder from '../addons/finder.js';

/** Parts of the widget only some pages use: loaded the first time a page needs one, so other readers never do. */
export interface Addons {
  /** Checks a summary file the build has not checked (one named by `src`). */
  validate: typeof Validate;
  /** Writes schema.org JSON-LD for widgets with `structured-data`. */
  'structured-data': typeof StructuredData;
  /** Turns `<div data-nutrient-interaction>` wrappers into elements. */
  wrappers: typeof Wrappers;
  /** Checks the signed channel for a newer version of a topic, after the card has painted. */
  channel: typeof Channel;
  /** `<nutrient-interaction-finder>`, for pages that have one. */
  finder: typeof Finder;
}

const IMPORTS = {
  validate: () => import('../addons/validate.js'),
  'structured-data': () => import('../addons/structured-data.js'),
  wrappers: () => import('../addons/wrappers.js'),
  channel: () => import('../addons/channel.js'),
  finder: () => import('../addons/finder.js'),
};

/**
 * Loads an add-on. Here by dynamic import, which a bundler (the npm build, an app) splits into a chunk of its own. The
 * self-contained CDN script replaces this module with addons-cdn.ts: the same add-ons, as files pinned by their hashes.
 */
export function loadAddon<K extends keyof Addons>(name: K): Promise<Addons[K]> {
  return IMPORTS[name]() as Promise<Addons[K]>;
}
