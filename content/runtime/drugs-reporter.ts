/**
 * Tells the background which interaction-table drugs (oxycodone, alcohol...) this frame names,
 * whenever that set changes, so that a tooltip in another frame of the tab can list them too.
 */
import type { InteractantOnPage } from '../../src/messages';

function keyOf(drugs: readonly InteractantOnPage[]): string {
  return drugs.map((drug) => `${drug.drugId}\u0000${drug.interactionId}\u0000${drug.member}`).join('\n');
}

export class DrugsReporter {
  readonly #send: (drugs: InteractantOnPage[]) => void;
  #lastKey = '';
  #last: InteractantOnPage[] = [];

  constructor(send: (drugs: InteractantOnPage[]) => void) {
    this.#send = send;
  }

  /** The frame's drugs now: sent if they differ from what the background was last told. */
  update(drugs: InteractantOnPage[]): void {
    const key = keyOf(drugs);
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.#last = drugs;
    this.#send(drugs);
  }

  /** The background forgot the tab (back/forward cache): tell it again, if there is anything. */
  resend(): void {
    if (this.#last.length > 0) this.#send(this.#last);
  }

  /** The frame is going away: its drugs leave the tab. */
  sendGone(): void {
    this.update([]);
  }
}
