/**
 * Constants of the summary format, shared by the schema, the validator, the loader and the content tooling.
 * Imports nothing, so any module can use it without closing an import loop.
 */

/** The `schemaVersion` every summary file carries; files written for another version are refused. */
export const SCHEMA_VERSION = 1;

/** Topic slugs and reference ids: lowercase letters and digits, single hyphens between. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Summaries are a few dozen KB: anything over maxBytes is not one. A request is given up after timeoutMs. */
export const LIMITS = { maxBytes: 256 * 1024, timeoutMs: 15_000 };

/** Interaction ratings, most serious first. */
export const RATING_LEVELS = ['major', 'moderate', 'minor', 'none'] as const;

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'conflicting'] as const;

export const REVIEW_STATUSES = ['submitted', 'under-review', 'approved'] as const;
