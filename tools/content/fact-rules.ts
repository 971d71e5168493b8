/**
 * Content rules that hold topics to what they share: the shared facts (numbers), the warning signs, the Spanish
 * glossary, explained jargon and Spanish number typography. Build time only (see content-rules.ts).
 */
import { JARGON, SPANISH_GLOSSARY } from './glossary.js';
import type { Summary, Text } from '../../src/data/schema.js';
import { RED_FLAGS, SHARED_FACTS, SPACED_DRUG, type Lang, type SharedFact, type Unit } from './shared-facts.js';

// JavaScript's \b knows only ASCII letters, so "\bácido" never matches; the table's patterns use \b for a letter
// boundary in any script.
const LETTER_EDGE = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const cache = new WeakMap<RegExp, RegExp>();
export function words(r: RegExp): RegExp {
  let w = cache.get(r);
  if (!w) cache.set(r, (w = new RegExp(r.source.replaceAll('\\b', LETTER_EDGE), r.flags.includes('u') ? r.flags : `${r.flags}u`)));
  return w;
}

/** Advice a reader acts on, with its path: what the shared facts govern. Research findings report study conditions. */
function* adviceTexts(s: Summary): Generator<[string, Text]> {
  yield ['title', s.title];
  if (s.bottomLine) yield ['bottomLine', s.bottomLine.text];
  if (s.rating) yield ['rating.action', s.rating.action];
  yield ['safety.heading', s.safety.heading];
  for (const [i, p] of s.safety.points.entries()) yield [`safety.points[${i}]`, p.text];
  for (const [i, c] of s.guidelines.summary.entries()) yield [`guidelines.summary[${i}]`, c.text];
  for (const [i, c] of s.guidelines.keyPoints.entries()) yield [`guidelines.keyPoints[${i}]`, c.text];
  // A dose row reads as one statement: "Ciprofloxacin: at least 2 hours before, or 6 hours after".
  for (const [i, d] of s.guidelines.doses.entries()) {
    yield [`guidelines.doses[${i}]`, { patient: `${d.label.patient}: ${d.value.patient}`, clinician: `${d.label.clinician}: ${d.value.clinician}` }];
  }
  yield ['disclaimer', s.disclaimer];
}

// A full stop ends a sentence only before a capital, a digit or an opening mark, and not after an abbreviation: "2 hrs.
// before iron", "e.g. 100 mg" and "aprox. 3 horas" stay one clause.
const SENTENCE_END = /(?<=[.!?])(?<!\b(?:e\.g|i\.e|vs|cf|approx|aprox|ca|no|al|p|pp|hrs?|min|máx|mín|dr|a\.m|p\.m|p\. ej)\.)\s+(?=[\p{Lu}\d¿¡"“(])|;/iu;

export interface Clause {
  /** The clause's own words: the numbers it states. */
  text: string;
  /** The clause with its bracketed asides: the terms it names ("from the antibiotic (ciprofloxacin)"). */
  context: string;
}

/**
 * The clauses of a text: split at sentence ends and semicolons, with each bracketed aside taken out as a clause of
 * its own (an example in brackets is not the rule the sentence states), though its words still tell what the clause
 * around it is about.
 */
export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    const asides: string[] = [];
    let outer = sentence;
    // Innermost brackets first, so nested ones come apart too.
    for (let prev = ''; prev !== outer; ) {
      prev = outer;
      outer = outer.replace(/\(([^()]*)\)/g, (_, inner: string) => (asides.push(inner), ' '));
    }
    const context = sentence.trim();
    if (outer.trim()) out.push({ text: outer.trim(), context });
    for (const aside of asides) if (aside.trim()) out.push({ text: aside.trim(), context: aside.trim() });
  }
  return out;
}

const UNITS: Record<Unit, string> = {
  h: '(?:h|hrs?|hours?|horas?)(?![\\p{L}])|-hour',
  mg: '(?:mg|milligrams?|miligramos?)(?![\\p{L}])',
  mcg: '(?:mcg|µg|μg|micrograms?|microgramos?)(?![\\p{L}])',
  IU: '(?:IU|UI|international units?|unidades internacionales)(?![\\p{L}])',
};
const SPACE = '[ \\u00a0\\u202f]';
// One number as written: "4,000" (English) or "4000", "23 355", "0,16" (Spanish).
const NUMBER: Record<Lang, string> = {
  en: '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?',
  es: `\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`,
};
const JOIN: Record<Lang, string> = { en: '(?:–|-|to|or|and)', es: '(?:–|-|a|o|y)' };
const quantities = new Map<string, RegExp>();
/** The numbers stated in a unit in a clause, where each stands: "2 to 3 hours" gives 2 and 3; "2- or 4-hour" 2 and 4. */
function quantitiesIn(clause: string, unit: Unit, lang: Lang): { n: number; at: number }[] {
  const key = `${unit}/${lang}`;
  let re = quantities.get(key);
  const num = `(?:${NUMBER[lang]})`;
  if (!re) quantities.set(key, (re = new RegExp(`(?<![\\d.,])(?:≥|≤|>|<)?${num}-?(?:${SPACE}*${JOIN[lang]}${SPACE}*(?:≥|≤)?${num}-?)*${SPACE}*(?:${UNITS[unit]})`, 'giu')));
  const found: { n: number; at: number }[] = [];
  for (const match of clause.matchAll(re)) {
    for (const n of match[0].matchAll(new RegExp(num, 'gu'))) found.push({ n: toNumber(n[0], lang), at: match.index + n.index });
  }
  return found;
}
export const numbersIn = (clause: string, unit: Unit, lang: Lang): number[] => quantitiesIn(clause, unit, lang).map((q) => q.n);
const toNumber = (n: string, lang: Lang) =>
  Number(lang === 'en' ? n.replaceAll(',', '') : n.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));

// A drug named in brackets still names the spacing rule's drug ("from the antibiotic (ciprofloxacin)"); a limit or an
// intake is about the nutrient the clause itself names, not one an aside mentions.
const appliesTo = (fact: SharedFact, clause: Clause, claim: string, lang: Lang) =>
  fact.terms[lang].every((t) => words(t).test(fact.kind === 'spacing' ? clause.context : clause.text)) &&
  !(fact.unlessDrug && words(SPACED_DRUG[lang]).test(claim));

// How far from "upper limit" or "or less" a number may start and still be the limit: "the UL of 45 mg/day".
const NEAR = 30;
/** The numbers a clause states for a fact: all of them, or for a limit or an intake only those next to its words. */
function statedFor(fact: SharedFact, clause: string, unit: Unit, lang: Lang): number[] {
  const all = quantitiesIn(clause, unit, lang);
  if (!fact.near) return all.map((q) => q.n);
  const { after, before } = fact.near[lang];
  const windows: [number, number][] = [];
  for (const m of clause.matchAll(new RegExp(words(after).source, 'giu'))) windows.push([m.index, m.index + m[0].length + NEAR]);
  for (const m of clause.matchAll(new RegExp(words(before).source, 'giu'))) windows.push([m.index - NEAR, m.index]);
  return all.filter((q) => windows.some(([from, to]) => q.at >= from && q.at <= to)).map((q) => q.n);
}

const shown = (values: number[], unit: Unit) => values.map((v) => `${v.toLocaleString('en')} ${unit}`).join(', ');

/**
 * Every number a topic's advice states for a shared fact must be one of the table's values for it, in each wording.
 * A clause naming two facts (two drugs, say) must satisfy both, so state each rule in its own clause.
 */
export function checkSharedFacts(s: Summary, facts: SharedFact[] = SHARED_FACTS): string[] {
  const lang: Lang = s.lang === 'es' ? 'es' : 'en';
  const problems: string[] = [];
  for (const [where, text] of adviceTexts(s)) {
    for (const wording of ['patient', 'clinician'] as const) {
      for (const clause of clauses(text[wording])) {
        for (const fact of facts) {
          if (!appliesTo(fact, clause, text[wording], lang)) continue;
          for (const [unit, allowed] of Object.entries(fact.values) as [Unit, number[]][]) {
            const wrong = statedFor(fact, clause.text, unit, lang).filter((n) => !allowed.includes(n));
            if (wrong.length) {
              problems.push(
                `${where}.${wording}: states ${shown(wrong, unit)} for the shared fact "${fact.id}" (${shown(allowed, unit)}: ${fact.statement}) in "${clause.text}"`,
              );
            }
          }
        }
      }
    }
  }
  return problems;
}

/** A topic whose risk can show as symptoms names the warning signs and what to do, in its safety block. */
export function checkRedFlags(s: Summary): string[] {
  const lang: Lang = s.lang === 'es' ? 'es' : 'en';
  const problems: string[] = [];
  for (const flags of RED_FLAGS.filter((f) => f.topics.includes(s.slug))) {
    for (const wording of ['patient', 'clinician'] as const) {
      const safety = [s.safety.heading, ...s.safety.points.map((p) => p.text)].map((t) => t[wording]).join('\n');
      const named = flags.signs[lang].filter((sign) => words(sign).test(safety)).length;
      if (named < flags.min) problems.push(`safety (${wording}): names ${named} of the "${flags.id}" warning signs; name at least ${flags.min}`);
      if (!words(flags.act[lang]).test(safety)) problems.push(`safety (${wording}): says what to do about the "${flags.id}" warning signs nowhere (call, seek help…)`);
    }
  }
  return problems;
}

/** Spanish text uses the glossary's one term per concept. */
export function checkGlossary(texts: Iterable<[string, string]>): string[] {
  const problems: string[] = [];
  for (const [where, text] of texts) {
    for (const term of SPANISH_GLOSSARY) {
      for (const avoid of term.avoid) {
        const found = words(avoid).exec(text);
        if (found) problems.push(`${where}: "${found[0]}" — the glossary's term for ${term.concept} is "${term.use}"`);
      }
    }
  }
  return problems;
}

/** Jargon in a patient section is explained in that section. */
export function checkJargon(sections: Record<string, string[]>, lang: Lang): string[] {
  const problems: string[] = [];
  for (const [section, texts] of Object.entries(sections)) {
    const text = texts.join(' ');
    for (const { term, explained } of JARGON[lang]) {
      const found = words(term).exec(text);
      if (found && !words(explained).test(text)) problems.push(`${section} (patient): uses "${found[0]}" without explaining it in this section`);
    }
  }
  return problems;
}

// Unit symbols after which a Spanish number keeps a non-breaking space: "5 mg", "20 %".
const UNIT_SYMBOL = '(?:%|(?:mg|mcg|µg|μg|g|kg|UI|ml|mL|dl|dL|l|L|mmol|mEq|ng|nmol|pmol|pg|h|min)(?![\\p{L}]))';
const GROUPED_FOUR = /(?<![\d.,])(?<!\d[ \u00a0\u202f])\d[ \u00a0\u202f]\d{3}(?!\d|[ \u00a0\u202f]\d{3})/u;
const PLAIN_SPACE_IN_NUMBER = /\d \d{3}(?!\d)/u;
// "1,500" or "5.000": English or Spanish-from-Spain grouping, which a reader here may take for a decimal.
const GROUPED_WITH_MARK = /(?<![\d.,])[1-9]\d{0,2}[.,]\d{3}(?![\d.,])/u;
const PLAIN_SPACE_BEFORE_UNIT = new RegExp(`\\d ${UNIT_SYMBOL}`, 'u');

/**
 * Spanish numbers: four digits solid ("1930"), five or more grouped by threes ("23 355"), and every space inside a
 * number or before a unit or "%" non-breaking, so a phone never breaks "5 mg" across lines.
 */
export function checkSpanishNumbers(texts: Iterable<[string, string]>): string[] {
  const problems: string[] = [];
  for (const [where, text] of texts) {
    const four = GROUPED_FOUR.exec(text);
    if (four) problems.push(`${where}: "${four[0]}" — write four-digit numbers solid ("${four[0].replace(/\D/g, '')}")`);
    const inNumber = PLAIN_SPACE_IN_NUMBER.exec(text);
    if (inNumber && !four) problems.push(`${where}: "${inNumber[0]}" — the space inside a number must be non-breaking (U+00A0)`);
    const marked = GROUPED_WITH_MARK.exec(text);
    if (marked) problems.push(`${where}: "${marked[0]}" — group thousands with a space ("${marked[0].replace(/[.,]/, ' ')}"), not "${/,/.test(marked[0]) ? ',' : '.'}", which reads as a decimal mark`);
    const beforeUnit = PLAIN_SPACE_BEFORE_UNIT.exec(text);
    if (beforeUnit) problems.push(`${where}: "${beforeUnit[0]}" — the space before a unit or "%" must be non-breaking (U+00A0)`);
  }
  // The content check's --fix-numbers rewrites them all.
  return problems.map((p) => `${p}; --fix-numbers rewrites it`);
}

/** Make a Spanish text follow checkSpanishNumbers: solid four-digit numbers, non-breaking spaces. */
export function fixSpanishNumbers(text: string): string {
  return text
    .replace(new RegExp(GROUPED_FOUR.source, 'gu'), (m) => m.replace(/\D/g, ''))
    .replace(/(\d) (?=\d{3}(?!\d))/gu, '$1\u00a0')
    .replace(new RegExp(`(\\d) (?=${UNIT_SYMBOL})`, 'gu'), '$1\u00a0');
}
