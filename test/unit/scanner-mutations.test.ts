import { describe, expect, test, vi } from 'vitest';
import { appPerTest, highlighted, resetDocument } from './scanner-support';
vi.mock('webextension-polyfill', () => ({ default: {} }));

const start = appPerTest();

describe('keeping up with mutations', () => {
  test('added text nodes and added subtrees are scanned', async () => {
    resetDocument('<main id="feed"><p>Klonopin</p></main>');
    const { app, sink, settle } = start();
    await settle();
    const feed = document.getElementById('feed')!;
    feed.append(document.createTextNode('clonazepam alone'));
    const post = document.createElement('article');
    post.innerHTML = '<h2>Rivotril</h2><p>and <i>K-pin</i> too</p>';
    feed.append(post);
    await settle();
    expect(app.store.count).toBe(4);
    expect(highlighted(sink)).toEqual(['K-pin', 'Klonopin', 'Rivotril', 'clonazepam']);
  });

  test('characterData changes add and remove mentions of that node', async () => {
    resetDocument('<p id="p">nothing yet</p>');
    const { app, sink, settle } = start();
    await settle();
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'now Klonopin and clonazepam';
    await settle();
    expect(highlighted(sink)).toEqual(['Klonopin', 'clonazepam']);
    text.data = 'only clonazepam';
    await settle();
    expect(highlighted(sink)).toEqual(['clonazepam']);
    text.data = 'gone';
    await settle();
    expect(app.store.count).toBe(0);
    expect(sink.size).toBe(0);
  });

  test('removed text drops its mentions and ranges', async () => {
    resetDocument('<div id="a"><p>Klonopin</p><p>clonazepam</p></div><p id="b">Rivotril</p>');
    const { app, sink, settle } = start();
    await settle();
    document.getElementById('a')!.remove();
    await settle();
    expect(app.store.count).toBe(1);
    expect(highlighted(sink)).toEqual(['Rivotril']);
    expect(app.store.trackedNodes).toBe(1);
  });

  test('text moved into an excluded place is dropped, and back out counts again', async () => {
    resetDocument('<p id="p"><span id="s">Klonopin</span></p><code id="c"></code>');
    const { app, settle } = start();
    await settle();
    const span = document.getElementById('s')!;
    document.getElementById('c')!.append(span);
    await settle();
    expect(app.store.count).toBe(0);
    document.getElementById('p')!.append(span);
    await settle();
    expect(app.store.count).toBe(1);
  });

  test('switching contenteditable on drops the mentions inside, off brings them back', async () => {
    resetDocument('<div id="d"><p>Klonopin</p></div>');
    const { app, settle } = start();
    await settle();
    const div = document.getElementById('d')!;
    div.setAttribute('contenteditable', 'true');
    await settle();
    expect(app.store.count).toBe(0);
    div.removeAttribute('contenteditable');
    await settle();
    expect(app.store.count).toBe(1);
  });

  test('a moved node (removed and re-added in one batch) keeps its mention once', async () => {
    resetDocument('<div id="a"><p id="p">Klonopin</p></div><div id="b"></div>');
    const { app, sink, settle } = start();
    await settle();
    document.getElementById('b')!.append(document.getElementById('p')!);
    await settle();
    expect(app.store.count).toBe(1);
    expect(sink.size).toBe(1);
  });

  test('store listeners hear about each batch that changed something, and not otherwise', async () => {
    resetDocument('<p id="p">x</p>');
    const { app, settle } = start();
    await settle();
    let calls = 0;
    app.store.onChange(() => calls++);
    document.getElementById('p')!.append(' no drug here');
    await settle();
    expect(calls).toBe(0);
    document.getElementById('p')!.append(' Klonopin');
    await settle();
    expect(calls).toBe(1);
  });
});

describe('memory on a page that churns', () => {
  test('replacing a feed again and again keeps the store and the highlight bounded', async () => {
    resetDocument('<main id="feed"></main>');
    const { app, sink, settle } = start();
    await settle();
    const feed = document.getElementById('feed')!;
    const sizes: number[] = [];
    for (let cycle = 0; cycle < 150; cycle++) {
      feed.replaceChildren();
      for (let i = 0; i < 10; i++) {
        const post = document.createElement('p');
        post.textContent = `post ${cycle}.${i}: Klonopin and ${i % 2 ? 'clonazepam' : 'nothing else'}`;
        feed.append(post);
      }
      // Sometimes the text of a kept node changes too.
      (feed.firstChild!.firstChild as Text).data += ' Rivotril';
      await settle();
      sizes.push(app.store.trackedNodes);
      expect(app.store.count).toBe(10 + 5 + 1);
      expect(sink.size).toBe(16);
    }
    expect(Math.max(...sizes)).toBe(10);
    // No stale range points at text that left the page.
    for (const range of sink.ranges) expect(range.startContainer.isConnected).toBe(true);
  });
});

describe('time slices', () => {
  function bigPage(paragraphs: number): void {
    const html: string[] = [];
    for (let i = 0; i < paragraphs; i++)
      html.push(`<p id="p${i}">Paragraph ${i}: some filler text, ${i % 10 === 0 ? 'Klonopin' : 'nothing'} here.</p>`);
    resetDocument(html.join(''));
  }

  /** A clock that moves 1 ms every time anyone reads it: slices end after a few checks. */
  function steppingClock(): () => number {
    let t = 0;
    return () => (t += 1);
  }

  test('a large first scan runs in several slices and lets the page run in between', async () => {
    bigPage(3000);
    const { app, settle } = start({ now: steppingClock(), sliceBudgetMs: 4 });
    let countWhenPageRan: number | undefined;
    setTimeout(() => (countWhenPageRan = app.store.count), 0);
    await settle();
    expect(app.store.count).toBe(300);
    expect(app.scanner.slices).toBeGreaterThan(5);
    // The page's own task ran while the scan was still under way.
    expect(countWhenPageRan).toBeDefined();
    expect(countWhenPageRan!).toBeLessThan(300);
  });

  test('the first scan starts at the #anchor (what is in view), then wraps around to the start', async () => {
    bigPage(3000);
    const seenFirst: string[] = [];
    const { app, settle } = start({
      now: steppingClock(),
      sliceBudgetMs: 4,
      findStart: (doc) => doc.getElementById('p2000'),
    });
    const unsubscribe = app.store.onChange(() => {
      if (seenFirst.length === 0)
        seenFirst.push(...app.store.inDocumentOrder().map((m) => (m.node.parentNode as Element).id));
    });
    await settle();
    unsubscribe();
    expect(seenFirst.length).toBeGreaterThan(0);
    expect(seenFirst[0]).toBe('p2000');
    expect(seenFirst.every((id) => Number(id.slice(1)) >= 2000)).toBe(true);
    expect(app.store.count).toBe(300);
  });

  test('a sliced first scan paints twice: what it finds first, then all the rest when it is done', async () => {
    bigPage(3000);
    // No visibility recheck meanwhile (it commits on its own timer).
    const { app, sink, settle } = start({
      now: steppingClock(),
      sliceBudgetMs: 4,
      setInterval: () => 0,
      clearInterval: () => {},
    });
    const painted: number[] = [];
    app.store.onChange(() => painted.push(sink.size));
    await settle();
    expect(app.scanner.slices).toBeGreaterThan(5);
    expect(painted).toHaveLength(2);
    expect(painted[0]).toBeGreaterThan(0);
    expect(painted[0]).toBeLessThan(300);
    expect(painted[1]).toBe(300);
  });

  test('started with the first slice inside start() (at DOMContentLoaded), the start of the page is painted before start() returns', () => {
    bigPage(3000);
    const { app, sink } = start({
      now: steppingClock(),
      sliceBudgetMs: 4,
      firstSliceNow: true,
      setInterval: () => 0,
      clearInterval: () => {},
    });
    // No task has run yet: the page's first frame would already show these.
    expect(sink.size).toBeGreaterThan(0);
    expect(sink.size).toBeLessThan(300);
    expect(app.scanner.firstScanDone).toBe(false);
  });

  test('a scan paused at a node the page then removes goes on from where that node was', async () => {
    bigPage(3000);
    const { app, settle } = start({ now: steppingClock(), sliceBudgetMs: 4 });
    let removed = false;
    app.store.onChange(() => {
      if (removed) return;
      removed = true;
      // Remove the paragraphs around the walk's position, including the one it paused in.
      const lastSeen = app.store.inDocumentOrder().at(-1)!.node.parentElement!;
      const at = Number(lastSeen.id.slice(1));
      for (let i = Math.max(0, at - 5); i < at + 100; i++) document.getElementById(`p${i}`)?.remove();
    });
    await settle();
    const expected = document.body.textContent!.match(/Klonopin/g)!.length;
    expect(expected).toBeLessThan(300);
    expect(app.store.count).toBe(expected);
  });
});

describe('the page DOM is never changed', () => {
  test('no mutation at all comes from the scanner, and outerHTML is byte-identical', async () => {
    resetDocument(`<article id="a"><h1>Klonopin</h1><p>clonazepam, <em>Rivotril</em> and <code>klonopin</code></p>
      <div id="host"></div><pre>K-pin</pre><textarea>Klonopin</textarea></article>`);
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Klonopin in shadow</p>';
    const before = document.documentElement.outerHTML;
    const shadowBefore = document.getElementById('host')!.shadowRoot!.innerHTML;
    const records: MutationRecord[] = [];
    const watcher = new MutationObserver((list) => records.push(...list));
    watcher.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    watcher.observe(document.getElementById('host')!.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const { app, settle } = start();
    await settle();
    app.applySettings({ ...app.settings, highlightStyle: 'background' });
    app.applySettings({ ...app.settings, highlightEnabled: false });
    app.applySettings({ ...app.settings, highlightEnabled: true });
    await settle();
    expect(app.store.count).toBe(5);
    records.push(...watcher.takeRecords());
    watcher.disconnect();
    expect(records).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.getElementById('host')!.shadowRoot!.innerHTML).toBe(shadowBefore);
  });
});
