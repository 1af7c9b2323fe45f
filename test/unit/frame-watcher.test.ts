/**
 * The watcher every subframe runs instead of the scanner (content/watch.ts): when it asks the
 * background for the scanner, and what it reads and touches before that. On jsdom, with the
 * matcher's real cheap test built from the bundled drugs.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { nameCheckFrom } from '../../src/matcher/name-check';
import { matcherFrom } from '../../src/matcher/run';
import { EDGE_CHARS, LONG_TEXT, NameWatch } from '../../content/scan/name-watch';
import { watchFrame } from '../../content/runtime/frame-watcher';

const mayHoldName = nameCheckFrom(__MEDGLANCE_NAME_CHECK_DATA__);

/** A watch on `document` whose batches run when the test says, and whose sweeps run on the test's timers. */
function watching(options: { doc?: Document } = {}) {
  const doc = options.doc ?? document;
  const batches: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const read: string[] = [];
  let asked = 0;
  const watch = new NameWatch({
    document: doc,
    mayHoldName: (text) => {
      read.push(text);
      return mayHoldName(text);
    },
    found: () => void asked++,
    scheduleBatch: (run) => void batches.push(run),
    nextTask: (run) => void batches.push(run),
    setTimer: (callback) => timers.push(callback),
    clearTimer: () => {},
  });
  /** Lets the MutationObserver deliver, then runs the pending batches. */
  const flush = async () => {
    await Promise.resolve();
    for (const run of batches.splice(0)) run();
  };
  /** Runs the due shadow-root sweeps (and what they hand on). */
  const sweep = async () => {
    for (const run of timers.splice(0)) run();
    await flush();
  };
  return { watch, read, asked: () => asked, flush, sweep };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the watcher decides from the frame text whether to ask for the scanner', () => {
  test('the matcher and its cheap test for the watcher agree on every text', () => {
    const matcher = matcherFrom(__MEDGLANCE_MATCHER_DATA__);
    const texts = [
      'Take Klonopin twice a day',
      'clonazepam',
      'Klono\u00ADpin',
      'ＫＬＯＮＯＰＩＮ',
      'the weather is fine today',
      'Rivotril',
      'Rivo tril',
      'oxycodone and alcohol',
      'a'.repeat(5_000) + ' Klonopin',
      'nothing here '.repeat(500),
      '',
    ];
    texts.push('Rivotril '.padStart(20_000, 'garden city '), 'harbour school '.repeat(2_000));
    for (const text of texts) {
      expect(mayHoldName(text), text.slice(0, 40)).toBe(matcher.mayMatch(text));
      expect(mayHoldName(text), text.slice(0, 40)).toBe(matcher.mayMatchAnywhere(text));
    }
  });

  test('asks once for a frame whose text names a drug, at once when the document is parsed', () => {
    document.body.innerHTML = '<p>Ask your doctor about <b>Rivotril</b>.</p>';
    const { watch, asked } = watching();
    watch.start();
    expect(asked()).toBe(1);
    expect(watch.stopped).toBe(true);
  });

  test('does not ask for a frame without a name, and asks once when a name appears later', async () => {
    document.body.innerHTML = '<div id="ad"><p>Buy shoes today</p></div>';
    const { watch, asked, flush } = watching();
    watch.start();
    await flush();
    expect(asked()).toBe(0);
    document.getElementById('ad')!.append(Object.assign(document.createElement('p'), { textContent: 'More shoes' }));
    await flush();
    expect(asked()).toBe(0);
    const later = Object.assign(document.createElement('p'), { textContent: 'Rivotril in stock' });
    document.body.append(later);
    document.body.append(later.cloneNode(true));
    await flush();
    expect(asked()).toBe(1);
    // Stopped: more names do not ask again.
    document.body.append(later.cloneNode(true));
    await flush();
    expect(asked()).toBe(1);
  });

  test('asks when a text node changes to hold a name', async () => {
    document.body.innerHTML = '<p id="p">Loading…</p>';
    const { watch, asked, flush } = watching();
    watch.start();
    (document.getElementById('p')!.firstChild as Text).data = 'Rivotril 2 mg';
    await flush();
    expect(asked()).toBe(1);
  });

  test('sees a name split across inline nodes when its second half is added later', async () => {
    document.body.innerHTML = '<p id="p">Take Rivo</p>';
    const { watch, asked, flush } = watching();
    watch.start();
    await flush();
    expect(asked()).toBe(0);
    const half = document.createElement('b');
    half.textContent = 'tril';
    document.getElementById('p')!.append(half);
    await flush();
    expect(asked()).toBe(1);
  });

  test('sees a name whose halves meet when the node between them is removed', async () => {
    document.body.innerHTML = '<p>Take Rivo<i id="gap">[ad]</i>tril daily</p>';
    const { watch, asked, flush } = watching();
    watch.start();
    await flush();
    expect(asked()).toBe(0);
    document.getElementById('gap')!.remove();
    await flush();
    expect(asked()).toBe(1);
  });

  test('in a place with a lot of text reads only the added node and the text at its edges', async () => {
    const filler = 'Nothing to see in this line of the feed. ';
    document.body.innerHTML = `<div id="feed">${filler.repeat(Math.ceil((LONG_TEXT * 2) / filler.length))}Take Rivo</div>`;
    const { watch, asked, read, flush } = watching();
    watch.start();
    await flush();
    expect(asked()).toBe(0);
    const feed = document.getElementById('feed')!;
    const added = document.createElement('span');
    added.textContent = 'more';
    feed.prepend(added);
    read.length = 0;
    await flush();
    expect(asked()).toBe(0);
    expect(read).toHaveLength(1);
    expect(read[0]!.length).toBeLessThanOrEqual('more'.length + 2 * EDGE_CHARS);
    expect(read[0]).toContain('more');
    // The end of the long text, cut by the added node's edge, is read with it.
    const end = document.createElement('b');
    end.textContent = 'tril';
    feed.append(end);
    read.length = 0;
    await flush();
    expect(read[0]!.length).toBeLessThanOrEqual('tril'.length + 2 * EDGE_CHARS);
    expect(read[0]).toContain('Take Rivotril');
    expect(asked()).toBe(1);
  });

  test('reads the open shadow roots already there, and watches their changes', async () => {
    document.body.innerHTML = '<div id="host"></div><div id="other"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Rivotril</p>';
    const first = watching();
    first.watch.start();
    expect(first.asked()).toBe(1);

    const quiet = document.getElementById('other')!.attachShadow({ mode: 'open' });
    quiet.innerHTML = '<p id="inner">Nothing yet</p>';
    root.innerHTML = '';
    const second = watching();
    second.watch.start();
    await second.flush();
    expect(second.asked()).toBe(0);
    quiet.getElementById('inner')!.append(' and Rivotril');
    await second.flush();
    expect(second.asked()).toBe(1);
  });

  test('finds the shadow root an added element brings with the change, before any sweep', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const { watch, asked, flush } = watching();
    watch.start();
    await flush();
    const host = document.createElement('div');
    const card = document.createElement('section');
    host.append(card);
    document.getElementById('list')!.append(host);
    card.attachShadow({ mode: 'open' }).innerHTML = '<p>Rivotril</p>';
    await flush();
    expect(asked()).toBe(1);
  });

  test('finds a shadow root attached later by its sweeps', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const { watch, asked, sweep } = watching();
    watch.start();
    await sweep();
    expect(asked()).toBe(0);
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>Rivotril</span>';
    await sweep();
    expect(asked()).toBe(1);
  });

  test('waits for DOMContentLoaded in a document still loading', async () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<p>Rivotril</p>';
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    const { watch, asked } = watching({ doc });
    watch.start();
    expect(asked()).toBe(0);
    Object.defineProperty(doc, 'readyState', { value: 'interactive', configurable: true });
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(asked()).toBe(1);
  });
});

describe('the watcher in a subframe and the extension API', () => {
  const touched: string[] = [];
  const sent: unknown[] = [];
  const listeners = new Set<(message: unknown, sender: unknown, reply: (answer: unknown) => void) => unknown>();
  let stopWatching: () => void = () => {};

  /** Records every read of the extension API. */
  function recorded<T extends object>(name: string, target: T): T {
    return new Proxy(target, {
      get(object, key, receiver) {
        touched.push(`${name}.${String(key)}`);
        const value = Reflect.get(object, key, receiver) as unknown;
        return typeof value === 'object' && value !== null ? recorded(`${name}.${String(key)}`, value) : value;
      },
    });
  }

  /** The frame's window as the watcher sees it: a subframe (its top is another window). */
  const subframe = () =>
    new Proxy(window, {
      get: (target, key) => {
        if (key === 'top') return {};
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });

  beforeEach(() => {
    touched.length = 0;
    sent.length = 0;
    listeners.clear();
    const chromeApi = {
      runtime: {
        id: 'medglance-test',
        sendMessage: async (message: unknown) => void sent.push(message),
        onMessage: {
          addListener: (listener: never) => listeners.add(listener),
          removeListener: (listener: never) => listeners.delete(listener),
        },
      },
    };
    Object.assign(globalThis, { chrome: recorded('chrome', chromeApi) });
  });
  afterEach(() => {
    stopWatching();
    delete (globalThis as Record<string, unknown>).chrome;
  });

  test('touches no extension API in a frame without a name, and asks for the scanner once a name appears', async () => {
    document.body.innerHTML = '<p>Buy shoes today</p>';
    stopWatching = watchFrame(subframe());
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'More shoes' }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(touched).toEqual([]);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Rivotril' }));
    await expect.poll(() => sent).toEqual([{ type: 'load-scanner' }]);
  });

  test('does nothing at all in a top frame', async () => {
    document.body.innerHTML = '<p>Rivotril</p>';
    stopWatching = watchFrame(window);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(touched).toEqual([]);
    expect(sent).toEqual([]);
  });

  test('answers the look-up command with the selection of a frame without a name', async () => {
    document.body.innerHTML = '<p id="p">Buy shoes today</p>';
    stopWatching = watchFrame(subframe());
    expect(listeners.size).toBe(0);
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(listeners.size).toBe(1);
    const answers: unknown[] = [];
    for (const listener of listeners) listener({ type: 'get-selection' }, {}, (answer) => answers.push(answer));
    expect(answers).toEqual([{ text: 'Buy shoes today' }]);
    expect(sent).toEqual([]);
  });

  test('stops when the scanner (or a newer copy) announces itself in the frame', async () => {
    document.body.innerHTML = '<p>Buy shoes today</p>';
    stopWatching = watchFrame(subframe());
    const { announceInstance } = await import('../../content/runtime/instance');
    announceInstance(document);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Rivotril' }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sent).toEqual([]);
  });
});
