import type { Audience } from '../data/schema.js';

/**
 * The line a prerendered card shows where the live card has its audience choice. Only prerendered cards carry it
 * (the build and the embed-code generator import it; the element does not), so it costs readers no script bytes.
 */
export const AUDIENCE_NOTE: Record<'en' | 'es', Record<Audience, string>> = {
  en: {
    patient: 'Written for patients and caregivers. A version for healthcare professionals is also available.',
    clinician: 'Written for healthcare professionals. A version for patients and caregivers is also available.',
  },
  es: {
    patient: 'Escrito para pacientes y cuidadores. También hay una versión para profesionales de la salud.',
    clinician: 'Escrito para profesionales de la salud. También hay una versión para pacientes y cuidadores.',
  },
};
