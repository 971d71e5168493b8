import { css } from 'lit';

// Public hooks are --nutrient-interaction-*; inside, short private names keep the rules readable.
// Colours use light-dark(), so the widget follows the page's color-scheme unless the theme attribute pins one.
export const styles = css`
  :host {
    --_accent: var(--nutrient-interaction-accent, light-dark(#0b5cad, #6cb6ff));
    --_bg: var(--nutrient-interaction-bg, light-dark(#fff, #161b22));
    --_fg: var(--nutrient-interaction-fg, light-dark(#1f2328, #e6edf3));
    --_muted: var(--nutrient-interaction-muted, light-dark(#57606a, #9da7b3));
    --_border: var(--nutrient-interaction-border, light-dark(#d0d7de, #3d444d));
    --_warn-bg: var(--nutrient-interaction-warning-bg, light-dark(#fff8e5, #2b2111));
    --_warn-border: var(--nutrient-interaction-warning-border, light-dark(#b35900, #d29922));
    --_radius: var(--nutrient-interaction-radius, 8px);
    --_space: var(--nutrient-interaction-spacing, 1rem);
    display: block;
    /* Sizes follow the column the widget sits in (sidebar, article, full width), not the viewport. */
    container-type: inline-size;
    max-inline-size: 48rem;
    margin-block: 1.5em;
    font: inherit;
    font-family: var(--nutrient-interaction-font, inherit);
    line-height: 1.5;
    color: var(--_fg);
    text-align: start;
    letter-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .card {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.25);
    overflow-wrap: break-word;
  }
  .loading {
    /* Loaded cards are 770–1,100 px tall at 672 px wide. A placeholder that tall made layout shift worse (CLS 0.129
       against 0.089; see docs/performance.md): the page moves when the script draws it, before any content. */
    min-block-size: 36rem;
    color: var(--_muted);
  }
  .error {
    border-color: var(--_warn-border);
  }
  .error-title,
  .title {
    font-weight: 700;
    margin: 0;
  }
  .title {
    font-size: 1.35em;
    line-height: 1.25;
  }
  p {
    margin: 0.5em 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
  }
  :focus-visible,
  li:focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .audience {
    border: 0;
    padding: 0;
    margin: 0.75em 0;
  }
  .audience legend {
    padding: 0;
    font-weight: 600;
    margin-bottom: 0.35em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .choice input {
    accent-color: var(--_accent);
    margin: 0;
  }
  .safety {
    background: var(--_warn-bg);
    border-inline-start: 6px solid var(--_warn-border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.75em 1em;
    margin: 1em 0;
  }
  .safety-heading {
    font-weight: 700;
  }
  .safety-heading::before {
    content: '⚠\\FE0E  ';
  }
  .safety ul {
    margin: 0.35em 0 0;
    padding-inline-start: 1.25em;
  }
  .section {
    border-top: 1px solid var(--_border);
  }
  .section button {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    padding: 0.75em 0.25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .section button:hover {
    color: var(--_accent);
  }
  .chevron {
    inline-size: 0.55em;
    block-size: 0.55em;
    /* Physical borders on purpose: the rotation below points this corner right, down or (RTL) left. */
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    flex: none;
    transition: transform 0.15s ease-out;
  }
  /* The card's direction follows its own text (dir=auto), not the host page: English on an Arabic page stays LTR. */
  .card:dir(rtl) .chevron {
    transform: rotate(135deg);
  }
  .card [aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .panel {
    padding: 0 0.25em 0.75em;
  }
  .panel[hidden] {
    display: none;
  }
  .subheading {
    font-weight: 700;
    margin: 0.9em 0 0.3em;
  }
  ul,
  ol {
    padding-inline-start: 1.4em;
    margin: 0.4em 0;
  }
  li + li {
    margin-top: 0.4em;
  }
  .doses {
    margin: 0;
  }
  .doses > div {
    padding: 0.4em 0;
    border-bottom: 1px dashed var(--_border);
  }
  .doses dt {
    font-weight: 600;
  }
  .doses dd {
    margin: 0;
  }
  .evidence {
    display: inline-block;
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.4;
    padding: 0 0.5em;
    margin-inline-end: 0.35em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    vertical-align: 0.1em;
  }
  .cites {
    font-size: 0.75em;
    line-height: 0;
    margin-inline-start: 0.15em;
  }
  .references {
    font-size: 0.875em;
  }
  .ref-link {
    white-space: nowrap;
  }
  .retry {
    font: inherit;
    padding: 0.35em 0.9em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  .follow-up {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
    font-weight: 600;
  }
  @container (max-width: 30rem) {
    .card {
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.85);
    }
    .safety {
      padding: 0.6em 0.75em;
    }
    ul,
    ol {
      padding-inline-start: 1.1em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      outline: 2px solid Highlight;
    }
    .safety {
      border: 1px solid CanvasText;
      border-inline-start-width: 6px;
    }
    .evidence {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      max-inline-size: none;
      color: #000;
    }
    .card {
      border: 0;
      padding: 0;
    }
    .audience,
    .chevron,
    .retry {
      display: none;
    }
    .section {
      break-inside: avoid-page;
    }
    .section button {
      padding: 0.6em 0 0.2em;
      color: inherit;
    }
    .safety {
      border: 1px solid #000;
      border-inline-start-width: 6px;
    }
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
