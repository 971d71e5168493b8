import { transform } from 'lightningcss';
import { CARD_LAYOUT } from '../src/nutrient-interaction.styles.js';

/**
 * The card's layout rules as a file (dist/nutrient-interaction.css) for prerendered snippets and the WordPress plugin:
 * no colours, so without the script the card reads as part of the host's article. The script adopts the same rules,
 * minified the same way (scripts/css-templates.ts).
 */
export const LAYOUT_CSS = `${new TextDecoder().decode(transform({ filename: 'nutrient-interaction.css', code: new TextEncoder().encode(CARD_LAYOUT), minify: true }).code)}\n`;
