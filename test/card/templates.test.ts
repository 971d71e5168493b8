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

describe('the rating line', () => {
  const line = (summary: unknown, audience: 'patient' | 'clinician', labels = LABELS) => {
    const holder = document.createElement('div');
    render(card(summary as Parameters<typeof card>[0], { audience, headingLevel: 2, labels }), holder);
    return holder.querySelector('.ni-rating')!;
  };
  const words = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

  it('shows clinicians the action level, the evidence grade and the severity, patients the action in the topic\u2019s own words, in both languages', async () => {
    const en = await (await fetch('/src/data/topics/vitk-warfarin.json')).json();
    const es = await (await fetch('/src/data/topics/es/vitk-warfarin.json')).json();
    const spanish = readTranslation(await (await fetch('/src/data/topics/es/_ui.json')).json()).labels;
    for (const s of [en, es]) Object.assign(s.rating, { actionLevel: 'adjust', evidence: 'low' });
    const clinician = line(en, 'clinician');
    expect(words(clinician).startsWith(`Interaction rating: Adjust · Evidence: Low · Severity: Major — ${en.rating.action.clinician}`), words(clinician)).to.equal(true);
    expect(clinician.classList.contains('ni-rating-adjust')).to.equal(true);
    const patient = line(en, 'patient');
    expect(words(patient).startsWith(`In short: ${en.rating.action.patient}`), words(patient)).to.equal(true);
    expect(patient.classList.contains('ni-severity-major'), 'a major severity is marked for patients too').to.equal(true);
    expect(words(patient).includes('Adjust') || words(patient).includes('Low'), 'no clinician terms for patients').to.equal(false);
    const clinicianEs = line(es, 'clinician', spanish);
    expect(words(clinicianEs).startsWith(`${spanish.rating} Ajustar · Evidencia: Baja · Gravedad: Grave — ${es.rating.action.clinician}`), words(clinicianEs)).to.equal(true);
    expect(words(line(es, 'patient', spanish)).startsWith(`En pocas palabras: ${es.rating.action.patient}`)).to.equal(true);
  });

  it('a summary rated on severity alone (an older or a publisher\u2019s own file) shows its severity level to both audiences', async () => {
    const s = await (await fetch('/src/data/topics/vitk-warfarin.json')).json();
    delete s.rating.actionLevel;
    delete s.rating.evidence;
    for (const audience of ['patient', 'clinician'] as const) {
      expect(words(line(s, audience)).startsWith(`Interaction rating: ${LABELS.ratings[s.rating.level as 'major']} — `), audience).to.equal(true);
    }
  });
});
