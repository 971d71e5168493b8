/**
 * The Subresource Integrity hash of each add-on file beside the CDN script (dist/addons/<name>.js), by name. Empty as
 * written: the CDN build replaces this module with the hashes of the add-ons it built just before (scripts/build.ts),
 * so the browser refuses an add-on changed on the CDN, as it refuses a changed script.
 */
export const ADDON_HASHES: Readonly<Record<string, string>> = {};
