/**
 * The real content entry (content/index.ts) on jsdom, with a fake extension API and a fake
 * CSS.highlights registry: what it tells the background, and how an older copy gives way.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

const sent: unknown[] = [];
const runtime = {
  id: 'medglance-test' as string | undefined,
  sendMessage: vi.fn(async (message: unknown) => {
    if (!runtime.id) throw new Error('Extension context invalidated.');
    sent.push(message);
  }),
  onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
};
// The content script uses the browser's own extension API (chrome.* in Chromium), no polyfill.
const chromeApi = {
  runtime,
  storage: {
    sync: { get: async () => ({}) },
    onChanged: { addListener: () => {}, removeListener: () => {} },
  },
};

class FakeHighlight extends Set<Range> {}
const registry = new Map<string, FakeHighlight>();

beforeAll(() => {
  Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: registry }, chrome: chromeApi });
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).Highlight;
  delete (globalThis as Record<string, unknown>).CSS;
  delete (globalThis as Record<string, unknown>).chrome;
});

const counts = () =>
  sent.filter((m): m is { type: 'mention-count'; count: number } => (m as { type: string }).type === 'mention-count');

async function loadContentScript(): Promise<void> {
  vi.resetModules();
  await import('../../content/index');
}

describe('content entry', () => {
  test('scans, highlights in the medglance registry entry, and reports the count', async () => {
    document.body.innerHTML = '<p id="p">Klonopin and clonazepam</p>';
    await loadContentScript();
    await expect.poll(() => registry.get('medglance')?.size).toBe(2);
    await expect.poll(() => counts().at(-1)?.count).toBe(2);
    // Loaded into a finished document (like an injected copy), it does not reset the tab.
    expect(sent).not.toContainEqual({ type: 'page-start' });
  });

  test('a newer copy takes over: the old one stops painting, counting and observing', async () => {
    const first = registry.get('medglance');
    await loadContentScript();
    await expect.poll(() => registry.get('medglance') !== first && registry.get('medglance')?.size === 2).toBe(true);
    expect(first?.size).toBe(0);
    const before = counts().length;
    document.getElementById('p')!.append(' and Rivotril');
    await expect.poll(() => registry.get('medglance')?.size).toBe(3);
    await expect.poll(() => counts().at(-1)?.count).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // One copy reports the change, not two.
    expect(
      counts()
        .slice(before)
        .filter((m) => m.count === 3),
    ).toHaveLength(1);
  });

  test('the page cannot switch it off by sending the takeover event itself', async () => {
    const current = registry.get('medglance');
    document.dispatchEvent(new CustomEvent('medglance-content-takeover'));
    expect(registry.get('medglance')).toBe(current);
    expect(current?.size).toBe(3);
    document.getElementById('p')!.append(' and clonazePAM');
    await expect.poll(() => counts().at(-1)?.count).toBe(4);
    expect(current?.size).toBe(4);
  });

  test('back from the back/forward cache: the top frame starts the page again and resends its count', async () => {
    const before = sent.length;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await expect.poll(() => sent.slice(before)).toEqual([{ type: 'page-start' }, { type: 'mention-count', count: 4 }]);
    // A normal load's pageshow (not from the cache) changes nothing.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent.slice(before)).toHaveLength(2);
  });

  test('an orphaned copy (extension gone) stops and takes its highlight out', async () => {
    runtime.id = undefined;
    document.getElementById('p')!.append(' and K-pin');
    await expect.poll(() => registry.has('medglance'), { timeout: 3_000 }).toBe(false);
  });
});
