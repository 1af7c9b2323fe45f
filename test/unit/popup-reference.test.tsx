import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fixtureClonazepam } from './fixtures/popup-drugs';
import { resetFakeBrowser, type FakeBrowser } from './fixtures/popup-fake-browser';
import { SESSION_KEYS } from '../../src/messages';

vi.mock('webextension-polyfill', async () => (await import('./fixtures/popup-fake-browser')).fakeBrowserModule);

const { Reference } = await import('../../popup/reference/Reference');
const { buildQuery, findMatches } = await import('../../popup/reference/search');
const { consumePendingReference, deepLinkFromUrl } = await import('../../popup/reference/deep-link');

let fake: FakeBrowser;
beforeEach(() => {
  fake = resetFakeBrowser();
});
afterEach(cleanup);

const drug = fixtureClonazepam;
const sectionTitles = () => [...document.querySelectorAll('.ref-section h2')].map((h) => h.textContent);
const search = (text: string) =>
  fireEvent.input(screen.getByRole('searchbox', { name: /search the reference/i }), { target: { value: text } });
const marks = () => [...document.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('reference rendering', () => {
  it('renders every section with its blocks, sub-sections, list items and flags from the data', () => {
    render(<Reference drug={drug} />);
    expect(sectionTitles()).toEqual(expect.arrayContaining(drug.sections.map((section) => section.title)));
    expect(screen.getByText('Clonazepam is a calming medicine in the benzodiazepine family.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Panic disorder', level: 3 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Signs people notice' })).toBeTruthy();
    expect(screen.getByText('Use for generalized anxiety.').closest('li')!.textContent).toContain('Off-label');
    expect(screen.getByText('Seizures after stopping.').closest('li')!.textContent).toContain('Urgent');
  });

  it('has a table of contents linking to every section', () => {
    render(<Reference drug={drug} />);
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(drug.sections.map((section) => `#${section.id}`));
    for (const section of drug.sections) expect(document.getElementById(section.id)).not.toBeNull();
  });

  it('lists the sources each section cites under it, as outside links', () => {
    render(<Reference drug={drug} />);
    const withdrawal = document.getElementById('withdrawal')!;
    const links = within(withdrawal).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org/fda']);
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toContain('noopener');
    const dosage = document.getElementById('dosage')!;
    expect(
      within(dosage)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Test label', 'Test NHS page']);
  });

  it('shows the interaction table inside the interactions section, with severity labels from the scale', () => {
    render(<Reference drug={drug} />);
    const section = document.getElementById('interactions')!;
    expect(within(section).getByText(/oxycodone \(OxyContin, Percocet\)/)).toBeTruthy();
    expect(within(section).getByText('Test effect: breathing can slow dangerously.')).toBeTruthy();
    expect(within(section).getAllByText('Contraindicated').length).toBeGreaterThan(0);
  });

  it('shows the last-reviewed date, the notice and the urgent help with emergency numbers', () => {
    render(<Reference drug={drug} />);
    expect(screen.getAllByText('25 November 2026').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Test notice: this is not medical advice.').length).toBeGreaterThan(0);
    const urgent = document.getElementById('urgent-help')!;
    expect(urgent.textContent).toContain('911');
    expect(urgent.textContent).toContain('988');
    expect(urgent.textContent).toContain('Slow or shallow breathing.');
    expect(within(urgent).getByRole('heading', { name: 'Get emergency help now for' })).toBeTruthy();
    // The urgent box sits in the sticky bar, before the first section.
    expect(urgent.closest('.reference-bar')).not.toBeNull();
  });

  it('shows the class, legal status and names by kind, with languages and countries, but not the misspellings', () => {
    render(<Reference drug={drug} />);
    const facts = document.querySelector('details.drug-facts') as HTMLDetailsElement;
    expect(facts.open).toBe(false);
    expect(facts.querySelector('summary')!.textContent).toBe('Class and names');
    const row = (label: string) => within(facts).getByText(label, { selector: 'dt' }).nextElementSibling!.textContent;
    expect(row('Class')).toContain(drug.drugClass.text);
    expect(row('Legal status')).toContain(drug.schedule.text);
    expect(row('Brand names')).toMatch(/^Klonopin.*Ceberclon/);
    expect(row('Brands in other countries')).toContain('Rivotril (Canada, United Kingdom, Switzerland, Japan, Taiwan)');
    expect(row('Street names')).toContain('K-pin');
    expect(row('In other languages')).toContain('клоназепам (Russian, Ukrainian)');
    expect(within(facts).getByText('クロナゼパム').closest('[lang]')!.getAttribute('lang')).toBe('ja');
    expect(facts.textContent).not.toContain('klonipin');
    const sources = within(facts)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(sources).toContain('https://example.org/label');
  });

  it('opens the names when a search matches one, and marks it', () => {
    render(<Reference drug={drug} />);
    search('Rivatril');
    const facts = document.querySelector('details.drug-facts') as HTMLDetailsElement;
    expect(facts.open).toBe(true);
    expect([...facts.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('Rivatril');
  });

  it('renders partial data without failing', () => {
    const partial = { id: 'partial', displayName: 'Partial', names: drug.names } as never;
    render(<Reference drug={partial} />);
    expect(screen.getByRole('heading', { name: 'Partial', level: 1 })).toBeTruthy();
    expect(screen.getByText(/No reference sections are bundled/)).toBeTruthy();
  });
});

describe('reference search', () => {
  it('filters to matching sections and items and marks the words', () => {
    render(<Reference drug={drug} />);
    search('liver');
    expect(sectionTitles()).toEqual(['Who needs caution']);
    expect(screen.queryByText('Pregnancy: the baby may be affected after birth.')).toBeNull();
    expect(marks()).toEqual(['Liver']);
    expect(screen.getByRole('status').textContent).toMatch(/1 section matches/);
  });

  it('says "No results" clearly when nothing matches', () => {
    render(<Reference drug={drug} />);
    search('zebra');
    expect(sectionTitles()).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(/No results for “zebra”/);
  });

  it('understands "pregnant" as pregnancy and marks the whole word', () => {
    render(<Reference drug={drug} />);
    search('pregnant');
    expect(sectionTitles()).toEqual(['Who needs caution']);
    expect(marks()).toContain('Pregnancy');
  });

  it('understands "dose" as dosage and "withdrawal" in any form', () => {
    render(<Reference drug={drug} />);
    search('dose');
    expect(sectionTitles()).toContain('Dosage');
    search('Withdrawing');
    expect(sectionTitles()).toEqual(['Withdrawal and tapering']);
  });

  it('finds the drug by its other names: brand, international brand, misspelling, other language', () => {
    render(<Reference drug={drug} />);
    for (const name of ['klonopin', 'Rivotril', 'klonipin', 'clonazépam', 'K-pin']) {
      search(name);
      expect(sectionTitles(), name).toContain('What it is');
      expect(marks(), name).toContain('Clonazepam');
    }
  });

  it('searches the interaction table by member names', () => {
    render(<Reference drug={drug} />);
    search('xanax');
    expect(sectionTitles()).toEqual(['Interactions']);
    expect(screen.getByText('Test effect: much more drowsiness.')).toBeTruthy();
    expect(screen.queryByText('Test effect: breathing can slow dangerously.')).toBeNull();
  });

  it('needs every meaningful word somewhere in a section, ignoring small words', () => {
    render(<Reference drug={drug} />);
    search('can I use it with liver disease');
    expect(sectionTitles()).toEqual(['Who needs caution']);
    search('liver seizures');
    expect(sectionTitles()).toEqual([]);
  });

  it('handles empty, very long and odd input without errors', () => {
    render(<Reference drug={drug} />);
    for (const text of [
      '',
      '   ',
      '((([[*+?',
      '\u0000\u202e',
      'a'.repeat(10_000),
      '💊💊',
      '<script>alert(1)</script>',
    ]) {
      search(text);
    }
    search('');
    expect(sectionTitles()).toEqual(drug.sections.map((section) => section.title));
  });

  it('marks matches in text with accents at the right place', () => {
    const query = buildQuery('carbamazepine', drug)!;
    const text = 'Avec la carbamazépine, attention.';
    const [range] = findMatches(text, query);
    expect(text.slice(range![0], range![1])).toBe('carbamazépine');
  });
});

describe('reference deep links', () => {
  it('reads the drug and section from the URL hash or the section parameter', () => {
    expect(deepLinkFromUrl('chrome-extension://x/popup/reference.html?drug=clonazepam#withdrawal')).toEqual({
      drugId: 'clonazepam',
      section: 'withdrawal',
    });
    expect(deepLinkFromUrl('chrome-extension://x/popup/index.html?section=dosage')).toEqual({
      drugId: null,
      section: 'dosage',
    });
    expect(deepLinkFromUrl('chrome-extension://x/popup/index.html#"><img>')).toEqual({ drugId: null, section: null });
    expect(deepLinkFromUrl('not a url')).toEqual({ drugId: null, section: null });
  });

  it('opens at the requested section and moves focus to its heading', async () => {
    render(<Reference drug={drug} section="dosage" />);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Dosage'));
  });

  it('clears a search when a deep link arrives so the section is shown', async () => {
    const { rerender } = render(<Reference drug={drug} />);
    search('liver');
    rerender(<Reference drug={drug} section="withdrawal" />);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Withdrawal and tapering'));
    expect(sectionTitles()).toHaveLength(drug.sections.length);
  });

  it('consumes a fresh pending request from the tooltip, once', async () => {
    const now = 1_000_000;
    fake.browser.storage.session.seed(SESSION_KEYS.pendingReference, {
      drugId: 'clonazepam',
      section: 'withdrawal',
      at: now - 2_000,
    });
    expect(await consumePendingReference(now)).toEqual({ drugId: 'clonazepam', section: 'withdrawal' });
    expect(fake.browser.storage.session.data.has(SESSION_KEYS.pendingReference)).toBe(false);
    expect(await consumePendingReference(now)).toBeNull();
  });

  it('ignores a stale or malformed pending request', async () => {
    const now = 1_000_000;
    fake.browser.storage.session.seed(SESSION_KEYS.pendingReference, {
      drugId: 'clonazepam',
      section: 'withdrawal',
      at: now - 10 * 60_000,
    });
    expect(await consumePendingReference(now)).toBeNull();
    fake.browser.storage.session.seed(SESSION_KEYS.pendingReference, 'garbage');
    expect(await consumePendingReference(now)).toBeNull();
  });
});

describe('search words', () => {
  it('treats plural everyday words like their synonyms ("kids" → child) and skips filler words', () => {
    const kids = buildQuery('kids', fixtureClonazepam)!;
    expect(kids.terms).toContain('child');
    const question = buildQuery('can I take it while pregnant', fixtureClonazepam)!;
    expect(question.groups).toHaveLength(1);
    expect(question.terms).toContain('pregnan');
  });
});
