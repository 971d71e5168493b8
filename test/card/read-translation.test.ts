import { expect } from '@open-wc/testing';
import { LABELS } from '../../src/i18n/labels.js';
import { readTranslation } from '../../src/i18n/read-translation.js';

describe('readTranslation', () => {
  it('falls back to English string by string, at any depth, for strings a partial translation lacks', () => {
    const { labels, hashes } = readTranslation({
      retry: 'Intentar de nuevo',
      evidence: { patient: { strong: 'Bien probado' } },
      about: { status: { approved: 7 } },
      errors: { http: 'Error del servidor.' },
      hashes: { 'k2-d3': 'sha256-x' },
    });
    expect(labels.retry).to.equal('Intentar de nuevo');
    expect(labels.evidence.patient.strong).to.equal('Bien probado');
    expect(labels.evidence.patient.limited).to.equal(LABELS.evidence.patient.limited);
    expect(labels.evidence.clinician.moderate).to.equal(LABELS.evidence.clinician.moderate);
    expect(labels.about.status.approved).to.equal(LABELS.about.status.approved);
    expect(labels.sections.research).to.equal('Research');
    expect(labels.errors).to.deep.equal({ http: 'Error del servidor.' });
    expect(hashes).to.deep.equal({ 'k2-d3': 'sha256-x' });
  });
});
