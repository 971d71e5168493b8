import type { Audience } from '../data/schema.js';
import { onAudienceChosen, readAudience, rememberAudience } from '../audience-store.js';
import { emit } from '../events.js';

type Host = HTMLElement & { audience: Audience; independent: boolean };

/**
 * One widget's wording, shared with the page's other widgets and remembered for the reader's next visit, unless the
 * widget is `independent`.
 */
export class AudienceSync {
  #unsubscribe?: () => void;

  constructor(private readonly host: Host) {}

  /** Starts (or stops) following the reader's choice. */
  follow(on: boolean): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (!on) return;
    // A reader's earlier choice beats the publisher's starting point.
    const remembered = readAudience();
    if (remembered) this.host.audience = remembered;
    // Another tab's choice is news to this page: announce it. A choice made here was announced by its own widget.
    this.#unsubscribe = onAudienceChosen((audience, origin) => this.choose(audience, false, origin === 'storage'));
  }

  /** Shows `audience`; a reader's own choice (`byReader`) is remembered and announced. */
  choose(audience: Audience, byReader: boolean, announce = byReader): void {
    const { host } = this;
    if (audience === host.audience) return;
    host.audience = audience;
    if (byReader && !host.independent) rememberAudience(audience);
    if (announce) emit(host, 'nutrient-interaction-audience-change', { audience });
  }

  /** The reader used the card's audience choice (a `change` event from inside the host). */
  chosen(e: Event): void {
    const input = e.target as HTMLInputElement;
    const choice = input.closest?.<HTMLElement>('.ni-audience');
    if (input.type !== 'radio' || !choice) return;
    this.choose(input.value === 'clinician' ? 'clinician' : 'patient', true);
    // The choice no longer needs the prerendered note's room once the reader has used it.
    choice.style.minBlockSize = '';
  }
}
