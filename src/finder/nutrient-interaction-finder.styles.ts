/**
 * The finder's few rules, adopted into the page once (adopted sheets are not inline styles, so a strict style-src
 * allows them); everything else takes the host page's styles, as the prerendered card does.
 */
const RULES = `nutrient-interaction-finder{display:block}
.nif-combo{position:relative}
.nif-hint{margin:.25em 0;font-size:.9em}
.nif-input{box-sizing:border-box;inline-size:100%;min-block-size:44px;font:inherit}
.nif-list{position:absolute;z-index:10;inset-inline:0;margin:0;padding:0;list-style:none;max-block-size:16em;overflow:auto;background:Canvas;color:CanvasText;border:1px solid GrayText}
.nif-list[hidden]{display:none}
.nif-list [role=option]{padding:.5em .75em;cursor:pointer}
.nif-list [aria-selected=true]{background:Highlight;color:HighlightText}
.nif-chosen{display:flex;flex-wrap:wrap;gap:.5em;margin:.75em 0;padding:0;list-style:none}
.nif-chosen li{display:inline-flex;align-items:center;gap:.25em;border:1px solid GrayText;border-radius:1em;padding:.1em .25em .1em .75em}
.nif-remove{min-inline-size:24px;min-block-size:24px;font:inherit;line-height:1}
.nif-results{margin:0;padding:0;list-style:none}
.nif-results>li{margin-block:1em}
.nif-rated{margin:0 0 .25em}`;

let adopted = false;

export function adoptFinderStyles(): void {
  if (adopted || !('adoptedStyleSheets' in document)) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
