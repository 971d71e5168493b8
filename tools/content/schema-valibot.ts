import * as v from 'valibot';
import { ACTION_LEVELS, EVIDENCE_GRADES, EVIDENCE_LEVELS, RATING_LEVELS, REVIEW_STATUSES, SCHEMA_VERSION, SLUG_PATTERN } from '../../src/data/format.js';

/**
 * The summary format: the one source of truth. `npm run schema` generates the JSON Schema (published, and used by the
 * element's validator in validate.ts) from it; the content check validates with it directly. Cross-field rules
 * (citations resolve, ids unique) live in validate.ts. The TypeScript types are written out as plain object types in
 * schema.ts, so the published declarations need no valibot; test/types/schema-types.ts checks at compile time that they
 * equal the types inferred here.
 * Every string is length-bounded so a hostile or broken file cannot blow up the page.
 */

const SLUG = SLUG_PATTERN;

const str = (max: number) => v.pipe(v.string(), v.regex(/\S/, 'must not be empty'), v.maxLength(max));

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'),
);

/** One piece of wording in both audiences. */
export const TextSchema = v.strictObject({
  patient: str(2000),
  clinician: str(2000),
});

const RefId = v.pipe(v.string(), v.regex(SLUG, 'must be a lowercase id such as "kuang-2020"'), v.maxLength(64));

/** A sentence or paragraph backed by references (cited by id, numbered by reference order). */
export const ClaimSchema = v.strictObject({
  text: TextSchema,
  cites: v.pipe(v.array(RefId), v.maxLength(20)),
});

export const FindingSchema = v.strictObject({
  ...ClaimSchema.entries,
  evidence: v.picklist(EVIDENCE_LEVELS),
});

export const DoseSchema = v.strictObject({
  label: TextSchema,
  value: TextSchema,
  cites: v.pipe(v.array(RefId), v.maxLength(20)),
});

export const ReferenceSchema = v.strictObject({
  id: RefId,
  /** Authors, title, journal or publisher, year: plain text. */
  citation: str(600),
  pmid: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,8}$/, 'must be a PubMed ID (digits only)'))),
  doi: v.optional(v.pipe(v.string(), v.maxLength(200), v.regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz'))),
  url: v.optional(httpUrl),
});

export const RatingSchema = v.strictObject({
  level: v.picklist(RATING_LEVELS),
  actionLevel: v.optional(v.picklist(ACTION_LEVELS)),
  evidence: v.optional(v.picklist(EVIDENCE_GRADES)),
  /** The action the rating calls for, e.g. "Separate doses by 4 hours". */
  action: TextSchema,
  cites: v.pipe(v.array(RefId), v.maxLength(20)),
});

const isoDate = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'));
const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(1_000_000));

/** One entry of a topic's change history: the version it made, when, what changed (one line), and if it fixed a risk. */
export const ChangeSchema = v.strictObject({
  version: count,
  date: isoDate,
  summary: str(300),
  /** A safety correction: a statement that could harm a reader was fixed. */
  safety: v.boolean(),
});

export const SummarySchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
  slug: v.pipe(v.string(), v.maxLength(64), v.regex(SLUG, 'must be a slug like "k2-d3"')),
  lang: v.optional(v.pipe(v.string(), v.maxLength(35), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag')), 'en'),
  title: TextSchema,
  subjects: v.pipe(v.array(str(80)), v.minLength(2), v.maxLength(6)),
  /**
   * Other names readers search by, in the file's language (brand names, other spellings), for finders and the catalog;
   * the card does not show them. The evidence file names where each was checked.
   */
  aliases: v.optional(v.pipe(v.array(str(60)), v.maxLength(40))),
  /**
   * Increases with every published change of the topic (each language has its own); a correction is a higher version.
   * Optional in the format; every bundled topic has one (the content check).
   */
  version: v.optional(count),
  review: v.strictObject({
    status: v.picklist(REVIEW_STATUSES),
    lastUpdated: isoDate,
    /** When a named clinician last approved it: only with status "approved". */
    lastReviewed: v.optional(isoDate),
    /** Who approved it: the named clinician, with credentials ("Ana Ruiz, PharmD"); only with status "approved". */
    reviewedBy: v.optional(str(120)),
    /** When it is due to be checked against new evidence again. */
    nextReview: v.optional(isoDate),
    editorialPolicyUrl: v.optional(httpUrl),
  }),
  /** Every published version, oldest first; the last one is `version`. */
  changes: v.optional(v.pipe(v.array(ChangeSchema), v.maxLength(100))),
  /** A topic taken down: readers see this notice and the reason instead of the card. */
  withdrawn: v.optional(v.strictObject({ date: isoDate, reason: str(600) })),
  /** What to do, in one or two short sentences per audience; shown first, always visible. */
  bottomLine: v.optional(ClaimSchema),
  /** How much the interaction matters and the action it calls for (see docs/authoring.md for the scale). */
  rating: v.optional(RatingSchema),
  safety: v.strictObject({ heading: TextSchema, points: v.pipe(v.array(ClaimSchema), v.minLength(1), v.maxLength(10)) }),
  guidelines: v.strictObject({
    summary: v.pipe(v.array(ClaimSchema), v.minLength(1), v.maxLength(10)),
    keyPoints: v.pipe(v.array(ClaimSchema), v.maxLength(20)),
    doses: v.pipe(v.array(DoseSchema), v.maxLength(20)),
  }),
  research: v.pipe(
    v.array(
      v.strictObject({
        heading: TextSchema,
        findings: v.pipe(v.array(FindingSchema), v.minLength(1), v.maxLength(20)),
      }),
    ),
    v.minLength(1),
    v.maxLength(10),
  ),
  disclaimer: TextSchema,
  references: v.pipe(v.array(ReferenceSchema), v.minLength(1), v.maxLength(100)),
});

// What valibot infers from the schema: the plain types in schema.ts must equal these (test/types/schema-types.ts).
export type Text = v.InferOutput<typeof TextSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Finding = v.InferOutput<typeof FindingSchema>;
export type Dose = v.InferOutput<typeof DoseSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type Rating = v.InferOutput<typeof RatingSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
export type Summary = v.InferOutput<typeof SummarySchema>;
