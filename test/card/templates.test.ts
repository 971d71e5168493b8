import { expect } from '@open-wc/testing';
import { card, formatDate } from '../../src/card/templates.js';
import { render } from 'lit';
import { LABELS } from '../../src/i18n/labels.js';
import { readTranslation } from '../../src/i18n/read-translation.js';

describe('formatDate', () => {
  it('writes every month of the year as the browser would in English and in Spanish, without asking Intl', async () => {
    const spanish = readTranslation(await (await fetch('/src/data/topics/es/_ui.json')).json()).labels;
    for (const [lang, labels] of [['en', LABELS], ['es', spanish]] as const) {
      const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 28]) {
          const iso = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, labels), `${lang} ${iso}`).to.equal(intl.format(new Date(`${iso}T00:00:00Z`)));
        }
      }
    }
  });

  it('writes English unless given other labels, also right after a Spanish card was drawn', async () => {
    const ui = readTranslation(await (await fetch('/src/data/topics/es/_ui.json')).json()).labels;
    const summary = await (await fetch('/src/data/topics/es/k2-d3.json')).json();
    render(card(summary, { audience: 'patient', headingLevel: 2, labels: ui }), document.createElement('div'));
    expect(formatDate('2026-11-29')).to.equal('November 29, 2026');
  });

  it('leaves a date it cannot read as it is', () => {
    expect(formatDate('2026-13-01', LABELS)).to.equal('2026-13-01');
    expect(formatDate('soon', LABELS)).to.equal('soon');
  });
});
