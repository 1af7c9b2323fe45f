import { describe, expect, test, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { appPerTest, giveAdoptedSheets, highlighted, resetDocument, sheetsOf, testMatcher } from './scanner-support';

const start = appPerTest();

describe('finding mentions in a static page', () => {
  test('every mention gets one range and is counted, other text is not', async () => {
    resetDocument(`
      <h1>Klonopin and you</h1>
      <p>My doctor switched me from clonazepam to <b>Rivotril</b>. Klonopin's label says more.</p>
      <p>Clonidine, Klondike bars and xklonopin are not mentions.</p>`);
    const { app, sink, settle } = start();
    await settle();
    expect(app.store.count).toBe(4);
    expect(highlighted(sink)).toEqual(['Klonopin', "Klonopin's", 'Rivotril', 'clonazepam']);
    expect(sink.registered).toBe(true);
  });

  test('a page without mentions has none', async () => {
    resetDocument('<p>Nothing to see here.</p>');
    const { app, sink, settle } = start();
    await settle();
    expect(app.store.count).toBe(0);
    expect(sink.size).toBe(0);
    // Nothing enters the page's highlight registry, and no stylesheet is made.
    expect(sink.registered).toBe(false);
    expect(document.adoptedStyleSheets ?? []).toHaveLength(0);
  });

  test('text a script put straight into the root element, beside the body, is read too', async () => {
    resetDocument('<p>Nothing in the body.</p>');
    const outside = document.createTextNode('Klonopin after the body');
    document.documentElement.append(outside);
    try {
      const { app, settle } = start();
      await settle();
      expect(app.store.count).toBe(1);
    } finally {
      outside.remove();
    }
  });

  test('the page title and other head content are not page text', async () => {
    resetDocument('<p>Klonopin</p>');
    document.head.innerHTML = '<title>Klonopin facts</title>';
    const { app, settle } = start();
    await settle();
    expect(app.store.count).toBe(1);
  });
});

describe('exclusions', () => {
  const cases: [string, string, number][] = [
    ['textarea', '<textarea>Klonopin</textarea>', 0],
    ['select/option', '<select><option>Klonopin</option></select>', 0],
    ['option in a datalist', '<datalist><option>Klonopin</option></datalist>', 0],
    ['input value (no text node at all)', '<input value="Klonopin">', 0],
    ['contenteditable', '<div contenteditable>Klonopin</div>', 0],
    ['contenteditable="true"', '<div contenteditable="true"><p>x <b>Klonopin</b></p></div>', 0],
    ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">Klonopin</div>', 0],
    ['contenteditable="TRUE" (any case)', '<div contenteditable="TRUE">Klonopin</div>', 0],
    ['contenteditable="false"', '<div contenteditable="false">Klonopin</div>', 1],
    ['non-editable island in an editor', '<div contenteditable><span contenteditable="false">Klonopin</span></div>', 1],
    [
      'editable inside a non-editable island',
      '<div contenteditable="false"><span contenteditable>Klonopin</span></div>',
      0,
    ],
    ['invalid value inherits', '<div contenteditable><span contenteditable="bogus">Klonopin</span></div>', 0],
    ['script', '<script>var drug = "Klonopin";</script>', 0],
    ['style', '<style>/* Klonopin */</style>', 0],
    ['noscript', '<noscript>Klonopin</noscript>', 0],
    ['template', '<template><p>Klonopin</p></template>', 0],
    ['code', '<p>Run <code>klonopin --help</code></p>', 0],
    ['kbd', '<kbd>Klonopin</kbd>', 0],
    ['samp', '<samp>Klonopin</samp>', 0],
    ['nested inside code', '<code><span><b>Klonopin</b></span></code>', 0],
    ['own UI host', '<medglance-tooltip>Klonopin</medglance-tooltip>', 0],
    ['own UI host, any medglance-* name', '<medglance-panel><p>Klonopin</p></medglance-panel>', 0],
    ['pre counts', '<pre>Klonopin 1 mg\nclonazepam</pre>', 2],
    ['plain paragraph counts', '<p>Klonopin</p>', 1],
    ['link text counts', '<a href="#x">Klonopin</a>', 1],
    ['button text counts', '<button>Klonopin</button>', 1],
    ['SVG text counts', '<svg><text>Klonopin</text></svg>', 1],
  ];
  test.each(cases)('%s', async (_name, html, expected) => {
    resetDocument(html);
    const { app, sink, settle } = start();
    await settle();
    expect(app.store.count).toBe(expected);
    expect(sink.size).toBe(expected);
  });

  test("text in an excluded place is never searched in full: a page's inline data naming the drug costs only the prefilter", async () => {
    const data = JSON.stringify({ article: 'Klonopin and clonazepam '.repeat(2_000) });
    resetDocument(`<p>Klonopin</p><script type="application/json">${data}</script><textarea>clonazepam</textarea>`);
    const searched: string[] = [];
    const real = testMatcher();
    const matcher = Object.assign(Object.create(real) as typeof real, {
      findMentions: (text: string) => {
        searched.push(text);
        return real.findMentions(text);
      },
    });
    const { app, settle } = start({ matcher });
    await settle();
    expect(app.store.count).toBe(1);
    expect(searched).toEqual(['Klonopin']);
  });

  test('a document in design mode is all editable', async () => {
    resetDocument('<p>Klonopin</p>');
    document.designMode = 'on';
    const { app, settle } = start();
    await settle();
    expect(app.store.count).toBe(0);
  });

  test('text inside a shadow root hosted in <code> is excluded (composed ancestors)', async () => {
    resetDocument('<code><span id="host"></span></code><p>Klonopin</p>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<b>Klonopin</b>';
    const { app, settle } = start();
    await settle();
    expect(app.store.count).toBe(1);
  });
});

describe('open shadow roots', () => {
  test('text in shadow roots present at start, nested ones included; closed ones are out of reach', async () => {
    resetDocument('<div id="a"></div><div id="closed"></div><p>Klonopin</p>');
    const outer = document.getElementById('a')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>clonazepam</p><section id="inner-host"></section>';
    const inner = outer.getElementById('inner-host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span>Rivotril</span>';
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Klonopin</p>';
    const { app, sink, settle } = start();
    await settle();
    expect(highlighted(sink)).toEqual(['Klonopin', 'Rivotril', 'clonazepam']);
    expect(app.store.count).toBe(3);
  });

  test('shadow roots present at start are scanned when the page itself names nothing', async () => {
    resetDocument('<p>Nothing here.</p><div id="a"></div>');
    const outer = document.getElementById('a')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Ask about clonazepam</p><span id="inner-host"></span>';
    outer.getElementById('inner-host')!.attachShadow({ mode: 'open' }).innerHTML = 'Rivotril';
    const { app, sink, settle } = start();
    await settle();
    expect(highlighted(sink)).toEqual(['Rivotril', 'clonazepam']);
    expect(app.store.count).toBe(2);
  });

  test('an element added later with a shadow root, and text added into that root afterwards', async () => {
    resetDocument('<main></main>');
    const { app, settle } = start();
    await settle();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Klonopin</p>';
    document.querySelector('main')!.append(host);
    await settle();
    expect(app.store.count).toBe(1);
    root.append(document.createTextNode(' and clonazepam'));
    root.querySelector('p')!.append(' again Klonopin');
    await settle();
    expect(app.store.count).toBe(3);
    root.querySelector('p')!.remove();
    await settle();
    expect(app.store.count).toBe(1);
  });

  test('a custom element defined after the scan (upgrade attaches its shadow root, no light-DOM mutation)', async () => {
    resetDocument('<drug-card></drug-card>');
    const { app, settle } = start();
    await settle();
    expect(app.store.count).toBe(0);
    customElements.define(
      'drug-card',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Klonopin 0.5 mg</p>';
        }
      },
    );
    await expect.poll(() => app.store.count, { timeout: 2_000 }).toBe(1);
  });

  test('a shadow root attached later to an element already scanned (no mutation record at all) is found', async () => {
    resetDocument('<div id="late"></div><p>Klonopin</p>');
    const { app, sink, settle } = start();
    await settle();
    const root = document.getElementById('late')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>clonazepam</p>';
    await expect.poll(() => app.store.count, { timeout: 2_000 }).toBe(2);
    // And inside a known shadow root, too.
    root.innerHTML = '<div id="inner"></div>';
    (root.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<b>Rivotril</b>';
    await expect.poll(() => highlighted(sink), { timeout: 2_000 }).toEqual(['Klonopin', 'Rivotril']);
  });

  test('where highlight styles do not inherit (Firefox), the stylesheet is adopted into the document and each shadow root', async () => {
    resetDocument('<div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Klonopin</p>';
    giveAdoptedSheets(document, root);
    const { app, stylesheet, settle } = start();
    await settle();
    expect(sheetsOf(document)).toContain(stylesheet.sheet);
    expect(root.adoptedStyleSheets).toContain(stylesheet.sheet);
    // A page that reassigns its sheets loses ours; the next mutation batch puts it back.
    root.adoptedStyleSheets = [];
    root.append('more text');
    await settle();
    expect(root.adoptedStyleSheets).toContain(stylesheet.sheet);
    app.stop();
    expect(root.adoptedStyleSheets).not.toContain(stylesheet.sheet);
    expect(sheetsOf(document)).not.toContain(stylesheet.sheet);
  });

  test('where highlight styles inherit (Chromium), only the document gets the stylesheet: its root rule reaches shadow trees', async () => {
    resetDocument('<p>clonazepam</p><div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Klonopin</p>';
    giveAdoptedSheets(document, root);
    const { app, stylesheet, settle } = start({ stylesInherit: true });
    await settle();
    expect(app.store.count).toBe(2);
    expect(sheetsOf(document)).toContain(stylesheet.sheet);
    expect(root.adoptedStyleSheets).toHaveLength(0);
    expect(stylesheet.sheet.cssRules[0]?.cssText).toMatch(/^:root::highlight\(medglance\)/);
    app.stop();
  });

  test('a page without mentions gets no stylesheet (adopting one restyles every element); the first mention brings it', async () => {
    resetDocument('<p>Nothing to see here.</p><div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>nothing here either</p>';
    giveAdoptedSheets(document, root);
    const { app, stylesheet, settle } = start();
    await settle();
    expect(sheetsOf(document)).not.toContain(stylesheet.sheet);
    expect(sheetsOf(root)).not.toContain(stylesheet.sheet);
    // Highlighting off: mentions are counted, but there is nothing to paint yet.
    app.applySettings({ ...app.settings, highlightEnabled: false });
    document.body.insertAdjacentHTML('beforeend', '<p>Klonopin</p>');
    await settle();
    expect(app.store.count).toBe(1);
    expect(sheetsOf(document)).not.toContain(stylesheet.sheet);
    app.applySettings({ ...app.settings, highlightEnabled: true });
    expect(sheetsOf(document)).toContain(stylesheet.sheet);
    expect(sheetsOf(root)).toContain(stylesheet.sheet);
    app.stop();
  });

  test('in the slice run at DOMContentLoaded the stylesheet is adopted before the first visibility check; later, only once painted', async () => {
    resetDocument('<p>Klonopin</p>');
    giveAdoptedSheets(document);
    const sheets = () => sheetsOf(document).length;
    const sheetsAtCheck: number[] = [];
    const isShown = () => {
      sheetsAtCheck.push(sheets());
      return true;
    };
    const first = start({ firstSliceNow: true, isShown });
    // Styles computed once, with our rules: the page's first frame need not compute them again.
    expect(sheetsAtCheck).toEqual([1]);
    first.app.stop();
    expect(sheets()).toBe(0);

    // A page already rendered: adopting first would only pull the restyle into our task.
    sheetsAtCheck.length = 0;
    const later = start({ isShown });
    await later.settle();
    expect(sheetsAtCheck).toEqual([0]);
    expect(sheets()).toBe(1);
    later.app.stop();
  });

  test('a mention found by a mutation batch brings the stylesheet too', async () => {
    resetDocument('<p>Nothing to see here.</p>');
    giveAdoptedSheets(document);
    const sheets = () => sheetsOf(document);
    const { stylesheet, settle } = start();
    await settle();
    expect(sheets()).not.toContain(stylesheet.sheet);
    document.querySelector('p')!.textContent = 'Now about clonazepam.';
    await settle();
    expect(sheets()).toContain(stylesheet.sheet);
  });
});
