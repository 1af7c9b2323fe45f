/**
 * The popup over the real bundled data (not a fixture): the searches and checks a new user tries
 * first must work on what ships.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { registerDrug } from '../../src/drugs/registry';
import { buildNameIndex, resolveName, suggestNames } from '../../popup/checker/name-index';

vi.mock('webextension-polyfill', async () => (await import('./fixtures/popup-fake-browser')).fakeBrowserModule);

const { Reference } = await import('../../popup/reference/Reference');
const { Checker } = await import('../../popup/checker/Checker');
const { PopupApp } = await import('../../popup/PopupApp');

afterEach(cleanup);

const clonazepam = BUNDLED_DRUGS.find((drug) => drug.id === 'clonazepam')!;
const shownSections = () => [...document.querySelectorAll('.ref-section')].map((section) => section.id);
const search = (text: string) => fireEvent.input(screen.getByRole('searchbox'), { target: { value: text } });

describe('reference over the bundled clonazepam data', () => {
  it('renders every section of the data, each with its sources', () => {
    render(<Reference drug={clonazepam} />);
    expect(shownSections()).toEqual(clonazepam.sections.map((section) => section.id));
    for (const section of document.querySelectorAll('.ref-section')) {
      expect(section.querySelectorAll('.sources a').length, section.id).toBeGreaterThan(0);
    }
  });

  it('links every source of the data somewhere in the reference, with its title and the part it supports', () => {
    render(<Reference drug={clonazepam} fullPage />);
    const listed = [...document.querySelectorAll('.sources li')].map((item) => item.textContent ?? '');
    const missing = clonazepam.sources.filter(
      (source) => !listed.some((text) => text.includes(source.title) && text.includes(source.section)),
    );
    expect(missing.map((source) => source.id)).toEqual([]);
  });

  it.each([
    ['withdrawal', 'withdrawal'],
    ['pregnant', 'cautions'],
    ['dose', 'dosage'],
    ['klonopin', 'what-it-is'],
    ['rivotril', 'what-it-is'],
    ['percocet', 'interactions'],
    ['ethanol', 'interactions'],
    ['GHB', 'interactions'],
  ])('"%s" finds the %s section and marks words', (query, sectionId) => {
    render(<Reference drug={clonazepam} />);
    search(query);
    expect(shownSections()).toContain(sectionId);
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it("shows and marks an interaction member's other names (aliases), not only its brands", () => {
    render(<Reference drug={clonazepam} />);
    search('ethanol');
    const marked = [...document.querySelectorAll('#interactions mark')].map((mark) => mark.textContent);
    expect(marked).toEqual(['ethanol']);
    expect(document.querySelector('#interactions .members')!.textContent).toBe('alcohol (also ethanol)');
  });
});

describe('checker over the bundled interaction tables', () => {
  const index = buildNameIndex(BUNDLED_DRUGS);

  it('knows every member name, generic and brand, of every interaction', () => {
    const keys = new Set(index.map((entry) => entry.label.toLowerCase()));
    for (const drug of BUNDLED_DRUGS) {
      for (const interaction of drug.interactions) {
        for (const member of interaction.members) {
          for (const name of [member.generic, ...member.brands]) expect(keys.has(name.toLowerCase()), name).toBe(true);
        }
      }
    }
  });

  it('"perc" suggests Percocet; "xanex" and "oxycodon" resolve despite the typos', () => {
    expect(suggestNames(index, 'perc').map((entry) => entry.label)).toContain('Percocet');
    expect(resolveName(index, 'xanex')?.entry.label).toBe('Xanax');
    expect(resolveName(index, 'oxycodon')?.entry.label).toBe('oxycodone');
  });

  it('Percocet shows the opioid entry: severity label from the scale, effect and advice', () => {
    render(<Checker drugs={BUNDLED_DRUGS} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'Percocet' } });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    const card = document.querySelector('.result-card') as HTMLElement;
    const opioids = clonazepam.interactions.find((interaction) =>
      interaction.members.some((member) => member.brands.includes('Percocet')),
    )!;
    const label = clonazepam.severityScale.find((level) => level.level === opioids.severity)!.label;
    expect(within(card).getByText(label)).toBeTruthy();
    expect(card.textContent).toContain(opioids.effect);
    expect(card.textContent).toContain(opioids.advice);
    // The card names where the interaction and where the brand-to-generic pairing were read.
    const oxycodone = opioids.members.find((member) => member.brands.includes('Percocet'))!;
    const linked = within(card)
      .getAllByRole('link')
      .map((link) => link.textContent);
    for (const id of [...opioids.sources, ...(oxycodone.sources ?? [])]) {
      expect(linked).toContain(clonazepam.sources.find((source) => source.id === id)!.title);
    }
    expect(oxycodone.sources?.length).toBeGreaterThan(0);
  });
});

describe("checker over the bundled data: names from the fact sheet's class lists", () => {
  const check = (name: string) => {
    render(<Checker drugs={BUNDLED_DRUGS} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: name } });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    return document.querySelector('.result-card') as HTMLElement | null;
  };

  it('Suboxone shows the opioid-addiction entry: serious, slowed breathing, do not stop either on your own', () => {
    const card = check('Suboxone')!;
    expect(card).toBeTruthy();
    expect(card.querySelector('.severity')!.textContent).toContain('Serious');
    expect(card.textContent).toMatch(/slow(ed)? breathing/iu);
    expect(card.textContent).toMatch(/do not stop either on your own/iu);
    expect(card.textContent).not.toMatch(/\bavoid/iu);
  });

  it.each([
    'hydromorphone',
    'tapentadol',
    'heroin',
    'Sublocade',
    'Methadose',
    'amitriptyline',
    'Nardil',
    'aripiprazole',
    'Nayzilam',
    'Valtoco',
    'doxylamine',
    'cyclobenzaprine',
    'Keppra',
  ])('%s is offered while typing and has an entry', (name) => {
    const index = buildNameIndex(BUNDLED_DRUGS);
    expect(suggestNames(index, name.slice(0, 5)).map((entry) => entry.label)).toContain(name);
    expect(check(name)).toBeTruthy();
  });

  it('the checker view itself shows the not-medical-advice line and the urgent-help numbers beside its results', () => {
    check('Suboxone');
    const care = document.querySelector('.checker .checker-care') as HTMLElement;
    expect(care.textContent).toContain(clonazepam.disclaimer);
    const urgent = care.querySelector('.urgent-help')!;
    expect(urgent.querySelector('summary')!.textContent).toMatch(/911/u);
    expect(urgent.querySelector('summary')!.textContent).toMatch(/988/u);
    expect(document.querySelectorAll('#urgent-help, #checker-urgent-help').length).toBe(1);
  });

  it('names the fact sheet looked for and did not find get the "no entry" answer', () => {
    for (const name of ['quetiapine', 'kratom', 'grapefruit', 'rifampin']) {
      cleanup();
      expect(check(name), name).toBeNull();
      expect(document.querySelector('.unknown-name')!.textContent).toContain(name);
    }
  });
});

describe('a second drug added as data only (test/fixtures/drugs/fictorin.json)', () => {
  const fictorinData: unknown = JSON.parse(readFileSync(resolve('test/fixtures/drugs/fictorin.json'), 'utf8'));
  const drugs = registerDrug(fictorinData, BUNDLED_DRUGS);
  const fictorin = drugs.find((drug) => drug.id === 'fictorin')!;

  it('appears in the popup: pick it, read its reference, search it by its brand', async () => {
    render(<PopupApp drugs={drugs} href="chrome-extension://id/popup/index.html" />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Medicine' }), { target: { value: 'fictorin' } });
    expect(screen.getByRole('heading', { level: 1, name: fictorin.displayName })).toBeTruthy();
    expect(shownSections()).toEqual(fictorin.sections.map((section) => section.id));
    const brand = fictorin.names.brands[0]!.name;
    search(brand);
    expect(shownSections().length).toBeGreaterThan(0);
  });

  it("its interaction table feeds the checker next to clonazepam's", () => {
    render(<Checker drugs={drugs} />);
    const member = fictorin.interactions[0]!.members[0]!.generic;
    fireEvent.input(screen.getByRole('combobox'), { target: { value: member } });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(document.querySelector('.result-title')!.textContent).toContain(`+ ${fictorin.displayName}`);
    expect(document.querySelector('.result-card')!.textContent).toContain(fictorin.interactions[0]!.effect);
  });
});
