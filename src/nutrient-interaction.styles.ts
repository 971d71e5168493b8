/** A constructed stylesheet: allowed under a strict CSP (no inline <style>), shared by every widget in a document. */
function sheet(cssText: string): () => CSSStyleSheet {
  let made: CSSStyleSheet | undefined;
  return () => {
    if (!made) {
      made = new CSSStyleSheet();
      made.replaceSync(cssText);
    }
    return made;
  };
}
// Marks CSS for editors' syntax highlighting; the build minifies each css`` literal (scripts/css-templates.ts).
const css = (s: TemplateStringsArray) => s[0]!;

// The element's own box: a block with no spacing of its own, so upgrading prerendered content moves nothing.
export const hostStyles = sheet(css`
  :host {
    display: block;
  }
  :host([hidden]),
  [hidden] {
    display: none;
  }
  .ni-loading {
    /* Room for a card before it arrives: a screen, or 60em on tall screens (a card with its sections closed is about
       that tall or taller). Text below stays out of view until the card is there, so nothing visible jumps. The
       script-only snippet reserves the same room before the script runs (README). */
    min-block-size: min(100vh, 60em);
    opacity: 0.7;
  }
  .ni-error {
    border: 1px solid currentColor;
    border-radius: 8px;
    padding: 0.75em 1em;
  }
  .ni-error-title {
    font-weight: 700;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
`);

/*
 * The card lives in the page, so its styles go to the page (or the shadow root holding the widget) as one shared,
 * constructed stylesheet. Sizes, fonts and spacing stay the host page's, so prerendered content looks the same before
 * and after the script runs; frames are drawn with box-shadow, which takes no room. Sizes are in em, never rem: themes
 * that set html { font-size: 62.5% } do not shrink the card.
 *
 * One colour owner per state. Without the script the card is part of the host's article and takes every colour from
 * the host (CARD_LAYOUT, also shipped as nutrient-interaction.css for readers of prerendered snippets without
 * JavaScript, sets none). With the
 * script it is the designed card and sets every colour it shows, on every element inside it, with !important: host
 * rules of any specificity (`article a`, `details`, `sup`, `.content strong`) would otherwise pair a host colour with
 * a card colour. Publishers change the card's colours with the --nutrient-interaction-* properties, not with rules.
 */

/** Layout only, valid with or without the script: underlined links, plain citation numbers and tap targets of at least
 * 24 × 24 px, whatever the host's sheet does to links, `sup` and `summary`. No colours of its own, and no line height or
 * font size: those stay the article's, so the card does not move when this sheet or the script arrives. */
export const CARD_LAYOUT = css`
  .ni-card {
    overflow-wrap: break-word;
  }
  /* Links and citation numbers take the text's own colour from the host and are told apart by their underline and
     position: some sheets give links less contrast than text, or draw sup as a coloured badge. */
  .ni-card a {
    color: inherit !important;
    text-decoration-line: underline !important;
  }
  .ni-card sup {
    color: inherit !important;
    margin: 0;
    background: none !important;
    border: 0 !important;
    border-radius: 0 !important;
    box-shadow: none !important;
    padding: 0 !important;
  }
  .ni-section > summary {
    min-block-size: 24px;
  }
  /* An English or Spanish card on a right-to-left page: the theme's list indent is on the right (often as physical
     padding-right), where an LTR list has none, so the bullets and numbers hang out of the card to the left and a
     phone page scrolls sideways. Indent on the card's own start side instead. */
  :dir(rtl) > .ni-card:dir(ltr) :is(ul, ol) {
    padding-inline: 2.5em 0;
  }
`;

const cardStyles = sheet(
  CARD_LAYOUT +
    css`
  :where(.ni-card) {
    --_accent: var(--nutrient-interaction-accent, light-dark(#0b5cad, #6cb6ff));
    --_bg: var(--nutrient-interaction-bg, light-dark(#fff, #161b22));
    --_fg: var(--nutrient-interaction-fg, light-dark(#1f2328, #e6edf3));
    --_muted: var(--nutrient-interaction-muted, light-dark(#57606a, #9da7b3));
    --_border: var(--nutrient-interaction-border, light-dark(#d0d7de, #3d444d));
    --_warn-bg: var(--nutrient-interaction-warning-bg, light-dark(#fff8e5, #2b2111));
    --_warn-border: var(--nutrient-interaction-warning-border, light-dark(#b35900, #d29922));
    --_radius: var(--nutrient-interaction-radius, 8px);
    display: block;
    border-radius: var(--_radius);
    box-shadow:
      0 0 0 0.75em var(--_bg),
      0 0 0 calc(0.75em + 1px) var(--_border);
  }
  /* Every element's colour is --_c, which inherits like color does but which no host rule sets; the rules below
     change it for a part of the card. Form controls keep the host's look (some sheets draw their own radio buttons). */
  .ni-card {
    --_c: var(--_fg);
    background: var(--_bg) !important;
  }
  .ni-card,
  .ni-card :not(input) {
    color: var(--_c) !important;
    border-color: var(--_border) !important;
  }
  .ni-card :not(input) {
    background: none !important;
  }
  [theme=light] > .ni-card {
    color-scheme: light;
  }
  [theme=dark] > .ni-card {
    color-scheme: dark;
  }
  [theme=auto] > .ni-card {
    color-scheme: light dark;
  }
  .ni-card a {
    --_c: var(--_accent);
  }
  .ni-card :focus-visible,
  .ni-card li:focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .ni-meta,
  .ni-evidence,
  .ni-audience > span {
    --_c: var(--_muted);
  }
  .ni-bottom-line,
  .ni-safety {
    border-radius: calc(var(--_radius) / 2);
  }
  .ni-card .ni-bottom-line {
    box-shadow: 0 0 0 0.4em color-mix(in srgb, var(--_accent) 8%, var(--_bg));
    background: color-mix(in srgb, var(--_accent) 8%, var(--_bg)) !important;
  }
  .ni-card .ni-safety {
    background: var(--_warn-bg) !important;
    box-shadow:
      0 0 0 0.4em var(--_warn-bg),
      calc(-0.4em - 4px) 0 0 0.4em var(--_warn-border);
  }
  .ni-severity-major strong,
  .ni-rating-avoid strong {
    --_c: light-dark(#a40e26, #ff7b72);
  }
  .ni-audience input {
    accent-color: var(--_accent);
  }
  /* A 24 px tap target from padding on the inline label, which does not change the line's height (the prerendered
     card's note stands where these are, so nothing below moves on upgrade). */
  .ni-audience label {
    padding-block: calc((24px - 1em) / 2);
    white-space: nowrap;
    cursor: pointer;
  }
  .ni-section {
    box-shadow: 0 -1px 0 var(--_border);
  }
  .ni-section > summary {
    cursor: pointer;
  }
  .ni-section > summary:hover {
    --_c: var(--_accent);
  }
  .ni-evidence-strong > span {
    --_c: light-dark(#1a7f37, #3fb950);
  }
  .ni-evidence-moderate > span {
    --_c: var(--_accent);
  }
  .ni-evidence-conflicting > span {
    --_c: var(--_warn-border);
  }
  /* Citation numbers are small; their tap target is taller (a line's height), without taking any room. Not wider:
     at the end of a line that would stick out of the card and let a phone page scroll sideways. */
  .ni-cite {
    position: relative;
  }
  .ni-cite::after {
    content: '';
    position: absolute;
    inset: -0.6em 0;
  }
  .ni-sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .ni-card,
    .ni-safety {
      outline: 1px solid CanvasText;
      outline-offset: 0.4em;
    }
  }
  @media print {
    .ni-card {
      box-shadow: none;
      --_c: #000;
    }
    .ni-audience {
      display: none;
    }
    /* Every section prints open, whatever the reader left closed. */
    .ni-section::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`,
);

const adopted = new WeakSet<Document | ShadowRoot>();

/** Adds the card styles once to the document (or shadow root) the element is in. */
export function adoptCardStyles(el: Element): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (adopted.has(root) || !('adoptedStyleSheets' in root)) return;
  adopted.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, cardStyles()];
}
