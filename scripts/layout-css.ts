import { CARD_LAYOUT } from '../src/nutrient-interaction.styles.js';

/**
 * The card's layout rules as a file (dist/nutrient-interaction.css) for prerendered snippets and the WordPress plugin:
 * no colours, so without the script the card reads as part of the host's article. The script adopts the same rules.
 */
export const LAYOUT_CSS = `${CARD_LAYOUT.replace(/\n\s*/g, '\n').trim()}\n`;
