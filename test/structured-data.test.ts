import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { clearSummaryCache } from '../src/load/fetch-summary.js';
import { settled } from './helpers.js';
import { medicalWebPage } from '../src/structured-data.js';

function jsonLd(el: Element) {
  const scripts = el.querySelectorAll(':scope > script[type="application/ld+json"]');
  return [...scripts].map((s) => JSON.parse(s.textContent!));
}

describe('structured data', () => {
  beforeEach(() => clearSummaryCache());

  it('is removed when structured-data is turned off', async () => {
    const el = await settled(html`<nutrient-interaction topic="k2-d3" structured-data></nutrient-interaction>`);
    await waitUntil(() => jsonLd(el).length, 'JSON-LD added');
    el.structuredData = false;
    el.audience = 'clinician';
    await waitUntil(() => !jsonLd(el).length, 'JSON-LD removed');
  });

  it('is off by default', async () => {
    const el = await settled(html`<nutrient-interaction topic="k2-d3"></nutrient-interaction>`);
    expect(jsonLd(el)).to.deep.equal([]);
  });

  it('adds one MedicalWebPage JSON-LD block to the light DOM, replaced when the topic changes', async () => {
    const data = await (await fetch('/src/data/topics/k2-d3.json')).json();
    const el = await settled(html`<nutrient-interaction topic="k2-d3" structured-data></nutrient-interaction>`);
    // It comes with an add-on, loaded when a widget asks for structured data, just after the card.
    await waitUntil(() => jsonLd(el).length, 'JSON-LD added');
    const [ld, ...rest] = jsonLd(el);
    expect(rest).to.deep.equal([]);
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('MedicalWebPage');
    expect(ld.name).to.equal(data.title.patient);
    // Updated, not reviewed: a bundled topic is "submitted", so no review date is claimed.
    expect(data.review.status).to.equal('submitted');
    expect(ld.dateModified).to.equal(data.review.lastUpdated);
    expect(ld).not.to.have.property('lastReviewed');
    expect(ld.about.map((a: { name: string }) => a.name)).to.deep.equal(data.subjects);
    expect(ld.citation).to.have.length(data.references.length);
    expect(ld.citation[0].url).to.match(/^https:\/\//);

    el.topic = 'vitk-warfarin';
    await new Promise((r) => el.addEventListener('nutrient-interaction-load', r, { once: true }));
    await waitUntil(() => jsonLd(el)[0]?.name !== data.title.patient, 'JSON-LD replaced');
    const after = jsonLd(el);
    expect(after).to.have.length(1);
    expect(after[0].name).not.to.equal(data.title.patient);
  });

  it('claims a review (lastReviewed, reviewedBy) only for a topic a named clinician approved', async () => {
    const data = await (await fetch('/src/data/topics/k2-d3.json')).json();
    const approved = { ...data, review: { ...data.review, status: 'approved', lastReviewed: '2026-12-10', reviewedBy: 'A. Clinician, PharmD' } };
    expect(medicalWebPage(approved)).to.include({ lastReviewed: '2026-12-10' });
    expect(medicalWebPage(approved).reviewedBy).to.deep.equal({ '@type': 'Person', name: 'A. Clinician, PharmD' });
    for (const review of [{ ...approved.review, status: 'under-review' }, { ...approved.review, reviewedBy: undefined }]) {
      const ld = medicalWebPage({ ...data, review });
      expect(ld).not.to.have.property('lastReviewed');
      expect(ld).not.to.have.property('reviewedBy');
    }
  });
});
