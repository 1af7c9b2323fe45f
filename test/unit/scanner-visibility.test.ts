/**
 * Only what a reader can see is counted, highlighted and stepped through, as find-in-page does:
 * hidden text's mentions are held back, come in when the text is shown and leave when it is hidden
 * again; a closed <details> counts. jsdom has no layout, so a stand-in decides what is shown
 * (the browser's checkVisibility in the end-to-end tests).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isShownLikeFindInPage } from '../../content/scan/visibility';
import { createTestApp, highlighted, resetDocument } from './scanner-support';

/** Layout stand-in: hidden attribute, inline display: none or visibility: hidden on the way up. */
function shownByInlineStyle(text: Text): boolean {
  for (let at = text.parentElement; at; at = at.parentElement) {
    if (at.hasAttribute('hidden') || at.style.display === 'none' || at.style.visibility === 'hidden') return false;
  }
  return true;
}

/** Fake interval timers the test fires by hand. */
function manualTimers() {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  return {
    setInterval: (callback: () => void) => {
      callbacks.set(next, callback);
      return next++;
    },
    clearInterval: (timer: unknown) => callbacks.delete(timer as number),
    get running() {
      return callbacks.size;
    },
    fire: () => [...callbacks.values()].forEach((callback) => callback()),
  };
}

beforeEach(() => resetDocument());

describe('counting what a reader can see', () => {
  it('leaves hidden spam out of the count, the highlights and stepping', async () => {
    resetDocument(`
      <p id="seen">My Klonopin prescription.</p>
      <div style="display:none"><a>Buy Klonopin</a> <a>cheap klonopin</a></div>
      <p hidden>clonazepam without prescription</p>
      <p style="visibility:hidden">Rivotril online</p>`);
    const timers = manualTimers();
    const { app, sink, settle } = createTestApp({ isShown: shownByInlineStyle, ...timers });
    await settle();
    expect(app.store.count).toBe(1);
    expect(highlighted(sink)).toEqual(['Klonopin']);
    expect(app.store.inDocumentOrder().map((mention) => mention.node.parentElement?.id)).toEqual(['seen']);
    expect(app.visibleOnly.held).toBe(4);
    app.stop();
  });

  it('counts text when it is shown (a tab clicked, hidden removed, a style changed) and drops it when hidden again', async () => {
    resetDocument(`
      <div id="tab1">Klonopin in the first tab.</div>
      <div id="tab2" hidden>clonazepam in the second tab.</div>
      <div id="menu" style="display:none">Rivotril in a closed menu</div>`);
    const timers = manualTimers();
    const { app, sink, settle } = createTestApp({ isShown: shownByInlineStyle, ...timers });
    await settle();
    expect(app.store.count).toBe(1);
    const changes = vi.fn();
    app.store.onChange(changes);

    document.getElementById('tab1')?.setAttribute('hidden', '');
    document.getElementById('tab2')?.removeAttribute('hidden');
    timers.fire();
    expect(app.store.count).toBe(1);
    expect(highlighted(sink)).toEqual(['clonazepam']);
    expect(changes).toHaveBeenCalled();

    (document.getElementById('menu') as HTMLElement).style.display = 'block';
    timers.fire();
    expect(highlighted(sink)).toEqual(['Rivotril', 'clonazepam']);

    document.getElementById('tab1')?.removeAttribute('hidden');
    document.getElementById('tab2')?.setAttribute('hidden', '');
    timers.fire();
    expect(highlighted(sink)).toEqual(['Klonopin', 'Rivotril']);
    expect(app.store.count).toBe(2);
    app.stop();
  });

  it('counts everything while the tab is in the background (not laid out there), held text included, and judges again once the tab is seen', async () => {
    resetDocument(`
      <p id="seen">Klonopin in view.</p>
      <p id="judged-hidden" hidden>clonazepam judged while the tab was being switched away.</p>`);
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    try {
      const timers = manualTimers();
      const { app, sink, settle } = createTestApp({ isShown: shownByInlineStyle, ...timers });
      await settle();
      expect(app.store.count).toBe(1);
      expect(app.visibleOnly.held).toBe(1);

      visibility = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(app.store.count).toBe(2);
      expect(highlighted(sink)).toEqual(['Klonopin', 'clonazepam']);
      expect(app.visibleOnly.held).toBe(0);
      expect(timers.running).toBe(0);

      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(app.store.count).toBe(1);
      expect(highlighted(sink)).toEqual(['Klonopin']);
      expect(app.visibleOnly.held).toBe(1);
      app.stop();
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('forgets hidden text that is removed or rewritten without a mention', async () => {
    resetDocument('<p id="a" hidden>Klonopin</p><p id="b" hidden>clonazepam</p>');
    const timers = manualTimers();
    const { app, settle } = createTestApp({ isShown: shownByInlineStyle, ...timers });
    await settle();
    expect(app.visibleOnly.held).toBe(2);
    document.getElementById('a')?.remove();
    (document.getElementById('b')?.firstChild as Text).data = 'nothing here';
    await settle();
    expect(app.visibleOnly.held).toBe(0);
    document.getElementById('b')?.removeAttribute('hidden');
    timers.fire();
    expect(app.store.count).toBe(0);
    app.stop();
  });

  it('runs no recheck timer on a page without mentions', async () => {
    resetDocument('<p>Nothing here about any medicine.</p><p hidden>nor here</p>');
    const timers = manualTimers();
    const { app, settle } = createTestApp({ isShown: shownByInlineStyle, ...timers });
    await settle();
    expect(timers.running).toBe(0);
    app.stop();
  });
});

describe("find-in-page's rule on top of checkVisibility", () => {
  // jsdom has no checkVisibility: a stand-in with the browser's answers for these cases.
  const original = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility');
  beforeEach(() => {
    Object.defineProperty(Element.prototype, 'checkVisibility', {
      configurable: true,
      value(this: Element) {
        for (let at: Element | null = this as Element; at; at = at.parentElement) {
          if (at.hasAttribute('hidden') || (at as HTMLElement).style?.display === 'none') return false;
          const details = at.parentElement;
          if (details?.localName === 'details' && !details.hasAttribute('open') && at.localName !== 'summary')
            return false;
        }
        return true;
      },
    });
  });
  afterEach(() => {
    if (original) Object.defineProperty(Element.prototype, 'checkVisibility', original);
    else delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
  });

  const textIn = (id: string) => document.getElementById(id)?.firstChild as Text;

  it('counts a closed <details> and hidden="until-found", not hidden text', () => {
    resetDocument(`
      <details><summary id="s">Klonopin</summary><p id="in-closed">clonazepam</p></details>
      <div hidden><details><summary>x</summary><p id="closed-in-hidden">clonazepam</p></details></div>
      <div hidden="until-found"><p id="until-found">Klonopin</p></div>
      <div hidden><p id="hidden">Klonopin</p></div>
      <p id="plain">Klonopin</p>`);
    expect(isShownLikeFindInPage(textIn('s'))).toBe(true);
    expect(isShownLikeFindInPage(textIn('in-closed'))).toBe(true);
    expect(isShownLikeFindInPage(textIn('until-found'))).toBe(true);
    expect(isShownLikeFindInPage(textIn('plain'))).toBe(true);
    expect(isShownLikeFindInPage(textIn('hidden'))).toBe(false);
    expect(isShownLikeFindInPage(textIn('closed-in-hidden'))).toBe(false);
  });
});
