import { expect } from '@open-wc/testing';
import { newerVersion, type ChannelKey } from '../../src/addons/channel.js';

// The channel add-on against a channel on the test server, signed by a throwaway key made for this run
// (web-test-runner.config.mjs): only a signed, newer version of the same topic is taken; each refusal warns once.
const keys: ChannelKey[] = (await (await fetch('/test/channel/keys.json')).json()).keys;
const base = (variant: string) => `${location.origin}/test/channel/${variant}/`;

async function withWarnings<T>(body: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: await body(), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('channel add-on: newerVersion()', () => {
  it('takes a signed version 2 of the same topic, in both languages', async () => {
    for (const lang of ['en', 'es']) {
      const { result, warnings } = await withWarnings(() => newerVersion({ base: base('v2'), lang, slug: 'k2-d3', version: 1, keys }));
      expect(result?.version, lang).to.equal(2);
      expect(result?.lang).to.equal(lang);
      expect(result?.changes?.at(-1)?.safety).to.equal(true);
      expect(warnings).to.deep.equal([]);
    }
  });

  const REFUSED: [string, number, RegExp][] = [
    ['tampered', 1, /signature does not match/],
    ['stranger', 1, /signature does not match/],
    ['v1', 2, /version 1, older than the version shown \(2\)/],
  ];
  for (const [variant, shown, reason] of REFUSED) {
    it(`refuses ${variant} (showing version ${shown}) with one warning`, async () => {
      const { result, warnings } = await withWarnings(() => newerVersion({ base: base(variant), lang: 'en', slug: 'zinc-copper', version: shown, keys }));
      expect(result).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(reason);
    });
  }

  it('refuses a signed file when the script accepts no key, and a failed request, with one warning each', async () => {
    const { warnings } = await withWarnings(async () => {
      expect(await newerVersion({ base: base('v2'), lang: 'es', slug: 'vitc-iron', version: 1, keys: [] })).to.equal(undefined);
      expect(await newerVersion({ base: `${location.origin}/test/status/`, lang: 'en', slug: 'k2-d3', version: 1, keys })).to.equal(undefined);
    });
    expect(warnings).to.have.length(2);
  });

  it('takes nothing, and says nothing, when the channel has the version shown (the usual answer)', async () => {
    const { result, warnings } = await withWarnings(() => newerVersion({ base: base('v2'), lang: 'en', slug: 'biotin-lab-tests', version: 2, keys }));
    expect(result).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps what is shown where WebCrypto has no Ed25519, without a warning', async () => {
    const importKey = crypto.subtle.importKey;
    crypto.subtle.importKey = () => Promise.reject(new DOMException('Algorithm: Unrecognized name', 'NotSupportedError'));
    try {
      const { result, warnings } = await withWarnings(() => newerVersion({ base: base('v2'), lang: 'en', slug: 'vitk-warfarin', version: 1, keys }));
      expect(result).to.equal(undefined);
      expect(warnings).to.deep.equal([]);
    } finally {
      crypto.subtle.importKey = importKey;
    }
  });

  it('asks once per topic and shown version, however many widgets ask', async () => {
    const seen: string[] = [];
    const real = window.fetch;
    window.fetch = (input, init) => (seen.push(String(input)), real(input, init));
    try {
      const ask = { base: base('v2'), lang: 'en', slug: 'calcium-iron', version: 1, keys };
      const [a, b] = await Promise.all([newerVersion(ask), newerVersion(ask)]);
      expect(a).to.equal(b);
      expect(seen).to.have.length(2); // the file and its signature
    } finally {
      window.fetch = real;
    }
  });
});
