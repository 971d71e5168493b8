/**
 * Lit's Trusted Types policy is named "lit-html"; a host page running its own Lit has that name already, and a second
 * createPolicy with it throws. The self-contained widget gets a policy name of its own, and a policy the page does not
 * allow leaves Lit without one (the element then says so) instead of throwing while the script loads. Used by the CDN
 * build and by the test server, so tests run the code readers get.
 *
 * The CDN build bundles Lit's production file (minified); the test server serves Lit's development file (the
 * "development" export condition), so the pattern accepts both spellings of the same statement:
 *   s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0
 *   trustedTypes ? trustedTypes.createPolicy('lit-html', { createHTML: (s) => s, }) : undefined
 */
export const LIT_POLICY = 'nutrient-interaction-lit';
const TAG = 'nutrient-interaction';

const CREATE_POLICY =
  /(\w+)\s*\?\s*\1\.createPolicy\((["'])lit-html\2,\s*(\{\s*createHTML:\s*\(?\w+\)?\s*=>\s*\w+,?\s*\})\s*\)\s*:\s*(?:void 0|undefined)/;

/**
 * Lit offers no option for its policy's name (lit-html creates it while its module loads), so the build rewrites that
 * one statement. Anything but exactly one match throws, naming the Lit version to look at: a rename that silently
 * stopped applying would ship a widget that throws on pages running their own Lit. test/node/build-transforms.test.ts
 * runs it on the installed Lit's files.
 */
export function renameLitPolicy(code) {
  const found = code.match(new RegExp(CREATE_POLICY.source, 'g'))?.length ?? 0;
  if (found !== 1) {
    const version = /litHtmlVersions\s*\?\?=\s*\[\]\)\.push\(["']([^"']+)/.exec(code)?.[1] ?? 'unknown';
    throw new Error(`lit-html ${version} changed: its Trusted Types policy statement was found ${found} times, not once; update scripts/lit-policy.mjs`);
  }
  // A second copy of the script on the page (two plugins) never draws: the element is the first copy's. It asks for no
  // policy, so a trusted-types list without 'allow-duplicates' has no duplicate to report.
  return code.replace(
    CREATE_POLICY,
    (_, tt, _quote, rules) => `(()=>{try{return customElements.get("${TAG}")?void 0:${tt}?.createPolicy("${LIT_POLICY}",${rules})}catch{}})()`,
  );
}

/** lit-html's main module, production (lit-html/lit-html.js) or development (lit-html/development/lit-html.js). */
export const isLitHtml = (id) => /\/lit-html\/(development\/)?lit-html\.js(\?|$)/.test(id);
