/**
 * Every message that crosses between the content scripts, the background and the popup.
 * One union, one place: a sender and a receiver cannot disagree on a shape.
 */

export interface InteractantOnPage {
  drugId: string;
  interactionId: string;
  member: string;
}

export type ContentToBackground =
  /** Sent by a top frame as soon as a new document starts: the tab's old counts are void. */
  | { type: 'page-start' }
  /** A frame's current number of mentions (all drugs). */
  | { type: 'mention-count'; count: number }
  /** The interaction-table drugs a frame names now (sent when that set changes). */
  | { type: 'page-drugs'; drugs: InteractantOnPage[] };

/**
 * Step to the next (1) or previous (-1) mention and open its tooltip; the frame answers with a
 * StepReply. `wrap: false`: open nothing past the frame's last (first) mention, the background
 * goes on in the next frame. `from: 'edge'`: start at the frame's first (last) mention.
 */
export interface StepMentionRequest {
  type: 'step-mention';
  direction: 1 | -1;
  wrap?: boolean;
  from?: 'edge';
}

/** A frame's answer to a StepMentionRequest: whether it opened a mention. */
export interface StepReply {
  stepped: boolean;
}

export type BackgroundToContent =
  | { type: 'get-mention-count' }
  /** Answered with a SelectionReply by the frame that has a selection; the others stay silent. */
  | { type: 'get-selection' }
  | StepMentionRequest
  /** Keyboard stepping moved on to another frame: close this frame's tooltip. */
  | { type: 'close-tooltip' };

export type PopupToContent = { type: 'get-mention-count' } | { type: 'step-mention'; direction: 1 | -1 };

export type PopupToBackground =
  /** The tab's mention count, all frames. */
  | { type: 'get-tab-count'; tabId: number }
  | { type: 'step-mention'; tabId: number; direction: 1 | -1 }
  | { type: 'open-reference'; drugId: string; section?: string }
  /** What the look-up command does for a tab: look up the text selected in it. */
  | { type: 'look-up-selection'; tabId: number };

export type ContentToBackgroundRequest =
  | { type: 'open-reference'; drugId: string; section?: string }
  /** The interaction-table drugs named anywhere in the sender's tab (all frames): a PageDrugsReply. */
  | { type: 'get-page-drugs' }
  /** Run the tooltip's script in the sender's frame (its first tooltip); answered once it ran. */
  | { type: 'load-tooltip' }
  /** Run the scanner (the full content script) in the sender's frame, a subframe whose text may name a drug. */
  | { type: 'load-scanner' };

/** The tooltip's script, which the background runs in a frame on its first need (vite.config.ts builds it). */
export const TOOLTIP_SCRIPT = 'content/tooltip.js';

/**
 * The scanner (content/index.ts as built): declared for top frames in the manifest, and run by
 * the background in a subframe whose watcher (content/watch.ts) asks for it.
 */
export const SCANNER_SCRIPT = 'content/index.js';

export interface PageDrugsReply {
  drugs: InteractantOnPage[];
}

export type AnyMessage =
  ContentToBackground | BackgroundToContent | PopupToContent | PopupToBackground | ContentToBackgroundRequest;

/** Reply to { type: 'get-tab-count' } (background) and to { type: 'get-mention-count' } (a frame). */
export interface TabCountReply {
  count: number;
}

export function isMessage(value: unknown): value is AnyMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * storage.session keys written by the background (extension pages may read and watch them;
 * content scripts cannot).
 */
export const SESSION_KEYS = {
  /** Per tab: { frames: Record<frameId, count>, total: number }. */
  tabCounts: (tabId: number) => `tab-counts:${tabId}`,
  /** Per tab: { frames: Record<frameId, InteractantOnPage[]> }, the interaction-table drugs each frame names. */
  tabDrugs: (tabId: number) => `tab-drugs:${tabId}`,
  /** Per tab: the frame id the last mention step went to (where the next step goes on). */
  stepFrame: (tabId: number) => `step-frame:${tabId}`,
  /** A reference deep link waiting for the popup: { drugId, section, at: epoch ms }. */
  pendingReference: 'pending-reference',
  /** Text selected on a page to look up, waiting for the popup: { text, at: epoch ms }. */
  pendingLookup: 'pending-lookup',
} as const;

export interface TabCounts {
  frames: Record<string, number>;
  total: number;
}

export interface SelectionReply {
  text: string;
}

/** The popup page, also opened in a tab (?tab=<id>) and in the side panel. `?lookup=<text>` looks text up. */
export const POPUP_PAGE_PATH = 'popup/index.html';

/** The reference as a full page: popup/reference.html?drug=<id>#<sectionId>. */
export const REFERENCE_PAGE_PATH = 'popup/reference.html';
