/**
 * The popup's views in the side panel (Chrome) or sidebar (Firefox): the panel stays open while
 * the reader moves between tabs, so it follows the active tab's count and takes the reference and
 * look-up requests the background leaves while it is open.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { SESSION_KEYS } from '../../src/messages';
import { fixtureClonazepam } from './fixtures/popup-drugs';
import { resetFakeBrowser, type FakeBrowser } from './fixtures/popup-fake-browser';

vi.mock('webextension-polyfill', async () => (await import('./fixtures/popup-fake-browser')).fakeBrowserModule);

const { PopupApp } = await import('../../popup/PopupApp');

let fake: FakeBrowser;
beforeEach(() => {
  fake = resetFakeBrowser();
  fake.tabs.push(
    { id: 7, url: 'https://news.example.com/story', active: true },
    { id: 12, url: 'https://forum.example.org/t/1', active: false },
  );
  fake.browser.storage.session.seed(SESSION_KEYS.tabCounts(7), { frames: { 0: 3 }, total: 3 });
  fake.browser.storage.session.seed(SESSION_KEYS.tabCounts(12), { frames: { 0: 8 }, total: 8 });
});
afterEach(cleanup);

const POPUP = 'chrome-extension://id/popup/panel.html';
const countText = () => document.querySelector('.count-text')?.textContent;
const activate = (id: number) => {
  for (const tab of fake.tabs) tab.active = tab.id === id;
  fake.browser.tabs.onActivated.listeners.forEach((listener) => listener({ tabId: id }));
};
const selectedTab = () =>
  screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent;

describe('the side panel', () => {
  it('follows the active tab: its count and its site switch', async () => {
    render(<PopupApp drugs={[fixtureClonazepam]} href={POPUP} surface="panel" />);
    await waitFor(() => expect(countText()).toBe('3 mentions on this page'));
    expect(await screen.findByRole('checkbox', { name: 'On for this site (news.example.com)' })).toBeTruthy();
    activate(12);
    await waitFor(() => expect(countText()).toBe('8 mentions on this page'));
    expect(await screen.findByRole('checkbox', { name: 'On for this site (forum.example.org)' })).toBeTruthy();
  });

  it('the toolbar popup does not follow (it closes when the reader leaves it)', async () => {
    render(<PopupApp drugs={[fixtureClonazepam]} href="chrome-extension://id/popup/index.html" />);
    await waitFor(() => expect(countText()).toBe('3 mentions on this page'));
    expect(fake.browser.tabs.onActivated.listeners.size).toBe(0);
  });

  it('takes a look-up and a "Full reference" request that arrive while it is open', async () => {
    render(<PopupApp drugs={[fixtureClonazepam]} href={POPUP} surface="panel" />);
    await waitFor(() => expect(countText()).toBe('3 mentions on this page'));
    await fake.browser.storage.session.set({ [SESSION_KEYS.pendingLookup]: { text: 'oxycodone', at: Date.now() } });
    await waitFor(() => expect(selectedTab()).toBe('Interactions'));
    expect(fake.browser.storage.session.data.has(SESSION_KEYS.pendingLookup)).toBe(false);

    await fake.browser.storage.session.set({
      [SESSION_KEYS.pendingReference]: { drugId: 'clonazepam', section: 'what-it-is', at: Date.now() },
    });
    await waitFor(() => expect(selectedTab()).toBe('Reference'));
    expect(fake.browser.storage.session.data.has(SESSION_KEYS.pendingReference)).toBe(false);
  });
});
