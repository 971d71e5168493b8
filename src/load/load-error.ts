/** Every error code (tooling checks that each translation words each one). */
export const LOAD_ERROR_CODES = [
  'no-source',
  'invalid-topic',
  'not-found',
  'http',
  'network',
  'offline',
  'timeout',
  'too-large',
  'not-json',
  'unsupported-version',
  'invalid',
  'integrity',
  'blocked',
  'render',
] as const;

export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[number];

/** Why a summary could not be shown: a code for page scripts, a message for readers, a detail for the console. */
export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Failures a second try can cure. */
export const RETRYABLE: readonly LoadErrorCode[] = ['network', 'offline', 'timeout', 'http'];

/** The page's Trusted Types policy refused what the widget needs (drawing, or loading an add-on). */
export const policyRefused = (detail: string): LoadError =>
  new LoadError('blocked', 'This page\u2019s security policy does not allow the summary to be drawn.', detail);
