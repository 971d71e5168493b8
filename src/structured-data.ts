import type { Summary } from './data/schema.js';

/** schema.org MedicalWebPage for a summary, so the host page's search result can show what it is about and cites. */
export function medicalWebPage(s: Summary): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: s.title.patient,
    alternativeHeadline: s.title.clinician,
    inLanguage: s.lang,
    about: s.subjects.map((name) => ({ '@type': 'Thing', name })),
    dateModified: s.review.lastUpdated,
    // A review is claimed only when a named clinician approved this version.
    ...(s.review.status === 'approved' && s.review.lastReviewed && s.review.reviewedBy
      ? { lastReviewed: s.review.lastReviewed, reviewedBy: { '@type': 'Person', name: s.review.reviewedBy } }
      : {}),
    citation: s.references.map((r) => {
      const url = r.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` : r.doi ? `https://doi.org/${r.doi}` : r.url;
      return { '@type': 'CreativeWork', name: r.citation, ...(url ? { url } : {}) };
    }),
  };
}

/** The MedicalWebPage as the text of a `<script type="application/ld+json">`: `<` escaped, so no string can close it. */
export const jsonLdText = (s: Summary): string => JSON.stringify(medicalWebPage(s)).replace(/</g, '\\u003c');
