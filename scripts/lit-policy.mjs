/**
 * Lit's Trusted Types policy is named "lit-html"; a host page running its own Lit has that name already, and a second
 * createPolicy with it throws. The self-contained widget gets a policy name of its own, and a policy the page does not
 * allow leaves Lit without one (the element then says so) instead of throwing while the script loads. Used by the CDN
 * build and by the test server, so tests run the code readers get.
 */
export const LIT_POLICY = 'nutrient-interaction-lit';

export function renameLitPolicy(code) {
  const out = code.replace(
    /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\):void 0/,
    (_, tt, rules) => `(()=>{try{return ${tt}?.createPolicy("${LIT_POLICY}",${rules})}catch{}})()`,
  );
  if (out === code) throw new Error('lit-html changed: the Trusted Types policy rename no longer applies');
  return out;
}

export const isLitHtml = (id) => /\/lit-html\/lit-html\.js(\?|$)/.test(id);
