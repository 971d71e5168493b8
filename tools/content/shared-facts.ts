/**
 * Facts that several topics state: spacing between a drug class and minerals, upper limits, recommended intakes, and
 * the warning signs a topic must name. One reviewed table, so topics cannot drift apart; the content check
 * (content-rules.ts) compares every number a topic states for one of these facts with the table, in both languages.
 * Build time only: never imported by the element.
 *
 * Each fact lists the sources it was reviewed against (as recorded in the evidence files named there). To change a
 * value, change it here with its source, then every topic that states it: the check lists each one.
 */

export type Lang = 'en' | 'es';
export type Unit = 'h' | 'mg' | 'mcg' | 'IU';

/** Words that must all appear in one clause for a fact to apply there: one pattern per group, per language. */
type Terms = Record<Lang, RegExp[]>;

export interface SharedFact {
  id: string;
  kind: 'spacing' | 'upper-limit' | 'intake';
  /** What the fact says, as an author should state it. */
  statement: string;
  /** The numbers a topic may state for this fact, by unit (a range "2–3 h" states 2 and 3). */
  values: Partial<Record<Unit, number[]>>;
  terms: Terms;
  /** A spacing fact between two supplements applies only where the claim names no drug with its own rule. */
  unlessDrug?: boolean;
  /**
   * For limits and intakes: only a number right after (or, for "or less", right before) one of these words states
   * the fact; other amounts in the clause (a 50 mg tablet, a trial's dose) are not the limit.
   */
  near?: Record<Lang, { after: RegExp; before: RegExp }>;
  /** Where the value was read; the evidence file named holds the identifiers as seen. */
  sources: string[];
}

// The minerals and products that bind these drugs in the gut.
const MINERALS: Terms = {
  en: [/\b(?:calcium|iron|ferrous|magnesium|zinc|alumin(?:i)?um|antacids?|minerals?|multivitamins?|Tums|cations?|sucralfate)\b/i],
  es: [/\b(?:calcio|hierro|ferros[oa]|magnesio|zinc|aluminio|antiácidos?|minerales?|multivitamínic[oa]s?|multivitaminas?|Tums|cationes?|sucralfato)\b/i],
};
const DRUGS = {
  levothyroxine: { en: /\blevothyrox\w*|\bthyroid (?:pills?|medicines?|hormone)|\bSynthroid\b/i, es: /\blevotirox\w*|\b(?:pastillas?|medicamentos?|medicinas?) (?:para|de) (?:la )?tiroides|\bhormona tiroidea/i },
  ciprofloxacin: { en: /\bciproflox\w*|\bCipro\b/i, es: /\bciproflox\w*|\bCipro\b/i },
  moxifloxacin: { en: /\bmoxiflox\w*|\bAvelox\b/i, es: /\bmoxiflox\w*|\bAvelox\b/i },
  tetracyclines: { en: /\btetracyclin\w*|\bdoxycyclin\w*|\bminocyclin\w*/i, es: /\btetraciclin\w*|\bdoxiciclin\w*|\bminociclin\w*/i },
  bisphosphonates: { en: /\bbisphosphonat\w*|\balendron\w*|\brisedron\w*|\bibandron\w*|\bFosamax\b|\bActonel\b/i, es: /\bbisfosfonat\w*|\balendron\w*|\brisedron\w*|\bibandron\w*|\bFosamax\b|\bActonel\b/i },
  // Juluca (dolutegravir with rilpivirine) has a gap of its own, so "dolutegravir" here is the other products.
  dolutegravir: {
    en: /\bdolutegravir(?!\s*(?:[/-]|and|with|plus)\s*rilpivirine)(?![^.;]*\bJuluca\b)|\bTivicay\b|\bTriumeq\b|\bDovato\b/i,
    es: /\bdolutegravir(?!\s*(?:[/-]|y|con|más)\s*(?:la\s+)?rilpivirina)(?![^.;]*\bJuluca\b)|\bTivicay\b|\bTriumeq\b|\bDovato\b/i,
  },
  juluca: { en: /\bJuluca\b|\bdolutegravir\s*(?:[/-]|and|with|plus)\s*rilpivirine/i, es: /\bJuluca\b|\bdolutegravir\s*(?:[/-]|y|con|más)\s*(?:la\s+)?rilpivirina/i },
  bictegravir: { en: /\bbictegravir|\bBiktarvy\b/i, es: /\bbictegravir|\bBiktarvy\b/i },
} as const;
/** Any drug that has a spacing rule of its own, in either language. */
export const SPACED_DRUG: Record<Lang, RegExp> = {
  en: new RegExp(Object.values(DRUGS).map((d) => d.en.source).join('|'), 'i'),
  es: new RegExp(Object.values(DRUGS).map((d) => d.es.source).join('|'), 'i'),
};

const spacing = (drug: keyof typeof DRUGS, hours: number[], statement: string, sources: string[]): SharedFact => ({
  id: `spacing-${drug}`,
  kind: 'spacing',
  statement,
  values: { h: hours },
  terms: { en: [DRUGS[drug].en, ...MINERALS.en], es: [DRUGS[drug].es, ...MINERALS.es] },
  sources,
});

const LIMIT_NEAR = {
  en: { after: /\bupper (?:intake )?limits?\b|\bULs?\b|\bno more than\b|\bat most\b|\blimits?\b|\bmore than\b|\btolerable\b/i, before: /\bor less\b|\ba day or less\b/i },
  es: { after: /\blímites? máximos?\b|\bULs?\b|\bno más de\b|\bcomo máximo\b|\blímites?\b|\bmás de\b/i, before: /\bo menos\b/i },
};
const INTAKE_NEAR = {
  en: { after: /\bRDAs?\b|\bAIs?\b|\brecommended\b|\badequate intake\b|\bneeds?(?: only| about)?\b/i, before: /(?!)/ },
  es: { after: /\baporte dietético recomendado\b|\bRDAs?\b|\bAIs?\b|\bingesta adecuada\b|\bnecesita\w*(?: solo)?\b/i, before: /(?!)/ },
};
// The words that make a clause state a limit or an intake are the words a number must stand next to.
const either = ({ after, before }: { after: RegExp; before: RegExp }) => new RegExp(`${after.source}|${before.source}`, 'i');
const LIMIT = { en: either(LIMIT_NEAR.en), es: either(LIMIT_NEAR.es) };
const INTAKE = { en: either(INTAKE_NEAR.en), es: either(INTAKE_NEAR.es) };

const NUTRIENTS = {
  'vitamin-d': { en: /\bvitamin D(?:-?[23])?(?![\w-])|\bcholecalciferol\b/i, es: /\bvitamina D(?:-?[23])?(?![\w-])|\bcolecalciferol\b/i },
  calcium: { en: /\bcalcium\b/i, es: /\bcalcio\b/i },
  iron: { en: /\biron\b/i, es: /\bhierro\b/i },
  zinc: { en: /\bzinc\b/i, es: /\bzinc\b/i },
  copper: { en: /\bcopper\b/i, es: /\bcobre\b/i },
  magnesium: { en: /\bmagnesium\b/i, es: /\bmagnesio\b/i },
  'vitamin-c': { en: /\bvitamin C\b|\bascorbic acid\b/i, es: /\bvitamina C\b|\bácido ascórbico\b/i },
  'folic-acid': { en: /\bfolic acid\b|\bfolate\b/i, es: /\bácido fólico\b|\bfolato\b/i },
  'vitamin-b12': { en: /\b(?:vitamin )?B12\b|\bcobalamin\b/i, es: /\b(?:vitamina )?B12\b|\bcobalamina\b/i },
  'vitamin-k': { en: /\bvitamin K(?![\w-])/i, es: /\bvitamina K(?![\w-])/i },
  // Preformed vitamin A: the limit does not cover beta-carotene, so a clause about carotenes alone states no limit.
  'vitamin-a': { en: /\bvitamin A(?![\w-])|\bretinol\b|\bretinyl\b/i, es: /\bvitamina A(?![\w-])|\bretinol\b|\bretinilo\b/i },
  niacin: { en: /\bniacin\b|\bnicotinic acid\b|\bvitamin B3\b/i, es: /\bniacina\b|\bácido nicotínico\b|\bvitamina B3\b/i },
  'vitamin-b6': { en: /\bvitamin B6\b|\bB6\b|\bpyridox\w*/i, es: /\bvitamina B6\b|\bB6\b|\bpiridox\w*/i },
  iodine: { en: /\biodine\b|\biodide\b/i, es: /\byodo\b|\byoduro\b/i },
} as const;

// A limit or an intake: the nutrient and the limit's (or intake's) words in one clause, the number right next to them.
const nutrientFact =
  (kind: 'upper-limit' | 'intake') =>
  (nutrient: keyof typeof NUTRIENTS, values: SharedFact['values'], statement: string, sources: string[]): SharedFact => {
    const words = kind === 'upper-limit' ? LIMIT : INTAKE;
    return {
      id: `${kind}-${nutrient}`,
      kind,
      statement,
      values,
      terms: { en: [NUTRIENTS[nutrient].en, words.en], es: [NUTRIENTS[nutrient].es, words.es] },
      near: kind === 'upper-limit' ? LIMIT_NEAR : INTAKE_NEAR,
      sources,
    };
  };
const limit = nutrientFact('upper-limit');
const intake = nutrientFact('intake');

const IOM_2011 = 'IOM. Dietary Reference Intakes for Calcium and Vitamin D. 2011 (evidence: k2-d3, magnesium-vitd, calcium-iron)';
const IOM_2001 = 'IOM. Dietary Reference Intakes for Vitamin A, Vitamin K, … Iron, … Zinc. 2001 (evidence: vitc-iron, calcium-iron, zinc-copper, vitk-warfarin)';
const IOM_1997 = 'IOM. Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride. 1997 (evidence: magnesium-vitd)';
const IOM_2000 = 'IOM. Dietary Reference Intakes for Vitamin C, Vitamin E, Selenium, and Carotenoids. 2000 (evidence: vitc-iron)';
const IOM_1998 = 'IOM. Dietary Reference Intakes for Thiamin, … Folate, Vitamin B12, … 1998 (evidence: folic-acid-b12)';
const B6_LIMITS = 'IOM 1998 (US UL 100 mg/day, adults 19+, as pyridoxine); EFSA NDA Panel 2023 (UL 12 mg/day, adults incl. pregnancy and lactation); Food Standards Scotland (UK advice: no more than 10 mg/day from supplements, unless taken under medical advice) (evidence: vitamin-b6-high-dose)';
const IOM_2001_I = 'IOM. Dietary Reference Intakes for Vitamin A, … Iodine, … 2001, chapter 8 (UL table read in the NAP copy); RDA table not read there: 150 mcg adults and the ranges 220–250 (pregnancy) and 250–290 (lactation) read in the 2013 ATA statement; the single values 220 and 290 only in a secondary summary of the IOM values (evidence: iodine-thyroid)';
const IOM_2001_A = 'IOM. Dietary Reference Intakes for Vitamin A, … 2001, chapter 4 (µg); IU equivalent from the Medscape vitamin A monograph (evidence: vitamin-a-retinoids)';

export const SHARED_FACTS: SharedFact[] = [
  spacing('levothyroxine', [4], 'Levothyroxine and calcium, iron, magnesium or aluminium/magnesium antacids: at least 4 hours apart.', [
    'US levothyroxine prescribing information; 2014 ATA hypothyroidism guideline (evidence: minerals-levothyroxine)',
  ]),
  spacing('ciprofloxacin', [2, 6], 'Ciprofloxacin at least 2 hours before or 6 hours after products with calcium, iron, zinc, magnesium or aluminium.', [
    'US ciprofloxacin prescribing information (evidence: minerals-antibiotics, magnesium-vitd, zinc-copper)',
  ]),
  spacing('moxifloxacin', [4, 8], 'Moxifloxacin at least 4 hours before or 8 hours after products with polyvalent cations.', [
    'US moxifloxacin prescribing information (evidence: minerals-antibiotics)',
  ]),
  spacing('tetracyclines', [2, 3], 'Tetracyclines and antacids, zinc, calcium or magnesium: 2 to 3 hours or more apart; iron 3 hours before or 2 to 3 hours after.', [
    'HSE Medicines Management Programme guidance on tetracyclines (evidence: minerals-antibiotics, magnesium-vitd, zinc-copper)',
  ]),
  spacing('bisphosphonates', [3], 'Bisphosphonates (alendronate, risedronate) and calcium, iron or magnesium: at least 3 hours apart.', [
    'Magnesium product guidance: 3–4 h (evidence: magnesium-vitd); UK oral iron SmPC: at least 2 h (evidence: vitc-iron);',
    'Kalcipos-D SmPC: bisphosphonate at least 1 h before calcium (evidence: calcium-iron). The labels differ; the table keeps the shortest gap that satisfies all of them: 3 h.',
  ]),
  spacing('dolutegravir', [2, 6], 'Dolutegravir at least 2 hours before or 6 hours after antacids or supplements with polyvalent cations; with calcium or iron, also together with a meal.', [
    'US dolutegravir (Tivicay) prescribing information; Song 2015 (evidence: minerals-antibiotics)',
  ]),
  spacing('juluca', [4, 6], 'Juluca (dolutegravir with rilpivirine) at least 4 hours before or 6 hours after antacids.', [
    'Juluca product information as tabulated by the Québec HIV drug-interaction guide (evidence: minerals-antibiotics)',
  ]),
  spacing('bictegravir', [2, 6], 'Bictegravir (Biktarvy) at least 2 hours before, or 6 hours after, aluminium/magnesium antacids; with calcium or iron, together with food.', [
    'US Biktarvy prescribing information; Arora 2025 (evidence: minerals-antibiotics)',
  ]),
  {
    id: 'spacing-iron-calcium',
    kind: 'spacing',
    statement: 'Iron and calcium (supplements or calcium antacids): at least 2 hours apart.',
    values: { h: [2] },
    terms: { en: [NUTRIENTS.iron.en, NUTRIENTS.calcium.en], es: [NUTRIENTS.iron.es, NUTRIENTS.calcium.es] },
    unlessDrug: true,
    sources: ['UK oral iron SmPC; calcium carbonate product information (evidence: calcium-iron)'],
  },

  limit('vitamin-d', { IU: [4000, 3000, 2500, 1500, 1000], mcg: [100, 75, 63, 38, 25] },
    'Vitamin D upper limit: 4,000 IU (100 mcg) a day from age 9; 3,000 IU at 4–8 y; 2,500 IU at 1–3 y; 1,500 IU at 7–12 mo; 1,000 IU at 0–6 mo.', [IOM_2011]),
  limit('calcium', { mg: [2500, 2000, 3000, 1000, 1500] }, 'Calcium upper limit: 2,500 mg a day at 19–50 y, 2,000 mg at 51+ (3,000 mg at 9–18 y; 1,000–1,500 mg in infants).', [IOM_2011]),
  limit('iron', { mg: [45, 40] }, 'Iron upper limit: 45 mg a day from age 14 (40 mg below).', [IOM_2001]),
  limit('zinc', { mg: [40] }, 'Zinc upper limit: 40 mg a day for adults.', [IOM_2001]),
  limit('copper', { mg: [10] }, 'Copper upper limit: 10 mg a day for adults.', [IOM_2001]),
  limit('magnesium', { mg: [350] }, 'Magnesium upper limit (supplements and medicines only, not food): 350 mg a day from age 9.', [IOM_1997]),
  limit('vitamin-c', { mg: [2000] }, 'Vitamin C upper limit: 2,000 mg a day for adults.', [IOM_2000]),
  limit('folic-acid', { mcg: [1000], mg: [1] }, 'Folic acid upper limit (supplements and fortified food): 1,000 mcg a day for adults.', [IOM_1998]),
  limit('niacin', { mg: [35] }, 'Niacin upper limit (supplements and fortified food; critical effect flushing): 35 mg a day for adults (19 y and older).', [
    'IOM. Dietary Reference Intakes for Thiamin, … Niacin, … 1998, pp. 140 and 143 (LOAEL 50 mg/day, UF 1.5, UL 35 mg/day) (evidence: niacin-statins)',
  ]),
  limit('vitamin-a', { mcg: [3000], IU: [10000] }, 'Vitamin A upper limit (preformed vitamin A: retinol and retinyl esters, from food and supplements; not beta-carotene): 3,000 mcg (10,000 IU) a day for adults, pregnancy included.', [IOM_2001_A]),

  limit('vitamin-b6', { mg: [100, 12, 10] }, 'Vitamin B6 upper limits differ by authority: US UL (IOM 1998) 100 mg a day (adults 19+, pregnancy and lactation included, as pyridoxine; not for treatment under medical supervision); EFSA UL (2023) 12 mg a day (adults, pregnancy and lactation included); UK advice no more than 10 mg a day from supplements unless on medical advice.', [B6_LIMITS]),
  limit('iodine', { mcg: [1100, 900] }, 'Iodine upper limit: 1,100 mcg a day for adults 19+, pregnancy and breastfeeding included (900 mcg at 14–18 y). Not set for people with autoimmune thyroid disease, who may react to less.', [IOM_2001_I]),

  intake('iron', { mg: [8, 18, 27, 9, 10] }, 'Iron RDA: 8 mg men 19+, 18 mg women 19–50, 8 mg women 51+, 27 mg in pregnancy (9–10 mg while breastfeeding).', [IOM_2001]),
  intake('calcium', { mg: [1000, 1200, 1300, 700] }, 'Calcium RDA: 1,000 mg at 19–50 y and men 51–70, 1,200 mg women 51+ and men 71+ (1,300 mg at 9–18 y; 700 mg at 1–3 y).', [IOM_2011]),
  intake('vitamin-d', { IU: [600, 800, 400], mcg: [15, 20, 10] }, 'Vitamin D RDA: 600 IU (15 mcg) at 1–70 y, 800 IU (20 mcg) at 71+ (infants: AI 400 IU, 10 mcg).', [IOM_2011]),
  intake('magnesium', { mg: [400, 420, 310, 320, 350, 360] }, 'Magnesium RDA: 400/420 mg men, 310/320 mg women (19–30 / 31+); pregnancy 350/360 mg.', [IOM_1997]),
  intake('vitamin-c', { mg: [90, 75, 35] }, 'Vitamin C RDA: 90 mg men, 75 mg women (smokers +35 mg).', [IOM_2000]),
  intake('zinc', { mg: [11, 8] }, 'Zinc RDA: 11 mg men, 8 mg women.', [IOM_2001]),
  intake('vitamin-b12', { mcg: [2.4, 2.6, 2.8] }, 'Vitamin B12 RDA: 2.4 mcg adults (2.6 pregnancy, 2.8 breastfeeding).', [IOM_1998]),
  intake('folic-acid', { mcg: [400, 600, 500] }, 'Folate RDA: 400 mcg DFE adults (600 pregnancy, 500 breastfeeding).', [IOM_1998]),
  intake('vitamin-k', { mcg: [120, 90] }, 'Vitamin K adequate intake: 120 mcg men, 90 mcg women.', [IOM_2001]),
  intake('iodine', { mcg: [150, 220, 250, 290] }, 'Iodine RDA: 150 mcg adults; the 2013 ATA statement gives 220–250 mcg in pregnancy and 250–290 mcg while breastfeeding (the single IOM values 220 and 290 were seen only in a secondary summary, not in the IOM copy).', [IOM_2001_I]),
];

/**
 * Warning signs a topic whose risk can show as symptoms must name in its safety block, in both wordings and both
 * languages: at least `min` of the signs, and what to do (`act`).
 */
export interface RedFlags {
  id: string;
  /** The topics whose risk can show as these symptoms. */
  topics: string[];
  min: number;
  signs: Record<Lang, RegExp[]>;
  act: Record<Lang, RegExp>;
  sources: string[];
}

const ACT = {
  en: /\b(?:call|get (?:emergency|medical) (?:help|care)|go to|seek|see (?:a|your) (?:doctor|clinician)|contact|emergency|911|urgent|promptly|right away|at once)\b/i,
  es: /\b(?:llame|llamar|busque|acuda|vaya|consulte|hable|emergencia|urgencias?|911|de inmediato|enseguida|cuanto antes|pronto)\b/i,
};

export const RED_FLAGS: RedFlags[] = [
  {
    id: 'bleeding',
    topics: ['vitk-warfarin', 'omega3-anticoagulants', 'turmeric-anticoagulants', 'ginkgo-antiplatelets'],
    min: 3,
    signs: {
      en: [/\bbruis/i, /\bgums?\b/i, /\bnose ?bleeds?\b|\bepistaxis\b/i, /\burine\b|\bhematuria\b/i, /\bstools?\b|\bpoop\b|\bbowel|\bmelena\b/i, /\bvomit|\bhematemesis\b/i, /\bcough|\bhemoptysis\b/i, /\bheadache/i, /\bheav(?:y|ier) periods?\b|\bmenstrua|\bvaginal bleeding\b/i],
      es: [/\bmoret|\bmoratón|\bhematoma/i, /\bencías?\b/i, /\bnariz\b|\bepistaxis\b/i, /\borina\b|\bhematuria\b/i, /\bheces\b|\bevacuaciones\b|\bexcremento|\bmelena\b/i, /\bvómit|\bhematemesis\b/i, /\btos\b|\btosa\b|\bhemoptisis\b/i, /\bdolor de cabeza\b|\bcefalea\b/i, /\bmenstrua|\breglas?\b|\bsangrado vaginal\b/i],
    },
    act: ACT,
    sources: ['US warfarin prescribing information / Medication Guide; MedlinePlus (evidence: vitk-warfarin, omega3-anticoagulants); Rotherham NHS Foundation Trust (evidence: turmeric-anticoagulants, ginkgo-antiplatelets)'],
  },
  {
    id: 'clot',
    topics: ['vitk-warfarin'],
    min: 3,
    signs: {
      en: [/\blegs?\b|\bcalf\b/i, /\bshort(?:ness)? of breath\b|\bbreath(?:ing)?\b/i, /\bchest\b/i, /\bface\b|\bdroop/i, /\barms?\b|\bweakness\b/i, /\btrouble (?:speaking|talking)\b|\bslurred\b|\bspeech\b/i],
      es: [/\bpiernas?\b|\bpantorrilla/i, /\bfalta de aire\b|\brespir/i, /\bpecho\b/i, /\bcara\b/i, /\bbrazos?\b|\bdebilidad\b/i, /\b(?:problemas|dificultad) para hablar\b|\bhabla arrastrada\b/i],
    },
    act: ACT,
    sources: ['US warfarin prescribing information; MedlinePlus (evidence: vitk-warfarin)'],
  },
  {
    id: 'high-calcium',
    topics: ['k2-d3', 'magnesium-vitd', 'calcium-vitd-thiazides'],
    min: 3,
    signs: {
      en: [/thirst/i, /urinat|pee|urine/i, /nausea|vomit|sick to your stomach/i, /constipat/i, /confus/i, /weak|tired/i, /appetite/i],
      es: [/sed\b/i, /orin/i, /náusea|vómit|asco/i, /estreñ/i, /confus/i, /debilidad|cansancio|débil|cansad/i, /apetito/i],
    },
    act: ACT,
    sources: ['NIH ODS vitamin D fact sheet; IOM 2011 (evidence: k2-d3, magnesium-vitd); Medscape hypercalcemia clinical presentation and RCEMLearning signs of hypercalcaemia (evidence: calcium-vitd-thiazides)'],
  },
  {
    id: 'high-magnesium',
    topics: ['magnesium-vitd'],
    min: 3,
    signs: {
      en: [/nausea|vomit/i, /flush/i, /drows|sleepy/i, /weak/i, /heartbeat|heart rate|heart beat/i, /blood pressure/i, /breath/i],
      es: [/náusea|vómit/i, /enrojec|sofoc|rubor/i, /somnolen|sueño/i, /debilidad|débil/i, /latido|ritmo cardíaco|corazón/i, /presión/i, /respir/i],
    },
    act: ACT,
    sources: ['NIH ODS magnesium fact sheet; IOM 1997 (evidence: magnesium-vitd)'],
  },
  {
    id: 'high-potassium',
    topics: ['potassium-ace-inhibitors'],
    min: 3,
    signs: {
      en: [/weak/i, /numb|tingl/i, /nausea|vomit/i, /heartbeat|heart rate|heart beat|palpitation/i, /chest/i, /breath/i, /tired|fatigue/i],
      es: [/debilidad|débil/i, /entumec|hormigueo/i, /náusea|vómit/i, /latido|ritmo cardíaco|corazón|palpitacion/i, /pecho/i, /respir|falta de aire/i, /cansancio|cansad/i],
    },
    act: ACT,
    sources: ['Drug labels and MedlinePlus (evidence: potassium-ace-inhibitors)'],
  },
  {
    // Statin muscle injury (myopathy, rhabdomyolysis), the harm grapefruit can add to with simvastatin or lovastatin. Only
    // the three signs the source lists (fever or tiredness are not among them), so a topic must name all three.
    id: 'muscle',
    topics: ['grapefruit-statins'],
    min: 3,
    signs: {
      en: [/\bmuscle (?:pain|aches?|soreness|cramps?|cramping)|\bmyalgia|\bmuscles? (?:hurt|ache|are sore)/i, /\bweak/i, /\b(?:dark|cola)[- ]?(?:colou?red )?(?:urine|pee)\b|\bmyoglobinuria/i],
      es: [/\bdolor(?:es)? (?:muscular(?:es)?|de los músculos|en los músculos)|\bmialgia|\bcalambres?/i, /\bdebilidad|\bdébil/i, /\borina (?:oscura|de color (?:café|cola|oscuro))|\bmioglobinuria/i],
    },
    act: ACT,
    sources: [
      'Mayo Clinic expert answer on rhabdomyolysis from statins: serious muscle pain, soreness and cramping; muscle weakness; dark or cola-colored urine; stop the statin and seek care right away (mild muscle pain: contact the clinician) (evidence: grapefruit-statins)',
    ],
  },
  {
    id: 'high-vitamin-a',
    topics: ['vitamin-a-retinoids'],
    min: 3,
    signs: {
      en: [/headache/i, /blurr|vision/i, /nausea|vomit|sick to your stomach|throw up/i, /dizz|vertigo/i, /yellow|jaundice/i, /dark urine|dark pee/i, /drows|sleepy/i],
      es: [/dolor de cabeza|cefalea/i, /borros|visión|vista/i, /náusea|vómit/i, /mare|vértigo/i, /amarill|ictericia/i, /orina oscura/i, /somnolen|sueño/i],
    },
    act: ACT,
    sources: ['LiverTox: Vitamin A; Drugs.com professional monograph on retinoids with vitamin A (evidence: vitamin-a-retinoids)'],
  },
  {
    // Reduced contraceptive cover: breakthrough bleeding, then the early signs of pregnancy; the action is a pregnancy
    // test and a call to the doctor or nurse.
    id: 'contraceptive-failure',
    topics: ['st-johns-wort-contraceptives'],
    min: 3,
    signs: {
      en: [/\bbleeding (?:or spotting )?between periods\b|\bspotting\b|\bbreakthrough bleeding\b/i, /\bmissed (?:a )?period\b|\blate period\b/i, /\bfeeling sick\b|\bsick to your stomach\b|\bnausea\b/i, /\b(?:sore|tender) breasts?\b|\bbreast tenderness\b/i],
      es: [/\bsangrado (?:o manchado )?entre (?:las )?reglas\b|\bmanchado\b|\bsangrado intermenstrual\b/i, /\bfalta (?:de )?(?:la )?regla\b|\bregla (?:se )?retras/i, /\bnáusea|\bganas de vomitar\b/i, /\b(?:pechos|senos) (?:adoloridos|sensibles|doloridos)\b|\bsensibilidad (?:en los|de los|mamaria)/i],
    },
    act: ACT,
    sources: ['MHRA Drug Safety Update 2014; Pfrunder 2003; nidirect "Signs of pregnancy" (evidence: st-johns-wort-contraceptives)'],
  },
  {
    // Statin-type muscle injury (myopathy, rhabdomyolysis) and liver injury: the harms of red yeast rice, whose
    // monacolin K is lovastatin, taken on top of a statin or with a drug that raises lovastatin levels.
    id: 'muscle-liver',
    topics: ['red-yeast-rice-statins', 'niacin-statins'],
    min: 3,
    signs: {
      en: [/\bmuscle (?:pain|aches?|soreness|cramps?|tenderness)|\bmyalgia|\bmuscles? (?:hurt|ache|are sore)/i, /\bweak/i, /\b(?:dark|cola|brown|tea)[- ]?(?:colou?red )?(?:urine|pee)\b|\bmyoglobinuria/i, /\bfever/i, /\btired|\bfatigue/i, /\byellow(?:ing)? (?:skin|eyes)|\byellow(?:ing)? of (?:the )?(?:skin|eyes)|\bjaundice/i],
      es: [/\bdolor(?:es)? (?:muscular(?:es)?|de (?:los )?músculos|en los músculos)|\bmialgia|\bcalambres?/i, /\bdebilidad|\bdébil/i, /\borina (?:oscura|de color)|\bmioglobinuria/i, /\bfiebre/i, /\bcansancio|\bcansad/i, /\bpiel (?:o (?:los )?ojos )?amarill|\bojos amarill|\bcolor amarillo|\bictericia/i],
    },
    act: ACT,
    sources: [
      'Red yeast rice patient drug information (Krames, dated July 17, 2018; read in a health system\'s licensed copy, not linked): report dark urine, fever, muscle cramps or pain, unusual weakness or tiredness, yellowing of the eyes or skin as soon as possible (evidence: red-yeast-rice-statins, F14)',
    ],
  },
  {
    id: 'low-magnesium',
    topics: ['magnesium-ppis'],
    min: 3,
    signs: {
      en: [/spasm|tetany/i, /tremor|shak/i, /heartbeat|heart rate|heart beat|heart rhythm|palpitation/i, /seizure|convulsion/i, /dizz|lightheaded/i, /tired|fatigue/i, /confus|delirium/i],
      es: [/espasm|tetania/i, /temblor/i, /latido|ritmo cardíaco|corazón|palpitaci[oó]n/i, /convulsi/i, /mare/i, /cansancio|cansad|fatiga/i, /confus|delirio/i],
    },
    act: ACT,
    sources: ['FDA patient podcast on PPIs (2011): muscle spasm, tremor, racing or irregular heartbeat, palpitations, convulsions; in children fatigue, dizziness, lightheadedness; MHRA Drug Safety Update (April 2012): fatigue, tetany, delirium, convulsions, dizziness, ventricular arrhythmia (evidence: magnesium-ppis)'],
  },
  {
    id: 'nerve-signs',
    topics: ['folic-acid-b12', 'zinc-copper'],
    min: 3,
    signs: {
      en: [/numb/i, /tingl|pins and needles/i, /walk|balance|unsteady/i, /memory|confus|thinking/i, /weak/i, /tongue/i],
      es: [/entumec|adormec/i, /hormigueo/i, /caminar|equilibrio|andar/i, /memoria|confus/i, /debilidad|débil/i, /lengua/i],
    },
    act: ACT,
    sources: ['NIH ODS vitamin B12 and copper fact sheets; IOM 1998 (evidence: folic-acid-b12, zinc-copper)'],
  },
  {
    // Acute liver injury from concentrated green tea extract (EGCG): the three symptoms named in the USP cautionary label,
    // so a topic must name all three.
    id: 'liver-injury',
    topics: ['green-tea-extract-liver'],
    min: 3,
    signs: {
      en: [/\b(?:abdominal|belly|stomach|tummy) (?:pain|ache)|\bpain in (?:the|your) (?:belly|abdomen|stomach)/i, /\bdark (?:urine|pee)\b/i, /\byellow(?:ing)? (?:skin|eyes)|\byellow(?:ing)? of (?:the )?(?:skin|eyes)|\bjaundice/i],
      es: [/\bdolor (?:abdominal|de (?:barriga|vientre|estómago|panza)|en (?:el|la) (?:vientre|barriga|abdomen|panza))/i, /\borina oscura/i, /\bpiel (?:o (?:los )?ojos )?amarill|\bojos amarill|\bcolor amarillo|\bictericia/i],
    },
    act: ACT,
    sources: [
      'USP cautionary label for powdered decaffeinated green tea extract, quoted in Oketch-Rabah et al., Toxicol Rep 2020 (PubMed 32140423): discontinue use and consult a healthcare practitioner if you develop symptoms of liver trouble, such as abdominal pain, dark urine, or jaundice (yellowing of the skin or eyes) (evidence: green-tea-extract-liver)',
    ],
  },
  {
    // Iodine-induced thyroid dysfunction can go either way: an overactive thyroid (Jod-Basedow) or an underactive one
    // (failure to escape the Wolff–Chaikoff effect). A topic names at least three signs across the two.
    id: 'thyroid',
    topics: ['iodine-thyroid'],
    min: 3,
    signs: {
      en: [/\b(?:fast|racing|pounding|rapid)(?: or (?:uneven|irregular|pounding))? heart(?:beat)?|\bheart (?:races|pounds)|\bpalpitation|\btachycardia/i, /\bshak|\btremor/i, /\btrouble sleeping|\binsomnia|\bsleep problems/i, /\bnervous|\banxi/i, /\bweight loss|\blos(?:e|ing) weight/i, /\bsweat|\bfeel(?:ing)? (?:too )?hot|\bheat\b/i, /\bvery tired|\btiredness|\bfatigue/i, /\bfeel(?:ing)? (?:very |too )?cold|\bcold\b/i, /\bweight gain|\bgain(?:ing)? weight/i, /\bswelling (?:in|of|at) (?:the )?(?:front of (?:the|your) )?neck|\bgoiter|\bgoitre/i],
      es: [/\blatidos? (?:rápidos?|acelerados?|fuertes?)|\bcorazón (?:late|va) (?:muy )?(?:rápido|fuerte)|\bpalpitaci|\btaquicardia/i, /\btembl/i, /\b(?:problemas|dificultad) para dormir|\binsomnio/i, /\bnervios|\bansi/i, /\bpérdida de peso|\bperder peso|\bbaja(?:r)? de peso/i, /\bsud(?:or|ar)|\bcalor\b/i, /\bmuy cansad|\bcansancio|\bfatiga/i, /\bfrío\b/i, /\b(?:aumento|subida) de peso|\bsubir de peso|\bengordar/i, /\bhinchazón (?:en|de) (?:la parte delantera del )?cuello|\bbocio/i],
    },
    act: ACT,
    sources: [
      'Case reports of kelp-related hyperthyroidism: tachycardia, insomnia, anxiety, weight loss (Gherbon 2019); palpitations, sleep disturbance, fatigue (Endocrine Abstracts 2010;21:P29); general symptom lists (tremor, nervousness, weight loss; tiredness, cold sensitivity, weight gain, goiter) from Mayo Clinic pages read only in reproductions, so not cited on the card (evidence: iodine-thyroid)',
    ],
  },
];
