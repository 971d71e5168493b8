import type { Lang } from '../vocabulary.js';
import type { Audience } from '../data/schema.js';

/**
 * Where each hosted page sits under the site's address (scripts/site.ts writes them): "en/k2-d3/", "es/k2-d3/print/"…
 * Shared by the build, which writes the pages and links snippets to them, and the demo's embed-code generator.
 */
export const topicPath = (lang: Lang, slug: string, part = '') => `${lang}/${slug}/${part ? `${part}/` : ''}`;

/** The topic's page in one wording: the patient one is the topic's own address. */
export const wordingPath = (lang: Lang, slug: string, audience: Audience) => topicPath(lang, slug, audience === 'patient' ? '' : audience);

/** The frame page of a wording, for iframes and oEmbed. */
export const framePath = (lang: Lang, slug: string, audience: Audience) => `${wordingPath(lang, slug, audience)}embed/`;
