import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Checker } from '../../popup/checker/Checker';
import { editDistance } from '../../popup/checker/fuzzy';
import { buildNameIndex, resolveName, suggestNames } from '../../popup/checker/name-index';
import { fixtureClonazepam, fixtureSecondDrug } from './fixtures/popup-drugs';

afterEach(cleanup);

const drugs = [fixtureClonazepam];
const combobox = () => screen.getByRole('combobox', { name: 'Medicine name' });
const type = (text: string) => fireEvent.input(combobox(), { target: { value: text } });
const key = (name: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(combobox(), { key: name, ...init });
const optionLabels = () =>
  screen.queryAllByRole('option').map((option) => option.querySelector('.option-label')!.textContent);
const results = () => document.querySelector('.checker-results') as HTMLElement;

describe('name index and typo tolerance', () => {
  const index = buildNameIndex([fixtureClonazepam, fixtureSecondDrug]);

  it('holds every generic, brand and other name of every bundled drug, once', () => {
    const labels = index.map((entry) => entry.label);
    for (const name of [
      'oxycodone',
      'OxyContin',
      'Percocet',
      'Vicodin',
      'Xanax',
      'alcohol',
      'beer',
      'Roxicodone',
      'grapefruit juice',
    ]) {
      expect(labels).toContain(name);
    }
    expect(labels.filter((label) => label === 'oxycodone')).toHaveLength(1);
    expect(index.find((entry) => entry.label === 'oxycodone')!.hits.map((hit) => hit.drug.id)).toEqual([
      'clonazepam',
      'testazolam',
    ]);
  });

  it('counts a swap of two letters as one typo', () => {
    expect(editDistance('xanax', 'xnaax')).toBe(1);
    expect(editDistance('xanax', 'xanex')).toBe(1);
    expect(editDistance('oxycodon', 'oxycodone')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });

  it('resolves small typos, case and accents to the right name, and nothing for strangers', () => {
    expect(resolveName(index, 'xanex')?.entry.label).toBe('Xanax');
    expect(resolveName(index, 'oxycodon')?.entry.label).toBe('oxycodone');
    expect(resolveName(index, 'PERCOCET')).toMatchObject({ entry: { label: 'Percocet' }, corrected: false });
    expect(resolveName(index, 'carbamazepine')?.entry.label).toBe('carbamazépine');
    expect(resolveName(index, 'ibuprofen')).toBeNull();
    // Short names get no typo allowance: "xan" must not become something else.
    expect(resolveName(index, 'bee')).toBeNull();
  });

  it('suggests by prefix first, then by any word, then by typos', () => {
    expect(suggestNames(index, 'perc').map((entry) => entry.label)).toEqual(['Percocet']);
    expect(suggestNames(index, 'juice').map((entry) => entry.label)).toEqual(['grapefruit juice']);
    expect(suggestNames(index, 'oxi').map((entry) => entry.label)).toEqual([]);
    expect(suggestNames(index, 'oxicod').map((entry) => entry.label)).toContain('oxycodone');
    expect(suggestNames(index, '')).toEqual([]);
  });
});

describe('interaction checker', () => {
  it('is a combobox per the APG pattern: expanded state, listbox, active descendant', () => {
    render(<Checker drugs={drugs} />);
    const input = combobox();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).toBe('listbox');

    type('o');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(optionLabels()).toEqual(expect.arrayContaining(['oxycodone', 'OxyContin']));
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);

    key('ArrowDown');
    const first = screen.getAllByRole('option')[0]!;
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    const options = screen.getAllByRole('option');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1]!.id);

    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('o');
    key('Escape');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('returns visual focus to the input on Left, Right, Home and End, opens with Alt+Down and closes with Alt+Up (APG)', () => {
    render(<Checker drugs={drugs} />);
    const input = combobox();
    type('oxy');
    for (const name of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) {
      key('ArrowDown');
      expect(input.hasAttribute('aria-activedescendant'), name).toBe(true);
      key(name);
      expect(input.hasAttribute('aria-activedescendant'), name).toBe(false);
      expect(input.getAttribute('aria-expanded'), name).toBe('true');
      expect(
        screen.getAllByRole('option').filter((option) => option.getAttribute('aria-selected') === 'true'),
        name,
      ).toEqual([]);
    }
    // Enter with no active option checks the typed text, not the option that was active before.
    key('ArrowDown');
    key('ArrowLeft');
    key('Enter');
    expect(within(results()).getByRole('note').textContent).toMatch(/no entry for “oxy”/);

    type('oxy');
    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    key('ArrowDown', { altKey: true });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    key('ArrowUp', { altKey: true });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('oxy');
  });

  it('"perc", arrow down, Enter: picks Percocet and shows the caution with severity, effect, advice and source', () => {
    render(<Checker drugs={drugs} />);
    type('perc');
    key('ArrowDown');
    key('Enter');
    expect((combobox() as HTMLInputElement).value).toBe('');
    const card = within(results())
      .getByRole('heading', { name: /Percocet \+ Clonazepam/ })
      .closest('li')!;
    expect(card.textContent).toContain('Contraindicated');
    expect(card.textContent).toContain('Test meaning: a test label names the pair as a contraindication.');
    expect(card.textContent).toContain('Test effect: breathing can slow dangerously.');
    expect(card.textContent).toContain('Test advice: only together when nothing else works.');
    const source = within(card).getByRole('link', { name: 'Test safety communication' });
    expect(source.getAttribute('href')).toBe('https://example.org/fda');
    expect(source.getAttribute('target')).toBe('_blank');
  });

  it('picks an option with the mouse', () => {
    render(<Checker drugs={drugs} />);
    type('ativ');
    fireEvent.mouseDown(screen.getByRole('option', { name: /Ativan/ }));
    expect(within(results()).getByRole('heading', { name: /Ativan \+ Clonazepam/ })).toBeTruthy();
  });

  it('tolerates typos typed in full: "xanex" and "oxycodon" find Xanax and oxycodone', () => {
    render(<Checker drugs={drugs} />);
    type('xanex');
    key('Enter');
    type('OXYCODON');
    key('Enter');
    expect(within(results()).getByRole('heading', { name: /Xanax \+ Clonazepam/ })).toBeTruthy();
    expect(within(results()).getByRole('heading', { name: /oxycodone \+ Clonazepam/ })).toBeTruthy();
    expect(results().textContent).toContain('you typed “xanex”');
  });

  it('checks several medicines at once as removable chips', () => {
    render(<Checker drugs={drugs} />);
    for (const name of ['Percocet', 'beer', 'Tegretol']) {
      type(name);
      key('Enter');
    }
    const chips = within(screen.getByRole('list', { name: 'Medicines being checked' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.querySelector('span')!.textContent)).toEqual(['Percocet', 'beer', 'Tegretol']);
    expect(results().querySelectorAll('.result-card')).toHaveLength(3);
    expect(screen.getByText(/3 checked: 3 with a listed interaction, 0 not in the list/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove beer' }));
    expect(results().querySelectorAll('.result-card')).toHaveLength(2);
    expect(results().textContent).not.toContain('Test effect: deeper sedation.');
    expect(document.activeElement).toBe(combobox());
  });

  it('does not add the same medicine twice', () => {
    render(<Checker drugs={drugs} />);
    type('xanax');
    key('Enter');
    type('XANAX');
    key('Enter');
    expect(results().querySelectorAll('.result-card')).toHaveLength(1);
    expect(screen.getByText('Xanax is already in the list.')).toBeTruthy();
  });

  it('says clearly that an unlisted name has no entry, that this does not mean safe, and to ask a pharmacist', () => {
    render(<Checker drugs={drugs} />);
    type('ibuprofen');
    key('Enter');
    const notice = within(results()).getByRole('note');
    expect(notice.textContent).toMatch(/no entry for “ibuprofen”/i);
    expect(notice.textContent).toMatch(/does not mean it is safe/i);
    expect(notice.textContent).toMatch(/pharmacist/i);
    expect(results().querySelectorAll('.result-card')).toHaveLength(0);
  });

  it('shows results from every bundled drug that lists the medicine', () => {
    render(<Checker drugs={[fixtureClonazepam, fixtureSecondDrug]} />);
    expect(screen.getByRole('heading', { name: 'Check interactions with Clonazepam, Testazolam' })).toBeTruthy();
    type('oxycodone');
    key('Enter');
    const titles = [...results().querySelectorAll('.result-title')].map((title) => title.textContent);
    expect(titles).toEqual(['oxycodone + Clonazepam (Opioids)', 'oxycodone + Testazolam (Opioids)']);
    type('grapefruit');
    key('ArrowDown');
    key('Enter');
    expect(results().textContent).toContain('Second drug effect: slightly higher levels.');
  });

  it('explains the four-level severity scale from the data', () => {
    render(<Checker drugs={drugs} />);
    const scale = document.querySelector('.severity-scale')!;
    expect(scale.textContent).toContain('What the severity levels mean');
    for (const level of fixtureClonazepam.severityScale) {
      expect(scale.textContent).toContain(level.label);
      expect(scale.textContent).toContain(level.meaning);
    }
  });

  it('handles empty, very long and odd input without errors', () => {
    render(<Checker drugs={drugs} />);
    key('Enter');
    expect(screen.getByText('Type the name of a medicine first.')).toBeTruthy();
    type('   ');
    key('Enter');
    key('ArrowDown');
    key('ArrowUp');
    for (const odd of [
      'x'.repeat(5000),
      '((([[*+?\\',
      '\u0000\u202e\ud800',
      '💊',
      '<img src=x onerror=alert(1)>',
      'percocet; DROP TABLE',
    ]) {
      type(odd);
      key('ArrowDown');
      key('Enter');
    }
    expect(document.querySelector('img')).toBeNull();
    const chips = screen.getByRole('list', { name: 'Medicines being checked' });
    expect(chips.textContent!.length).toBeLessThan(1000);
    expect(within(results()).getAllByRole('note').length).toBeGreaterThan(0);
  });
});

describe("checker and the bundled drug's own names", () => {
  it('says that "Klonopin" is clonazepam itself instead of "no entry"', () => {
    render(<Checker drugs={drugs} />);
    type('Klonopin');
    key('Enter');
    const note = within(results()).getByRole('note');
    expect(note.textContent).toMatch(/“Klonopin” is a name of Clonazepam/);
    expect(note.textContent).not.toMatch(/no entry/);
  });
});
