import type { Audience } from './data/schema.js';

/**
 * The reader's audience choice, remembered across page views and shared by every widget on the page and in other
 * tabs. Storage can be missing or throw (sandboxed iframes, privacy modes): then the choice lasts for this page only.
 */
const KEY = 'nutrient-interaction-audience';

/**
 * Where a switch came from: `page` when a widget on this page called rememberAudience (the widget the reader used
 * announces it itself), `storage` when the reader chose in another tab or window of this site (no widget here saw it,
 * so each widget that follows it announces the change).
 */
export type AudienceOrigin = 'page' | 'storage';
type Listener = (audience: Audience, origin: AudienceOrigin) => void;
const listeners = new Set<Listener>();

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
  listeners.forEach((l) => l(audience, 'page'));
}

/**
 * Calls `listener` whenever the reader chooses, here (`origin` 'page') or in another tab (`origin` 'storage');
 * returns an unsubscribe function.
 */
export function onAudienceChosen(listener: (audience: Audience, origin: AudienceOrigin) => void): () => void {
  if (!listeners.size) addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) removeEventListener('storage', onStorage);
  };
}

/**
 * Only the browser's own event for our key in localStorage counts: not sessionStorage (other widgets' or the page's
 * business), not a StorageEvent that page script made and dispatched (isTrusted is false, whatever storageArea it
 * claims). The value is read back from storage rather than taken from the event.
 */
function onStorage(e: StorageEvent): void {
  if (!e.isTrusted || e.key !== KEY || !isLocalStorage(e.storageArea)) return;
  const audience = readAudience();
  if (audience && audience === e.newValue) listeners.forEach((l) => l(audience, 'storage'));
}

function isLocalStorage(area: Storage | null): boolean {
  try {
    return area !== null && area === localStorage;
  } catch {
    return false;
  }
}
