/**
 * Editorial rules for topic files, beyond what the runtime validator checks. Used at build/test time only
 * (scripts/check-content.ts); never imported by the element, so `syllable` never ships to readers.
 */
import { syllable } from 'syllable';
import * as v from 'valibot';
import { citesOf } from '../../src/data/cites.js';
import { inflesz, infleszBand, MIN_PATIENT_INFLESZ } from './readability-es.js';
import type { Rating, ReviewStatus, Summary, Text } from '../../src/data/schema.js';
import { SummarySchema } from './schema-valibot.js';
import { checkSummary } from '../../src/data/validate.js';
import { runtimeSchema } from '../../scripts/json-schema.js';
import { INVISIBLE } from '../../src/data/json-schema-check.js';
import { checkGlossary, checkJargon, checkRedFlags, checkSharedFacts, checkSpanishNumbers } from './fact-rules.js';
import { AUDIENCES, LANGUAGES } from '../../src/vocabulary.js';

export const MAX_PATIENT_GRADE = 6;

// Doubts about a source belong in the evidence file, never in what readers see.
const EDITORIAL_NOTE =
  /\b(?:un-?verified|not (?:been )?verified|could not (?:be )?(?:verif|check|confirm|find|retriev)|not captured|not retrieved|we could not|no verificad[oa]s?|sin verificar|no se (?:ha )?podido (?:verificar|comprobar|confirmar))/i;
// In capitals only: "todo" is an everyday Spanish word.
const WORK_MARK = /\b(?:TODO|FIXME)\b/;
// Who reported a source, and notes about the copy read, belong in the evidence file; readers see titles.
const SOURCING_NOTE =
  /\b(?:as reported (?:in|by)|summari[sz]ed (?:in|by) (?:a|an|the)\b|citing (?:US|UK|the)\b|(?:an )?earlier version|\d{4} version\b|last updated?\b|case report abstract|seg[uú]n (?:informa|inform[oó])|citad[oa] (?:en|por)|resumid[oa] en (?:un|una|el|la)\b|versi[oó]n (?:anterior|de \d{4}))/i;
// Staging, development and test servers move or vanish, and are not the publisher's own page. Every label but the last
// is read (web.dev and moph.gov.qa are public sites): "uat", "dev2", "staging-", "-test", "mimsdev"…
const STAGE = '(?:uat|dev|devel|test|testing|staging|stage|stg|qa|preprod|sandbox)';
const NON_PUBLIC_HOST = new RegExp(`^${STAGE}\\d*$|^${STAGE}[-_]|[-_]${STAGE}\\d*$|dev$|^localhost$`, 'i');
const nonPublic = (host: string) => host === 'localhost' || host.split('.').slice(0, -1).some((label) => NON_PUBLIC_HOST.test(label));
// Vancouver-style source of a journal article: journal, year and volume, then pages or an article number where they
// were seen ("J Nutr. 2002;132(4):697-702", "BMJ. 2010;341:c5702", "Cochrane Database Syst Rev. 2014;(5):CD009917",
// "J Am Heart Assoc. 2024;13(10)"). The volume tells a journal from a title followed by a year.
const JOURNAL_SOURCE =
  /\p{L}[^.;]*\.\s+(?:19|20)\d{2}(?:\s(?:[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?:\s\d{1,2})?|Spring|Summer|Fall|Autumn|Winter))?;\s*(?:\d+(?:\s*\([^)]*\))?|\(\d+\))/u;
// Authors. Title. Journal. Year — for a citation whose evidence file records that its volume and pages were not seen.
const JOURNAL_YEAR = /^[^.]+\.\s+[^]+\.\s+[^.;]+\.\s+(?:19|20)\d{2}\b/u;
// Books and reports (National Academies, NCBI Bookshelf) carry DOIs and PMIDs too, but no journal.
const BOOK = /\bPress[;,.]|\b(?:Publishing|Bookshelf|StatPearls|LiverTox)\b|\beds?\.|Washington, DC/;

export interface TopicReport {
  problems: string[];
  /** Readability of the patient wording per section: Flesch–Kincaid grade (English) or INFLESZ (Spanish). */
  grades: Record<string, number>;
  scale?: 'grade' | 'inflesz' | 'none';
  /** The parsed topic, when it passed the schema (other rules may still have failed). */
  summary?: Summary;
}

export interface TopicContext {
  file: string;
  today: string;
  /** The topic's evidence file (facts, strengths, references with identifiers as seen); undefined when there is none. */
  evidence: string | undefined;
  /** The file's text as read, for what JSON.parse cannot show (duplicate keys); the content check always passes it. */
  source?: string;
}

export function checkTopic(json: unknown, { file, today, evidence, source }: TopicContext): TopicReport {
  // JSON.parse keeps the last of two equal keys, so a second "status" could silently replace the reviewed one.
  const duplicates = source === undefined ? [] : duplicateKeys(source);
  // valibot first, for its wording; then the element's own validator, which adds the cross-field rules (and refuses
  // invisible and text-direction characters anywhere).
  const parsed = v.safeParse(SummarySchema, json);
  if (!parsed.success) {
    return { problems: [...duplicates, ...parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)], grades: {} };
  }
  const result = checkSummary(structuredClone(json), runtimeSchema());
  if (!result.ok) return { problems: [...duplicates, ...result.problems], grades: {} };
  const s = result.value;
  const problems: string[] = [...duplicates];

  if (`${s.slug}.json` !== file) problems.push(`slug: "${s.slug}" does not match the file name ${file}`);
  if (s.review.lastUpdated > today) problems.push(`review.lastUpdated: ${s.review.lastUpdated} is in the future`);

  if (!s.bottomLine) problems.push('bottomLine: every topic needs a bottom line for both audiences');
  if (!s.rating) problems.push('rating: every topic needs an interaction rating and its action');
  else if (!s.rating.actionLevel || !s.rating.evidence) problems.push('rating: a topic rates what the combination calls for (actionLevel) and how certain that is (evidence); see docs/rating.md');
  // Patients read the action after "In short:": a sentence of its own.
  if (s.rating && !/[.!?]$/.test(s.rating.action.patient.trim())) problems.push('rating.action (patient): patients read it as a sentence after "In short:"; end it with a full stop');
  for (const [where, text] of readerTexts(s)) {
    const note = EDITORIAL_NOTE.exec(text) ?? WORK_MARK.exec(text);
    if (note) problems.push(`${where}: reads like an editorial note ("${note[0]}"); doubts about a source go in the evidence file`);
    const sourcing = SOURCING_NOTE.exec(text);
    if (sourcing) problems.push(`${where}: names how a source was found ("${sourcing[0]}"); readers see the source's title, the evidence file says where it was read`);
  }
  for (const [where, url] of [['review.editorialPolicyUrl', s.review.editorialPolicyUrl], ...s.references.map((r, i) => [`references[${i}] ("${r.id}").url`, r.url])]) {
    const host = url && URL.canParse(url) ? new URL(url).hostname : '';
    if (nonPublic(host)) problems.push(`${where}: ${host} is a staging, development or test host; link the publisher's own page`);
  }
  // A volume or pages that no stored copy showed are left out, and the evidence file says so in a line of its own:
  // "Incomplete citation: kara-1991 — volume and pages not seen". The journal and the year are never optional.
  const incomplete = new Set([...(evidence ?? '').matchAll(/^[-*\s]*Incomplete citation:\s*`?([a-z0-9-]+)`?/gim)].map((m) => m[1]));
  s.references.forEach((r, i) => {
    if (!(r.pmid || r.doi) || BOOK.test(r.citation) || JOURNAL_SOURCE.test(r.citation)) return;
    if (!incomplete.has(r.id)) {
      problems.push(`references[${i}] ("${r.id}"): a journal article's citation needs its journal, year and volume (and pages or article number where seen), as in "J Nutr. 2002;132(4):697-702"`);
    } else if (!JOURNAL_YEAR.test(r.citation)) {
      problems.push(`references[${i}] ("${r.id}"): even an incomplete citation needs authors, title, journal and year, as in "Kara M. Title. Br J Clin Pharmacol. 1991."`);
    }
  });
  // The word lists behind these rules (shared facts, warning signs, jargon) exist in English and Spanish only; a
  // language without them gets the structural checks, and its translation is held to its English source below.
  const worded = wordedLanguage(s.lang);
  if (worded) problems.push(...checkSharedFacts(s), ...checkRedFlags(s), ...checkJargon(patientSections(s), worded));
  if (worded === 'es') problems.push(...checkGlossary(readerTexts(s)), ...checkSpanishNumbers(readerTexts(s)));

  const cited = new Set<string>();
  for (const { cites, where } of citesOf(s)) {
    cites.forEach((id) => cited.add(id));
    // Guideline and research claims must be sourced; a safety point may be a standard caution the sources lack.
    if (!cites.length && !where.startsWith('safety.')) problems.push(`${where}: cites no reference`);
  }
  s.references.forEach((r, i) => {
    if (!cited.has(r.id)) problems.push(`references[${i}] ("${r.id}"): never cited`);
    if (!r.pmid && !r.doi && !r.url) problems.push(`references[${i}] ("${r.id}"): has neither a PMID, a DOI nor an http(s) URL`);
    if (evidence === undefined) return;
    // An identifier is cited only as it was seen in a stored copy, which the evidence file records.
    if (r.pmid && !new RegExp(`(?<!\\d)${r.pmid}(?!\\d)`).test(evidence)) {
      problems.push(`references[${i}] ("${r.id}"): PMID ${r.pmid} is not in the topic's evidence file`);
    }
    if (r.doi && !evidence.toLowerCase().includes(r.doi.toLowerCase())) {
      problems.push(`references[${i}] ("${r.id}"): DOI ${r.doi} is not in the topic's evidence file`);
    }
  });
  if (evidence === undefined) problems.push(`evidence: no evidence file for "${s.slug}" (src/data/evidence/${s.slug}.md)`);
  // A brand or other name is listed only where it was checked, which the evidence file records.
  for (const [i, alias] of (s.aliases ?? []).entries()) {
    if (evidence !== undefined && !evidence.toLowerCase().includes(alias.toLowerCase())) problems.push(`aliases[${i}]: "${alias}" is not in the topic's evidence file (say where it was checked)`);
  }

  const grades: Record<string, number> = {};
  // No readability formula is set up for another language: its reading level is not measured (the check says so).
  if (!worded) return { problems, grades, scale: 'none', summary: s };
  if (worded === 'es') {
    for (const [section, texts] of Object.entries(patientSections(s))) {
      const score = inflesz(texts.join(' '));
      grades[section] = score;
      if (score < MIN_PATIENT_INFLESZ) {
        problems.push(`${section} (patient): INFLESZ ${score.toFixed(1)} ("${infleszBand(score)}") is below ${MIN_PATIENT_INFLESZ} ("bastante fácil")`);
      }
    }
    return { problems, grades, scale: 'inflesz', summary: s };
  }
  for (const [section, texts] of Object.entries(patientSections(s))) {
    const grade = fleschKincaidGrade(texts.join(' '));
    grades[section] = grade;
    if (grade > MAX_PATIENT_GRADE) {
      problems.push(`${section} (patient): Flesch–Kincaid grade ${grade.toFixed(1)} is above ${MAX_PATIENT_GRADE}`);
    }
  }
  return { problems, grades, scale: 'grade', summary: s };
}

/** The language whose editorial word lists a topic is checked with ('en' or 'es'), or undefined for any other. */
export function wordedLanguage(lang: string): 'en' | 'es' | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'es' ? primary : undefined;
}

/**
 * A translation says what its source says: the same claims in the same places, each citing the same references,
 * the same evidence strengths, rating and review status, and the same reference list with the same identifiers.
 * Paths are the translation's; `source` is the English file it mirrors.
 */
/**
 * A published topic's version history (every file of a topics folder: the bundled ones, or a publisher's catalog): a
 * version, a change list that ends with it (versions rising, dates in order, the last one the review's lastUpdated), a
 * next review date after it, and a last-reviewed date only for an approved topic. The signed channel (scripts/channel.ts)
 * and the element's update check compare versions, so they must only ever rise.
 */
export function checkVersioning(s: Summary): string[] {
  const problems: string[] = [];
  const { version, changes, review } = s;
  if (version === undefined) problems.push('version: a published topic needs one (1 for its first version)');
  if (!changes?.length) problems.push('changes: a published topic lists its versions, oldest first');
  else {
    changes.forEach((c, i) => {
      const before = changes[i - 1];
      if (before && c.version <= before.version) problems.push(`changes.${i}.version: ${c.version} does not rise after ${before.version}`);
      if (before && c.date < before.date) problems.push(`changes.${i}.date: ${c.date} is before the previous change (${before.date})`);
    });
    const last = changes.at(-1)!;
    if (version !== undefined && last.version !== version) problems.push(`changes: the last one is version ${last.version}, the topic is version ${version}`);
    if (last.date !== review.lastUpdated) problems.push(`changes: the last one is dated ${last.date}, review.lastUpdated is ${review.lastUpdated}`);
  }
  if (!review.nextReview) problems.push('review.nextReview: a published topic says when it is due to be checked again');
  else if (review.nextReview <= review.lastUpdated) problems.push(`review.nextReview: ${review.nextReview} is not after lastUpdated (${review.lastUpdated})`);
  if (review.lastReviewed && review.status !== 'approved') problems.push('review.lastReviewed: only an approved topic was reviewed by a named clinician');
  if (review.reviewedBy && review.status !== 'approved') problems.push('review.reviewedBy: only an approved topic names the clinician who approved it');
  if (review.status === 'approved' && (!review.reviewedBy || !review.lastReviewed)) problems.push('review: an approved topic names who approved it (reviewedBy) and when (lastReviewed)');
  return problems;
}

export function checkTranslation(t: Summary, source: Summary): string[] {
  const problems: string[] = [];
  if (t.slug !== source.slug) problems.push(`slug: "${t.slug}" is not the slug of its source "${source.slug}"`);
  if (t.review.status !== source.review.status) problems.push(`review.status: "${t.review.status}" differs from the source's "${source.review.status}"`);
  for (const axis of ['level', 'actionLevel', 'evidence'] as const) {
    if (t.rating?.[axis] !== source.rating?.[axis]) problems.push(`rating.${axis}: "${t.rating?.[axis]}" differs from the source's "${source.rating?.[axis]}"`);
  }
  if (t.subjects.length !== source.subjects.length) problems.push(`subjects: ${t.subjects.length} subjects, the source has ${source.subjects.length}`);
  const mine = new Map([...citesOf(t)].map(({ where, cites }) => [where, cites]));
  const theirs = new Map([...citesOf(source)].map(({ where, cites }) => [where, cites]));
  for (const [where, cites] of theirs) {
    const found = mine.get(where);
    if (!found) problems.push(`${where}: missing; the source has a claim here`);
    else if (found.join() !== cites.join()) problems.push(`${where}: cites [${found.join(', ')}], the source cites [${cites.join(', ')}]`);
  }
  for (const where of mine.keys()) if (!theirs.has(where)) problems.push(`${where}: the source has no claim here`);
  source.research.forEach((topic, i) =>
    topic.findings.forEach((f, j) => {
      const mineLevel = t.research[i]?.findings[j]?.evidence;
      if (mineLevel && mineLevel !== f.evidence) problems.push(`research[${i}].findings[${j}].evidence: "${mineLevel}" differs from the source's "${f.evidence}"`);
    }),
  );
  const ref = (r: Summary['references'][number] | undefined) => r && JSON.stringify([r.id, r.pmid, r.doi, r.url]);
  const count = Math.max(t.references.length, source.references.length);
  for (let i = 0; i < count; i++) {
    if (ref(t.references[i]) !== ref(source.references[i])) {
      problems.push(`references[${i}]: must be the source's reference ${source.references[i]?.id ?? '(none)'} with the same identifiers`);
    }
  }
  return problems;
}

/**
 * Keys that appear twice in one object of a JSON text (which must already have parsed), as "path: message". Escapes
 * are decoded first, so "status" and "\u0073tatus" are the same key.
 */
export function duplicateKeys(text: string): string[] {
  const problems: string[] = [];
  const STRING = /"(?:[^"\\]|\\.)*"/y;
  let i = 0;
  const space = () => {
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i++;
  };
  const string = (): string => {
    STRING.lastIndex = i;
    const token = STRING.exec(text);
    if (!token) throw new SyntaxError(`expected a string at offset ${i}`);
    i = STRING.lastIndex;
    return JSON.parse(token[0]) as string;
  };
  const value = (path: string): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      const keys = c === '{' ? new Set<string>() : undefined;
      for (let n = 0; ; n++) {
        space();
        if (i >= text.length) throw new SyntaxError('unexpected end of JSON');
        if (text[i] === '}' || text[i] === ']') return void i++;
        if (n) i++; // the comma
        let at = `${path}[${n}]`;
        if (keys) {
          space();
          const key = string();
          at = path ? `${path}.${key}` : key;
          if (keys.has(key)) problems.push(`${at}: duplicate key "${key}" in one object; JSON keeps only the last one, so remove the other`);
          keys.add(key);
          space();
          i++; // the colon
        }
        value(at);
      }
    }
    if (c === '"') return void string();
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++; // number, true, false, null
  };
  value('');
  return problems;
}

/** Patient wording grouped the way a reader meets it, each section as a list of sentences or paragraphs. */
function patientSections(s: Summary): Record<string, string[]> {
  const p = (t: Text) => asSentence(t.patient);
  return {
    title: [p(s.title)],
    ...(s.bottomLine && s.rating ? { 'bottom line': [p(s.bottomLine.text), p(s.rating.action)] } : {}),
    safety: [p(s.safety.heading), ...s.safety.points.map((c) => p(c.text))],
    guidelines: [
      ...s.guidelines.summary.map((c) => p(c.text)),
      ...s.guidelines.keyPoints.map((c) => p(c.text)),
      ...s.guidelines.doses.map((d) => `${d.label.patient}: ${p(d.value)}`),
    ],
    research: s.research.flatMap((t) => [p(t.heading), ...t.findings.map((f) => p(f.text))]),
    disclaimer: [p(s.disclaimer)],
  };
}

/** Every reader-visible text of a summary, in both wordings, with its JSON path. */
function* readerTexts(s: Summary): Generator<[string, string]> {
  function* walk(value: unknown, path: string): Generator<[string, string]> {
    if (typeof value === 'string') yield [path, value];
    else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* walk(value[i], `${path}[${i}]`);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if (!NOT_READER_TEXT.has(key)) yield* walk(child, path ? `${path}.${key}` : key);
    }
  }
  yield* walk(s, '');
}
// Reference citations are reader text too: the References list shows them.
const NOT_READER_TEXT = new Set(['$schema', 'id', 'cites', 'pmid', 'doi', 'url', 'editorialPolicyUrl']);

// Headings and labels have no full stop; give them one so they count as their own sentence.
const asSentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Flesch–Kincaid grade level (Kincaid et al., 1975): 0.39 × words/sentence + 11.8 × syllables/word − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const sentences = text.split(/[.!?]+(?=\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s));
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’,.-]*/gu)?.map((w) => w.replace(/[,.]+$/, '')) ?? [];
  if (!sentences.length || !words.length) return 0;
  // Numbers are read aloud as words; count at least one syllable for each token.
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
}

/** One row of `topics/index.json`: what a topic picker or a publisher's CMS needs without loading every topic. */
export interface CatalogEntry {
  slug: string;
  title: Text;
  subjects: string[];
  /** Every name a finder can match, by language: the subjects and aliases of that language's file. */
  names: Record<string, string[]>;
  review: { status: ReviewStatus; lastUpdated: string };
  /** Languages the topic is written in, English first. */
  languages: string[];
  /** The rating's severity and two axes (docs/rating.md), for a finder's "rated" line; the action's words stay in the topic. */
  rating?: { level: Rating['level']; actionLevel?: Rating['actionLevel']; evidence?: Rating['evidence'] };
}

export interface Catalog {
  schemaVersion: 1;
  topics: CatalogEntry[];
}

/** `translations` are the topic files in other languages; each lists its topic's language after English. */
export function buildCatalog(summaries: Summary[], translations: Summary[] = []): Catalog {
  const names = (s: Summary) => [...new Map([...s.subjects, ...(s.aliases ?? [])].map((n) => [n.toLowerCase(), n])).values()];
  const topics = summaries
    .map((summary) => {
      const { slug, title, subjects, review } = summary;
      const files = [summary, ...translations.filter((t) => t.slug === slug)].sort((a, b) => byVocabulary(a.lang ?? LANGUAGES[0], b.lang ?? LANGUAGES[0]));
      return {
        slug,
        title,
        subjects,
        names: Object.fromEntries(files.map((f): [string, string[]] => [f.lang ?? LANGUAGES[0], names(f)])),
        review: { status: review.status, lastUpdated: review.lastUpdated },
        // In the vocabulary's order (the source language first); a translation in another language is the content
        // check's to refuse, not the catalog's to hide.
        languages: [LANGUAGES[0], ...translations.filter((t) => t.slug === slug).map((t) => t.lang)].sort(byVocabulary),
        ...(summary.rating
          ? { rating: { level: summary.rating.level, ...(summary.rating.actionLevel ? { actionLevel: summary.rating.actionLevel } : {}), ...(summary.rating.evidence ? { evidence: summary.rating.evidence } : {}) } }
          : {}),
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
  return { schemaVersion: 1, topics };
}

// A language the vocabulary does not list sorts last.
const vocabularyIndex = (lang: string) => {
  const i = (LANGUAGES as readonly string[]).indexOf(lang);
  return i < 0 ? LANGUAGES.length : i;
};
const byVocabulary = (a: string, b: string) => vocabularyIndex(a) - vocabularyIndex(b) || a.localeCompare(b);

/** Differences between a catalog and the topic files it should list. */
export function checkCatalog(catalog: unknown, summaries: Summary[], translations: Summary[] = []): string[] {
  const expected = buildCatalog(summaries, translations);
  const listed = (catalog as Catalog | null)?.topics;
  if (!Array.isArray(listed)) return ['topics: the catalog has no "topics" list'];
  const problems: string[] = [];
  const bySlug = new Map(listed.map((t, i) => [t?.slug, { entry: t, i }]));
  for (const want of expected.topics) {
    const found = bySlug.get(want.slug);
    if (!found) problems.push(`topics: "${want.slug}" has a topic file but is missing from the catalog`);
    else if (JSON.stringify(found.entry) !== JSON.stringify(want)) {
      problems.push(`topics[${found.i}] ("${want.slug}"): out of date with ${want.slug}.json`);
    }
  }
  listed.forEach((t, i) => {
    if (!expected.topics.some((w) => w.slug === t?.slug)) problems.push(`topics[${i}] ("${t?.slug}"): listed in the catalog but there is no topic file`);
  });
  return problems;
}

/**
 * A language's interface strings (`topics/<lang>/_ui.json`) have exactly the English keys, each a visible string, and
 * an `errors` text for every error code. The element reads them without checking (the build pins the file by hash).
 */
export function checkInterfaceStrings(json: unknown, english: object, errorCodes: readonly string[]): string[] {
  const problems: string[] = [];
  const walk = (en: unknown, value: unknown, path: string) => {
    if (typeof en === 'string') {
      if (typeof value !== 'string' || !/\S/.test(value)) problems.push(`${path}: must be a text`);
      else if (INVISIBLE.test(value)) problems.push(`${path}: contains an invisible or text-direction character`);
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return void problems.push(`${path}: must be an object`);
    for (const k of Object.keys(value)) if (!Object.hasOwn(en as object, k)) problems.push(`${path ? `${path}.` : ''}${k}: not an interface string`);
    for (const [k, v] of Object.entries(en as object)) walk(v, Object.hasOwn(value, k) ? (value as Record<string, unknown>)[k] : undefined, path ? `${path}.${k}` : k);
  };
  // Besides the English keys, a translation words each error, the note over an English card standing in for it, and
  // the line a prerendered card shows in place of the audience choice (for each audience).
  const translationOnly = { errors: Object.fromEntries(errorCodes.map((c) => [c, ''])), untranslated: '', audienceNote: Object.fromEntries(AUDIENCES.map((a) => [a, ''])) };
  walk({ ...english, ...translationOnly }, json, '');
  // The card writes dates from these two: a slip here would misdate every card in the language.
  const { date, months } = (json ?? {}) as Record<string, unknown>;
  if (typeof date === 'string' && !['D', 'M', 'Y'].every((part) => date.split(part).length === 2)) problems.push('date: must hold D (day), M (month) and Y (year) once each');
  if (typeof months === 'string' && !/^\S+( \S+){11}$/.test(months)) problems.push('months: must be the twelve month names, one space apart');
  return problems;
}
