/**
 * The first 128 bits of the SHA-256 (base64) of the pins file (`_pins`: topics/_pins.json, which holds the hashes of
 * the other files under topics/). Empty as written: the build,
 * the dev server and the test server replace this module with the hashes of the files as shipped
 * (scripts/shipped-topics.ts), so a topic changed on the CDN after release is refused even though the script itself is
 * pinned, and development and the tests run that check too. Empty (a plain TypeScript import, as in a Node script) means
 * no check.
 */
export const TOPIC_HASHES: Readonly<Record<string, string>> = {};
