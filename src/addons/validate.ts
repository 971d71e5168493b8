import { checkSummary } from '../data/validate.js';
import { register } from './registry.js';

/** The validator add-on: checks a summary file the build has not checked, against the format's schema. */
export { checkSummary };

register('validate', { checkSummary });
