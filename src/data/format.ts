/**
 * Constants of the summary format and the naming of bundled topic files, shared by the schema, the validator, the
 * loader, the build scripts and the content tooling. Imports nothing and fetches nothing, so any module can use it
 * without closing an import loop or pulling browser code into a build script.
 */

/** The `schemaVersion` every summary file carries; files written for another version are refused. */
export const SCHEMA_VERSION = 1;

export { SLUG_MAX, SLUG_PATTERN } from '../vocabulary.js';

/** Summaries are a few dozen KB: anything over maxBytes is not one. A request is given up after timeoutMs. */
export const LIMITS = { maxBytes: 256 * 1024, timeoutMs: 15_000 };

/** How serious the outcome of an interaction can be, most serious first (docs/rating.md). */
export const RATING_LEVELS = ['major', 'moderate', 'minor', 'none'] as const;

/** What the combination calls for, most restrictive first; `insufficient`: too little data to say (docs/rating.md). */
export const ACTION_LEVELS = ['avoid', 'adjust', 'monitor', 'minor', 'none', 'insufficient'] as const;

/** How certain the evidence for the rating is, GRADE's four steps (docs/rating.md). */
export const EVIDENCE_GRADES = ['high', 'moderate', 'low', 'very-low'] as const;

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'conflicting'] as const;

export const REVIEW_STATUSES = ['submitted', 'under-review', 'approved'] as const;

/** A bundled file's name under topics/, without `.json` (`k2-d3`, `es/k2-d3`): its key in the script's topic hashes. */
export const bundledKey = (name: string, lang: string) => (lang === 'en' ? name : `${lang}/${name}`);
