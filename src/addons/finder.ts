import { register } from './registry.js';
import { defineFinder } from '../finder/nutrient-interaction-finder.js';

/**
 * The finder add-on: `<nutrient-interaction-finder>`, loaded only by pages that have one. It brings no Lit of its own:
 * the script passes its own when it loads this (src/load/finder-kit.ts).
 */
export { defineFinder };

register('finder', { defineFinder });
