import type { Lang } from '../vocabulary.js';

/**
 * The finder's own words in every card language (it loads with the add-on, so readers of pages without a finder carry
 * none); the action labels come from the card's interface strings.
 */
const STRINGS = {
  en: {
    label: 'Supplements and medicines you take',
    hint: 'Type a name, then choose it from the list or press Enter. Add as many as you like.',
    suggestions: 'Suggestions',
    chosen: 'Your list',
    remove: 'Remove',
    empty: 'Add the supplements and medicines you take to see what is known about taking them together.',
    one: '1 summary matches your list.',
    many: '{n} summaries match your list.',
    none: 'No summary matches your list.',
    notInCatalog: 'not in our catalog. This does not mean it is safe: ask your pharmacist.',
    rated: 'Rated:',
    failed: 'The list of topics could not be loaded. The links below still work.',
  },
  es: {
    label: 'Suplementos y medicamentos que toma',
    hint: 'Escriba un nombre y elíjalo de la lista o pulse Intro. Puede añadir todos los que quiera.',
    suggestions: 'Sugerencias',
    chosen: 'Su lista',
    remove: 'Quitar',
    empty: 'Añada los suplementos y medicamentos que toma para ver qué se sabe de tomarlos juntos.',
    one: '1 resumen coincide con su lista.',
    many: '{n} resúmenes coinciden con su lista.',
    none: 'Ningún resumen coincide con su lista.',
    notInCatalog: 'no está en nuestro catálogo. Eso no quiere decir que sea seguro: pregunte a su farmacéutico.',
    rated: 'Valoración:',
    failed: 'No se pudo cargar la lista de temas. Los enlaces de abajo siguen funcionando.',
  },
} satisfies { en: Record<string, string> } & Partial<Record<Lang, Record<string, string>>>;

export type FinderStrings = (typeof STRINGS)['en'];

/** A language's words, or English for a language added to the vocabulary before its words here. */
export const finderStrings = (lang: Lang): FinderStrings => (STRINGS as Partial<Record<Lang, FinderStrings>>)[lang] ?? STRINGS.en;
