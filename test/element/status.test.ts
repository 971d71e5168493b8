import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { clearSummaryCache } from '../../src/load/fetch-summary.js';
import type { NutrientInteraction } from '../../src/nutrient-interaction.js';
import { card, heldFetch, settled, withFetch } from '../helpers.js';

// The public status, as in @lit/task: initial → pending → complete | error, with the error's code and message, and
// reload() to try again.
describe('status, error and reload()', () => {
  beforeEach(() => clearSummaryCache());

  it('goes initial → pending → complete', async () => {
    const held = heldFetch();
    await withFetch(held.fetch, async () => {
      const el = document.createElement('nutrient-interaction');
      el.topic = 'k2-d3';
      el.loading = 'eager';
      expect(el.status).to.equal('initial');
      const loaded = oneEvent(el, 'nutrient-interaction-load');
      fixtureSync<NutrientInteraction>(html`<div></div>`).append(el);
      await el.updateComplete;
      expect(el.status).to.equal('pending');
      expect(el.error).to.equal(undefined);
      held.calls[0]!.release();
      await loaded;
      expect(el.status).to.equal('complete');
      expect(el.error).to.equal(undefined);
    });
  });

  it('reports a failure as status error with its code and message', async () => {
    const el = await settled(html`<nutrient-interaction src="/test/status/404" loading="eager"></nutrient-interaction>`);
    expect(el.status).to.equal('error');
    expect(el.error?.code).to.equal('not-found');
    expect(el.error?.message).to.be.a('string').and.not.empty;
  });

  it('reload() loads again after a failure, and the card replaces the error', async () => {
    let calls = 0;
    const real = window.fetch;
    // The first answer is a server error; the next ones are the real file.
    const flaky: typeof fetch = (input, init) => (++calls === 1 ? Promise.resolve(new Response('busy', { status: 503 })) : real(input, init));
    await withFetch(flaky, async () => {
      const el = await settled(html`<nutrient-interaction topic="k2-d3" loading="eager"></nutrient-interaction>`);
      expect(el.error?.code).to.equal('http');
      const loaded = oneEvent(el, 'nutrient-interaction-load');
      el.reload();
      expect(el.status).to.equal('pending');
      await loaded;
      await el.updateComplete;
      expect(el.status).to.equal('complete');
      expect(card(el)).to.exist;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  });
});
