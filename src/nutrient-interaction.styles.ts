import { css } from 'lit';

// Public hooks are --nutrient-interaction-*; inside, short private names keep the rules readable.
export const styles = css`
  :host {
    --_accent: var(--nutrient-interaction-accent, #0b5cad);
    --_bg: var(--nutrient-interaction-bg, #fff);
    --_fg: var(--nutrient-interaction-fg, #1f2328);
    --_muted: var(--nutrient-interaction-muted, #57606a);
    --_border: var(--nutrient-interaction-border, #d0d7de);
    --_warn-bg: var(--nutrient-interaction-warning-bg, #fff8e5);
    --_warn-border: var(--nutrient-interaction-warning-border, #b35900);
    --_radius: var(--nutrient-interaction-radius, 8px);
    display: block;
    /* Sizes follow the column the widget sits in (sidebar, article, full width), not the viewport. */
    container-type: inline-size;
    max-inline-size: 48rem;
    margin-block: 1.5em;
    font: inherit;
    line-height: 1.5;
    color: var(--_fg);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
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
    padding: 1rem 1.25rem;
    overflow-wrap: break-word;
  }
  .loading {
    min-block-size: 24rem;
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
  .status strong {
    color: var(--_fg);
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  li:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  li:focus {
    outline: 2px solid var(--_accent);
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
  }
  :host(:dir(rtl)) .chevron {
    transform: rotate(135deg);
  }
  [aria-expanded='true'] .chevron {
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
  .cites a {
    padding: 0 0.1em;
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
  @container (max-width: 30rem) {
    .card {
      padding: 0.75rem 0.85rem;
    }
    .safety {
      padding: 0.6em 0.75em;
    }
    ul,
    ol {
      padding-inline-start: 1.1em;
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
