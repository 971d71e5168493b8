/**
 * The first 128 bits of the SHA-256 (base64) of each bundled topic file, keyed by slug. Empty in development; the build fills it with the hashes
 * of the files it ships, so a topic changed on the CDN after release is refused even though the script itself is pinned.
 */
export const TOPIC_HASHES: Readonly<Record<string, string>> = {};
