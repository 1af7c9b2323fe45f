import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings } from '../../src/settings/schema';
import { resetFakeBrowser, type FakeBrowser } from './fixtures/popup-fake-browser';

vi.mock('webextension-polyfill', async () => (await import('./fixtures/popup-fake-browser')).fakeBrowserModule);

const { highlightOnFor, loadSettings, onSettingsChanged, saveSettings, setSiteHighlighting } =
  await import('../../src/settings/store');

let fake: FakeBrowser;
beforeEach(() => {
  fake = resetFakeBrowser();
});

const stored = () => fake.browser.storage.sync.data.get(SETTINGS_STORAGE_KEY) as Settings | undefined;

describe('settings store', () => {
  it('loads the defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('loads a corrupt stored value repaired field by field', async () => {
    fake.browser.storage.sync.seed(SETTINGS_STORAGE_KEY, {
      highlightEnabled: 'no',
      highlightStyle: 'background',
      hoverDelayMs: 'x',
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'background' });
  });

  it('loads the defaults when storage itself fails', async () => {
    fake.browser.storage.sync.get = async () => {
      throw new Error('storage is not available');
    };
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change into storage.sync, keeping the other fields', async () => {
    fake.browser.storage.sync.seed(SETTINGS_STORAGE_KEY, { ...DEFAULT_SETTINGS, tooltipTrigger: 'click' });
    await saveSettings({ highlightEnabled: false });
    expect(stored()).toEqual({ ...DEFAULT_SETTINGS, tooltipTrigger: 'click', highlightEnabled: false });
  });

  it('never writes an invalid value, even when asked to', async () => {
    await saveSettings({ hoverDelayMs: 99_999, highlightStyle: 'glitter' as never });
    expect(stored()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 2000 });
  });

  it('does not lose a change when two are made at once', async () => {
    await Promise.all([
      saveSettings({ highlightEnabled: false }),
      saveSettings({ highlightStyle: 'outline' }),
      setSiteHighlighting('a.example', false),
    ]);
    expect(stored()).toMatchObject({
      highlightEnabled: false,
      highlightStyle: 'outline',
      disabledSites: ['a.example'],
    });
  });

  it('turns a site off and back on', async () => {
    await setSiteHighlighting('News.Example.com', false);
    expect(stored()?.disabledSites).toEqual(['news.example.com']);
    await setSiteHighlighting('news.example.com', false);
    expect(stored()?.disabledSites).toEqual(['news.example.com']);
    await setSiteHighlighting('news.example.com', true);
    expect(stored()?.disabledSites).toEqual([]);
  });

  it('tells listeners about changes with repaired values, and stops when unsubscribed', async () => {
    const seen: Settings[] = [];
    const stop = onSettingsChanged((settings) => seen.push(settings));
    await saveSettings({ highlightEnabled: false });
    await fake.browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { highlightStyle: 42 } });
    await fake.browser.storage.sync.set({ unrelated: 1 });
    await fake.browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { highlightEnabled: false } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, highlightEnabled: false });
    expect(seen[1]).toEqual(DEFAULT_SETTINGS);
    stop();
    await saveSettings({ highlightEnabled: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(2);
  });

  it('decides highlighting per hostname', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['off.example'] };
    expect(highlightOnFor(settings, 'on.example')).toBe(true);
    expect(highlightOnFor(settings, 'OFF.example')).toBe(false);
    expect(highlightOnFor({ ...settings, highlightEnabled: false }, 'on.example')).toBe(false);
  });
});
