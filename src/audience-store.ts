import type { Audience } from './data/schema.js';

/**
 * The reader's audience choice, remembered across page views and shared by every widget on the page and in other
 * tabs. Storage can be missing or throw (sandboxed iframes, privacy modes): then the choice lasts for this page only.
 */
const KEY = 'nutrient-interaction-audience';
const listeners = new Set<(audience: Audience) => void>();

const isAudience = (v: unknown): v is Audience => v === 'patient' || v === 'clinician';

export function readAudience(): Audience | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return isAudience(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberAudience(audience: Audience): void {
  try {
    localStorage.setItem(KEY, audience);
  } catch {
    // Not remembered; the widgets on this page still follow the choice below.
  }
  listeners.forEach((l) => l(audience));
}

/** Calls `listener` whenever the reader chooses, here or in another tab; returns an unsubscribe function. */
export function onAudienceChosen(listener: (audience: Audience) => void): () => void {
  if (!listeners.size) addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) removeEventListener('storage', onStorage);
  };
}

function onStorage(e: StorageEvent): void {
  if (e.key === KEY && isAudience(e.newValue)) listeners.forEach((l) => l(e.newValue as Audience));
}
