/**
 * The add-ons (src/addons/<name>.ts) as the CDN build ships them: dist/addons/<name>.js, each self-contained, and the
 * Subresource Integrity hashes the script pins them by (src/load/addon-hashes.ts, filled by the CDN build).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const ADDONS = ['validate', 'structured-data', 'wrappers', 'channel', 'finder'] as const;

export function addonHashes(dist = 'dist'): Record<string, string> {
  return Object.fromEntries(
    // SHA-256: as strong a pin as the script's own SHA-384 for this purpose, in fewer of every reader's bytes.
    ADDONS.map((name) => [name, `sha256-${createHash('sha256').update(readFileSync(`${dist}/addons/${name}.js`)).digest('base64')}`]),
  );
}
