import type { DrugData } from '../../src/drugs/schema';
import type { Settings } from '../../src/settings/schema';
import type { MentionStore } from '../types';
import type { InteractantOnPage } from '../../src/messages';

/** The current settings and their changes, as the content script sees them. */
export interface SettingsFeed {
  current(): Settings;
  /** Called with the new settings after every change. Returns an unsubscribe function. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

export interface TooltipContext {
  store: MentionStore;
  drugs: readonly DrugData[];
  settings: SettingsFeed;
  /**
   * The site whose settings apply (content/runtime/site.ts: the tab's top-level site, also in
   * its frames). Defaults to this document's hostname.
   */
  hostname?: string;
  /**
   * The interaction-table drugs named anywhere in the tab, other frames included (asked of the
   * background when a tooltip opens). Without it the tooltip lists this frame's only.
   */
  tabDrugs?: () => Promise<InteractantOnPage[]>;
}

/**
 * A pointer event that arrived before the tooltip was loaded (content/runtime/tooltip-loader.ts),
 * with its path captured while it was dispatched.
 */
export interface ReplayedPointer {
  type: 'pointermove' | 'click';
  clientX: number;
  clientY: number;
  button: number;
  detail: number;
  pointerType: string;
  /** When it happened (performance.now() time): a hover's delay counts from then. */
  timeStamp: number;
  composedPath(): EventTarget[];
}

export interface TooltipHandle {
  stop(): void;
  /** Handles a pointer event that arrived before the tooltip was loaded, as if it came now. */
  replay(pointer: ReplayedPointer): void;
  /**
   * The keyboard command: go to the next (1) or previous (-1) mention and open its tooltip.
   * Returns whether a mention was opened. With `wrap: false` it opens nothing past this frame's
   * last (or first) mention, so the background can go on in the next frame; `fromEdge` starts at
   * the frame's first (or last) mention, as when stepping arrives from another frame.
   */
  step(direction: 1 | -1, options?: { wrap?: boolean; fromEdge?: boolean }): boolean;
  /** Closes the tooltip if it is open (keyboard stepping went on in another frame). */
  close(): void;
}
