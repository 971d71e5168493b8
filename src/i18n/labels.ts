import type { ActionLevel, Audience, EvidenceGrade, EvidenceLevel, RatingLevel, ReviewStatus } from '../data/schema.js';

/**
 * Every interface string of the card, in English, in one place (the summary brings its own wording). Other languages
 * load theirs with the data (`topics/<lang>/_ui.json`, the same keys), so English readers download none of them.
 */
export const LABELS = {
  sections: { guidelines: 'Guidelines', research: 'Research', disclaimer: 'Disclaimer', references: 'References' },
  status: { submitted: 'Submitted', 'under-review': 'Under review', approved: 'Approved' } satisfies Record<ReviewStatus, string>,
  reviewStatus: 'Review status:',
  version: 'Version',
  lastUpdated: 'Last updated',
  // Dates are written from these rather than by Intl.DateTimeFormat, whose first use costs a phone ~60 ms of ICU setup.
  // D, M and Y stand for the day, the month's name and the year.
  date: 'M D, Y',
  months: 'January February March April May June July August September October November December',
  unknownStatus: 'Unknown',
  source: 'Source:',
  sourceLink: 'Source',
  editorialPolicy: 'Editorial policy',
  bottomLine: { patient: 'What to do', clinician: 'Bottom line' } satisfies Record<Audience, string>,
  rating: 'Interaction rating:',
  ratings: { major: 'Major', moderate: 'Moderate', minor: 'Minor', none: 'No known interaction' } satisfies Record<RatingLevel, string>,
  // The axes of docs/rating.md, as clinicians read them; patients read the topic's own words for the action.
  inShort: 'In short:',
  actions: { avoid: 'Avoid', adjust: 'Adjust', monitor: 'Monitor', minor: 'Minor', none: 'None expected', insufficient: 'Insufficient data' } satisfies Record<ActionLevel, string>,
  evidenceGrade: 'Evidence:',
  severity: 'Severity:',
  grades: { high: 'High', moderate: 'Moderate', low: 'Low', 'very-low': 'Very low' } satisfies Record<EvidenceGrade, string>,
  audienceLegend: 'Wording for',
  audiences: { patient: 'Patients and caregivers', clinician: 'Healthcare professionals' } satisfies Record<Audience, string>,
  keyPoints: 'Key points',
  doses: { patient: 'How much', clinician: 'Typical intakes' } satisfies Record<Audience, string>,
  evidence: {
    clinician: { strong: 'Strong evidence', moderate: 'Moderate evidence', limited: 'Limited evidence', conflicting: 'Conflicting evidence' },
    patient: { strong: 'Well proven', moderate: 'Fairly good proof', limited: 'Early or small studies only', conflicting: 'Studies disagree' },
  } satisfies Record<Audience, Record<EvidenceLevel, string>>,
  reference: 'Reference',
  opensInNewTab: '(opens in a new tab)',
  about: {
    heading: 'About this summary',
    text: 'Written from published studies, official fact sheets and clinical guidelines listed under References.',
    status: {
      submitted: 'It has not yet been reviewed by a clinician.',
      'under-review': 'A clinician is reviewing it.',
      approved: 'A clinician has approved it.',
    } satisfies Record<ReviewStatus, string>,
    external: 'It comes from a source outside this widget; its review status is unknown.',
  },
  followUp: 'Have a follow-up question?',
  loading: 'Loading summary\u2026',
  failed: 'This health summary could not be shown.',
  otherWordingFailed: 'The other wording could not be loaded.',
  retry: 'Try again',
  // A newer version from the signed channel replaced the one shown: the line under the title says when and what.
  updated: 'Updated',
  safetyCorrection: 'Safety correction,',
  withdrawn: 'This summary was withdrawn on',
};

/**
 * Strings only a translation carries: each error worded for readers, by error code (English uses the error's own
 * message), and the note over an English card standing in for a topic not yet translated (English needs none).
 */
export interface TranslationOnly {
  errors?: Partial<Record<string, string>>;
  untranslated?: string;
}

/** The interface strings of one language. */
export type Labels = typeof LABELS & TranslationOnly;
