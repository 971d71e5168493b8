import type { Lang } from '../vocabulary.js';

/**
 * The hosted pages' own words, and the link prerendered snippets give readers without JavaScript to them (the card
 * brings its own words, from src/i18n and topics/<lang>/_ui.json). Build time and the demo only: never in the script.
 */
const STRINGS = {
  en: {
    siteName: 'Nutrient interactions',
    catalogTitle: 'Nutrient and medicine interactions: all topics',
    catalogIntro: 'Short summaries of how a supplement and a medicine, or two supplements, affect each other. Each has a version for patients and one for healthcare professionals, with its sources.',
    byTitle: 'All topics',
    bySubject: 'By supplement or medicine',
    // The link to this language's version of a page, in this language.
    readIn: 'Read in English',
    patientPage: 'Wording for patients and caregivers',
    clinicianPage: 'Wording for healthcare professionals',
    print: 'Print for your appointment',
    history: 'Change history',
    version: 'Version',
    safety: 'Safety correction',
    share: 'Put this summary on your site',
    shareLink: 'Paste the address of this page on a line of its own in WordPress, Ghost or another editor that shows embedded content, and it shows the card.',
    shareSnippet: 'Or paste this code where your site allows HTML with a script:',
    shareIframe: 'Where only an iframe is allowed:',
    shareMore: 'More ways, including a WordPress plugin',
    handoutTitle: 'For your appointment',
    handoutIntro: 'Take this page to your doctor, nurse or pharmacist. Write your questions and their answers in the box at the end.',
    handoutPrintButton: 'Print this page',
    handoutNoScript: "Use your browser's Print command to print this page.",
    notes: 'Notes from your appointment',
    current: 'The current version, with its sources, is at',
    printedVersion: 'This printout is version',
    back: 'Back to the summary',
    allTopics: 'All topics',
    embedTitle: 'Summary:',
    currentLink: 'See the latest version of this summary',
  },
  es: {
    siteName: 'Interacciones de nutrientes',
    catalogTitle: 'Interacciones entre nutrientes y medicamentos: todos los temas',
    catalogIntro: 'Resúmenes breves de cómo un suplemento y un medicamento, o dos suplementos, se afectan entre sí. Cada uno tiene una versión para pacientes y otra para profesionales de la salud, con sus fuentes.',
    byTitle: 'Todos los temas',
    bySubject: 'Por suplemento o medicamento',
    readIn: 'Leer en español',
    patientPage: 'Versión para pacientes y cuidadores',
    clinicianPage: 'Versión para profesionales de la salud',
    print: 'Imprimir para su cita',
    history: 'Historial de cambios',
    version: 'Versión',
    safety: 'Corrección de seguridad',
    share: 'Publique este resumen en su sitio',
    shareLink: 'Pegue la dirección de esta página en una línea aparte en WordPress, Ghost u otro editor que muestre contenido incrustado, y se verá la tarjeta.',
    shareSnippet: 'O pegue este código donde su sitio permita HTML con un script:',
    shareIframe: 'Donde solo se permite un iframe:',
    shareMore: 'Más formas, incluido un plugin de WordPress',
    handoutTitle: 'Para su cita',
    handoutIntro: 'Lleve esta página a su médico, enfermera o farmacéutico. Anote sus preguntas y las respuestas en el recuadro del final.',
    handoutPrintButton: 'Imprimir esta página',
    handoutNoScript: 'Use la opción Imprimir de su navegador para imprimir esta página.',
    notes: 'Notas de su cita',
    current: 'La versión actual, con sus fuentes, está en',
    printedVersion: 'Esta copia impresa es la versión',
    back: 'Volver al resumen',
    allTopics: 'Todos los temas',
    embedTitle: 'Resumen:',
    currentLink: 'Vea la versión más reciente de este resumen',
  },
} satisfies { en: Record<string, string> } & Partial<Record<Lang, Record<string, string>>>;

export type SiteStrings = (typeof STRINGS)['en'];

/** A language's words, or English for a language added to the vocabulary before its words here (as for a topic). */
export const siteStrings = (lang: Lang): SiteStrings => (STRINGS as Partial<Record<Lang, SiteStrings>>)[lang] ?? STRINGS.en;
