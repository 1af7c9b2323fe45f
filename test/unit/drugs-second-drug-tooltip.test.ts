/**
 * Adding a drug is data only, seen from the page: a second drug read from its fixture file and
 * registered beside the bundle is found by the matcher on a page, and the tooltip (the same code the
 * content script runs) describes it from its own data, with its own interaction table. The popup side
 * is in popup-bundled-data.test.tsx; the matcher and registry rules in drugs-registry.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const sendMessage = vi.fn((_message: unknown) => Promise.resolve());
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { sendMessage: (message: unknown) => sendMessage(message) },
    storage: { sync: { get: () => Promise.resolve({}) }, onChanged: { addListener() {}, removeListener() {} } },
  },
}));

import { startTooltips, type TooltipHandle } from '../../content/tooltip/index';
import { firstSentence } from '../../content/tooltip/summary';
import type { Mention, MentionStore } from '../../content/types';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { registerDrug } from '../../src/drugs/registry';
import type { DrugData } from '../../src/drugs/schema';
import { compileMatcher } from '../../src/matcher';
import type { InteractantOnPage } from '../../src/messages';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const fixture: unknown = JSON.parse(readFileSync(resolve('test/fixtures/drugs/fictorin.json'), 'utf8'));
const registry = registerDrug(fixture, BUNDLED_DRUGS);
const fictorin = registry.find((drug) => drug.id === 'fictorin') as DrugData;

/** The page's mentions as the scanner would store them, found by the matcher built from the registry. */
function storeFor(paragraph: HTMLElement): MentionStore {
  const node = paragraph.firstChild as Text;
  const matcher = compileMatcher(registry);
  const mentions: Mention[] = matcher.findMentions(node.data).map((match) => {
    const range = document.createRange();
    range.setStart(node, match.start);
    range.setEnd(node, match.end);
    return { node, start: match.start, end: match.end, range, match };
  });
  const interactants: InteractantOnPage[] = matcher
    .findInteractants(node.data)
    .map(({ drugId, interactionId, member }) => ({ drugId, interactionId, member }));
  return {
    get count() {
      return mentions.length;
    },
    mentionAt: (at, offset) => mentions.find((m) => m.node === at && offset >= m.start && offset < m.end),
    inDocumentOrder: () => [...mentions],
    interactants: () => [...interactants],
    onChange: () => () => undefined,
  };
}

let tooltips: TooltipHandle | undefined;
afterEach(() => {
  tooltips?.stop();
  document.body.replaceChildren();
});

describe('a second drug from a data file, on a page', () => {
  it('is found on the page and the tooltip describes it from its own data', () => {
    const rect = { x: 10, y: 10, left: 10, top: 10, right: 60, bottom: 26, width: 50, height: 16, toJSON() {} };
    Range.prototype.getClientRects = () => [rect] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => rect as DOMRect;
    Element.prototype.scrollIntoView = vi.fn();
    window.scrollBy = vi.fn() as typeof window.scrollBy;

    const paragraph = document.createElement('p');
    paragraph.textContent = 'My doctor switched me to Fictonex, and I also take Quorvex.';
    document.body.append(paragraph);
    const store = storeFor(paragraph);
    expect(store.inDocumentOrder().map((mention) => [mention.range.toString(), mention.match.drugId])).toEqual([
      ['Fictonex', 'fictorin'],
    ]);

    tooltips = startTooltips({
      store,
      drugs: registry,
      settings: { current: () => ({ ...DEFAULT_SETTINGS, disabledSites: [] }), subscribe: () => () => undefined },
    });
    tooltips.step(1);

    const shadow = document.querySelector('medglance-tooltip')!.shadowRoot!;
    const dialog = shadow.querySelector('[role="dialog"]')!;
    expect(shadow.querySelector('h2')!.textContent).toBe(
      `Fictonex, a brand of fictorin, ${fictorin.summary.whatItIs.text.replace(/^A /, 'a ')}`,
    );
    expect(dialog.textContent).toContain(fictorin.summary.treats.text);
    const [boxed, ...otherWarnings] = fictorin.summary.warnings;
    expect(shadow.querySelector('.boxed-line')!.textContent).toBe(`\u26A0Boxed warning: ${firstSentence(boxed.text)}`);
    const listed = [...shadow.querySelectorAll('.warnings li')].map((item) => item.textContent);
    expect(listed.slice(-otherWarnings.length)).toEqual(otherWarnings.map((warning) => warning.text));
    const quorvastat = fictorin.interactions[0]!;
    expect(shadow.querySelector('.others li')!.getAttribute('title')).toBe(
      `This page also mentions quorvastat: ${quorvastat.tooltipLine}.`,
    );
    expect(shadow.querySelector('.urgent')!.textContent).toContain(fictorin.urgentSigns[0]!.text);
    expect(dialog.textContent).toContain(fictorin.sources[0]!.publisher);
    expect(dialog.textContent).toContain(fictorin.disclaimer);
    // Nothing of clonazepam's own text leaks into another drug's tooltip.
    expect(dialog.textContent).not.toContain(BUNDLED_DRUGS[0]!.summary.treats.text);

    const full = [...shadow.querySelectorAll('button')].find((button) => button.textContent === 'Full reference')!;
    full.click();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'open-reference', drugId: 'fictorin', section: 'what-it-is' });
  });
});
