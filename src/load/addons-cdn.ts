import type { Addons } from './addons.js';
import { ADDON_HASHES } from './addon-hashes.js';
import { LoadError, policyRefused } from './load-error.js';
import { allowScriptsUnder, ownPolicy } from '../trusted-types.js';
import { ADDON_REGISTRY } from '../addons/registry.js';


const loading = new Map<string, Promise<unknown>>();

/**
 * The CDN build's add-on loader: a module script beside this one, pinned by the hash the build recorded (the browser
 * checks it, as it checks the script's own), and added the first time a page needs it.
 */
export function loadAddon<K extends keyof Addons>(name: K): Promise<Addons[K]> {
  let promise = loading.get(name);
  if (!promise) {
    // (Not an asset for the bundler to resolve: the folder beside the built script.)
    const base = new URL(/* @vite-ignore */ './addons/', import.meta.url).href;
    const url = `${base}${name}.js`;
    allowScriptsUnder(base);
    const policy = ownPolicy();
    promise = new Promise((resolve, reject) => {
      if (policy === null) throw policyRefused(url);
      const script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = 'anonymous';
      script.integrity = ADDON_HASHES[name]!;
      script.onload = () => resolve((globalThis as Record<symbol, Record<string, unknown>>)[ADDON_REGISTRY]![name]);
      script.onerror = () => {
        loading.delete(name);
        reject(new LoadError('network', 'The summary could not be downloaded.', url));
      };
      script.src = policy ? policy.createScriptURL(url) : url;
      document.head.append(script);
    });
    loading.set(name, promise);
  }
  return promise as Promise<Addons[K]>;
}
