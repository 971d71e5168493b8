import type { Audience } from '../data/schema.js';

/**
 * The line a prerendered card shows where the live card has its audience choice, in English. Only prerendered cards
 * carry it (the build and the embed-code generator import it; the element does not), so it costs readers no script
 * bytes. Each translation words it in its own topics/<lang>/_ui.json (`audienceNote`), so a new language's note is
 * content, not code.
 */
export const AUDIENCE_NOTE: Record<Audience, string> = {
  patient: 'Written for patients and caregivers. A version for healthcare professionals is also available.',
  clinician: 'Written for healthcare professionals. A version for patients and caregivers is also available.',
};
