import * as v from 'valibot';
import { SummarySchema, type Summary } from './schema.js';

export type ValidationResult = { ok: true; value: Summary } | { ok: false; problems: string[] };

/** Checks unknown JSON against the summary format; problems read as "json.path: message". */
export function validateSummary(input: unknown): ValidationResult {
  const result = v.safeParse(SummarySchema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: result.issues.map(formatIssue) };
}

function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
