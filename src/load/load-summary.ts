import type { Summary } from '../data/schema.js';
import { SCHEMA_VERSION } from '../data/format.js';
import type { JsonSchema } from '../data/json-schema-check.js';
import { checkSummary, type ValidationResult } from '../data/validate.js';
import { LoadError } from './load-error.js';
import { loadJson, schemaUrl, type LoadOptions } from './fetch-summary.js';

/**
 * The summary format's JSON Schema, loaded (once per page, pinned by its hash like a topic) only when a file needs
 * checking: a topic whose bytes match the hash the build recorded was checked by the build, so most readers never
 * download the schema, and the script carries none of it.
 */
const loadSchema = (signal?: AbortSignal): Promise<JsonSchema> => loadJson(schemaUrl(), { slug: '_schema', signal }, (json) => json as JsonSchema);

/** Loads a summary, sharing one request per URL; a file the build did not pin is validated first. */
export function loadSummary(url: URL, options: LoadOptions = {}): Promise<Summary> {
  // A file named by `src` is never pinned: fetch the schema alongside it, not after it.
  const early = options.slug ? undefined : loadSchema(options.signal);
  early?.catch(() => {});
  return loadJson(url, options, async (json, pinned) => {
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version !== SCHEMA_VERSION) {
      throw new LoadError('unsupported-version', 'This summary is for another version of the widget.', `schemaVersion: ${String(version).slice(0, 20)}`);
    }
    if (pinned) return json as Summary;
    const result = checkSummary(json, await (early ?? loadSchema(options.signal)));
    if (!result.ok) throw new LoadError('invalid', 'The summary file is not in the expected format.', result.problems.slice(0, 5).join('\n'));
    return result.value;
  });
}

/**
 * Checks unknown JSON against the summary format, as the element does before anything renders; problems read as
 * "json.path: message". Loads the format's schema from beside the bundled topics the first time.
 */
export async function validateSummary(input: unknown): Promise<ValidationResult> {
  return checkSummary(input, await loadSchema());
}
