import { LABELS, type Labels } from './labels.js';

/** A language's interface file: its strings, and the hashes of its topic files (which the script pins through it). */
export interface Translation {
  labels: Labels;
  hashes?: Record<string, string>;
}

/**
 * Reads `topics/<lang>/_ui.json`, which the build pins by hash and the content check proves complete; a string it
 * lacks still falls back to English.
 */
export const readTranslation = (json: any): Translation => ({ labels: { ...LABELS, ...json }, hashes: json.hashes });
