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
    lastReviewed: s.review.lastUpdated,
    citation: s.references.map((r) => {
      const url = r.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` : r.doi ? `https://doi.org/${r.doi}` : r.url;
      return { '@type': 'CreativeWork', name: r.citation, ...(url ? { url } : {}) };
    }),
  };
}

type Policy = { createScript(s: string): unknown };
let policy: Policy | null | undefined;

/**
 * A <script type="application/ld+json"> with the given data. Pages that enforce Trusted Types need a policy even for
 * JSON scripts; ours is named `nutrient-interaction` and only ever receives JSON we serialised ourselves.
 */
export function jsonLdScript(data: unknown): HTMLScriptElement | undefined {
  // `<` escaped so no string in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
  if (tt && policy === undefined) {
    try {
      policy = tt.createPolicy('nutrient-interaction', { createScript: (s: string) => s });
    } catch {
      policy = null; // The page's CSP does not allow our policy name: skip structured data rather than break.
    }
  }
  if (tt && !policy) return undefined;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = (policy ? policy.createScript(json) : json) as string;
  return script;
}

/** Keeps one JSON-LD script of ours (marked `data-ni`) in a host, in step with the summary it shows. */
export class StructuredData {
  #script?: HTMLScriptElement;
  #for?: Summary;

  /** `summary` undefined: none. A snippet that carries its own JSON-LD keeps it, and gets none of ours. */
  sync(host: HTMLElement, summary: Summary | undefined): void {
    const want = host.querySelector(':scope > script[type="application/ld+json"]:not([data-ni])') ? undefined : summary;
    if (want && want === this.#for) return;
    this.#script?.remove();
    this.#for = want;
    this.#script = want && jsonLdScript(medicalWebPage(want));
    if (this.#script) {
      this.#script.dataset.ni = '';
      host.append(this.#script);
    }
  }
}
