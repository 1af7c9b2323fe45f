/**
 * The keyboard commands `next-mention` / `previous-mention` (manifest `commands`; users can
 * change the keys in the browser's shortcut settings), and the popup's request to do the same:
 * both step to the next or previous mention of the tab, across its frames.
 */
import browser from 'webextension-polyfill';
import type { Runtime, Tabs } from 'webextension-polyfill';
import {
  SESSION_KEYS,
  isMessage,
  type BackgroundToContent,
  type StepMentionRequest,
  type StepReply,
  type TabCounts,
} from '../messages';

export const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = {
  'next-mention': 1,
  'previous-mention': -1,
};

/**
 * The tab's frames that have mentions, in the order stepping visits them: the top frame first,
 * then the others by frame id (browsers number frames as they are created, which for most pages
 * is their order in the document).
 */
async function framesWithMentions(tabId: number): Promise<number[]> {
  try {
    const key = SESSION_KEYS.tabCounts(tabId);
    const counts = (await browser.storage.session.get(key))[key] as TabCounts | undefined;
    if (!counts || typeof counts.frames !== 'object' || counts.frames === null) return [];
    return Object.entries(counts.frames)
      .filter(([, count]) => typeof count === 'number' && count > 0)
      .map(([frameId]) => Number(frameId))
      .filter((frameId) => Number.isInteger(frameId) && frameId >= 0)
      .sort((a, b) => a - b);
  } catch {
    return [];
  }
}

/** The frame the last step went to, so the next step goes on from there (kept across worker restarts). */
async function lastSteppedFrame(tabId: number): Promise<number | undefined> {
  try {
    const key = SESSION_KEYS.stepFrame(tabId);
    const value = (await browser.storage.session.get(key))[key];
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

async function rememberSteppedFrame(tabId: number, frameId: number): Promise<void> {
  await browser.storage.session.set({ [SESSION_KEYS.stepFrame(tabId)]: frameId }).catch(() => undefined);
}

/** Asks one frame to step; false when it had nothing to open (or has no content script). */
async function askFrame(tabId: number, frameId: number, request: StepMentionRequest): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request, { frameId })) as StepReply | undefined;
    // A content script from before replies existed answers nothing: count that as a step.
    return reply === undefined || reply === null || reply.stepped === true;
  } catch {
    // No content script in this frame (browser pages, the web store) or it is still starting.
    return false;
  }
}

/** Which frame the step landed in, if any. */
async function stepAcrossFrames(
  tabId: number,
  direction: 1 | -1,
  last: number | undefined,
): Promise<number | undefined> {
  const frames = await framesWithMentions(tabId);
  if (frames.length <= 1) {
    const only = frames[0] ?? 0;
    return (await askFrame(tabId, only, { type: 'step-mention', direction })) ? only : undefined;
  }
  const start = last !== undefined && frames.includes(last) ? last : frames[0]!;
  if (await askFrame(tabId, start, { type: 'step-mention', direction, wrap: false })) return start;
  const at = frames.indexOf(start);
  for (let i = 1; i <= frames.length; i++) {
    const frameId = frames[(((at + direction * i) % frames.length) + frames.length) % frames.length]!;
    if (await askFrame(tabId, frameId, { type: 'step-mention', direction, from: 'edge' })) return frameId;
  }
  return undefined;
}

/**
 * Steps through the mentions of the whole tab: within the current frame, and past its last
 * (first) mention on into the next (previous) frame that has mentions, around the tab. The frame
 * it leaves closes its tooltip (focus moving to another frame does not always tell it).
 */
export async function stepMentionInTab(tabId: number, direction: 1 | -1): Promise<boolean> {
  const last = await lastSteppedFrame(tabId);
  const landed = await stepAcrossFrames(tabId, direction, last);
  if (landed === undefined) return false;
  await rememberSteppedFrame(tabId, landed);
  if (last !== undefined && last !== landed) {
    const close: BackgroundToContent = { type: 'close-tooltip' };
    await browser.tabs.sendMessage(tabId, close, { frameId: last }).catch(() => undefined);
  }
  return true;
}

/** The tab closed: its stepping place goes with it. */
export async function forgetSteppedFrame(tabId: number): Promise<void> {
  await browser.storage.session.remove(SESSION_KEYS.stepFrame(tabId)).catch(() => undefined);
}

async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

export async function runCommand(command: string, tab?: Tabs.Tab): Promise<boolean> {
  const direction = STEP_COMMANDS[command];
  if (direction === undefined) return false;
  const target = tab?.id !== undefined ? tab : await activeTab();
  if (target?.id === undefined) return false;
  return stepMentionInTab(target.id, direction);
}

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  void runCommand(command, tab);
});

browser.runtime.onMessage.addListener((message: unknown, _sender: Runtime.MessageSender) => {
  if (!isMessage(message) || message.type !== 'step-mention' || !('tabId' in message)) return undefined;
  void stepMentionInTab(message.tabId, message.direction);
  return undefined;
});
