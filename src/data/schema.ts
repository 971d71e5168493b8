import * as v from 'valibot';

/**
 * The summary format: the one source of truth for the TypeScript types and the runtime validator.
 * Every string is length-bounded so a hostile or broken file cannot blow up the page.
 */

export const SCHEMA_VERSION = 1;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'conflicting'] as const;

export const FindingSchema = v.strictObject({
  ...ClaimSchema.entries,
  evidence: v.picklist(EVIDENCE_LEVELS),
});

export const DoseSchema = v.strictObject({
  label: TextSchema,
  value: TextSchema,
  cites: v.pipe(v.array(RefId), v.maxLength(20)),
});

export const REVIEW_STATUSES = ['submitted', 'under-review', 'approved'] as const;

export const ReferenceSchema = v.strictObject({
  id: RefId,
  /** Authors, title, journal or publisher, year: plain text. */
  citation: str(600),
  pmid: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,8}$/, 'must be a PubMed ID (digits only)'))),
  doi: v.optional(v.pipe(v.string(), v.maxLength(200), v.regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz'))),
  url: v.optional(httpUrl),
});

export const SummarySchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.string()),
    schemaVersion: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
    slug: v.pipe(v.string(), v.maxLength(64), v.regex(SLUG, 'must be a slug like "k2-d3"')),
    lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag')), 'en'),
    title: TextSchema,
    subjects: v.pipe(v.array(str(80)), v.minLength(2), v.maxLength(6)),
    review: v.strictObject({
      status: v.picklist(REVIEW_STATUSES),
      lastUpdated: v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD')),
      editorialPolicyUrl: v.optional(httpUrl),
    }),
    safety: v.strictObject({ heading: TextSchema, points: v.pipe(v.array(ClaimSchema), v.minLength(1), v.maxLength(6)) }),
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
  }),
  // Cross-field rules a schema language cannot express: every citation must resolve, ids must be unique.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const ids = new Set<string>();
    dataset.value.references.forEach((r, i) => {
      if (ids.has(r.id)) addIssue({ message: `duplicate reference id "${r.id}" (at references[${i}].id)` });
      ids.add(r.id);
    });
    for (const { cites, where } of citesOf(dataset.value)) {
      for (const id of cites) {
        if (!ids.has(id)) addIssue({ message: `cites "${id}", which is not in references (at ${where})` });
      }
    }
  }),
);

export type Text = v.InferOutput<typeof TextSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Finding = v.InferOutput<typeof FindingSchema>;
export type Dose = v.InferOutput<typeof DoseSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type Summary = v.InferOutput<typeof SummarySchema>;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type Audience = 'patient' | 'clinician';

/** Every place in a summary that cites references, with a readable JSON path. */
export function* citesOf(s: Pick<Summary, 'safety' | 'guidelines' | 'research'>): Generator<{ cites: string[]; where: string }> {
  for (const [key, list] of [['safety.points', s.safety.points], ['guidelines.summary', s.guidelines.summary], ['guidelines.keyPoints', s.guidelines.keyPoints], ['guidelines.doses', s.guidelines.doses]] as const) {
    for (let i = 0; i < list.length; i++) yield { cites: list[i]!.cites, where: `${key}[${i}]` };
  }
  for (let t = 0; t < s.research.length; t++) {
    const findings = s.research[t]!.findings;
    for (let i = 0; i < findings.length; i++) yield { cites: findings[i]!.cites, where: `research[${t}].findings[${i}]` };
  }
}
