/**
 * A small validator for the JSON Schema subset our generated schema uses (type, properties, required,
 * additionalProperties, items, min/max items and length, pattern, enum, const, format: date, integer with minimum and
 * maximum, boolean, $ref to $defs, default).
 * Far smaller than a schema library, and it reads the schema generated from tools/content/schema-valibot.ts, so the rules live
 * in one place. One rule of its own applies to every string: no characters that change what a reader sees without
 * being seen (see INVISIBLE).
 */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/**
 * Bidi embeddings, overrides, isolates and marks (they can reorder "2 mg" into "gm 2", or hide a word), zero-width
 * characters, every other invisible format character (Unicode category Cf), and control characters other than tab and
 * line breaks.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const INVISIBLE = /[\p{Cf}\0-\x08\v\f\x0e-\x1f\x7f-\x9f]/u;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const patterns = new Map<string, RegExp>();

/** Problems as "json.path: message"; applies `default`s to missing properties of valid objects. */
export function checkJson(root: JsonSchema, value: unknown): string[] {
  const problems: string[] = [];
  const visit = (schema: JsonSchema, v: unknown, path: string): void => {
    if (schema.$ref) schema = root.$defs![schema.$ref.slice(8)]!; // "#/$defs/".length
    const fail = (message: string) => problems.push(`${path || '(root)'}: ${message}`);
    if ('const' in schema && v !== schema.const) return void fail(`must be ${JSON.stringify(schema.const)}`);
    if (schema.enum && !schema.enum.includes(v)) return void fail(`must be one of ${schema.enum.join(', ')}`);
    const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
    switch (schema.type) {
      case 'object': {
        if (!v || typeof v !== 'object' || Array.isArray(v)) return void fail('must be an object');
        const o = v as Record<string, unknown>;
        // Own properties only, on both sides: JSON.parse makes "__proto__", "constructor" or "toString" ordinary own
        // keys, and `key in` or `properties[key]` would find Object.prototype's members and wave them through.
        const properties = schema.properties ?? {};
        for (const key of schema.required ?? []) if (!Object.hasOwn(o, key)) problems.push(`${at(key)}: is required`);
        for (const [key, child] of Object.entries(properties)) {
          if (Object.hasOwn(o, key)) visit(child, o[key], at(key));
          else if ('default' in child) o[key] = child.default;
        }
        if (schema.additionalProperties === false) {
          for (const key of Object.keys(o)) if (!Object.hasOwn(properties, key)) problems.push(`${at(key)}: is not a known field`);
        }
        return;
      }
      case 'array': {
        if (!Array.isArray(v)) return void fail('must be a list');
        if (v.length < (schema.minItems ?? 0)) fail(`needs at least ${schema.minItems} item(s)`);
        if (v.length > (schema.maxItems ?? Infinity)) fail(`allows at most ${schema.maxItems} item(s)`);
        if (schema.items) v.forEach((item, i) => visit(schema.items!, item, at(i)));
        return;
      }
      case 'integer':
        if (!Number.isInteger(v)) return void fail('must be a whole number');
        if ((v as number) < (schema.minimum ?? -Infinity) || (v as number) > (schema.maximum ?? Infinity)) fail(`must be from ${schema.minimum} to ${schema.maximum}`);
        return;
      case 'boolean':
        if (typeof v !== 'boolean') fail('must be true or false');
        return;
      case 'string': {
        if (typeof v !== 'string') return void fail('must be text');
        if (v.length < (schema.minLength ?? 0)) fail(`must be at least ${schema.minLength} characters`);
        if (v.length > (schema.maxLength ?? Infinity)) fail(`must be at most ${schema.maxLength} characters`);
        if (schema.pattern) {
          let re = patterns.get(schema.pattern);
          if (!re) patterns.set(schema.pattern, (re = new RegExp(schema.pattern, 'u')));
          if (!re.test(v)) fail(`must match ${schema.pattern}`);
        }
        if (schema.format === 'date' && !DATE.test(v)) fail('must be a date as YYYY-MM-DD');
        const hidden = INVISIBLE.exec(v)?.[0];
        if (hidden) fail(`contains U+${hidden.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, an invisible or text-direction character; remove it`);
        return;
      }
    }
  };
  visit(root, value, '');
  return problems;
}
