/**
 * What the channel add-on trusts: the public keys (raw Ed25519, base64) it accepts a signature from, and the channel's
 * default address. Empty as written: the build fills them in (scripts/channel.ts: the release keys on record and the
 * signing key; for the npm build, whose add-on lives in an app's bundle, the CDN path of the package's major version;
 * the CDN add-on finds its channel from its own address), and the test server fills in the throwaway key it signs its
 * test channel with. No keys: no update is taken.
 */
export const CHANNEL_KEYS: readonly { id: string; publicKey: string }[] = [];
export const CHANNEL_BASE = '';
