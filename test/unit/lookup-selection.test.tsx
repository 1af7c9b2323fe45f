/**
 * Looking up text selected on a page: what it names decides where the popup opens (the
 * reference searched for it, the checker with it, or a note that it names nothing known).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { SESSION_KEYS } from '../../src/messages';
import { classifyLookup, MAX_LOOKUP_TEXT } from '../../popup/lookup/classify';
import { lookupFromUrl } from '../../popup/lookup/pending';
import { fixtureClonazepam } from './fixtures/popup-drugs';
import { resetFakeBrowser, type FakeBrowser } from './fixtures/popup-fake-browser';

vi.mock('webextension-polyfill', async () => (await import('./fixtures/popup-fake-browser')).fakeBrowserModule);

const { PopupApp } = await import('../../popup/PopupApp');

describe('what selected text names (bundled data)', () => {
  it.each([
    ['Klonopin', 'clonazepam'],
    ['I take klonopin at night.', 'clonazepam'],
    ['RIVOTRIL', 'clonazepam'],
    ['clonazépam 0,5 mg', 'clonazepam'],
  ])('"%s" names the drug %s', (text, drugId) => {
    const result = classifyLookup(text, BUNDLED_DRUGS);
    expect(result.kind).toBe('drug');
    expect(result.kind === 'drug' && result.drug.id).toBe(drugId);
  });

  it.each([
    ['oxycodone', 'oxycodone'],
    ['They gave me Percocet after surgery', 'Percocet'],
    ['a cup of St John\u2019s wort tea', 'St John\u2019s wort'],
  ])('"%s" names %s from an interaction table', (text, name) => {
    const result = classifyLookup(text, BUNDLED_DRUGS);
    expect(result).toMatchObject({ kind: 'interactant', name });
  });

  it('prefers the drug when both are named', () => {
    expect(classifyLookup('Klonopin and oxycodone', BUNDLED_DRUGS).kind).toBe('drug');
  });

  it('names nothing for other text, and keeps the text tidy and short', () => {
    const result = classifyLookup('  banana\n bread  ', BUNDLED_DRUGS);
    expect(result).toEqual({ kind: 'none', text: 'banana bread' });
    expect(classifyLookup('x'.repeat(5000), BUNDLED_DRUGS).text).toHaveLength(MAX_LOOKUP_TEXT);
  });

  it('reads ?lookup= from the page address', () => {
    expect(lookupFromUrl('chrome-extension://id/popup/index.html?lookup=Klonopin%20pills&tab=3')).toBe(
      'Klonopin pills',
    );
    expect(lookupFromUrl('chrome-extension://id/popup/index.html?lookup=%20%20')).toBeNull();
    expect(lookupFromUrl('chrome-extension://id/popup/index.html')).toBeNull();
  });
});

describe('the popup opened for a lookup', () => {
  let fake: FakeBrowser;
  beforeEach(() => {
    fake = resetFakeBrowser();
    fake.tabs.push({ id: 7, url: 'https://news.example.com/story', active: true });
  });
  afterEach(cleanup);
  const POPUP = 'chrome-extension://id/popup/index.html';
  const drugs = [fixtureClonazepam];
  const selectedTab = () =>
    screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent;

  it('a drug name: the reference, searched for the text', async () => {
    render(<PopupApp drugs={drugs} href={`${POPUP}?lookup=Klonopin`} />);
    await waitFor(() => expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('Klonopin'));
    expect(selectedTab()).toBe('Reference');
    expect(screen.getByText(/Looking up \u201CKlonopin\u201D: Clonazepam/)).toBeTruthy();
    await waitFor(() => expect(document.querySelector('.search-status')!.textContent).toMatch(/match/));
  });

  it('a name in the interaction table: the checker, with it checked', async () => {
    render(<PopupApp drugs={drugs} href={`${POPUP}?lookup=${encodeURIComponent('my Percocet prescription')}`} />);
    await waitFor(() => expect(selectedTab()).toBe('Interactions'));
    const chips = await screen.findByRole('list', { name: 'Medicines being checked' });
    expect(within(chips).getByText('Percocet')).toBeTruthy();
  });

  it('text that names nothing: says so and offers the checker', async () => {
    render(<PopupApp drugs={drugs} href={`${POPUP}?lookup=banana`} />);
    expect(await screen.findByText('\u201Cbanana\u201D names no medicine MedGlance knows.')).toBeTruthy();
    expect(selectedTab()).toBe('Reference');
    fireEvent.click(screen.getByRole('button', { name: 'Check it in the interaction checker' }));
    await waitFor(() => expect(selectedTab()).toBe('Interactions'));
    const chips = await screen.findByRole('list', { name: 'Medicines being checked' });
    expect(within(chips).getByText('banana')).toBeTruthy();
  });

  it('takes a lookup the background left in storage.session, once', async () => {
    fake.browser.storage.session.seed(SESSION_KEYS.pendingLookup, { text: 'oxycodone', at: Date.now() });
    render(<PopupApp drugs={drugs} href={POPUP} />);
    await waitFor(() => expect(selectedTab()).toBe('Interactions'));
    expect(fake.browser.storage.session.data.has(SESSION_KEYS.pendingLookup)).toBe(false);
  });

  it('ignores a stale lookup', async () => {
    fake.browser.storage.session.seed(SESSION_KEYS.pendingLookup, { text: 'oxycodone', at: Date.now() - 5 * 60_000 });
    render(<PopupApp drugs={drugs} href={POPUP} />);
    await screen.findByRole('checkbox', { name: /Highlight mentions/ });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(selectedTab()).toBe('Reference');
    expect(document.querySelector('.lookup-notice')).toBeNull();
  });
});
