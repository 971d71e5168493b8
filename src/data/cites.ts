import type { Summary } from './schema.js';

// Kept apart from tools/content/schema-valibot.ts so the element can use it without pulling the schema library into the bundle.
/** Every place in a summary that cites references, with a readable JSON path. */
export function* citesOf(
  s: Pick<Summary, 'bottomLine' | 'rating' | 'safety' | 'guidelines' | 'research'>,
): Generator<{ cites: string[]; where: string }> {
  if (s.bottomLine) yield { cites: s.bottomLine.cites, where: 'bottomLine' };
  if (s.rating) yield { cites: s.rating.cites, where: 'rating' };
  for (const [key, list] of [['safety.points', s.safety.points], ['guidelines.summary', s.guidelines.summary], ['guidelines.keyPoints', s.guidelines.keyPoints], ['guidelines.doses', s.guidelines.doses]] as const) {
    for (let i = 0; i < list.length; i++) yield { cites: list[i]!.cites, where: `${key}[${i}]` };
  }
  for (let t = 0; t < s.research.length; t++) {
    const findings = s.research[t]!.findings;
    for (let i = 0; i < findings.length; i++) yield { cites: findings[i]!.cites, where: `research[${t}].findings[${i}]` };
  }
}
