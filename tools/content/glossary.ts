/**
 * The words topics share: one Spanish term per concept across all topics, and the jargon patient wording must explain
 * where it uses it. Kept next to the shared facts (shared-facts.ts); the content check enforces both. Build time only.
 */
import type { Lang } from './shared-facts.js';

export interface GlossaryTerm {
  concept: string;
  /** The term every topic uses. */
  use: string;
  /** Other names for the same concept that a topic must not use. */
  avoid: RegExp[];
}

/** Spanish (usted, written for US Hispanic readers). */
export const SPANISH_GLOSSARY: GlossaryTerm[] = [
  { concept: 'ciprofloxacin', use: 'ciprofloxacino', avoid: [/\bciprofloxacina\b/i] },
  { concept: 'tolerable upper intake level (UL)', use: 'límite máximo', avoid: [/\blímites? superior(?:es)?\b/i, /\bnivel(?:es)? máximos?\b/i, /\bmáximo tolerable\b/i] },
  {
    concept: 'recommended dietary allowance (RDA)',
    use: 'aporte dietético recomendado',
    avoid: [/\bingesta diaria recomendada\b/i, /\bcantidad diaria recomendada\b/i, /\bIDR\b/, /\bingesta recomendada\b/i],
  },
  { concept: 'anticoagulant', use: 'anticoagulante (un medicamento que evita los coágulos)', avoid: [/\b(?:diluye|diluyen|adelgaza|adelgazan)\w* la sangre\b/i] },
  { concept: 'stroke', use: 'accidente cerebrovascular', avoid: [/\bictus\b/i, /\bderrames?\b/i] },
  { concept: 'out of reach of children', use: 'fuera del alcance de los niños', avoid: [/\bfuera de su alcance\b/i] },
  { concept: 'irregular heartbeat', use: 'latido irregular', avoid: [/\blatidos? desiguales?\b/i, /\baletea\b/i] },
  { concept: 'adds to the risk', use: 'aumentar el riesgo', avoid: [/\bsumar al riesgo\b/i] },
  { concept: 'were you told to take (past subjunctive)', use: '¿Le dijeron que tomara…?', avoid: [/\ble dijeron que tome\b/i] },
  { concept: 'about the same / more or fewer', use: 'casi igual / más o menos cantidad', avoid: [/\bmás o menos\b(?! cantidad)/i] },
];

export interface Jargon {
  /** The word as it appears in patient wording. */
  term: RegExp;
  /** What must appear in the same section to explain it: a gloss in brackets or words that say what it is. */
  explained: RegExp;
}

// A gloss right after the word: "natto (fermented soybeans)", "tetracyclines, a group of antibiotics".
const glossAfter = (word: string) => new RegExp(`${word}\\w*\\s*(?:\\(|,\\s*(?:a|an|the|which|un|una|que|el|la)\\b|:|—|–)`, 'i');

export const JARGON: Record<Lang, Jargon[]> = {
  en: [
    { term: /\bmcg\b|µg|μg/, explained: /microgram/i },
    { term: /\bIU\b/, explained: /international unit/i },
    { term: /\bnatto\b/i, explained: /soy|bean/i },
    { term: /\bsarcoidosis\b/i, explained: glossAfter('sarcoidosis') },
    { term: /\btetracyclines?\b/i, explained: /doxycycline|minocycline|antibiotic/i },
    { term: /\bquinolones?\b/i, explained: /ciprofloxacin|levofloxacin|moxifloxacin|antibiotic/i },
    { term: /\bthalass?emia\b/i, explained: glossAfter('thalass?emia') },
  ],
  es: [
    { term: /\bmcg\b|µg|μg/, explained: /microgramo/i },
    { term: /\bUI\b/, explained: /unidades internacionales/i },
    { term: /\bnatto\b/i, explained: /soja|soya/i },
    { term: /\bsarcoidosis\b/i, explained: glossAfter('sarcoidosis') },
    { term: /\btetraciclinas?\b/i, explained: /doxiciclina|minociclina|antibiótico/i },
    { term: /\bquinolonas?\b/i, explained: /ciprofloxacino|levofloxacino|moxifloxacino|antibiótico/i },
    { term: /\btalasemias?\b/i, explained: glossAfter('talasemia') },
  ],
};
