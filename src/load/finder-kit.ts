import { html, nothing, render } from 'lit/html.js';
import { LABELS } from '../i18n/labels.js';
import { readTranslation } from '../i18n/read-translation.js';
import type { FinderKit } from '../finder/kit.js';
import { catalogUrl, labelsUrl, loadJson } from './fetch-summary.js';

/**
 * What the finder add-on gets from the script: its Lit, and the catalog and interface strings loaded as the cards load
 * theirs (the catalog is pinned by the build, through the pins file, like every topic).
 */
export const finderKit = (): FinderKit => ({
  html,
  render,
  nothing,
  loadCatalog: (signal) => loadJson(catalogUrl(), { slug: '_index', signal }, (json) => json as Awaited<ReturnType<FinderKit['loadCatalog']>>),
  loadLabels: (lang) => (lang === 'en' ? Promise.resolve(LABELS) : loadJson(labelsUrl(lang), { slug: `${lang}/_ui` }, readTranslation).then((t) => t.labels)),
});
