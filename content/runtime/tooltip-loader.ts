/**
 * The tooltip is not part of the always-on script: until a frame needs one, this stands in for
 * it. It watches the pointer only while the frame has mentions (one cheap check per event
 * otherwise), hit-tests at most every 30 ms, and when the pointer rests on or clicks a mention,
 * or the keyboard command steps into the frame, asks the background to load the tooltip
 * (./../tooltip-bridge.ts). The event that asked is then handed to the tooltip, which takes over.
 */
import { highlightOnFor } from '../../src/settings/site-switch';
import type { TooltipTrigger } from '../../src/settings/schema';
import { mentionAtPoint, shadowRootsOnPath } from '../tooltip/hit-test';
import type { ReplayedPointer, SettingsFeed, TooltipContext, TooltipHandle } from '../tooltip/types';
import { throttle } from '../tooltip/throttle';
import { setBridge, type StartTooltips } from '../tooltip-bridge';
import type { MentionStore } from '../types';

export interface TooltipLoaderOptions {
  store: MentionStore;
  settings: SettingsFeed;
  hostname: string;
  tabDrugs: TooltipContext['tabDrugs'];
  /** Asks the background to run the tooltip script in this frame; resolves once it ran. */
  load(): Promise<void>;
  win?: Window;
}

const MOVE_INTERVAL_MS = 30;

export class TooltipLoader {
  readonly #options: TooltipLoaderOptions;
  readonly #win: Window;
  #handle: TooltipHandle | undefined;
  #loading: Promise<TooltipHandle | undefined> | undefined;
  #stopped = false;
  #queuedMove: ReplayedPointer | undefined;
  readonly #moves = throttle(() => this.#processMove(), MOVE_INTERVAL_MS);
  readonly #listenerOptions = { capture: true, passive: true } as const;

  constructor(options: TooltipLoaderOptions) {
    this.#options = options;
    this.#win = options.win ?? window;
    setBridge({ ready: (start) => this.#ready(start) });
    this.#win.addEventListener('pointermove', this.#onPointerMove, this.#listenerOptions);
    this.#win.addEventListener('click', this.#onClick, this.#listenerOptions);
  }

  /** The tooltip, if it was loaded already. */
  get handle(): TooltipHandle | undefined {
    return this.#handle;
  }

  /** The tooltip, loaded now if need be (undefined if it cannot be loaded here). */
  ensure(): Promise<TooltipHandle | undefined> {
    if (this.#handle || this.#stopped) return Promise.resolve(this.#handle);
    this.#loading ??= this.#options.load().then(
      () => {
        this.#loading = undefined;
        return this.#handle;
      },
      () => {
        // The background could not load it (restarting, a page it may not script): try again next time.
        this.#loading = undefined;
        return undefined;
      },
    );
    return this.#loading;
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#removeListeners();
    setBridge(undefined);
    this.#handle?.stop();
  }

  #ready(start: StartTooltips): void {
    if (this.#stopped || this.#handle) return;
    const { store, settings, hostname, tabDrugs } = this.#options;
    this.#handle = start({ store, settings, hostname, tabDrugs });
    // The tooltip listens for itself from now on.
    this.#removeListeners();
  }

  #removeListeners(): void {
    this.#moves.cancel();
    this.#win.removeEventListener('pointermove', this.#onPointerMove, this.#listenerOptions);
    this.#win.removeEventListener('click', this.#onClick, this.#listenerOptions);
  }

  #mode(): TooltipTrigger {
    const current = this.#options.settings.current();
    return highlightOnFor(current, this.#options.hostname) ? current.tooltipTrigger : 'off';
  }

  #capture(event: MouseEvent): ReplayedPointer {
    const path = event.composedPath();
    return {
      type: event.type === 'click' ? 'click' : 'pointermove',
      clientX: event.clientX,
      clientY: event.clientY,
      button: event.button,
      detail: event.detail,
      pointerType: (event as PointerEvent).pointerType ?? '',
      timeStamp: event.timeStamp,
      composedPath: () => path,
    };
  }

  readonly #onPointerMove = (event: PointerEvent) => {
    // Most frames have no mention at all: one property read, nothing else.
    if (this.#options.store.count === 0 || this.#handle || event.pointerType === 'touch') return;
    if (this.#mode() !== 'hover') return;
    this.#queuedMove = this.#capture(event);
    this.#moves.schedule();
  };

  readonly #onClick = (event: MouseEvent) => {
    if (this.#options.store.count === 0 || this.#handle || event.button !== 0 || this.#mode() === 'off') return;
    const click = this.#capture(event);
    if (this.#hitsMention(click)) void this.ensure().then((handle) => handle?.replay(click));
  };

  #processMove(): void {
    const move = this.#queuedMove;
    this.#queuedMove = undefined;
    if (!move || this.#stopped || this.#handle) return;
    if (this.#hitsMention(move)) void this.ensure().then((handle) => handle?.replay(move));
  }

  #hitsMention(pointer: ReplayedPointer): boolean {
    const roots = shadowRootsOnPath(pointer.composedPath());
    return mentionAtPoint(this.#options.store, document, pointer.clientX, pointer.clientY, roots) !== undefined;
  }
}
