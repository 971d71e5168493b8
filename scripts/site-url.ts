import { readFileSync } from 'node:fs';

/**
 * The hosted site's address (scripts/site.ts), from NI_SITE_URL or package.json's config.siteUrl: an http(s) URL ending
 * in "/". Throws, naming the setting, for anything else. Prerendered snippets link to it for readers without JavaScript.
 */
export function siteUrl(): string {
  const configured = process.env.NI_SITE_URL || JSON.parse(readFileSync('package.json', 'utf8')).config?.siteUrl;
  let url: URL | undefined;
  try {
    url = new URL(configured);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.pathname.endsWith('/') || url.search || url.hash) {
    throw new Error(`site: the site address (NI_SITE_URL or config.siteUrl in package.json) must be an http(s) URL ending in "/", not ${JSON.stringify(configured)}`);
  }
  return url.href;
}
