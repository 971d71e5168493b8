/**
 * The summary format's TypeScript types, written out as plain object types: the published declarations (dist/*.d.ts) are
 * built from them and need nothing else installed. The format itself (lengths, patterns, the JSON Schema) is the valibot
 * schema in tools/content/schema-valibot.ts; test/types/schema-types.ts fails the type check when these and the types valibot infers
 * from it differ in any way.
 */
import type { ACTION_LEVELS, EVIDENCE_GRADES, EVIDENCE_LEVELS, RATING_LEVELS, REVIEW_STATUSES } from './format.js';

export { ACTION_LEVELS, EVIDENCE_GRADES, EVIDENCE_LEVELS, RATING_LEVELS, REVIEW_STATUSES, SCHEMA_VERSION } from './format.js';

export type Audience = 'patient' | 'clinician';
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export type RatingLevel = (typeof RATING_LEVELS)[number];
export type ActionLevel = (typeof ACTION_LEVELS)[number];
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** One piece of wording in both audiences. */
export type Text = {
  patient: string;
  clinician: string;
};

/** A sentence or paragraph backed by references (cited by id, numbered by reference order). */
export type Claim = {
  text: Text;
  /** Reference ids, e.g. `kuang-2020`. */
  cites: string[];
};

/** A research finding, labelled with the strength of its evidence. */
export type Finding = {
  text: Text;
  cites: string[];
  evidence: EvidenceLevel;
};

export type Dose = {
  label: Text;
  value: Text;
  cites: string[];
};

export type Reference = {
  /** Lowercase id that claims cite, e.g. `kuang-2020`. */
  id: string;
  /** Authors, title, journal or publisher, year: plain text. */
  citation: string;
  /** PubMed ID (digits only). */
  pmid?: string | undefined;
  /** DOI such as `10.1000/xyz`. */
  doi?: string | undefined;
  /** http(s) URL. */
  url?: string | undefined;
};

/**
 * The interaction rated on separate axes (docs/rating.md): what it calls for (`actionLevel`), how certain the evidence is
 * (`evidence`) and how serious its outcome can be (`level`), with the action in words. Bundled topics carry all three;
 * scripts before the two axes show `level` alone.
 */
export type Rating = {
  level: RatingLevel;
  actionLevel?: ActionLevel | undefined;
  evidence?: EvidenceGrade | undefined;
  /** The action the rating calls for, e.g. "Separate doses by 4 hours". */
  action: Text;
  cites: string[];
};

/** One entry of a topic's change history. */
export type Change = {
  /** The version this change made. */
  version: number;
  /** YYYY-MM-DD. */
  date: string;
  /** What changed, in one line, in the topic's language. */
  summary: string;
  /** A safety correction: a statement that could harm a reader was fixed. */
  safety: boolean;
};

/** One topic: every text in patient and clinician wording, claims citing references by id. */
export type Summary = {
  $schema?: string | undefined;
  /** The format version (1). */
  schemaVersion: 1;
  /** The topic's slug, e.g. `k2-d3`. */
  slug: string;
  /** Language tag; `en` when the file does not say. */
  lang: string;
  title: Text;
  subjects: string[];
  /**
   * Other names readers search by, in the file's language (brand names, other spellings), for finders and the catalog;
   * the card does not show them. The evidence file names where each was checked.
   */
  aliases?: string[] | undefined;
  /** Increases with every published change (each language has its own). */
  version?: number | undefined;
  review: {
    status: ReviewStatus;
    /** YYYY-MM-DD. */
    lastUpdated: string;
    /** YYYY-MM-DD: when a named clinician last approved it (only with status `approved`). */
    lastReviewed?: string | undefined;
    /** The clinician who approved it, with credentials (only with status `approved`). */
    reviewedBy?: string | undefined;
    /** YYYY-MM-DD: when it is due to be checked against new evidence again. */
    nextReview?: string | undefined;
    editorialPolicyUrl?: string | undefined;
  };
  /** Every published version, oldest first; the last one is `version`. */
  changes?: Change[] | undefined;
  /** A topic taken down: readers see this notice and the reason instead of the card. */
  withdrawn?: { date: string; reason: string } | undefined;
  /** What to do, in one or two short sentences per audience; shown first, always visible. */
  bottomLine?: Claim | undefined;
  /** How much the interaction matters and the action it calls for. */
  rating?: Rating | undefined;
  safety: { heading: Text; points: Claim[] };
  guidelines: { summary: Claim[]; keyPoints: Claim[]; doses: Dose[] };
  research: { heading: Text; findings: Finding[] }[];
  disclaimer: Text;
  references: Reference[];
};
