/**
 * When the tooltip opens and closes: a small state machine fed with "where is the pointer",
 * clicks, Escape and focus changes. No DOM here, so it is tested with fake timers.
 *
 * Rules (WCAG 2.2 1.4.13 and the trigger setting):
 * - hover: resting on a mention for `hoverDelayMs` opens it; leaving both the mention and the
 *   tooltip closes it after a grace period, so the pointer can travel into the tooltip.
 * - click: a click or tap on a mention opens it at once; it stays until dismissed.
 * - In hover mode a tap (touch/pen) opens it at once too: touch has no hover.
 * - Escape closes and the same mention does not reopen until the pointer leaves it.
 * - The keyboard command opens it at once in any mode, including "off".
 */
import type { TooltipTrigger } from '../../src/settings/schema';

export type ShowReason = 'hover' | 'click' | 'keyboard';
export type HideReason =
  'pointer-left' | 'escape' | 'outside-click' | 'focus-left' | 'close-button' | 'gone' | 'settings' | 'stop';

export type PointerPlace<M> = { kind: 'mention'; mention: M } | { kind: 'tooltip' } | { kind: 'none' };

export interface TriggerOptions {
  mode(): TooltipTrigger;
  hoverDelayMs(): number;
  /** How long the tooltip waits for the pointer after it leaves the mention. */
  graceMs: number;
}

export interface TriggerEffects<M> {
  show(mention: M, reason: ShowReason): void;
  hide(reason: HideReason): void;
}

export const DEFAULT_GRACE_MS = 350;

export class TriggerController<M> {
  private shownMention: M | undefined;
  private shownReason: ShowReason | undefined;
  private pending: { mention: M; timer: ReturnType<typeof setTimeout> } | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** A mention dismissed while the pointer rests on it: it must not reopen until the pointer leaves. */
  private suppressed: M | undefined;

  constructor(
    private readonly effects: TriggerEffects<M>,
    private readonly options: TriggerOptions,
  ) {}

  get shown(): M | undefined {
    return this.shownMention;
  }

  get reason(): ShowReason | undefined {
    return this.shownReason;
  }

  /** The pointer (mouse or hovering pen) is now over this place. */
  pointerAt(place: PointerPlace<M>): void {
    if (place.kind !== 'mention' || place.mention !== this.suppressed) this.suppressed = undefined;

    if (place.kind === 'tooltip') {
      this.cancelPending();
      this.cancelGrace();
      return;
    }

    if (place.kind === 'mention') {
      if (place.mention === this.suppressed) return;
      if (place.mention === this.shownMention) {
        this.cancelPending();
        this.cancelGrace();
        return;
      }
      if (this.options.mode() === 'hover') {
        if (this.pending?.mention !== place.mention) this.schedule(place.mention);
        // Moving from one mention to another: the old one may close while the new one waits.
        if (this.shownReason === 'hover') this.startGrace();
      }
      return;
    }

    this.cancelPending();
    if (this.shownReason === 'hover') this.startGrace();
  }

  /** A primary click or tap. `mention` is what was under it; `insideTooltip` if it hit the tooltip. */
  click(mention: M | undefined, insideTooltip: boolean, pointerType: string): void {
    if (insideTooltip) return;
    const mode = this.options.mode();
    if (mention !== undefined && mode !== 'off') {
      const reason: ShowReason =
        mode === 'click' || pointerType === 'touch' || pointerType === 'pen' ? 'click' : 'hover';
      this.suppressed = undefined;
      this.open(mention, reason);
      return;
    }
    if (this.shownMention !== undefined && mention === undefined) this.close('outside-click');
  }

  /** The keyboard command asked for this mention. */
  keyboard(mention: M): void {
    this.suppressed = undefined;
    this.open(mention, 'keyboard');
  }

  escape(): boolean {
    if (this.shownMention === undefined) {
      this.cancelPending();
      return false;
    }
    if (this.shownReason !== 'keyboard') this.suppressed = this.shownMention;
    this.close('escape');
    return true;
  }

  /** Focus moved somewhere outside the tooltip after having been inside it. */
  focusLeft(): void {
    if (this.shownMention !== undefined) this.close('focus-left');
  }

  /** Close for a reason decided elsewhere (close button, mention removed, settings, stop). */
  close(reason: HideReason): void {
    this.cancelPending();
    this.hideShown(reason);
  }

  /** The trigger setting changed: a pointer-opened tooltip closes when its trigger is turned off. */
  modeChanged(): void {
    const mode = this.options.mode();
    if (mode !== 'hover') this.cancelPending();
    if (mode === 'off' && this.shownReason !== 'keyboard') this.close('settings');
  }

  dispose(): void {
    this.close('stop');
    this.suppressed = undefined;
  }

  private open(mention: M, reason: ShowReason): void {
    this.cancelPending();
    this.cancelGrace();
    if (this.shownMention === mention) {
      // Same mention: nothing to redo, and a hover must not downgrade a click or keyboard opening.
      if (reason === this.shownReason || reason === 'hover') return;
    }
    this.shownMention = mention;
    this.shownReason = reason;
    this.effects.show(mention, reason);
  }

  private hideShown(reason: HideReason): void {
    this.cancelGrace();
    if (this.shownMention === undefined) return;
    this.shownMention = undefined;
    this.shownReason = undefined;
    this.effects.hide(reason);
  }

  private schedule(mention: M): void {
    this.cancelPending();
    const delay = Math.max(0, this.options.hoverDelayMs());
    const timer = setTimeout(() => {
      this.pending = undefined;
      this.open(mention, 'hover');
    }, delay);
    this.pending = { mention, timer };
  }

  private cancelPending(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
  }

  private startGrace(): void {
    if (this.graceTimer !== undefined) return;
    this.graceTimer = setTimeout(() => {
      this.graceTimer = undefined;
      // Not close(): a hover that is waiting on another mention must survive this.
      this.hideShown('pointer-left');
    }, this.options.graceMs);
  }

  private cancelGrace(): void {
    if (this.graceTimer !== undefined) clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }
}
