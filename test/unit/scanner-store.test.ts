import { describe, expect, test, vi } from 'vitest';
import { appPerTest, highlighted, resetDocument } from './scanner-support';
vi.mock('webextension-polyfill', () => ({ default: {} }));

const start = appPerTest();

describe('mentionAt: text position to mention, without touching the DOM', () => {
  test('positions inside a mention find it; positions outside find nothing', async () => {
    resetDocument('<p id="p">I took Klonopin and clonazepam.</p>');
    const { app, settle } = start();
    await settle();
    const text = document.getElementById('p')!.firstChild as Text;
    const first = app.store.mentionAt(text, 7);
    expect(first?.match.variant).toBe('Klonopin');
    expect(first?.range.toString()).toBe('Klonopin');
    expect(app.store.mentionAt(text, 14)).toBe(first);
    // A caret just after the last letter (pointer on its right half) still means the word.
    expect(app.store.mentionAt(text, 15)).toBe(first);
    expect(app.store.mentionAt(text, 3)).toBeUndefined();
    expect(app.store.mentionAt(text, 17)).toBeUndefined();
    expect(app.store.mentionAt(text, 20)?.match.variant).toBe('clonazepam');
  });

  test('an element position looks at the text node there', async () => {
    resetDocument('<p id="p">Klonopin</p>');
    const { app, settle } = start();
    await settle();
    expect(app.store.mentionAt(document.getElementById('p')!, 0)?.match.drugId).toBe('clonazepam');
  });

  test('after the text changes the old mention is gone and the new one is found', async () => {
    resetDocument('<p id="p">Klonopin</p>');
    const { app, settle } = start();
    await settle();
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'no drug at all';
    await settle();
    expect(app.store.mentionAt(text, 0)).toBeUndefined();
    text.data = 'ok: Rivotril';
    await settle();
    expect(app.store.mentionAt(text, 5)?.match).toMatchObject({
      variant: 'Rivotril',
      kind: 'brand',
      start: 4,
      end: 12,
    });
  });

  test('an unchanged mention keeps its Range object across rescans of its node', async () => {
    resetDocument('<p id="p">Klonopin</p>');
    const { app, settle } = start();
    await settle();
    const text = document.getElementById('p')!.firstChild as Text;
    const before = app.store.mentionAt(text, 0);
    text.appendData(' and more');
    await settle();
    expect(app.store.mentionAt(text, 0)).toBe(before);
  });
});

describe('document order', () => {
  test('mentions come in document order, shadow content at its host', async () => {
    resetDocument('<p>clonazepam</p><div id="host"><span>K-pin</span></div><p>Klonopin</p>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Rivotril</p><slot></slot><p>kpin</p>';
    const { app, settle } = start();
    await settle();
    expect(app.store.inDocumentOrder().map((m) => m.range.toString())).toEqual([
      'clonazepam',
      'Rivotril',
      'kpin',
      'K-pin',
      'Klonopin',
    ]);
  });

  test('order follows later insertions', async () => {
    resetDocument('<p id="a">Klonopin</p>');
    const { app, settle } = start();
    await settle();
    const before = document.createElement('p');
    before.textContent = 'clonazepam';
    document.body.prepend(before);
    await settle();
    expect(app.store.inDocumentOrder().map((m) => m.range.toString())).toEqual(['clonazepam', 'Klonopin']);
  });
});

describe('interactants on the page', () => {
  test('distinct interaction-table drugs named on the page, in order, excluded places left out', async () => {
    resetDocument(`<p>Klonopin with oxycodone is risky; Percocet too.</p><p>So is beer.</p>
      <code>morphine</code><p>oxycodone again</p>`);
    const { app, settle } = start();
    await settle();
    expect(app.store.interactants()).toEqual([
      { drugId: 'clonazepam', interactionId: 'opioids', member: 'oxycodone' },
      { drugId: 'clonazepam', interactionId: 'alcohol', member: 'alcohol' },
    ]);
    expect(app.store.count).toBe(1);
  });

  test('an interactant whose text leaves the page is dropped, and a new one is picked up', async () => {
    resetDocument('<p id="a">morphine</p>');
    const { app, settle } = start();
    await settle();
    expect(app.store.interactants().map((i) => i.member)).toEqual(['morphine']);
    document.getElementById('a')!.remove();
    document.body.append('OxyContin');
    await settle();
    expect(app.store.interactants().map((i) => i.member)).toEqual(['oxycodone']);
    expect(app.store.trackedNodes).toBe(1);
  });
});

describe('settings apply at once', () => {
  test('highlighting off keeps counting but paints nothing; on again paints every mention', async () => {
    resetDocument('<p>Klonopin and clonazepam</p>');
    const { app, sink, settle } = start();
    await settle();
    app.applySettings({ ...app.settings, highlightEnabled: false });
    expect(sink.size).toBe(0);
    expect(sink.registered).toBe(false);
    expect(app.store.count).toBe(2);
    document.body.append(' Rivotril');
    await settle();
    expect(sink.size).toBe(0);
    expect(app.store.count).toBe(3);
    app.applySettings({ ...app.settings, highlightEnabled: true });
    expect(sink.registered).toBe(true);
    expect(highlighted(sink)).toEqual(['Klonopin', 'Rivotril', 'clonazepam']);
  });

  test('a frame that has not read its settings yet counts but paints nothing; once they come it paints all at once', async () => {
    resetDocument('<p>Klonopin</p><p>clonazepam</p>');
    const { app, sink, settle } = start({ settingsPending: true });
    await settle();
    expect(app.store.count).toBe(2);
    expect(sink.size).toBe(0);
    expect(sink.registered).toBe(false);
    app.applySettings({ ...app.settings });
    expect(sink.registered).toBe(true);
    expect(highlighted(sink)).toEqual(['Klonopin', 'clonazepam']);
  });

  test('pending settings that turn out to disable the site paint nothing', async () => {
    resetDocument('<p>Klonopin</p>');
    const { app, sink, settle } = start({ hostname: 'forum.example', settingsPending: true });
    await settle();
    app.applySettings({ ...app.settings, disabledSites: ['forum.example'] });
    expect(app.store.count).toBe(1);
    expect(sink.size).toBe(0);
  });

  test('a site on the disabled list starts without highlights; taking it off the list shows them', async () => {
    resetDocument('<p>Klonopin</p>');
    const { app, sink, settle } = start({ hostname: 'forum.example', settings: { disabledSites: ['forum.example'] } });
    await settle();
    expect(app.store.count).toBe(1);
    expect(sink.size).toBe(0);
    expect(sink.registered).toBe(false);
    app.applySettings({ ...app.settings, disabledSites: ['other.example'] });
    expect(sink.size).toBe(1);
  });

  test('the highlight style changes the ::highlight(medglance) rules', async () => {
    const { app, stylesheet } = start();
    const rules = () => Array.from(stylesheet.sheet.cssRules, (rule) => rule.cssText).join('\n');
    expect(rules()).toMatch(/::highlight\(medglance\)[^}]*text-decoration/);
    app.applySettings({ ...app.settings, highlightStyle: 'background' });
    expect(rules()).toMatch(/::highlight\(medglance\)[^}]*background-color/);
    expect(rules()).toMatch(/prefers-color-scheme: dark/);
    app.applySettings({ ...app.settings, highlightStyle: 'bold-color' });
    expect(rules()).toMatch(/::highlight\(medglance\)[^}]*color:/);
  });

  test('only properties that apply to highlights are used, in every style', async () => {
    const { highlightCss } = await import('../../src/highlight/styles');
    for (const style of ['underline', 'background', 'outline', 'bold-color'] as const) {
      const declarations = highlightCss(style)
        .match(/\{([^{}]*)\}/g)!
        .join(' ');
      const properties = [...declarations.matchAll(/([a-z-]+)\s*:/g)].map((m) => m[1]);
      expect(properties.length).toBeGreaterThan(0);
      for (const property of properties)
        expect(['color', 'background-color', 'text-decoration', 'text-shadow']).toContain(property);
    }
  });
});

describe('stopping', () => {
  test('stop takes every range out, leaves the registry, and ignores later changes', async () => {
    resetDocument('<p id="p">Klonopin</p>');
    const { app, sink, settle } = start();
    await settle();
    app.stop();
    expect(sink.size).toBe(0);
    expect(sink.registered).toBe(false);
    document.getElementById('p')!.append(' clonazepam');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sink.size).toBe(0);
    expect(app.store.count).toBe(0);
  });
});
