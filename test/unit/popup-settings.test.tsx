import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from '../../src/settings/schema';
import { resetFakeBrowser, type FakeBrowser } from './fixtures/popup-fake-browser';

vi.mock('webextension-polyfill', async () => (await import('./fixtures/popup-fake-browser')).fakeBrowserModule);

const { SettingsForm } = await import('../../popup/settings/SettingsForm');
const { DisabledSites } = await import('../../popup/settings/DisabledSites');
const { OptionsApp } = await import('../../popup/OptionsApp');

let fake: FakeBrowser;
beforeEach(() => {
  fake = resetFakeBrowser();
});
afterEach(cleanup);

const stored = () => fake.browser.storage.sync.data.get(SETTINGS_STORAGE_KEY) as Settings | undefined;
const renderForm = (site: string | null = 'news.example.com') =>
  render(<SettingsForm site={site} previewWord="Clonazepam" />);

describe('settings form', () => {
  it('shows the stored settings once loaded', async () => {
    fake.browser.storage.sync.seed(SETTINGS_STORAGE_KEY, {
      ...DEFAULT_SETTINGS,
      highlightStyle: 'outline',
      tooltipTrigger: 'click',
      disabledSites: ['news.example.com'],
    });
    renderForm();
    const global = await screen.findByRole('checkbox', { name: /Highlight mentions/ });
    expect((global as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /this site/ }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Outline' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'On click' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('slider', { name: /Hover delay/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it('writes the global highlight switch to storage.sync at once', async () => {
    renderForm();
    fireEvent.click(await screen.findByRole('checkbox', { name: /Highlight/ }));
    await waitFor(() => expect(stored()?.highlightEnabled).toBe(false));
    expect((screen.getByRole('checkbox', { name: /Highlight mentions/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('turns highlighting off and on for this site only', async () => {
    renderForm('news.example.com');
    const site = await screen.findByRole('checkbox', { name: /this site/ });
    expect(site.getAttribute('aria-label') ?? site.closest('label')!.textContent).toContain('news.example.com');
    fireEvent.click(site);
    await waitFor(() => expect(stored()?.disabledSites).toEqual(['news.example.com']));
    expect(stored()?.highlightEnabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /this site/ }));
    await waitFor(() => expect(stored()?.disabledSites).toEqual([]));
  });

  it('names the switches so that "Highlight" and "this site" each find exactly one', async () => {
    renderForm();
    expect(await screen.findAllByRole('checkbox', { name: /Highlight/ })).toHaveLength(1);
    expect(screen.getAllByRole('checkbox', { name: /this site/ })).toHaveLength(1);
  });

  it('has no site switch when the popup has no web page', async () => {
    renderForm(null);
    await screen.findByRole('checkbox', { name: /Highlight mentions/ });
    expect(screen.queryByRole('checkbox', { name: /this site/ })).toBeNull();
  });

  it('saves the style and updates the live preview', async () => {
    renderForm();
    await screen.findByRole('radio', { name: 'Underline' });
    const preview = document.querySelector('.preview-mention') as HTMLElement;
    expect(preview.dataset.style).toBe('underline');
    fireEvent.click(screen.getByRole('radio', { name: 'Background colour' }));
    await waitFor(() => expect(stored()?.highlightStyle).toBe('background'));
    await waitFor(() =>
      expect((document.querySelector('.preview-mention') as HTMLElement).dataset.style).toBe('background'),
    );
    expect(document.querySelector('.preview-mention')!.className).toContain('preview-background');
  });

  it('saves the tooltip trigger and the hover delay (on release)', async () => {
    renderForm();
    fireEvent.click(await screen.findByRole('radio', { name: 'Off' }));
    await waitFor(() => expect(stored()?.tooltipTrigger).toBe('off'));
    fireEvent.click(screen.getByRole('radio', { name: 'On hover' }));
    await waitFor(() => expect(stored()?.tooltipTrigger).toBe('hover'));
    const slider = screen.getByRole('slider', { name: /Hover delay/ });
    fireEvent.input(slider, { target: { value: '800' } });
    expect(screen.getByText('800 ms')).toBeTruthy();
    expect(stored()?.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    fireEvent.change(slider, { target: { value: '800' } });
    await waitFor(() => expect(stored()?.hoverDelayMs).toBe(800));
  });

  it('follows changes made elsewhere (another popup, the options page, another device)', async () => {
    renderForm();
    await screen.findByRole('checkbox', { name: /Highlight mentions/ });
    await fake.browser.storage.sync.set({
      [SETTINGS_STORAGE_KEY]: { ...DEFAULT_SETTINGS, highlightEnabled: false, highlightStyle: 'bold-color' },
    });
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: /Highlight mentions/ }) as HTMLInputElement).checked).toBe(false),
    );
    expect((screen.getByRole('radio', { name: 'Bold colour' }) as HTMLInputElement).checked).toBe(true);
  });

  it('loads corrupt stored settings as repaired values instead of failing', async () => {
    fake.browser.storage.sync.seed(SETTINGS_STORAGE_KEY, {
      highlightEnabled: 'maybe',
      highlightStyle: 12,
      disabledSites: {},
    });
    renderForm();
    expect(((await screen.findByRole('checkbox', { name: /Highlight mentions/ })) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('radio', { name: 'Underline' }) as HTMLInputElement).checked).toBe(true);
  });

  it('tells the user when a setting could not be saved', async () => {
    renderForm();
    const toggle = await screen.findByRole('checkbox', { name: /Highlight mentions/ });
    fake.failWrites(true);
    fireEvent.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not save/);
  });
});

describe('options page', () => {
  it('lists the sites where highlighting is off and removes them', async () => {
    fake.browser.storage.sync.seed(SETTINGS_STORAGE_KEY, {
      ...DEFAULT_SETTINGS,
      disabledSites: ['a.example', 'b.example'],
    });
    render(<DisabledSites />);
    const list = await screen.findByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.site-name')!.textContent),
    ).toEqual(['a.example', 'b.example']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
    await waitFor(() => expect(stored()?.disabledSites).toEqual(['b.example']));
    await waitFor(() => expect(screen.queryByText('a.example')).toBeNull());
  });

  it('uses the same settings component as the popup', async () => {
    render(<OptionsApp href="chrome-extension://id/popup/options.html" />);
    expect(await screen.findByRole('checkbox', { name: /Highlight mentions/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Outline' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sites where highlighting is off' })).toBeTruthy();
  });
});
