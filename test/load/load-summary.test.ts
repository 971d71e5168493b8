import { expect } from '@open-wc/testing';
import { validateSummary } from '../../src/index.js';
import { loadSummary } from '../../src/load/load-summary.js';
import { clearSummaryCache, summaryUrl } from '../../src/load/fetch-summary.js';
import { recordingFetch, withFetch } from '../helpers.js';

// The schema is loaded only for files the build has not checked (a `src`), never for a pinned bundled topic.
describe('loadSummary and validateSummary', () => {
  beforeEach(() => clearSummaryCache());

  it('loads no schema for a bundled topic whose hash matches', async () => {
    const urls: string[] = [];
    const summary = await withFetch(recordingFetch(urls, { all: true }), () => loadSummary(summaryUrl('k2-d3', undefined), { slug: 'k2-d3' }));
    expect(summary.slug).to.equal('k2-d3');
    expect(urls.some((u) => u.includes('_schema'))).to.equal(false);
  });

  it('loads the pinned schema once for files from elsewhere, and refuses an invalid one', async () => {
    const urls: string[] = [];
    await withFetch(recordingFetch(urls, { all: true }), async () => {
      const summary = await loadSummary(new URL('/test/fixtures/minimal.json', location.href));
      expect(summary.lang).to.equal('en');
      const refused = await loadSummary(new URL('/test/fixtures/invalid.json', location.href)).catch((e: unknown) => e);
      expect((refused as { code?: string }).code).to.equal('invalid');
    });
    expect(urls.filter((u) => u.includes('_schema.json')).length).to.equal(1);
  });

  it('validateSummary (public) loads the schema itself', async () => {
    const result = await validateSummary({});
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.join('\n')).to.contain('schemaVersion: is required');
    const valid = await validateSummary(await (await fetch('/test/fixtures/minimal.json')).json());
    expect(valid.ok).to.equal(true);
  });
});
