/**
 * Build-time text transforms of our own TypeScript sources (the Vite build applies them to src/**.ts):
 *
 *   minifyCssTemplates   each css`` literal of a *.styles.ts module, minified by lightningcss (a CSS parser: no
 *                        regex guesses at where a comment or a string ends)
 *   squeezeIndentation   spaces and tabs after a newline removed: minifiers leave template literals alone, so html``
 *                        would keep its indentation; after a newline it never changes how HTML renders outside
 *                        <pre> and <textarea>, which no template of ours holds (test/node/build-transforms.test.ts)
 */
import { transform } from 'lightningcss';
import { parseSync, Visitor } from 'vite';

/** The module with every css`` literal minified; throws on CSS lightningcss rejects or a literal with a ${} in it. */
export function minifyCssTemplates(code: string, id: string): string {
  const { program, errors } = parseSync(id, code, { lang: 'ts' });
  if (errors.length) throw new Error(`${id}: ${errors[0]!.message}`);
  const edits: { start: number; end: number; text: string }[] = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      if (node.tag.type !== 'Identifier' || node.tag.name !== 'css') return;
      const [quasi, ...rest] = node.quasi.quasis;
      if (rest.length || quasi?.value.cooked == null) throw new Error(`${id}: a css\`\` literal must be plain text (no \${} or escapes)`);
      const { code: out, warnings } = transform({ filename: id, code: new TextEncoder().encode(quasi.value.cooked), minify: true });
      if (warnings.length) throw new Error(`${id}: ${warnings[0]!.message}`);
      const text = new TextDecoder().decode(out).replace(/[`\\]|\$\{/g, (c) => `\\${c}`);
      edits.push({ start: node.quasi.start, end: node.quasi.end, text: `\`${text}\`` });
    },
  }).visit(program);
  let result = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export const squeezeIndentation = (code: string): string => code.replace(/\n[ \t]+/g, '\n');
