/**
 * Spanish readability for the content check (build time only). INFLESZ (Barrio-Cantalejo et al., 2008) is the
 * Szigriszt-Pazos perspicuity index read on a scale validated for health texts:
 *   P = 206.835 − 62.3 × syllables/words − words/sentences
 * < 40 muy difícil · 40–55 algo difícil · 55–65 normal · 65–80 bastante fácil · ≥ 80 muy fácil.
 */

/** The lowest INFLESZ score that still reads "bastante fácil". */
export const MIN_PATIENT_INFLESZ = 65;

export const INFLESZ_BANDS = [
  [80, 'muy fácil'],
  [65, 'bastante fácil'],
  [55, 'normal'],
  [40, 'algo difícil'],
  [-Infinity, 'muy difícil'],
] as const;

export const infleszBand = (score: number): string => INFLESZ_BANDS.find(([min]) => score >= min)![1];

// Open (strong) vowels, and closed vowels carrying a written accent, which break a diphthong (hiatus: "dí-a").
const STRONG = new Set('aeoáéóíú');
const VOWEL = /[aeiouáéíóúü]/;

/**
 * Syllables of one Spanish word by its vowel nuclei: two strong vowels side by side are two syllables, a weak
 * (i, u, ü) next to any vowel joins it. The silent u of que/qui/gue/gui is not a vowel. Tokens without vowels
 * (numbers, unit symbols) are read aloud as words, so they count as two syllables.
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/([qg])u(?=[eéií])/g, '$1');
  let count = 0;
  let previous = '';
  for (const c of w) {
    if (!VOWEL.test(c)) {
      previous = '';
      continue;
    }
    if (!previous || (STRONG.has(previous) && STRONG.has(c))) count++;
    previous = c;
  }
  if (count) return count;
  return w === 'y' ? 1 : 2;
}

const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,/-]*/gu)?.map((w) => w.replace(/[.,]+$/, '')) ?? [];

// "¿…?" and "¡…!" are one sentence each; a full stop inside a number (2.5) is not an end.
const sentences = (text: string) => text.split(/[.!?;]+(?=\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s));

/** INFLESZ score of a Spanish text (higher is easier). */
export function inflesz(text: string): number {
  const w = words(text);
  const s = sentences(text);
  if (!w.length || !s.length) return 100;
  const syllables = w.reduce((n, word) => n + spanishSyllables(word), 0);
  return 206.835 - 62.3 * (syllables / w.length) - w.length / s.length;
}
