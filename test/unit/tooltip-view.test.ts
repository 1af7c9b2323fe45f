/**
 * The tooltip as a whole in jsdom: what the keyboard command opens, what the dialog contains,
 * Escape and focus, the "Full reference" message, updates from the scanner. Hit-testing and
 * placement need layout and are covered by the browser tests.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn((_message: unknown) => Promise.resolve());
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { sendMessage: (message: unknown) => sendMessage(message) },
    storage: { sync: { get: () => Promise.resolve({}) }, onChanged: { addListener() {}, removeListener() {} } },
  },
}));

import { startTooltips, type TooltipHandle } from '../../content/tooltip/index';
import type { InteractantOnPage } from '../../src/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import type { DrugData } from '../../src/drugs/schema';
import { FakeStore, fixtureDrug, mentionOf } from './tooltip-fixture';

const rect = { x: 10, y: 10, left: 10, top: 10, right: 60, bottom: 26, width: 50, height: 16, toJSON() {} };

let store: FakeStore;
let tooltips: TooltipHandle;
let pageButton: HTMLButtonElement;

function start(
  drugs: readonly DrugData[] = [fixtureDrug()],
  settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] },
) {
  tooltips = startTooltips({
    store,
    drugs,
    settings: { current: () => settings, subscribe: () => () => undefined },
  });
}

const host = () => document.querySelector('medglance-tooltip');
const shadow = () => host()?.shadowRoot ?? null;
const panel = () => shadow()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;

beforeEach(() => {
  sendMessage.mockClear();
  // jsdom has no layout: every range gets one box.
  Range.prototype.getClientRects = () => [rect] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollBy = vi.fn() as typeof window.scrollBy;
  document.body.replaceChildren();
  pageButton = document.createElement('button');
  pageButton.textContent = 'page control';
  const first = document.createElement('p');
  first.textContent = 'I was given Klonopin for panic.';
  const second = document.createElement('p');
  second.textContent = 'Someone sold me a k-pin once.';
  document.body.append(pageButton, first, second);
  store = new FakeStore();
  store.mentions = [
    mentionOf(first.firstChild as Text, 'Klonopin', 'brand', 'Klonopin'),
    mentionOf(second.firstChild as Text, 'k-pin', 'slang', 'K-pin'),
  ];
});

afterEach(() => {
  tooltips?.stop();
  vi.restoreAllMocks();
});

describe('keyboard command and dialog', () => {
  it('opens a named, non-modal dialog for the next mention and moves focus into it', () => {
    start();
    pageButton.focus();
    expect(host()).toBeNull();
    tooltips.step(1);

    expect(host()?.parentNode).toBe(document.documentElement);
    const dialog = panel()!;
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    const title = shadow()!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.tagName).toBe('H2');
    expect(title.textContent).toBe('Klonopin, a brand of clonazepam, a TEST-KIND medicine');
    expect(document.activeElement).toBe(host());
    expect(shadow()!.activeElement).toBe(dialog);
  });

  it('shows the data: treats, the boxed warning first, urgent help; the other warnings, sources and disclaimer behind "More"', () => {
    start();
    tooltips.step(1);
    const text = panel()!.textContent!;
    expect(text).toContain('TEST-TREATS panic and seizures.');
    expect(shadow()!.querySelector('.boxed-line')!.textContent).toBe('\u26A0Boxed warning: TEST-BOXED warning text.');
    const warnings = [...shadow()!.querySelectorAll('.warnings li')];
    expect(warnings.map((li) => li.textContent)).toEqual(['TEST-SECOND warning.', 'TEST-THIRD warning.']);
    expect(warnings.every((li) => li.closest('[hidden]'))).toBe(true);
    expect(shadow()!.querySelector('.urgent')!.textContent).toContain('TEST-URGENT slow breathing');
    expect(shadow()!.querySelector('.urgent')!.textContent).toContain('911');
    expect(shadow()!.querySelector('.sources')!.textContent).toBe('Sources: Publisher A, Publisher B');
    expect(shadow()!.querySelector('.sources')!.closest('[hidden]')).not.toBeNull();
    expect(text).toContain('TEST-DISCLAIMER not medical advice.');
    // No interacting drug on this page: no list.
    expect(shadow()!.querySelector('.others')).toBeNull();
  });

  it('steps forward and back through the mentions, wrapping around', () => {
    start();
    tooltips.step(1);
    tooltips.step(1);
    expect(shadow()!.querySelector('h2')!.textContent).toBe(
      'k-pin, a street name for clonazepam, a TEST-KIND medicine',
    );
    tooltips.step(1);
    expect(shadow()!.querySelector('h2')!.textContent).toContain('Klonopin');
    tooltips.step(-1);
    expect(shadow()!.querySelector('h2')!.textContent).toContain('k-pin');
    expect(Element.prototype.scrollIntoView).toBeDefined();
  });

  it('Escape closes it, removes it from the page and returns focus where it was', () => {
    start();
    pageButton.focus();
    tooltips.step(1);
    const buttons = [...shadow()!.querySelectorAll('button')];
    buttons[1]!.focus();
    buttons[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(pageButton);
  });

  it('the close button closes it and returns focus', () => {
    start();
    pageButton.focus();
    tooltips.step(1);
    const close = shadow()!.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!;
    close.focus();
    close.click();
    expect(host()).toBeNull();
    expect(document.activeElement).toBe(pageButton);
  });

  it('closes when focus moves to the page', () => {
    start();
    tooltips.step(1);
    pageButton.focus();
    expect(host()).toBeNull();
  });

  it('"Full reference" asks the background to open the reference at the right section', () => {
    start();
    tooltips.step(1);
    const full = [...shadow()!.querySelectorAll('button')].find((b) => b.textContent === 'Full reference')!;
    full.click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'open-reference', drugId: 'clonazepam', section: 'what-it-is' });
  });
});

describe('updates and robustness', () => {
  it('lists the page\u2019s interacting drugs, updated when the scanner finds them', () => {
    start();
    tooltips.step(1);
    expect(shadow()!.querySelector('.others')).toBeNull();
    store.others = [
      { drugId: 'clonazepam', interactionId: 'alcohol', member: 'alcohol' },
      { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' },
    ];
    store.emit();
    const items = [...shadow()!.querySelectorAll('.others li')];
    expect(items.map((li) => li.textContent)).toEqual([
      'Contraindicatedoxycodone: TEST-LINE taking them together can slow breathing dangerously',
      'Seriousalcohol: TEST-LINE alcohol adds to the sedation',
    ]);
    expect(items[0]!.getAttribute('title')).toBe(
      'This page also mentions oxycodone: TEST-LINE taking them together can slow breathing dangerously.',
    );
    // Focus stays inside the dialog across the update.
    expect(shadow()!.activeElement).toBe(panel());
    const interactions = [...shadow()!.querySelectorAll('button')].find((b) => b.textContent === 'Interactions')!;
    interactions.click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'open-reference', drugId: 'clonazepam', section: 'interactions' });
  });

  it('closes when its mention leaves the page', () => {
    start();
    tooltips.step(1);
    const gone = store.mentions[0]!;
    store.mentions = store.mentions.slice(1);
    gone.node.parentNode!.removeChild(gone.node);
    store.emit();
    expect(host()).toBeNull();
  });

  it('renders data as text, never as markup', () => {
    const hostile = fixtureDrug();
    hostile.summary = { ...hostile.summary, treats: { text: '<img src=x onerror="alert(1)">', sources: [] } };
    start([hostile]);
    tooltips.step(1);
    expect(shadow()!.querySelector('img')).toBeNull();
    expect(shadow()!.querySelector('.treats')!.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('does nothing for a drug whose reference data has not arrived', () => {
    const partial = { id: 'clonazepam', displayName: 'Clonazepam', names: fixtureDrug().names } as unknown as DrugData;
    start([partial]);
    tooltips.step(1);
    expect(host()).toBeNull();
  });

  it('stop() closes it and leaves nothing behind', () => {
    start();
    tooltips.step(1);
    tooltips.stop();
    expect(host()).toBeNull();
    tooltips.step(1);
    expect(host()).toBeNull();
  });
});

describe("the other frames' drugs", () => {
  it('lists drugs that only another frame of the tab names, once the background answers', async () => {
    let answer: (drugs: InteractantOnPage[]) => void = () => undefined;
    const asked = vi.fn(() => new Promise<InteractantOnPage[]>((resolve) => (answer = resolve)));
    tooltips = startTooltips({
      store,
      drugs: [fixtureDrug()],
      settings: { current: () => ({ ...DEFAULT_SETTINGS, disabledSites: [] }), subscribe: () => () => undefined },
      tabDrugs: asked,
    });
    tooltips.step(1);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(shadow()!.querySelector('.others')).toBeNull();
    answer([{ drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' }]);
    await vi.waitFor(() => expect(shadow()!.querySelector('.others')?.textContent).toContain('oxycodone: TEST-LINE'));
    // Focus stays in the dialog across the re-render.
    expect(shadow()!.activeElement?.getAttribute('role')).toBe('dialog');
  });
});

describe('stepping as part of a tab with frames', () => {
  it('reports whether it opened a mention; without wrapping it opens nothing past the last one', () => {
    start();
    expect(tooltips.step(1, { wrap: false })).toBe(true);
    expect(shadow()!.querySelector('h2')!.textContent).toMatch(/^Klonopin,/);
    expect(tooltips.step(1, { wrap: false })).toBe(true);
    expect(shadow()!.querySelector('h2')!.textContent).toMatch(/^k-pin,/);
    expect(tooltips.step(1, { wrap: false })).toBe(false);
    // Still on the last one: the background opens the next frame's mention instead.
    expect(shadow()!.querySelector('h2')!.textContent).toMatch(/^k-pin,/);
  });

  it('arriving from another frame opens the first mention going forward, the last going back', () => {
    start();
    expect(tooltips.step(-1, { fromEdge: true })).toBe(true);
    expect(shadow()!.querySelector('h2')!.textContent).toMatch(/^k-pin,/);
    expect(tooltips.step(1, { fromEdge: true })).toBe(true);
    expect(shadow()!.querySelector('h2')!.textContent).toMatch(/^Klonopin,/);
  });

  it('closes when stepping went on in another frame', () => {
    start();
    tooltips.step(1);
    expect(host()).not.toBeNull();
    tooltips.close();
    expect(host()).toBeNull();
  });

  it('a frame without mentions opens nothing', () => {
    store.mentions = [];
    start();
    expect(tooltips.step(1, { fromEdge: true })).toBe(false);
    expect(tooltips.step(1)).toBe(false);
    expect(host()).toBeNull();
  });
});

describe('pointer wiring and settings', () => {
  let settings: Settings;
  let listeners: ((next: Settings) => void)[];
  const firstText = () => store.mentions[0]!.node;

  beforeEach(() => {
    vi.useFakeTimers();
    settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
    listeners = [];
    // jsdom has no caretPositionFromPoint: every point lands inside "Klonopin" of the first paragraph.
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({
      offsetNode: firstText(),
      offset: 14,
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  });

  const startWithFeed = (hostname?: string) => {
    tooltips = startTooltips({
      ...(hostname === undefined ? {} : { hostname }),
      store,
      drugs: [fixtureDrug()],
      settings: {
        current: () => settings,
        subscribe: (listener) => {
          listeners.push(listener);
          return () => undefined;
        },
      },
    });
  };
  const moveTo = (x: number, y: number) =>
    document.body.dispatchEvent(
      new MouseEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }),
    );

  it('hovering a mention opens it after the delay from the settings', () => {
    settings.hoverDelayMs = 500;
    startWithFeed();
    moveTo(30, 15);
    vi.advanceTimersByTime(499);
    expect(host()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(shadow()!.querySelector('h2')!.textContent).toContain('Klonopin');
  });

  it('a point outside the mention\u2019s box opens nothing', () => {
    startWithFeed();
    moveTo(300, 15);
    vi.advanceTimersByTime(2000);
    expect(host()).toBeNull();
  });

  it('opens nothing on a site where the user turned MedGlance off', () => {
    settings.disabledSites = [location.hostname];
    startWithFeed();
    moveTo(30, 15);
    vi.advanceTimersByTime(2000);
    expect(host()).toBeNull();
    // The keyboard command is an explicit request and still works.
    tooltips.step(1);
    expect(host()).not.toBeNull();
  });

  it("in a frame, follows the settings of the tab's site, not the frame's own host", () => {
    settings.disabledSites = ['forum.example'];
    startWithFeed('forum.example');
    moveTo(30, 15);
    vi.advanceTimersByTime(2000);
    expect(host()).toBeNull();
    tooltips.stop();

    settings.disabledSites = [location.hostname];
    startWithFeed('forum.example');
    moveTo(30, 15);
    vi.advanceTimersByTime(2000);
    expect(host()).not.toBeNull();
  });

  it('closes a hover tooltip when the trigger is switched off', () => {
    startWithFeed();
    moveTo(30, 15);
    vi.advanceTimersByTime(300);
    expect(host()).not.toBeNull();
    settings = { ...settings, tooltipTrigger: 'off' };
    listeners.forEach((listener) => listener(settings));
    expect(host()).toBeNull();
  });
});
