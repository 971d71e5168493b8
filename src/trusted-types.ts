/** What our Trusted Types policy makes: JSON-LD text we serialised ourselves, and the URLs of our own add-ons. */
export interface OwnPolicy {
  createScript(text: string): string;
  createScriptURL(url: string): string;
}

let policy: OwnPolicy | null | undefined;

// The only script URLs the policy passes: the CDN build's add-ons, beside the script (addons-cdn.ts sets it).
let scriptBase = '';
export const allowScriptsUnder = (base: string): void => void (scriptBase = base);

/**
 * The widget's own Trusted Types policy, `nutrient-interaction` (Lit's drawing uses `nutrient-interaction-lit`).
 * Undefined on a page without Trusted Types; null when the page's CSP does not allow the policy, and then structured
 * data and add-ons are skipped rather than break. It passes script URLs only under the base allowScriptsUnder() set.
 */
export function ownPolicy(): OwnPolicy | null | undefined {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: OwnPolicy): OwnPolicy } }).trustedTypes;
  if (!tt) return undefined;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('nutrient-interaction', {
        createScript: (text) => text,
        createScriptURL: (url) => {
          if (!scriptBase || !url.startsWith(scriptBase)) throw new TypeError(url);
          return url;
        },
      });
    } catch {
      policy = null;
    }
  }
  return policy;
}
