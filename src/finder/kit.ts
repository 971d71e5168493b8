import type { html, nothing, render } from 'lit';
import type { ActionLevel, EvidenceGrade, RatingLevel } from '../data/schema.js';
import type { Labels } from '../i18n/labels.js';

/** One row of the catalog (topics/index.json) as the finder reads it. */
export interface CatalogTopic {
  slug: string;
  names: Record<string, string[]>;
  languages: string[];
  rating?: { level: RatingLevel; actionLevel?: ActionLevel; evidence?: EvidenceGrade };
}

/**
 * What the script gives the finder add-on when it loads it: its own Lit (so the add-on carries none, and one Trusted
 * Types policy serves both), and its pinned loading of the catalog and of a language's interface strings.
 */
export interface FinderKit {
  html: typeof html;
  render: typeof render;
  nothing: typeof nothing;
  loadCatalog: (signal: AbortSignal) => Promise<{ topics: CatalogTopic[] }>;
  loadLabels: (lang: string) => Promise<Labels>;
}

export const FINDER_TAG = 'nutrient-interaction-finder';
