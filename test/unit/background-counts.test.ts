import { describe, expect, test, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { TabCountKeeper, type CountPlatform } from '../../src/background/count-keeper';
import { handleCountMessage } from '../../src/background/counts-messages';
import { contentScriptsByFrame, injectIntoOpenTabs } from '../../src/background/inject-open-tabs';
import sourceManifest from '../../manifest.json' with { type: 'json' };
import { contentScriptMayRun, leftScriptablePages } from '../../src/background/navigation';
import {
  PageDrugsKeeper,
  cleanDrugs,
  handleDrugsMessage,
  unionOfFrames,
  type DrugsStorage,
} from '../../src/background/page-drugs';
import { SESSION_KEYS } from '../../src/messages';
import { badgeTextFor, emptyTabCounts, isTabCounts, withFrameCount } from '../../src/background/tab-counts';
import type { TabCounts } from '../../src/messages';

/** storage.session and the badge, in memory; `session` outlives any keeper (a worker restart). */
function fakePlatform(session = new Map<number, unknown>()) {
  const badges = new Map<number, string>();
  const platform: CountPlatform = {
    readCounts: async (tabId) => structuredClone(session.get(tabId)),
    writeCounts: async (tabId, counts) => void session.set(tabId, structuredClone(counts)),
    removeCounts: async (tabId) => void session.delete(tabId),
    setBadgeText: async (tabId, text) => void badges.set(tabId, text),
  };
  return { platform, session, badges };
}

const top = (tabId: number) => ({ tab: { id: tabId } as never, frameId: 0 });
const frame = (tabId: number, frameId: number) => ({ tab: { id: tabId } as never, frameId });

describe('tab counts (pure)', () => {
  test('frames add up; a frame at 0 drops out', () => {
    let counts = emptyTabCounts();
    counts = withFrameCount(counts, 0, 3);
    counts = withFrameCount(counts, 7, 2);
    expect(counts).toEqual({ frames: { 0: 3, 7: 2 }, total: 5 });
    counts = withFrameCount(counts, 7, 5);
    expect(counts.total).toBe(8);
    counts = withFrameCount(counts, 0, 0);
    expect(counts).toEqual({ frames: { 7: 5 }, total: 5 });
  });

  test('nonsense counts count as none', () => {
    expect(withFrameCount(emptyTabCounts(), 1, -4).total).toBe(0);
    expect(withFrameCount(emptyTabCounts(), 1, Number.NaN).total).toBe(0);
  });

  test('badge text is the total, empty for none', () => {
    expect(badgeTextFor(0)).toBe('');
    expect(badgeTextFor(1)).toBe('1');
    expect(badgeTextFor(1234)).toBe('1234');
  });

  test('stored values are checked before use', () => {
    expect(isTabCounts({ frames: { 0: 1 }, total: 1 })).toBe(true);
    expect(isTabCounts({ frames: { 0: 'x' }, total: 1 })).toBe(false);
    expect(isTabCounts(null)).toBe(false);
    expect(isTabCounts({ total: 2 })).toBe(false);
  });
});

describe('the keeper', () => {
  test('the badge is the sum over frames, empty for 0, reset by a new page in the top frame', async () => {
    const { platform, badges } = fakePlatform();
    const keeper = new TabCountKeeper(platform);
    await keeper.pageStart(1);
    expect(badges.get(1)).toBe('');
    await keeper.frameCount(1, 0, 4);
    await keeper.frameCount(1, 12, 3);
    expect(badges.get(1)).toBe('7');
    await keeper.frameCount(1, 12, 0);
    expect(badges.get(1)).toBe('4');
    await keeper.pageStart(1);
    expect(badges.get(1)).toBe('');
    expect(await keeper.total(1)).toBe(0);
  });

  test('tabs are kept apart', async () => {
    const { platform, badges } = fakePlatform();
    const keeper = new TabCountKeeper(platform);
    await keeper.frameCount(1, 0, 2);
    await keeper.frameCount(2, 0, 9);
    expect([badges.get(1), badges.get(2)]).toEqual(['2', '9']);
    await keeper.pageStart(2);
    expect(await keeper.total(1)).toBe(2);
  });

  test('counts are persisted at every change and survive a worker restart', async () => {
    const { platform, session, badges } = fakePlatform();
    const first = new TabCountKeeper(platform);
    await first.frameCount(5, 0, 2);
    await first.frameCount(5, 3, 1);
    expect(session.get(5)).toEqual({ frames: { 0: 2, 3: 1 }, total: 3 });
    // The worker stops; a new one (empty memory) gets the next message.
    const second = new TabCountKeeper(platform);
    expect(await second.total(5)).toBe(3);
    await second.frameCount(5, 9, 4);
    expect(badges.get(5)).toBe('7');
    expect((session.get(5) as TabCounts).frames).toEqual({ 0: 2, 3: 1, 9: 4 });
  });

  test('a closed tab is forgotten', async () => {
    const { platform, session } = fakePlatform();
    const keeper = new TabCountKeeper(platform);
    await keeper.frameCount(8, 0, 2);
    await keeper.tabClosed(8);
    expect(session.has(8)).toBe(false);
    expect(await new TabCountKeeper(platform).total(8)).toBe(0);
  });

  test('changes to one tab apply in the order they came, even when storage is slow', async () => {
    const { platform, badges } = fakePlatform();
    const slow: CountPlatform = {
      ...platform,
      readCounts: (tabId) => new Promise((resolve) => setTimeout(() => resolve(platform.readCounts(tabId)), 20)),
    };
    const keeper = new TabCountKeeper(slow);
    const done = [
      keeper.frameCount(3, 0, 9),
      keeper.pageStart(3),
      keeper.frameCount(3, 0, 1),
      keeper.frameCount(3, 4, 2),
    ];
    await Promise.all(done);
    expect(badges.get(3)).toBe('3');
  });

  test('garbage in storage is replaced, not trusted', async () => {
    const { platform, session } = fakePlatform();
    session.set(4, { frames: 'nope', total: 99 });
    const keeper = new TabCountKeeper(platform);
    expect(await keeper.total(4)).toBe(0);
    await keeper.frameCount(4, 0, 1);
    expect(await keeper.total(4)).toBe(1);
  });
});

describe('navigating to a page without a content script', () => {
  test('pages the content script may run on are told apart from the rest', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/a',
      'file:///tmp/a.html',
      'about:blank',
      'about:srcdoc',
      'data:text/html,x',
      'blob:https://example.com/1',
    ]) {
      expect(contentScriptMayRun(url), url).toBe(true);
    }
    // No URL: the browser hides it where the extension has no host access (chrome://, about:addons...).
    for (const url of [
      undefined,
      '',
      'chrome://version/',
      'chrome-extension://abc/popup/reference.html',
      'moz-extension://abc/x.html',
      'view-source:https://example.com/',
      'not a url',
    ]) {
      expect(contentScriptMayRun(url), String(url)).toBe(false);
    }
  });

  test('only load-status and URL changes count, judged by the new URL', () => {
    expect(leftScriptablePages({ status: 'loading' }, {})).toBe(true);
    expect(leftScriptablePages({ status: 'complete' }, { url: 'chrome-extension://abc/popup/reference.html' })).toBe(
      true,
    );
    expect(leftScriptablePages({ status: 'loading' }, { url: 'https://example.com/' })).toBe(false);
    expect(leftScriptablePages({ url: 'https://example.com/#next' }, { url: 'https://example.com/#next' })).toBe(false);
    // A title or favicon change of a hidden-URL tab says nothing about its document.
    expect(leftScriptablePages({}, {})).toBe(false);
    expect(leftScriptablePages({ title: 'x' } as never, {})).toBe(false);
  });

  test('the keeper forgets the tab: counts gone, badge cleared; a tab with nothing stored is not written', async () => {
    const { platform, session, badges } = fakePlatform();
    const keeper = new TabCountKeeper(platform);
    await keeper.frameCount(5, 0, 4);
    await keeper.frameCount(5, 3, 1);
    await keeper.forget(5);
    expect(session.has(5)).toBe(false);
    expect(badges.get(5)).toBe('');
    expect(await new TabCountKeeper(platform).total(5)).toBe(0);
    expect(await keeper.total(5)).toBe(0);

    badges.delete(6);
    await keeper.forget(6);
    expect(badges.has(6)).toBe(false);
    expect(session.has(6)).toBe(false);
  });
});

describe('messages', () => {
  test('content messages update the sender tab; page-start counts only from the top frame', async () => {
    const { platform, badges } = fakePlatform();
    const keeper = new TabCountKeeper(platform);
    await handleCountMessage(keeper, { type: 'mention-count', count: 2 }, top(1));
    await handleCountMessage(keeper, { type: 'mention-count', count: 5 }, frame(1, 6));
    expect(badges.get(1)).toBe('7');
    expect(handleCountMessage(keeper, { type: 'page-start' }, frame(1, 6))).toBeUndefined();
    expect(await keeper.total(1)).toBe(7);
    await handleCountMessage(keeper, { type: 'page-start' }, top(1));
    expect(badges.get(1)).toBe('');
  });

  test('the popup asks for a tab count and gets { count }', async () => {
    const { platform } = fakePlatform();
    const keeper = new TabCountKeeper(platform);
    await handleCountMessage(keeper, { type: 'mention-count', count: 3 }, frame(9, 2));
    await expect(handleCountMessage(keeper, { type: 'get-tab-count', tabId: 9 }, {})).resolves.toEqual({ count: 3 });
  });

  test('messages for others (and non-messages) are left alone', () => {
    const keeper = new TabCountKeeper(fakePlatform().platform);
    expect(handleCountMessage(keeper, { type: 'open-reference', drugId: 'clonazepam' }, top(1))).toBeUndefined();
    expect(handleCountMessage(keeper, 'hello', top(1))).toBeUndefined();
    expect(handleCountMessage(keeper, { type: 'mention-count', count: 1 }, {})).toBeUndefined();
  });
});

describe('injecting into tabs open before install', () => {
  test('web and file tabs get the scanner in the top frame, then the watcher in all frames, after their counts are reset', async () => {
    const calls: string[] = [];
    const injected = await injectIntoOpenTabs({
      tabs: async () => [
        { id: 1, url: 'https://example.com/' },
        { id: 2, url: 'chrome://extensions/' },
        { id: 3, url: 'file:///tmp/a.html' },
        { id: 4, url: 'https://example.org/', discarded: true },
        { id: 5, url: 'https://chromewebstore.google.com/' },
      ],
      contentScriptFiles: () => ({ topFrame: ['scanner.js'], everyFrame: ['watcher.js'] }),
      resetTab: async (tabId) => void calls.push(`reset ${tabId}`),
      inject: async (tabId, files, frames) => {
        if (tabId === 5) throw new Error('Cannot access contents of the page');
        calls.push(`inject ${tabId} ${files.join()} ${frames}`);
      },
    });
    expect(injected).toEqual([1, 3]);
    expect(calls).toEqual([
      'reset 1',
      'inject 1 scanner.js top',
      'inject 1 watcher.js all',
      'reset 3',
      'inject 3 scanner.js top',
      'inject 3 watcher.js all',
      'reset 5',
    ]);
  });
});

describe('the content scripts of the manifest, by frame', () => {
  test('the scanner is declared for top frames only and the watcher for every frame, whatever their order', () => {
    const declared = sourceManifest.content_scripts;
    expect(contentScriptsByFrame(declared)).toEqual({
      topFrame: ['content/index.ts'],
      everyFrame: ['content/watch.ts'],
    });
    expect(contentScriptsByFrame([...declared].reverse())).toEqual(contentScriptsByFrame(declared));
    expect(contentScriptsByFrame(undefined)).toEqual({ topFrame: [], everyFrame: [] });
  });
});

describe('the drugs each frame names (for tooltips in the other frames)', () => {
  const oxy = { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' };
  const beer = { drugId: 'clonazepam', interactionId: 'alcohol', member: 'alcohol' };

  function memoryStorage() {
    const data = new Map<string, unknown>();
    const storage: DrugsStorage = {
      read: async (key) => structuredClone(data.get(key)),
      write: async (key, value) => void data.set(key, structuredClone(value)),
      remove: async (key) => void data.delete(key),
    };
    return { data, storage };
  }

  test("the tab's drugs are every frame's, each once; a frame with none drops out", async () => {
    const { data, storage } = memoryStorage();
    const keeper = new PageDrugsKeeper(storage);
    await keeper.frameDrugs(1, 0, [oxy]);
    await keeper.frameDrugs(1, 9, [{ ...oxy, member: 'Oxycodone' }, beer]);
    expect(await keeper.drugs(1)).toEqual([oxy, beer]);
    await keeper.frameDrugs(1, 9, []);
    expect(await keeper.drugs(1)).toEqual([oxy]);
    // Kept in storage.session: a restarted worker knows them.
    expect(await new PageDrugsKeeper(storage).drugs(1)).toEqual([oxy]);
    await keeper.frameDrugs(1, 0, []);
    expect(data.has(SESSION_KEYS.tabDrugs(1))).toBe(false);
  });

  test('reset forgets the tab; other tabs are kept apart', async () => {
    const { storage } = memoryStorage();
    const keeper = new PageDrugsKeeper(storage);
    await keeper.frameDrugs(1, 0, [oxy]);
    await keeper.frameDrugs(2, 0, [beer]);
    await keeper.reset(1);
    expect(await keeper.drugs(1)).toEqual([]);
    expect(await keeper.drugs(2)).toEqual([beer]);
  });

  test('what a page sends is checked and bounded', () => {
    expect(cleanDrugs('nope')).toEqual([]);
    expect(cleanDrugs([oxy, { drugId: 1 }, null, { ...beer, extra: '<b>' }])).toEqual([oxy, beer]);
    expect(cleanDrugs(Array.from({ length: 500 }, () => oxy))).toHaveLength(200);
    expect(unionOfFrames({ 5: [beer], 0: [oxy, beer] })).toEqual([oxy, beer]);
  });

  test("messages: a frame's list, the question from a tooltip, and a new page in the top frame", async () => {
    const { storage } = memoryStorage();
    const keeper = new PageDrugsKeeper(storage);
    await handleDrugsMessage(keeper, { type: 'page-drugs', drugs: [oxy] }, { tab: { id: 3 }, frameId: 4 });
    await expect(
      handleDrugsMessage(keeper, { type: 'get-page-drugs' }, { tab: { id: 3 }, frameId: 0 }),
    ).resolves.toEqual({ drugs: [oxy] });
    expect(handleDrugsMessage(keeper, { type: 'page-start' }, { tab: { id: 3 }, frameId: 4 })).toBeUndefined();
    await handleDrugsMessage(keeper, { type: 'page-start' }, { tab: { id: 3 }, frameId: 0 });
    expect(await keeper.drugs(3)).toEqual([]);
    expect(handleDrugsMessage(keeper, { type: 'get-page-drugs' }, {})).toBeUndefined();
    expect(
      handleDrugsMessage(keeper, { type: 'mention-count', count: 1 }, { tab: { id: 3 }, frameId: 0 }),
    ).toBeUndefined();
  });
});
