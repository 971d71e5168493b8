/**
 * Content rules that hold topics to what they share: the shared facts (numbers), the warning signs, the Spanish
 * glossary, explained jargon and Spanish number typography. Build time only (see content-rules.ts).
 */
import { JARGON, SPANISH_GLOSSARY } from './glossary.js';
import type { Summary, Text } from './schema.js';
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

// A full stop ends a sentence unless it ends an abbreviation ("e.g. 100 mg").
const SENTENCE_END = /(?<=[.!?])(?<!\b(?:e\.g|i\.e|vs|cf|approx|ca|no|al|p|pp)\.)\s+|;/;

/**
 * The clauses of a text: split at sentence ends and semicolons, with each bracketed aside taken out as a clause of
 * its own (an example in brackets is not the rule the sentence states).
 */
export function clauses(text: string): string[] {
  const asides: string[] = [];
  let outer = text;
  // Innermost brackets first, so nested ones come apart too.
  for (let prev = ''; prev !== outer; ) {
    prev = outer;
    outer = outer.replace(/\(([^()]*)\)/g, (_, inner: string) => (asides.push(inner), ' '));
  }
  return [outer, ...asides].flatMap((t) => t.split(SENTENCE_END)).map((c) => c.trim()).filter(Boolean);
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
/** The numbers stated in a unit in a clause: "2 to 3 hours" gives 2 and 3; "2- or 4-hour" gives 2 and 4. */
export function numbersIn(clause: string, unit: Unit, lang: Lang): number[] {
  const key = `${unit}/${lang}`;
  let re = quantities.get(key);
  const num = `(?:${NUMBER[lang]})`;
  if (!re) quantities.set(key, (re = new RegExp(`(?<![\\d.,])(?:≥|≤|>|<)?${num}-?(?:${SPACE}*${JOIN[lang]}${SPACE}*(?:≥|≤)?${num}-?)*${SPACE}*(?:${UNITS[unit]})`, 'giu')));
  const found: number[] = [];
  for (const [match] of clause.matchAll(re)) {
    for (const [n] of match.matchAll(new RegExp(num, 'gu'))) found.push(toNumber(n, lang));
  }
  return found;
}
const toNumber = (n: string, lang: Lang) =>
  Number(lang === 'en' ? n.replaceAll(',', '') : n.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));

const appliesTo = (fact: SharedFact, clause: string, claim: string, lang: Lang) =>
  fact.terms[lang].every((t) => words(t).test(clause)) && !(fact.unlessDrug && words(SPACED_DRUG[lang]).test(claim));

// How far from "upper limit" or "or less" a number may stand and still be the limit: "the UL of 45 mg/day".
const NEAR = 30;
/** The numbers a clause states for a fact: all of them, or for a limit or an intake only those next to its words. */
function statedFor(fact: SharedFact, clause: string, unit: Unit, lang: Lang): number[] {
  if (!fact.near) return numbersIn(clause, unit, lang);
  const { after, before } = fact.near[lang];
  const found: number[] = [];
  for (const m of clause.matchAll(new RegExp(words(after).source, 'giu'))) found.push(...numbersIn(clause.slice(m.index, m.index + m[0].length + NEAR), unit, lang));
  for (const m of clause.matchAll(new RegExp(words(before).source, 'giu'))) found.push(...numbersIn(clause.slice(Math.max(0, m.index - NEAR), m.index), unit, lang));
  return found;
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
            const wrong = statedFor(fact, clause, unit, lang).filter((n) => !allowed.includes(n));
            if (wrong.length) {
              problems.push(
                `${where}.${wording}: states ${shown(wrong, unit)} for the shared fact "${fact.id}" (${shown(allowed, unit)}: ${fact.statement}) in "${clause}"`,
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
