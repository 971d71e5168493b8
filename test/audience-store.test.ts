import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { clearSummaryCache } from '../src/load/fetch-summary.js';
import { onAudienceChosen, rememberAudience, type AudienceOrigin } from '../src/audience-store.js';
import type { NutrientInteraction } from '../src/nutrient-interaction.js';
import { card, radio, settled, text } from './helpers.js';

const MINIMAL = '/test/fixtures/minimal.json';
const KEY = 'nutrient-interaction-audience';

async function page() {
  const wrapper = await fixture(html`<div>
    <nutrient-interaction src=${MINIMAL}></nutrient-interaction>
    <nutrient-interaction src=${MINIMAL} audience="clinician"></nutrient-interaction>
    <nutrient-interaction src=${MINIMAL} independent></nutrient-interaction>
  </div>`);
  const els = [...wrapper.querySelectorAll('nutrient-interaction')] as NutrientInteraction[];
  await waitUntil(() => els.every((el) => card(el)), 'all widgets rendered');
  return els;
}

describe('remembered audience', () => {
  beforeEach(() => {
    clearSummaryCache();
    localStorage.clear();
  });

  it('a reader choice applies to every widget on the page, is remembered, and leaves independent widgets alone', async () => {
    const [a, b, solo] = await page();
    expect([a!.audience, b!.audience, solo!.audience]).to.deep.equal(['patient', 'clinician', 'patient']);
    radio(a!, 'clinician').click();
    await Promise.all([a!.updateComplete, b!.updateComplete, solo!.updateComplete]);
    expect([a!.audience, b!.audience, solo!.audience]).to.deep.equal(['clinician', 'clinician', 'patient']);
    expect(localStorage.getItem(KEY)).to.equal('clinician');

    radio(b!, 'patient').click();
    await a!.updateComplete;
    expect(a!.audience).to.equal('patient');
    expect(text(card(a!))).to.contain('Patient title');
  });

  it('the remembered choice beats the publisher attribute on the next page view', async () => {
    localStorage.setItem(KEY, 'clinician');
    const el = await settled(html`<nutrient-interaction src=${MINIMAL} audience="patient"></nutrient-interaction>`);
    expect(el.audience).to.equal('clinician');
    expect(radio(el, 'clinician').checked).to.be.true;
  });

  it('follows a choice made in another browsing context (storage event)', async () => {
    const [a] = await page();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      // A same-origin document writing storage is what another tab does; this page gets a real storage event.
      const stored = oneEvent(window, 'storage');
      frame.contentWindow!.localStorage.setItem(KEY, 'clinician');
      await stored;
      await a!.updateComplete;
      expect(a!.audience).to.equal('clinician');
    } finally {
      frame.remove();
    }
  });

  it('keeps working when storage throws', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    try {
      const [a, b] = await page();
      radio(a!, 'clinician').click();
      await Promise.all([a!.updateComplete, b!.updateComplete]);
      expect(a!.audience).to.equal('clinician');
      expect(b!.audience).to.equal('clinician');
      expect(text(card(a!))).to.contain('Clinician title');
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});

describe('audience store: which storage events count', () => {
  let calls: [string, AudienceOrigin][];
  let unsubscribe: () => void;
  const frames: HTMLIFrameElement[] = [];
  /** A same-origin document: what another tab of the site is, as far as storage events go. */
  const other = () => {
    const f = document.createElement('iframe');
    document.body.append(f);
    frames.push(f);
    return f.contentWindow!;
  };
  /**
   * A real choice in another browsing context, awaited: storage events arrive in order, so once this one has, every
   * event before it has been handled (in place of a fixed wait), and listeners still hear real choices.
   */
  const realChoice = async (audience: 'patient' | 'clinician') => {
    const stored = oneEvent(window, 'storage');
    other().localStorage.setItem(KEY, audience);
    await stored;
  };

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    calls = [];
    unsubscribe = onAudienceChosen((audience, origin) => calls.push([audience, origin]));
  });
  afterEach(() => {
    unsubscribe();
    frames.splice(0).forEach((f) => f.remove());
    localStorage.clear();
    sessionStorage.clear();
  });

  it('a choice on this page reaches listeners as origin "page"', () => {
    rememberAudience('clinician');
    expect(calls).to.deep.equal([['clinician', 'page']]);
  });

  it('a localStorage write in another browsing context reaches listeners as origin "storage"', async () => {
    const stored = oneEvent(window, 'storage');
    other().localStorage.setItem(KEY, 'clinician');
    await stored;
    expect(calls).to.deep.equal([['clinician', 'storage']]);
  });

  it('a sessionStorage write under the same key does not switch the wording', async () => {
    // localStorage already holds the value the event carries: only where the event comes from rules it out.
    localStorage.setItem(KEY, 'clinician');
    const stored = oneEvent(window, 'storage');
    other().sessionStorage.setItem(KEY, 'clinician');
    const event = (await stored) as unknown as StorageEvent;
    expect(event.storageArea).to.equal(sessionStorage); // a real event, from the browser
    await realChoice('patient');
    expect(calls).to.deep.equal([['patient', 'storage']]);
  });

  it('a StorageEvent made by page script does not switch the wording, whatever storageArea it claims', async () => {
    dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'clinician' }));
    dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'clinician', storageArea: sessionStorage }));
    localStorage.setItem(KEY, 'clinician'); // even when it tells the truth about what is stored
    dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: 'clinician', storageArea: localStorage }));
    await realChoice('patient');
    expect(calls).to.deep.equal([['patient', 'storage']]);
  });
});
