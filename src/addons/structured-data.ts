import type { Summary } from '../data/schema.js';
import { jsonLdText } from '../structured-data.js';
import type { OwnPolicy } from '../trusted-types.js';
import { register } from './registry.js';

const SELECTOR = ':scope > script[type="application/ld+json"]';
const shown = new WeakMap<HTMLElement, Summary>();

/**
 * The structured-data add-on: keeps one JSON-LD script of ours (marked `data-ni`) in a host, for the summary it shows
 * (`summary` undefined: none). A snippet that carries its own JSON-LD keeps it, and gets none of ours. Pages that
 * enforce Trusted Types need a policy even for JSON scripts: `policy` is the widget's own (undefined: no Trusted Types;
 * null: the page does not allow it, so there is no JSON-LD); it only ever receives JSON serialised here.
 */
export function syncStructuredData(host: HTMLElement, summary: Summary | undefined, policy: OwnPolicy | null | undefined): void {
  const want = host.querySelector(`${SELECTOR}:not([data-ni])`) || policy === null ? undefined : summary;
  const ours = host.querySelector<HTMLScriptElement>(`${SELECTOR}[data-ni]`);
  if (want && ours && shown.get(host) === want) return;
  ours?.remove();
  shown.delete(host);
  if (!want) return;
  const json = jsonLdText(want);
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.ni = '';
  script.textContent = policy ? policy.createScript(json) : json;
  host.append(script);
  shown.set(host, want);
}

register('structured-data', { syncStructuredData });
