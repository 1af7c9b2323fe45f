import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SESSION_KEYS } from '../../src/messages';
import { SETTINGS_STORAGE_KEY } from '../../src/settings/schema';
import { fixtureClonazepam, fixtureSecondDrug } from './fixtures/popup-drugs';
import { resetFakeBrowser, type FakeBrowser } from './fixtures/popup-fake-browser';

vi.mock('webextension-polyfill', async () => (await import('./fixtures/popup-fake-browser')).fakeBrowserModule);

const { PopupApp } = await import('../../popup/PopupApp');
const { totalOf } = await import('../../popup/page/use-page-count');

let fake: FakeBrowser;
beforeEach(() => {
  fake = resetFakeBrowser();
  fake.tabs.push(
    { id: 7, url: 'https://news.example.com/story', active: true },
    { id: 12, url: 'http://127.0.0.1:8080/page.html' },
  );
});
afterEach(cleanup);

const drugs = [fixtureClonazepam];
const POPUP = 'chrome-extension://id/popup/index.html';
const countText = () => document.querySelector('.count-text')!.textContent;

describe('page count', () => {
  it("shows the active tab's count from storage.session", async () => {
    fake.browser.storage.session.seed(SESSION_KEYS.tabCounts(7), { frames: { 0: 3, 4: 2 }, total: 5 });
    render(<PopupApp drugs={drugs} href={POPUP} />);
    await waitFor(() => expect(countText()).toBe('5 mentions on this page'));
  });

  it('uses ?tab=<id> instead of the active tab', async () => {
    fake.browser.storage.session.seed(SESSION_KEYS.tabCounts(7), { frames: { 0: 3 }, total: 3 });
    fake.browser.storage.session.seed(SESSION_KEYS.tabCounts(12), { frames: { 0: 1 }, total: 1 });
    render(<PopupApp drugs={drugs} href={`${POPUP}?tab=12`} />);
    await waitFor(() => expect(countText()).toBe('1 mention on this page'));
  });

  it('asks the background when nothing is stored yet', async () => {
    fake.onMessage((message) =>
      (message as { type: string }).type === 'get-tab-count' ? { frames: { 0: 4 }, total: 4 } : undefined,
    );
    render(<PopupApp drugs={drugs} href={POPUP} />);
    await waitFor(() => expect(countText()).toBe('4 mentions on this page'));
    expect(fake.sentMessages).toContainEqual({ type: 'get-tab-count', tabId: 7 });
  });

  it('follows the count live while open, for its own tab only', async () => {
    fake.browser.storage.session.seed(SESSION_KEYS.tabCounts(7), { frames: { 0: 1 }, total: 1 });
    render(<PopupApp drugs={drugs} href={POPUP} />);
    await waitFor(() => expect(countText()).toBe('1 mention on this page'));
    await fake.browser.storage.session.set({ [SESSION_KEYS.tabCounts(7)]: { frames: { 0: 1, 3: 8 }, total: 9 } });
    await waitFor(() => expect(countText()).toBe('9 mentions on this page'));
    await fake.browser.storage.session.set({ [SESSION_KEYS.tabCounts(12)]: { frames: { 0: 50 }, total: 50 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(countText()).toBe('9 mentions on this page');
    await fake.browser.storage.session.remove(SESSION_KEYS.tabCounts(7));
    await waitFor(() => expect(countText()).toBe('0 mentions on this page'));
  });

  it('steps to the next and previous mention through the background', async () => {
    fake.browser.storage.session.seed(SESSION_KEYS.tabCounts(7), { frames: { 0: 2 }, total: 2 });
    render(<PopupApp drugs={drugs} href={POPUP} />);
    const next = await screen.findByRole('button', { name: /Next mention/ });
    await waitFor(() => expect((next as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(next);
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    await waitFor(() =>
      expect(fake.sentMessages).toEqual(
        expect.arrayContaining([
          { type: 'step-mention', tabId: 7, direction: 1 },
          { type: 'step-mention', tabId: 7, direction: -1 },
        ]),
      ),
    );
  });

  it('disables stepping when the page has no mentions', async () => {
    render(<PopupApp drugs={drugs} href={POPUP} />);
    await waitFor(() => expect(countText()).toBe('0 mentions on this page'));
    expect((screen.getByRole('button', { name: /Next mention/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reads every shape of count it may be given', () => {
    expect(totalOf({ frames: { 0: 2, 1: 3 }, total: 5 })).toBe(5);
    expect(totalOf({ frames: { 0: 2, 1: 3 } })).toBe(5);
    expect(totalOf(4)).toBe(4);
    expect(totalOf({ count: 2 })).toBe(2);
    expect(totalOf('x')).toBeNull();
    expect(totalOf(-1)).toBeNull();
  });
});

describe('popup frame', () => {
  it('switches views with the arrow keys (APG tabs)', async () => {
    render(<PopupApp drugs={drugs} href={POPUP} />);
    const reference = screen.getByRole('tab', { name: 'Reference' });
    expect(reference.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(reference, { key: 'ArrowRight' });
    const interactions = screen.getByRole('tab', { name: 'Interactions' });
    expect(interactions.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(interactions);
    expect(screen.getByRole('tabpanel', { name: 'Interactions' })).toBeTruthy();
    fireEvent.keyDown(interactions, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(reference.getAttribute('aria-selected')).toBe('true');
  });

  it('keeps a search and the checked medicines when switching views', async () => {
    render(<PopupApp drugs={drugs} href={POPUP} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'liver' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Reference' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('liver');
  });

  it("opens the settings with the per-site switch for the tab's site", async () => {
    render(<PopupApp drugs={drugs} href={`${POPUP}?view=settings`} />);
    const form = await screen.findByRole('form', { name: 'Settings' });
    expect(await within(form).findByRole('checkbox', { name: /this site \(news\.example\.com\)/ })).toBeTruthy();
  });

  it('opens the reference at the section the tooltip asked for, and consumes the request', async () => {
    fake.browser.storage.session.seed(SESSION_KEYS.pendingReference, {
      drugId: 'testazolam',
      section: 'what-it-is',
      at: Date.now(),
    });
    render(<PopupApp drugs={[fixtureClonazepam, fixtureSecondDrug]} href={`${POPUP}?view=checker`} />);
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Reference' }).getAttribute('aria-selected')).toBe('true'),
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Testazolam' })).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('What it is'));
    expect(fake.browser.storage.session.data.has(SESSION_KEYS.pendingReference)).toBe(false);
  });

  it('links to the same reference as a full page in a tab, for the drug shown', () => {
    render(<PopupApp drugs={[fixtureClonazepam, fixtureSecondDrug]} href={`${POPUP}?drug=testazolam`} />);
    const link = screen.getByRole('link', { name: 'Open the reference in a tab' });
    expect(link.getAttribute('href')).toBe('/popup/reference.html?drug=testazolam');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('opens the reference at a section given in the URL', async () => {
    render(<PopupApp drugs={drugs} href={`${POPUP}#dosage`} />);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Dosage'));
  });
});

describe('header switches', () => {
  const header = () => document.querySelector<HTMLElement>('.popup-header')!;
  const stored = () =>
    fake.browser.storage.sync.data.get(SETTINGS_STORAGE_KEY) as
      { highlightEnabled: boolean; disabledSites: string[] } | undefined;

  it('sit beside the count on the first view, with the names the settings form uses', async () => {
    render(<PopupApp drugs={drugs} href={POPUP} />);
    const global = await within(header()).findByRole('checkbox', { name: 'Highlight mentions on pages' });
    const site = within(header()).getByRole('checkbox', { name: 'On for this site (news.example.com)' });
    expect((global as HTMLInputElement).checked).toBe(true);
    expect((site as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('tab', { name: 'Reference' }).getAttribute('aria-selected')).toBe('true');

    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    const form = screen.getByRole('form', { name: 'Settings' });
    const names = (root: HTMLElement) =>
      within(root)
        .getAllByRole('checkbox')
        .slice(0, 2)
        .map((box) => box.closest('label')!.textContent);
    expect(names(header())).toEqual(names(form));
  });

  it('write at once, and the settings form follows (and the other way round)', async () => {
    render(<PopupApp drugs={drugs} href={`${POPUP}?view=settings`} />);
    const form = await screen.findByRole('form', { name: 'Settings' });
    fireEvent.click(await within(header()).findByRole('checkbox', { name: /this site/ }));
    await waitFor(() => expect(stored()?.disabledSites).toEqual(['news.example.com']));
    await waitFor(() =>
      expect((within(form).getByRole('checkbox', { name: /this site/ }) as HTMLInputElement).checked).toBe(false),
    );

    fireEvent.click(within(form).getByRole('checkbox', { name: /Highlight mentions/ }));
    await waitFor(() => expect(stored()?.highlightEnabled).toBe(false));
    await waitFor(() =>
      expect((within(header()).getByRole('checkbox', { name: /Highlight mentions/ }) as HTMLInputElement).checked).toBe(
        false,
      ),
    );
  });

  it('follow a change made elsewhere (another window, the options page)', async () => {
    render(<PopupApp drugs={drugs} href={POPUP} />);
    const global = await within(header()).findByRole('checkbox', { name: /Highlight mentions/ });
    expect((global as HTMLInputElement).checked).toBe(true);
    await fake.browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { ...(stored() ?? {}), highlightEnabled: false } });
    await waitFor(() =>
      expect((within(header()).getByRole('checkbox', { name: /Highlight mentions/ }) as HTMLInputElement).checked).toBe(
        false,
      ),
    );
  });

  it('show no site switch where the popup is not about a web page', async () => {
    fake.tabs.splice(0, fake.tabs.length, { id: 3, url: 'chrome://extensions/', active: true });
    render(<PopupApp drugs={drugs} href={POPUP} />);
    await within(header()).findByRole('checkbox', { name: /Highlight mentions/ });
    expect(within(header()).queryByRole('checkbox', { name: /this site/ })).toBeNull();
  });
});
