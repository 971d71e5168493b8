import { LABELS, type Labels } from './labels.js';

/** A language's interface file: its strings, and the hashes of its topic files (which the script pins through it). */
export interface Translation {
  labels: Labels;
  hashes?: Record<string, string>;
}

// String by string: a translation that lacks one nested string (evidence.patient.limited, say) shows that one in
// English, never "undefined".
const fill = (english: any, translated: any): any => {
  if (typeof english == 'string') return typeof translated == 'string' ? translated : english;
  const out: any = {};
  for (const key in english) out[key] = fill(english[key], translated?.[key]);
  return out;
};

/**
 * Reads `topics/<lang>/_ui.json`, which the build pins by hash and the content check proves complete; a string it
 * lacks still falls back to English.
 */
export const readTranslation = (json: any): Translation => ({ labels: { ...fill(LABELS, json), errors: json.errors, untranslated: json.untranslated }, hashes: json.hashes });
