/**
 * The background side of the tooltip: keyboard commands reach the right frame of the right tab,
 * and "Full reference" opens the popup at a section or, where it cannot, the reference page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => {
  const state = {
    session: {} as Record<string, unknown>,
    sent: [] as { tabId: number; message: unknown; options: unknown }[],
    /** What a frame answers to a message (undefined: no answer, like an older content script). */
    reply: undefined as undefined | ((message: Record<string, unknown>, frameId: number) => unknown),
    created: [] as Record<string, unknown>[],
    openPopup: undefined as undefined | ((options?: unknown) => Promise<void>),
    activeTab: { id: 7 } as { id?: number } | undefined,
    commandListeners: [] as ((...args: unknown[]) => unknown)[],
    messageListeners: [] as ((...args: unknown[]) => unknown)[],
  };
  const browser = {
    storage: {
      session: {
        get: async (key: string) => (key in state.session ? { [key]: state.session[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(state.session, items),
        remove: async (key: string) => void delete state.session[key],
      },
    },
    tabs: {
      sendMessage: async (tabId: number, message: unknown, options: unknown) => {
        state.sent.push({ tabId, message, options });
        return state.reply?.(message as Record<string, unknown>, (options as { frameId: number }).frameId);
      },
      query: async () => (state.activeTab ? [state.activeTab] : []),
      create: async (details: Record<string, unknown>) => void state.created.push(details),
    },
    action: {
      get openPopup() {
        return state.openPopup;
      },
    },
    runtime: {
      getURL: (path: string) => `chrome-extension://abc/${path}`,
      onMessage: { addListener: (fn: Listener) => state.messageListeners.push(fn) },
    },
    commands: { onCommand: { addListener: (fn: Listener) => state.commandListeners.push(fn) } },
  };
  return { state, browser };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

import { runCommand } from '../../src/background/commands';
import { openReference, referencePageUrl } from '../../src/background/open-reference';
import { SESSION_KEYS } from '../../src/messages';

const { state } = fake;

beforeEach(() => {
  state.session = {};
  state.sent = [];
  state.created = [];
  state.openPopup = undefined;
  state.activeTab = { id: 7 };
  state.reply = undefined;
});

describe('mention-step commands', () => {
  it('next and previous go to the active tab\u2019s top frame', async () => {
    expect(await runCommand('next-mention')).toBe(true);
    expect(await runCommand('previous-mention', { id: 3 } as never)).toBe(true);
    expect(state.sent).toEqual([
      { tabId: 7, message: { type: 'step-mention', direction: 1 }, options: { frameId: 0 } },
      { tabId: 3, message: { type: 'step-mention', direction: -1 }, options: { frameId: 0 } },
    ]);
  });

  it('go to a frame that has mentions when the top frame has none', async () => {
    state.session[SESSION_KEYS.tabCounts(7)] = { frames: { '0': 0, '12': 0, '15': 3 }, total: 3 };
    await runCommand('next-mention');
    expect(state.sent[0]?.options).toEqual({ frameId: 15 });
  });

  describe('across frames', () => {
    /** A tab whose frames each hold `mentions[frameId]` mentions, each frame stepping like the content script. */
    function tabWithFrames(mentions: Record<number, number>) {
      state.session[SESSION_KEYS.tabCounts(7)] = {
        frames: Object.fromEntries(Object.entries(mentions).map(([id, n]) => [id, n])),
        total: Object.values(mentions).reduce((a, b) => a + b, 0),
      };
      const position = new Map<number, number>();
      const opened: string[] = [];
      state.reply = (message, frameId) => {
        if (!(frameId in mentions)) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (message.type === 'close-tooltip') {
          opened.push(`close ${frameId}`);
          return undefined;
        }
        const count = mentions[frameId]!;
        const direction = message.direction as 1 | -1;
        let next: number;
        if (message.from === 'edge') next = direction === 1 ? 0 : count - 1;
        else {
          const current = position.get(frameId);
          next = current === undefined ? 0 : current + direction;
          if (next < 0 || next >= count) {
            if (message.wrap === false) return { stepped: false };
            next = (next + count) % count;
          }
        }
        if (count === 0) return { stepped: false };
        position.set(frameId, next);
        opened.push(`${frameId}:${next}`);
        return { stepped: true };
      };
      return opened;
    }

    it('go on into the next frame with mentions past the last one of a frame, and around the tab', async () => {
      const opened = tabWithFrames({ 0: 2, 12: 1, 15: 2 });
      for (let i = 0; i < 6; i++) await runCommand('next-mention');
      // The frame left behind closes its tooltip.
      expect(opened).toEqual(['0:0', '0:1', '12:0', 'close 0', '15:0', 'close 12', '15:1', '0:0', 'close 15']);
    });

    it('going back from the first mention of the top frame opens the last mention of the last frame', async () => {
      const opened = tabWithFrames({ 0: 2, 12: 1, 15: 2 });
      await runCommand('next-mention');
      await runCommand('previous-mention');
      await runCommand('previous-mention');
      expect(opened).toEqual(['0:0', '15:1', 'close 0', '15:0']);
    });

    it('skip a frame that cannot answer (gone, or no content script)', async () => {
      const opened = tabWithFrames({ 0: 1, 15: 1 });
      state.session[SESSION_KEYS.tabCounts(7)] = { frames: { 0: 1, 12: 4, 15: 1 }, total: 6 };
      await runCommand('next-mention');
      await runCommand('next-mention');
      expect(opened).toEqual(['0:0', '15:0', 'close 0']);
    });

    it('remember the frame in storage.session, so a restarted worker goes on from there', async () => {
      const opened = tabWithFrames({ 0: 1, 12: 2 });
      await runCommand('next-mention');
      await runCommand('next-mention');
      // The only state is in storage.session (the module keeps none): what a restarted worker reads.
      expect(state.session[SESSION_KEYS.stepFrame(7)]).toBe(12);
      await runCommand('next-mention');
      expect(opened).toEqual(['0:0', '12:0', 'close 0', '12:1']);
    });
  });

  it('ignore other commands and tabs without an id', async () => {
    expect(await runCommand('something-else')).toBe(false);
    state.activeTab = undefined;
    expect(await runCommand('next-mention')).toBe(false);
    expect(state.sent).toEqual([]);
  });

  it('are wired: the registered listeners step the tab', async () => {
    state.commandListeners[0]!('previous-mention', { id: 9 });
    state.messageListeners.forEach((listener) => listener({ type: 'step-mention', tabId: 4, direction: 1 }, {}));
    await vi.waitFor(() => expect(state.sent).toHaveLength(2));
    expect(state.sent.map((entry) => [entry.tabId, (entry.message as { direction: number }).direction])).toEqual([
      [9, -1],
      [4, 1],
    ]);
  });
});

describe('open reference', () => {
  it('opens the popup with the deep link waiting in storage.session', async () => {
    const opened: unknown[] = [];
    state.openPopup = async (options) => void opened.push(options);
    expect(await openReference('clonazepam', 'interactions', { id: 1, index: 0, windowId: 5 })).toBe('popup');
    expect(opened).toEqual([{ windowId: 5 }]);
    expect(state.session[SESSION_KEYS.pendingReference]).toMatchObject({
      drugId: 'clonazepam',
      section: 'interactions',
    });
    expect(state.created).toEqual([]);
  });

  it('falls back to the reference page in a tab next to the reader\u2019s when the popup cannot open', async () => {
    state.openPopup = async () => {
      throw new Error('no user gesture');
    };
    expect(await openReference('clonazepam', 'what-it-is', { id: 1, index: 4, windowId: 5 })).toBe('tab');
    expect(state.created).toEqual([
      {
        url: 'chrome-extension://abc/popup/reference.html?drug=clonazepam#what-it-is',
        windowId: 5,
        index: 5,
        openerTabId: 1,
      },
    ]);
    // A stale deep link must not surprise the next popup opening.
    expect(state.session[SESSION_KEYS.pendingReference]).toBeUndefined();
  });

  it('uses a tab where the browser has no openPopup', async () => {
    expect(await openReference('clonazepam', undefined)).toBe('tab');
    expect(state.created[0]?.url).toBe(referencePageUrl('clonazepam'));
    expect(referencePageUrl('clonazepam')).toBe('chrome-extension://abc/popup/reference.html?drug=clonazepam');
  });

  it('answers the content script\u2019s open-reference message', async () => {
    state.messageListeners.forEach((listener) =>
      listener(
        { type: 'open-reference', drugId: 'clonazepam', section: 'boxed-warning' },
        { tab: { id: 2, index: 0, windowId: 1 } },
      ),
    );
    await vi.waitFor(() => expect(state.created).toHaveLength(1));
    expect(state.created[0]?.url).toBe('chrome-extension://abc/popup/reference.html?drug=clonazepam#boxed-warning');
  });
});
