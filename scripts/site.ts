/**
 * The hosted pages (a step of scripts/build.ts, after prerender): one page per topic and language, built from the same
 * prerendered card as the snippets, so a link shares exactly what an embed shows. Everything works without JavaScript;
 * with it, the pinned CDN script upgrades the card (audience choice, corrections from the signed channel).
 *
 *   dist/site/index.html                        the catalog: every topic by title and by subject, in both languages
 *   dist/site/<lang>/<slug>/index.html          the topic, patient wording: the "current version" link of snippets
 *   dist/site/<lang>/<slug>/clinician/          the same in clinician wording (for readers without JavaScript)
 *   dist/site/<lang>/<slug>/print/              the handout: patient wording, every section open, room for notes
 *   dist/site/<lang>/<slug>/embed/              the frame oEmbed consumers show (src/site/frame.js sizes it); the
 *                                               clinician wording's is clinician/embed/
 *   dist/site/<lang>/<slug>/oembed.json         oEmbed "rich": a blockquote link and that frame
 *   dist/site/<lang>/finder/                    the finder alone, for an iframe
 *   dist/site/site.css, frame.js, print.js
 *   dist/snippets/finder.html, es/finder.html   the finder's snippet: its A–Z list (the no-JavaScript finder), the script
 *
 * The site's address is `config.siteUrl` in package.json, or NI_SITE_URL. It must be an HTML host: jsDelivr serves .html
 * as text/plain, so it can hold the script and data but not these pages.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SECTION_IDS } from '../src/card/templates.js';
import { medicalWebPage } from '../src/structured-data.js';
import { AUDIENCES, LANGUAGES, type Lang } from '../src/vocabulary.js';
import type { Audience, Summary } from '../src/data/schema.js';
import { formatDate } from '../src/card/templates.js';
import { LAYOUT_CSS } from './layout-css.js';
import { labelsFor, prerenderCard, prerenderElement, readTopic, topicLanguages, topicSlugs, TOPICS_DIR } from './prerender.js';
import { siteStrings } from '../src/site/strings.js';
import { framePath, topicPath, wordingPath } from '../src/site/paths.js';
import { siteUrl } from './site-url.js';

export interface SiteOptions {
  /** Where dist/site/ is served, ending in "/". */
  siteUrl: string;
  /** The CDN folder of the pinned script (as the snippets use). */
  cdnBase: string;
  /** dist/sri.json. */
  sri: Record<string, string>;
  dir?: string;
  out?: string;
  /** Where the finder's snippets go (dist/snippets). */
  snippets?: string;
}

const SOURCE_LANG = LANGUAGES[0];
const ALL_OPEN = new Set(SECTION_IDS);
/** The frame's size in oEmbed: WordPress keeps the frame between 200 and 1000 px tall once the frame reports its height. */
const FRAME = { width: 600, height: 900 };

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The relative way back to the site's root from a path of topicPath(). */
const rootFrom = (path: string) => '../'.repeat(path.split('/').filter(Boolean).length);

/** Up to about 200 characters of the patient bottom line, cut at a sentence: the page's description. */
function description(s: Summary): string {
  const text = (s.bottomLine?.text.patient ?? s.title.patient).trim();
  let out = '';
  for (const sentence of text.match(/[^.!?]+[.!?]+\s*/g) ?? [text]) {
    if (out && (out + sentence).length > 200) break;
    out += sentence;
  }
  return out.trim();
}

interface Shell {
  lang: string;
  title: string;
  /** Path of this page under the site. */
  path: string;
  canonical: string;
  head?: string;
  body: string;
  siteUrl: string;
  cdnOrigin: string;
  scripts?: string;
  robots?: string;
}

/**
 * The page around every hosted page. Its policy lets scripts come only from the CDN (the pinned widget) and the site
 * (its own small scripts), data only from the CDN, styles only from the site; the widget's Trusted Types policies are
 * the only ones allowed.
 */
function shell(p: Shell): string {
  const site = new URL(p.siteUrl).origin;
  const csp = [
    "default-src 'none'",
    `script-src ${p.cdnOrigin} ${site}`,
    `connect-src ${p.cdnOrigin}`,
    `style-src ${site}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types nutrient-interaction nutrient-interaction-lit',
  ].join('; ');
  return `<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="strict-origin-when-cross-origin">
${p.robots ? `<meta name="robots" content="${p.robots}">\n` : ''}<title>${esc(p.title)}</title>
<link rel="canonical" href="${esc(p.canonical)}">
<link rel="stylesheet" href="${rootFrom(p.path)}site.css">
${p.head ?? ''}</head>
<body>
${p.body}
${p.scripts ?? ''}</body>
</html>
`;
}

/** The site's name, then a link to the same page in each other language (`href` gives its path from the site's root). */
function header(lang: Lang, path: string, href?: (other: Lang) => string): string {
  const t = siteStrings(lang);
  const root = rootFrom(path);
  return `<header class="site-header">
<a class="site-name" href="${root}${lang === SOURCE_LANG ? '' : `${lang}/`}">${esc(t.siteName)}</a>
${href ? LANGUAGES.filter((l) => l !== lang).map((l) => `<a href="${esc(`${root}${href(l)}`)}" lang="${l}" hreflang="${l}">${esc(siteStrings(l).readIn)}</a>\n`).join('') : ''}</header>`;
}

function footer(lang: Lang, path: string, extra = ''): string {
  const t = siteStrings(lang);
  return `<footer class="site-footer">
${extra}<nav><a href="${rootFrom(path)}${lang === SOURCE_LANG ? '' : `${lang}/`}">${esc(t.allTopics)}</a></nav>
</footer>`;
}

const cdnScript = (o: SiteOptions) =>
  `<script type="module" src="${o.cdnBase}/nutrient-interaction.js" integrity="${o.sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>\n`;

/** The topic's versions, newest first, with safety corrections named as such. */
function history(s: Summary, lang: Lang): string {
  const t = siteStrings(lang);
  const labels = labelsFor(lang);
  const items = [...(s.changes ?? [])].reverse().map(
    (c) =>
      `<li><strong>${esc(t.version)} ${c.version}</strong>, <time datetime="${c.date}">${esc(formatDate(c.date, labels))}</time>${c.safety ? ` (${esc(t.safety)})` : ''}: ${esc(c.summary)}</li>`,
  );
  return `<section class="site-section" aria-labelledby="site-history"><h2 id="site-history">${esc(t.history)}</h2>
<ul>${items.join('\n')}</ul></section>`;
}

function shareSection(s: Summary, lang: Lang, slug: string, o: SiteOptions): string {
  const t = siteStrings(lang);
  const page = new URL(topicPath(lang, slug), o.siteUrl).href;
  const frame = new URL(framePath(lang, slug, 'patient'), o.siteUrl).href;
  const attrs = lang === SOURCE_LANG ? '' : ` lang="${lang}"`;
  const snippet = `<nutrient-interaction topic="${slug}"${attrs}></nutrient-interaction>\n<script type="module" src="${o.cdnBase}/nutrient-interaction.js"\n  integrity="${o.sri['nutrient-interaction.js']}" crossorigin="anonymous"></script>`;
  const iframe = `<iframe src="${frame}" title="${esc(s.title.patient)}"\n  loading="lazy" style="width:100%;height:${FRAME.height}px;border:0"></iframe>`;
  return `<section class="site-section site-no-print" aria-labelledby="site-share"><h2 id="site-share">${esc(t.share)}</h2>
<p>${esc(t.shareLink)}</p>
<pre><code>${esc(page)}</code></pre>
<p>${esc(t.shareSnippet)}</p>
<pre><code>${esc(snippet)}</code></pre>
<p>${esc(t.shareIframe)}</p>
<pre><code>${esc(iframe)}</code></pre>
<p><a href="https://github.com/nutrient-interaction/nutrient-interaction#embed-it-in-a-blog-post">${esc(t.shareMore)}</a></p>
</section>`;
}

/** schema.org JSON-LD for a hosted page: the card's MedicalWebPage with the page's own address. */
function jsonLd(s: Summary, url: string, o: SiteOptions): string {
  const data = { ...medicalWebPage(s), url, dateModified: s.review.lastUpdated, ...(s.version ? { version: s.version } : {}), isPartOf: { '@type': 'WebSite', name: siteStrings(languageOfSummary(s)).siteName, url: o.siteUrl } };
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>\n`;
}

const languageOfSummary = (s: Summary): Lang => (LANGUAGES as readonly string[]).includes(s.lang) ? (s.lang as Lang) : SOURCE_LANG;

/** The page of one topic in one language and wording. */
export function topicPage(slug: string, lang: Lang, audience: Audience, o: SiteOptions): string {
  const dir = o.dir ?? TOPICS_DIR;
  const t = siteStrings(lang);
  const languages = topicLanguages(slug, dir) as readonly Lang[];
  const translated = languages.includes(lang);
  const s = readTopic(slug, dir, translated ? lang : SOURCE_LANG);
  const part = audience === 'patient' ? '' : audience;
  const path = topicPath(lang, slug, part);
  const own = (l: Lang, p = part) => new URL(topicPath(l, slug, p), o.siteUrl).href;
  // A language the topic is not written in yet shows the English card with a note; search engines get the English page.
  const canonical = translated ? own(lang) : own(SOURCE_LANG);
  const alternates = languages.map((l) => `<link rel="alternate" hreflang="${l}" href="${own(l)}">`).concat(`<link rel="alternate" hreflang="x-default" href="${own(SOURCE_LANG)}">`);
  const head = `<meta name="description" content="${esc(description(s))}">
${audience === 'patient' ? `${alternates.join('\n')}\n` : ''}<link rel="alternate" type="application/json+oembed" href="${new URL(`${topicPath(lang, slug)}oembed.json`, o.siteUrl).href}" title="${esc(s.title.patient)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(t.siteName)}">
<meta property="og:title" content="${esc(s.title[audience])}">
<meta property="og:description" content="${esc(description(s))}">
<meta property="og:url" content="${esc(canonical)}">
${jsonLd(s, canonical, o)}`;
  const otherWording: Audience = audience === 'patient' ? 'clinician' : 'patient';
  const links = [
    `<li><a href="${rootFrom(path)}${topicPath(lang, slug, otherWording === 'patient' ? '' : otherWording)}">${esc(otherWording === 'patient' ? t.patientPage : t.clinicianPage)}</a></li>`,
    `<li><a href="${rootFrom(path)}${topicPath(lang, slug, 'print')}">${esc(t.print)}</a></li>`,
  ];
  const body = `${header(lang, path, (l) => topicPath(l, slug, part))}
<main>
<h1>${esc(s.subjects.join(' · '))}</h1>
${prerenderElement(slug, { audience, lang, dir, summary: s })}
<ul class="site-links site-no-print">${links.join('')}</ul>
${history(s, languageOfSummary(s))}
${shareSection(s, lang, slug, o)}
</main>
${footer(lang, path)}`;
  return shell({ lang, title: `${s.title[audience]} | ${t.siteName}`, path, canonical: audience === 'patient' ? canonical : own(translated ? lang : SOURCE_LANG), head, body, siteUrl: o.siteUrl, cdnOrigin: new URL(o.cdnBase).origin, scripts: cdnScript(o) });
}

/** The printable handout: patient wording, every section open, the version and date, a short link back, a box for notes. */
export function handoutPage(slug: string, lang: Lang, o: SiteOptions): string {
  const dir = o.dir ?? TOPICS_DIR;
  const t = siteStrings(lang);
  const translated = (topicLanguages(slug, dir) as readonly string[]).includes(lang);
  const s = readTopic(slug, dir, translated ? lang : SOURCE_LANG);
  const path = topicPath(lang, slug, 'print');
  const live = new URL(topicPath(lang, slug), o.siteUrl).href;
  const short = live.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const labels = labelsFor(languageOfSummary(s));
  const body = `${header(lang, path, (l) => topicPath(l, slug, 'print'))}
<main class="site-handout">
<h1>${esc(t.handoutTitle)}: ${esc(s.subjects.join(' · '))}</h1>
<p class="site-no-print">${esc(t.handoutIntro)}</p>
<p class="site-no-print"><button type="button" id="print" class="site-print-button" hidden>${esc(t.handoutPrintButton)}</button>
<noscript>${esc(t.handoutNoScript)}</noscript> <a href="${rootFrom(path)}${topicPath(lang, slug)}">${esc(t.back)}</a></p>
${prerenderCard(s, { audience: 'patient', lang, dir, open: ALL_OPEN })}
<section class="site-section site-notes" aria-labelledby="site-notes"><h2 id="site-notes">${esc(t.notes)}</h2></section>
</main>
${footer(lang, path, `<p>${esc(t.printedVersion)} ${s.version ?? 1} (${esc(formatDate(s.review.lastUpdated, labels))}). ${esc(t.current)} <a href="${esc(live)}">${esc(short)}</a></p>\n`)}`;
  return shell({ lang, title: `${t.handoutTitle}: ${s.title.patient} | ${t.siteName}`, path, canonical: live, body, siteUrl: o.siteUrl, cdnOrigin: new URL(o.cdnBase).origin, robots: 'noindex', scripts: `<script src="${rootFrom(path)}print.js" defer></script>\n` });
}

/** The frame of one wording, which oEmbed consumers and iframes show: the card alone, upgraded by the pinned script, sized by frame.js. */
export function framePage(slug: string, lang: Lang, audience: Audience, o: SiteOptions): string {
  const dir = o.dir ?? TOPICS_DIR;
  const t = siteStrings(lang);
  const path = framePath(lang, slug, audience);
  const translated = (topicLanguages(slug, dir) as readonly string[]).includes(lang);
  const s = readTopic(slug, dir, translated ? lang : SOURCE_LANG);
  const body = `<main class="site-frame">\n${prerenderElement(slug, { audience, lang, dir, summary: s })}\n</main>`;
  return shell({ lang, title: `${t.embedTitle} ${s.title[audience]}`, path, canonical: new URL(wordingPath(lang, slug, audience), o.siteUrl).href, body, siteUrl: o.siteUrl, cdnOrigin: new URL(o.cdnBase).origin, robots: 'noindex', scripts: `${cdnScript(o)}<script src="${rootFrom(path)}frame.js" defer></script>\n` });
}

/** oEmbed 1.0 "rich": a link in a blockquote (what WordPress shows until the frame speaks), then the titled frame. */
export function oembed(slug: string, lang: Lang, o: SiteOptions): Record<string, unknown> {
  const dir = o.dir ?? TOPICS_DIR;
  const translated = (topicLanguages(slug, dir) as readonly string[]).includes(lang);
  const s = readTopic(slug, dir, translated ? lang : SOURCE_LANG);
  const page = new URL(topicPath(lang, slug), o.siteUrl).href;
  const frame = new URL(framePath(lang, slug, 'patient'), o.siteUrl).href;
  const title = esc(s.title.patient);
  return {
    version: '1.0',
    type: 'rich',
    title: s.title.patient,
    provider_name: siteStrings(lang).siteName,
    provider_url: o.siteUrl,
    cache_age: 86400,
    width: FRAME.width,
    height: FRAME.height,
    html: `<blockquote><a href="${page}">${title}</a></blockquote><iframe src="${frame}" title="${title}" width="${FRAME.width}" height="${FRAME.height}" frameborder="0"></iframe>`,
  };
}

/** Every topic of the catalog as drawn in one language (an untranslated topic in English). */
function topicsIn(l: Lang, dir: string) {
  return topicSlugs(dir).map((slug) => {
    const translated = (topicLanguages(slug, dir) as readonly string[]).includes(l);
    return { slug, s: readTopic(slug, dir, translated ? l : SOURCE_LANG) };
  });
}

/**
 * The A–Z list of every name a topic is listed under (subjects and aliases), each with links to its topics: the
 * catalog's list, and what a finder shows readers without JavaScript. `href` gives a topic's address.
 */
export function azList(l: Lang, dir: string, href: (slug: string) => string, labelledBy: string): string {
  const topics = topicsIn(l, dir);
  const names = new Map<string, typeof topics>();
  for (const topic of topics) for (const name of [...topic.s.subjects, ...(topic.s.aliases ?? [])]) names.set(name, [...(names.get(name) ?? []), topic]);
  const az = [...names.keys()].sort((a, b) => a.localeCompare(b, l, { sensitivity: 'base' }));
  const link = (topic: (typeof topics)[number]) => `<a href="${href(topic.slug)}" lang="${topic.s.lang}">${esc(topic.s.title.patient)}</a>`;
  return `<dl class="site-topics" aria-labelledby="${labelledBy}">${az.map((name) => `<dt>${esc(name)}</dt>${names.get(name)!.map((topic) => `<dd>${link(topic)}</dd>`).join('')}`).join('\n')}</dl>`;
}

/** The finder around its A–Z list: readers without JavaScript follow the links; with it, the list becomes the finder. */
const finderElement = (l: Lang, list: string) => `<nutrient-interaction-finder lang="${l}">\n${list}\n</nutrient-interaction-finder>`;

/**
 * The catalog: one section per language, every topic by its question, then by each name it is known by; the page's
 * own language's list is a finder once the script runs.
 */
export function catalogPage(lang: Lang, o: SiteOptions): string {
  const dir = o.dir ?? TOPICS_DIR;
  const path = lang === SOURCE_LANG ? '' : `${lang}/`;
  const sections = [lang, ...LANGUAGES.filter((l) => l !== lang)].map((l) => {
    const t = siteStrings(l);
    const byTitle = topicsIn(l, dir).sort((a, b) => a.s.title.patient.localeCompare(b.s.title.patient, l));
    const list = azList(l, dir, (slug) => `${rootFrom(path)}${topicPath(l, slug)}`, `site-${l}-subjects`);
    return `<section class="site-section" lang="${l}" aria-labelledby="site-${l}-topics">
<h2 id="site-${l}-topics">${esc(t.byTitle)}</h2>
<ul>${byTitle.map((topic) => `<li><a href="${rootFrom(path)}${topicPath(l, topic.slug)}" lang="${topic.s.lang}">${esc(topic.s.title.patient)}</a></li>`).join('\n')}</ul>
<h3 id="site-${l}-subjects">${esc(t.bySubject)}</h3>
${l === lang ? finderElement(l, list) : list}
</section>`;
  });
  const t = siteStrings(lang);
  const canonical = new URL(path, o.siteUrl).href;
  const head = LANGUAGES.map((l) => `<link rel="alternate" hreflang="${l}" href="${new URL(l === SOURCE_LANG ? '' : `${l}/`, o.siteUrl).href}">`).join('\n') + '\n';
  const body = `${header(lang, path, (l) => (l === SOURCE_LANG ? '' : `${l}/`))}
<main>
<h1>${esc(t.catalogTitle)}</h1>
<p>${esc(t.catalogIntro)}</p>
${sections.join('\n')}
</main>`;
  return shell({ lang, title: t.catalogTitle, path, canonical, head, body, siteUrl: o.siteUrl, cdnOrigin: new URL(o.cdnBase).origin, scripts: cdnScript(o) });
}

/** The finder alone, for an iframe: the A–Z list without JavaScript, sized by frame.js. */
export function finderFramePage(lang: Lang, o: SiteOptions): string {
  const dir = o.dir ?? TOPICS_DIR;
  const t = siteStrings(lang);
  const path = `${lang}/finder/`;
  const list = azList(lang, dir, (slug) => new URL(topicPath(lang, slug), o.siteUrl).href, 'site-finder-heading');
  const body = `<main class="site-frame">\n<h2 id="site-finder-heading">${esc(t.bySubject)}</h2>\n${finderElement(lang, list)}\n</main>`;
  return shell({ lang, title: `${t.bySubject} | ${t.siteName}`, path, canonical: new URL(lang === SOURCE_LANG ? '' : `${lang}/`, o.siteUrl).href, body, siteUrl: o.siteUrl, cdnOrigin: new URL(o.cdnBase).origin, robots: 'noindex', scripts: `${cdnScript(o)}<script src="${rootFrom(path)}frame.js" defer></script>\n` });
}

/** The prerendered finder: a heading, and the element around its A–Z list linking to the hosted pages (site: the site's address). */
export function finderFragment(lang: Lang, site: string, dir = TOPICS_DIR): string {
  const list = azList(lang, dir, (slug) => new URL(topicPath(lang, slug), site).href, 'ni-finder-heading');
  return `<h2 id="ni-finder-heading">${esc(siteStrings(lang).bySubject)}</h2>\n${finderElement(lang, list)}`;
}

/** The finder snippet a publisher pastes: the prerendered finder, then the pinned script. */
export const finderSnippet = (lang: Lang, o: SiteOptions): string => `${finderFragment(lang, o.siteUrl, o.dir)}\n${cdnScript(o)}`;

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Writes dist/site/ (after the Vite builds, sri and prerender). */
export function writeSite(options?: Partial<SiteOptions>): string {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const o: SiteOptions = {
    siteUrl: options?.siteUrl ?? siteUrl(),
    cdnBase: options?.cdnBase ?? `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`,
    sri: options?.sri ?? JSON.parse(readFileSync('dist/sri.json', 'utf8')),
    dir: options?.dir ?? TOPICS_DIR,
    out: options?.out ?? 'dist/site',
    snippets: options?.snippets ?? (options?.out ? `${options.out}/snippets` : 'dist/snippets'),
  };
  const out = o.out!;
  const slugs = topicSlugs(o.dir);
  for (const lang of LANGUAGES) {
    write(`${out}/${lang === SOURCE_LANG ? '' : `${lang}/`}index.html`, catalogPage(lang, o));
    for (const slug of slugs) {
      write(`${out}/${topicPath(lang, slug)}index.html`, topicPage(slug, lang, 'patient', o));
      write(`${out}/${topicPath(lang, slug, 'clinician')}index.html`, topicPage(slug, lang, 'clinician', o));
      write(`${out}/${topicPath(lang, slug, 'print')}index.html`, handoutPage(slug, lang, o));
      for (const audience of AUDIENCES) write(`${out}/${framePath(lang, slug, audience)}index.html`, framePage(slug, lang, audience, o));
      write(`${out}/${topicPath(lang, slug)}oembed.json`, `${JSON.stringify(oembed(slug, lang, o), null, 1)}\n`);
    }
  }
  for (const lang of LANGUAGES) {
    write(`${out}/${lang}/finder/index.html`, finderFramePage(lang, o));
    write(`${o.snippets ?? 'dist/snippets'}/${lang === SOURCE_LANG ? '' : `${lang}/`}finder.html`, finderSnippet(lang, o));
  }
  write(`${out}/site.css`, `${LAYOUT_CSS}${readFileSync('src/site/site.css', 'utf8')}`);
  for (const f of ['frame.js', 'print.js']) copyFileSync(`src/site/${f}`, `${out}/${f}`);
  return `wrote ${out}/ for ${slugs.length} topics in ${LANGUAGES.join(' and ')} (site ${o.siteUrl})`;
}

if (process.argv[1]?.endsWith('site.ts')) console.log(`site: ${writeSite()}`);
