import type { Summary } from '../data/schema.js';
import { SCHEMA_VERSION } from '../data/format.js';
import type { JsonSchema } from '../data/json-schema-check.js';
import type { ValidationResult } from '../data/validate.js';
import { LoadError } from './load-error.js';
import { loadJson, schemaUrl, type LoadOptions } from './fetch-summary.js';
import { loadAddon } from './addons.js';

/**
 * What checks a file the build has not checked: the format's JSON Schema (topics/_schema.json, pinned by its hash like a
 * topic) and the validator add-on, both loaded, once per page, only when such a file comes. A topic whose bytes match
 * the hash the build recorded was checked by the build, so most readers download neither, and the script carries
 * neither.
 */
function checker(signal?: AbortSignal): Promise<(json: unknown) => ValidationResult> {
  const schema = loadJson(schemaUrl(), { slug: '_schema', signal }, (json) => json as JsonSchema);
  return Promise.all([schema, loadAddon('validate')]).then(([s, { checkSummary }]) => (json) => checkSummary(json, s));
}

/** Loads a summary, sharing one request per URL; a file the build did not pin is validated first. */
export function loadSummary(url: URL, options: LoadOptions = {}): Promise<Summary> {
  // A file named by `src` is never pinned: fetch what checks it alongside it, not after it.
  const early = options.slug ? undefined : checker(options.signal);
  early?.catch(() => {});
  return loadJson(url, options, async (json, pinned) => {
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version !== SCHEMA_VERSION) {
      throw new LoadError('unsupported-version', 'This summary is for another version of the widget.', `schemaVersion: ${String(version).slice(0, 20)}`);
    }
    if (pinned) return json as Summary;
    const result = (await (early ?? checker(options.signal)))(json);
    if (!result.ok) throw new LoadError('invalid', 'The summary file is not in the expected format.', result.problems.slice(0, 5).join('\n'));
    return result.value;
  });
}

/**
 * Checks unknown JSON against the summary format, as the element does before anything renders; problems read as
 * "json.path: message". Loads the format's schema and the validator the first time.
 */
export async function validateSummary(input: unknown): Promise<ValidationResult> {
  return (await checker())(input);
}
