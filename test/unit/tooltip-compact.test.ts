/**
 * The tooltip's compact first view and its "More" disclosure, in jsdom (heights need layout:
 * the browser tests measure them). A new tooltip always opens compact.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { sendMessage: () => Promise.resolve() },
    storage: { sync: { get: () => Promise.resolve({}) }, onChanged: { addListener() {}, removeListener() {} } },
  },
}));

import { startTooltips, type TooltipHandle } from '../../content/tooltip/index';
import { COMPACT_OTHER_DRUGS } from '../../content/tooltip/render';
import type { InteractantOnPage } from '../../src/messages';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import type { DrugData } from '../../src/drugs/schema';
import { FakeStore, fixtureDrug, mentionOf } from './tooltip-fixture';

/** Five interacting drugs on the page, from mild to severe (the tooltip must sort them). */
const FIVE_OTHERS: InteractantOnPage[] = [
  { drugId: 'clonazepam', interactionId: 'inducers', member: 'carbamazepine' },
  { drugId: 'clonazepam', interactionId: 'alcohol', member: 'alcohol' },
  { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' },
  { drugId: 'clonazepam', interactionId: 'opioids', member: 'hydrocodone' },
  { drugId: 'clonazepam', interactionId: 'inducers', member: 'phenytoin' },
];

function drugWithDetails(): DrugData {
  const drug = fixtureDrug();
  drug.summary = {
    ...drug.summary,
    warnings: [
      { text: 'TEST-BOXED first sentence. TEST-BOXED second sentence.', sources: ['src-a'] },
      drug.summary.warnings[1],
      drug.summary.warnings[2],
    ],
  };
  drug.interactions = drug.interactions.map((row) =>
    row.id === 'inducers' ? { ...row, members: [...row.members, { generic: 'phenytoin', brands: [] }] } : row,
  );
  drug.emergencyHelp = [
    { label: 'Emergency', number: '911', region: 'US', sources: ['src-c'] },
    { label: 'TEST-HELPLINE', number: '988', region: 'US', sources: ['src-c'] },
  ];
  return drug;
}

let tooltips: TooltipHandle;
let store: FakeStore;

const shadow = () => document.querySelector('medglance-tooltip')?.shadowRoot ?? null;
const panel = () => shadow()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
const more = () => shadow()!.querySelector<HTMLButtonElement>('button[aria-controls]')!;
const region = () => shadow()!.getElementById(more().getAttribute('aria-controls')!)!;
const visibleText = () => {
  // What a sighted user sees in the first view: everything outside hidden subtrees.
  const clone = panel()!.cloneNode(true) as HTMLElement;
  for (const hidden of clone.querySelectorAll('[hidden], .visually-hidden')) hidden.remove();
  return clone.textContent ?? '';
};

beforeEach(() => {
  const rect = { x: 10, y: 10, left: 10, top: 10, right: 60, bottom: 26, width: 50, height: 16, toJSON() {} };
  Range.prototype.getClientRects = () => [rect] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
  Element.prototype.scrollIntoView = vi.fn();
  document.body.replaceChildren();
  const paragraphs = ['I was given Klonopin for panic.', 'Someone sold me a k-pin once.'].map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  document.body.append(...paragraphs);
  store = new FakeStore();
  store.mentions = paragraphs.map((p, index) => {
    const word = index === 0 ? 'Klonopin' : 'k-pin';
    return mentionOf(p.firstChild as Text, word, 'brand', word);
  });
  store.others = FIVE_OTHERS;
  tooltips = startTooltips({
    store,
    drugs: [drugWithDetails()],
    settings: { current: () => ({ ...DEFAULT_SETTINGS, disabledSites: [] }), subscribe: () => () => undefined },
  });
});

afterEach(() => tooltips.stop());

describe('the compact first view', () => {
  it('shows the name, what it treats, the boxed warning\u2019s first sentence, the worst other drugs and "and N more", urgent help, the buttons', () => {
    tooltips.step(1);
    const seen = visibleText();
    expect(seen).toContain('Klonopin');
    expect(seen).toContain('TEST-TREATS panic and seizures.');
    expect(seen).toContain('TEST-BOXED first sentence.');
    expect(seen).not.toContain('TEST-BOXED second sentence.');
    const lines = [...shadow()!.querySelectorAll('.others-block .others li')].map((li) => li.textContent);
    expect(lines).toHaveLength(COMPACT_OTHER_DRUGS);
    expect(lines[0]).toMatch(/^Contraindicated(oxycodone|hydrocodone):/);
    expect(seen).toContain(`and ${new Set(FIVE_OTHERS.map((o) => o.member)).size - COMPACT_OTHER_DRUGS} more`);
    expect(seen).toContain('TEST-URGENT slow breathing');
    expect(seen).toContain('Emergency: 911 (US)');
    const buttons = [...panel()!.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['\u00D7', 'Full reference', 'Interactions', 'More warnings and sources']);
  });

  it('keeps the other warnings, the rest of the boxed warning, the other drugs, help lines, sources and disclaimer behind "More"', () => {
    tooltips.step(1);
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(region().hidden).toBe(true);
    const hidden = region().textContent!;
    for (const part of [
      'TEST-BOXED second sentence.',
      'TEST-SECOND warning.',
      'TEST-THIRD warning.',
      'TEST-HELPLINE',
      'Publisher A',
      'TEST-DISCLAIMER',
    ]) {
      expect(hidden).toContain(part);
      expect(visibleText()).not.toContain(part);
    }
    expect(hidden).toContain('carbamazepine');
  });

  it('with no other drugs on the page, has no list and no Interactions button', () => {
    store.others = [];
    tooltips.step(1);
    expect(shadow()!.querySelector('.others')).toBeNull();
    expect([...panel()!.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Interactions');
  });
});

describe('the "More" disclosure', () => {
  it('opens and closes the rest in place, saying so with aria-expanded', () => {
    tooltips.step(1);
    more().click();
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(region().hidden).toBe(false);
    expect(visibleText()).toContain('TEST-SECOND warning.');
    more().click();
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(region().hidden).toBe(true);
  });

  it('is a button in the dialog\u2019s tab order; Escape on it still closes the tooltip', () => {
    tooltips.step(1);
    const button = more();
    expect(button.tagName).toBe('BUTTON');
    expect(button.tabIndex).toBe(0);
    button.focus();
    expect(shadow()!.activeElement).toBe(button);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.querySelector('medglance-tooltip')).toBeNull();
  });

  it('stays open while the same tooltip updates; a new tooltip opens compact again', () => {
    tooltips.step(1);
    more().click();
    store.others = FIVE_OTHERS.slice(0, 3);
    store.emit();
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(region().hidden).toBe(false);

    tooltips.step(1);
    expect(panel()!.textContent).toContain('k-pin');
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(region().hidden).toBe(true);

    tooltips.close();
    tooltips.step(-1);
    expect(more().getAttribute('aria-expanded')).toBe('false');
  });
});
