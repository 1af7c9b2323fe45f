/**
 * A name the page splits across text nodes (inline elements, <wbr>, a soft hyphen or zero-width
 * character at a node's edge) is one mention with one Range spanning the nodes, and the DOM is
 * never changed. Block boundaries, <br>, table cells and excluded places do not join.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { clonazepam } from '../../src/drugs/clonazepam';
import { appPerTest, highlighted, resetDocument, testMatcher } from './scanner-support';
import { mentionForCaret } from '../../content/tooltip/hit-test';

const start = appPerTest();

/** The text nodes of an element, in order. */
function textsOf(element: Element): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  return texts;
}

describe('names split across text nodes', () => {
  const joined: [string, string, string][] = [
    ['a bold ending', 'I take Klono<b>pin</b> at night.', 'Klonopin'],
    ['a span around the start', 'Ask about <span>clona</span>zepam first.', 'clonazepam'],
    ['a line-break opportunity', 'Klono<wbr>pin, twice a day', 'Klonopin'],
    ['three nodes, one letter first', 'Is <i>K</i>lono<b>pin</b> safe?', 'Klonopin'],
    ['nested inline elements', 'The <a href="#"><em>Rivo</em></a><strong>tril</strong> box', 'Rivotril'],
    ['a soft hyphen at the end of a node', 'My Klono\u00AD<span>pin</span> dose', 'Klono\u00ADpin'],
    ['a zero-width space at the start of a node', 'clona<span>\u200Bzepam</span> 0.5 mg', 'clona\u200Bzepam'],
    ['a comment between the parts', 'Klono<!-- x -->pin helps', 'Klonopin'],
    ['a typo across nodes', 'has anyone stopped kolono<b>pin</b> cold', 'kolonopin'],
    ['Cyrillic capitals', 'РІВО<b>ТРІЛ</b> 0,5 мг', 'РІВОТРІЛ'],
  ];
  for (const [what, html, name] of joined) {
    test(`found as one mention with one Range: ${what}`, async () => {
      resetDocument(`<p id="p">${html}</p>`);
      const before = document.body.innerHTML;
      const { app, sink, settle } = start();
      await settle();
      expect(app.store.count).toBe(1);
      expect(highlighted(sink)).toEqual([name]);
      const [mention] = app.store.inDocumentOrder();
      expect(mention?.range.startContainer).not.toBe(mention?.range.endContainer);
      expect(mention?.range.toString()).toBe(name);
      expect(document.body.innerHTML).toBe(before);
    });
  }

  const apart: [string, string][] = [
    ['a block boundary', '<div>Klono</div><div>pin</div>'],
    ['a paragraph boundary', '<p>Klono</p><p>pin</p>'],
    ['a line break', '<p>Klono<br>pin</p>'],
    ['table cells', '<table><tr><td>Klono</td><td>pin</td></tr></table>'],
    ['list items', '<ul><li>clona</li><li>zepam</li></ul>'],
    ['an inline element made a block by the page', '<p>Klono<span style="display: block">pin</span></p>'],
    ['a space between the parts', '<p>Klono <b>pin</b></p>'],
    ['into code', '<p>Klono<code>pin</code></p>'],
    ['into editable text', '<p>Klono<span contenteditable="true">pin</span></p>'],
    ['a look-alike split', '<p>cloni<b>dine</b> and clo<i>bazam</i></p>'],
    ['a longer word', '<p>xklono<b>pin</b> and Klono<b>pinned</b></p>'],
    ['a small letter into a capital (menus run together without whitespace)', '<p><a>Klono</a><a>Pin</a></p>'],
  ];
  for (const [what, html] of apart) {
    test(`not joined across ${what}`, async () => {
      resetDocument(html);
      const { app, settle } = start();
      await settle();
      expect(app.store.count).toBe(0);
    });
  }

  test('a name whole in one node and split in another are counted once each, in document order', async () => {
    resetDocument('<p>Klonopin, then Rivo<b>tril</b>, then clonazepam</p>');
    const { app, settle } = start();
    await settle();
    expect(app.store.count).toBe(3);
    expect(app.store.inDocumentOrder().map((mention) => mention.range.toString())).toEqual([
      'Klonopin',
      'Rivotril',
      'clonazepam',
    ]);
  });

  test('a name found in one node is not counted again across nodes', async () => {
    // "clonazepam" is a name on its own; "clonazepamum" (Latin) runs on into the next node.
    resetDocument('<p>clonazepam<b>um</b> tablets</p>');
    const { app, settle } = start();
    await settle();
    expect(app.store.count).toBe(1);
  });

  test('the tooltip finds the mention from any of its nodes', async () => {
    resetDocument('<p id="p">I take Klono<b>pin</b> at night.</p>');
    const { app, settle } = start();
    await settle();
    const [head, tail] = textsOf(document.getElementById('p') as Element).filter((text) => /Klono|pin/.test(text.data));
    const [mention] = app.store.inDocumentOrder();
    expect(mention).toBeDefined();
    expect(mentionForCaret(app.store, { node: head as Text, offset: 'I take '.length })).toBe(mention);
    expect(mentionForCaret(app.store, { node: tail as Text, offset: 1 })).toBe(mention);
    expect(mentionForCaret(app.store, { node: tail as Text, offset: 3 })).toBe(mention);
    expect(mentionForCaret(app.store, { node: head as Text, offset: 2 })).toBeUndefined();
    // What the tooltip checks to keep showing it: the mention is still where it started.
    expect(app.store.mentionAt(mention!.node, mention!.start)).toBe(mention);
  });

  test('found when the page joins the parts later, dropped when it breaks them apart again', async () => {
    resetDocument('<p id="p">I take Klono</p>');
    const { app, sink, settle } = start();
    await settle();
    expect(app.store.count).toBe(0);
    const paragraph = document.getElementById('p') as HTMLElement;
    const tail = document.createElement('b');
    tail.textContent = 'pin';
    paragraph.append(tail);
    await settle();
    expect(app.store.count).toBe(1);
    expect(highlighted(sink)).toEqual(['Klonopin']);

    // Text typed between the parts breaks the name.
    tail.before(document.createTextNode('ly '));
    await settle();
    expect(app.store.count).toBe(0);
    expect(sink.size).toBe(0);

    // Removed again: the parts meet once more.
    (tail.previousSibling as Text).remove();
    await settle();
    expect(app.store.count).toBe(1);

    // The text of one part changes.
    (tail.firstChild as Text).data = 'graph';
    await settle();
    expect(app.store.count).toBe(0);
    (tail.firstChild as Text).data = 'pin';
    await settle();
    expect(app.store.count).toBe(1);

    // One part leaves the page.
    tail.remove();
    await settle();
    expect(app.store.count).toBe(0);
    expect(sink.size).toBe(0);
  });

  test('a part that is a typo of the name on its own is read with the rest once the rest arrives', async () => {
    // "Navotra" is one edit from Navotrax.
    resetDocument('<p id="p">The box said Navotra</p>');
    const { app, sink, settle } = start();
    await settle();
    expect(highlighted(sink)).toEqual(['Navotra']);
    const tail = document.createElement('b');
    tail.textContent = 'x';
    document.getElementById('p')?.append(tail);
    await settle();
    expect(app.store.count).toBe(1);
    expect(highlighted(sink)).toEqual(['Navotrax']);
    tail.textContent = 'xyz';
    await settle();
    expect(app.store.count).toBe(0);
  });

  test('the first part written after the second is found too', async () => {
    resetDocument('<p id="p"><b>pin</b> at night</p>');
    const { app, settle } = start();
    await settle();
    document.getElementById('p')?.prepend(document.createTextNode('Klono'));
    await settle();
    expect(app.store.count).toBe(1);
  });

  test('found when the first scan starts in the middle of the split (a #fragment)', async () => {
    resetDocument('<p>I take Klono<b id="start">pin</b> and <span>clona</span>zepam.</p>');
    const { app, settle } = start({ findStart: (doc) => doc.getElementById('start') });
    await settle();
    expect(app.store.count).toBe(2);
  });

  test('hidden text is not counted; shown later it is', async () => {
    resetDocument('<p id="p" class="hidden">Klono<b>pin</b></p>');
    const shown = (text: Text) => !text.parentElement?.closest('.hidden');
    let tick: (() => void) | undefined;
    const { app, settle } = start({
      isShown: shown,
      setInterval: (callback) => {
        tick = callback;
        return 1;
      },
      clearInterval: () => {
        tick = undefined;
      },
    });
    await settle();
    expect(app.store.count).toBe(0);
    document.getElementById('p')?.classList.remove('hidden');
    tick?.();
    expect(app.store.count).toBe(1);
    document.getElementById('p')?.classList.add('hidden');
    tick?.();
    expect(app.store.count).toBe(0);
  });

  test('stopping takes the ranges out', async () => {
    resetDocument('<p>Klono<b>pin</b></p>');
    const { app, sink, settle } = start();
    await settle();
    expect(sink.size).toBe(1);
    app.stop();
    expect(sink.size).toBe(0);
  });
});

/** Listed single-word names of letters only (a split inside a spaced name is a split of one of its words). */
const WORD_NAMES = [
  ...clonazepam.names.generic,
  ...[...clonazepam.names.brands, ...clonazepam.names.internationalBrands].map((brand) => brand.name),
  ...clonazepam.names.otherLanguages.map((name) => name.name),
].filter(
  (name) => /^\p{L}{4,}$/u.test(name) && !/[\p{scx=Han}\p{scx=Katakana}\p{scx=Hiragana}\p{scx=Hangul}]/u.test(name),
);

describe('any listed name split anywhere', () => {
  test('is one mention whose one Range spans the nodes, the page unchanged', async () => {
    expect(WORD_NAMES.length).toBeGreaterThan(10);
    const cuts = fc.constantFrom(...WORD_NAMES).chain((name) =>
      fc.record({
        name: fc.constant(name),
        cut: fc.integer({ min: 1, max: name.length - 1 }),
        wrap: fc.constantFrom('b', 'span', 'em', 'a', 'wbr', 'shy', 'two'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(cuts, async ({ name, cut, wrap }) => {
        const head = name.slice(0, cut);
        const tail = name.slice(cut);
        // A part that is a listed name by itself is counted as that name (tested above).
        const listedAlone = (part: string) =>
          testMatcher()
            .findMentions(part)
            .some((match) => !match.typo);
        fc.pre(!listedAlone(head) && !listedAlone(tail));
        const split =
          wrap === 'wbr'
            ? `${head}<wbr>${tail}`
            : wrap === 'shy'
              ? `${head}&shy;<span>${tail}</span>`
              : wrap === 'two'
                ? `<i>${head}</i><b>${tail}</b>`
                : `${head}<${wrap}>${tail}</${wrap}>`;
        resetDocument(`<p>Ask about ${split} today.</p>`);
        const before = document.body.innerHTML;
        const app = start();
        await app.settle();
        const ranges = app.app.store.inDocumentOrder().map((mention) => mention.range);
        app.app.stop();
        expect(ranges).toHaveLength(1);
        expect(ranges[0]?.toString().replace(/\u00AD/g, '')).toBe(name);
        expect(ranges[0]?.startContainer).not.toBe(ranges[0]?.endContainer);
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 80 },
    );
  });
});

describe('the mentions-only prefilter', () => {
  test('says no only where findMentions finds nothing', () => {
    const matcher = testMatcher();
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...WORD_NAMES), fc.string({ maxLength: 10 }))
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (sample) => {
        if (!matcher.mayMention(sample)) expect(matcher.findMentions(sample)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
    for (const name of WORD_NAMES) expect(matcher.mayMention(` ${name} `)).toBe(true);
  });
});
