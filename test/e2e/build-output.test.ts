/**
 * The two builds are what issue 3 asks for: loadable MV3 manifests derived from one source, the
 * fewest permissions, frames covered, and a content script that is one self-contained classic
 * script exposing nothing to pages. Reads the build under test (MEDGLANCE_DIST or dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/manifest-for-target';
import { SCANNER_SCRIPT, TOOLTIP_SCRIPT } from '../../src/messages';
import { distDir } from './harness/session';

interface ContentScript {
  js?: string[];
  matches?: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
}

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  minimum_chrome_version?: string;
  permissions?: string[];
  host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: ContentScript[];
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
  web_accessible_resources?: unknown[];
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
}

function manifestOf(target: 'chrome' | 'firefox'): Manifest {
  return JSON.parse(readFileSync(join(distDir(), target, 'manifest.json'), 'utf8')) as Manifest;
}

describe.each(['chrome', 'firefox'] as const)('the %s build', (target) => {
  const manifest = manifestOf(target);

  it('is MV3 with the fewest permissions and no host access beyond the content script matches', () => {
    expect(manifest.manifest_version).toBe(3);
    for (const permission of manifest.permissions ?? [])
      expect(['storage', 'scripting', 'contextMenus', 'sidePanel']).toContain(permission);
    expect(manifest.permissions).toContain('storage');
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    for (const host of manifest.host_permissions ?? []) expect(matches).toContain(host);
  });

  /** The watcher every frame runs, and the scanner declared for top frames (other frames get it on need). */
  const everyFrame = (manifest.content_scripts ?? []).filter((script) => script.all_frames);
  const topFrame = (manifest.content_scripts ?? []).filter((script) => !script.all_frames);

  it('covers every frame, about:blank and opaque-origin frames with the watcher, and top frames with the scanner', () => {
    expect(everyFrame).toHaveLength(1);
    expect(everyFrame[0]).toMatchObject({ all_frames: true, match_about_blank: true, match_origin_as_fallback: true });
    expect(topFrame).toHaveLength(1);
    expect(topFrame[0]?.js).toEqual([SCANNER_SCRIPT]);
    for (const script of manifest.content_scripts ?? []) {
      expect(script).toMatchObject({ matches: ['<all_urls>'], run_at: 'document_start' });
    }
  });

  it('ships each content script as one self-contained classic script and exposes no files to pages', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    for (const script of manifest.content_scripts ?? []) {
      expect(script.js).toHaveLength(1);
      const file = script.js?.[0] ?? '';
      const code = readFileSync(join(distDir(), target, file), 'utf8');
      // Module syntax (import/export declarations) does not compile as a classic script.
      expect(() => new Script(code, { filename: file })).not.toThrow();
      expect(code).not.toMatch(/\bimport\s*\(/);
    }
  });

  it('keeps the script every frame parses small; the scanner and the tooltip are classic scripts of their own, loaded on need', () => {
    const always = readFileSync(join(distDir(), target, everyFrame[0]?.js?.[0] ?? ''), 'utf8');
    // The goal was 40 kB; the watcher is about 13 kB: it holds the matcher's cheap test only.
    expect(always.length).toBeLessThanOrEqual(16 * 1024);
    // The scanner (top frames, and subframes that may name a drug): the prebuilt name data (about
    // 15 kB), the watch for names split across nodes and the whole-document prefilter took it to
    // about 60 kB. A guard against growth.
    const scanner = readFileSync(join(distDir(), target, SCANNER_SCRIPT), 'utf8');
    expect(scanner.length).toBeLessThanOrEqual(60 * 1024);
    const tooltip = readFileSync(join(distDir(), target, TOOLTIP_SCRIPT), 'utf8');
    expect(() => new Script(tooltip, { filename: TOOLTIP_SCRIPT })).not.toThrow();
    expect(tooltip).not.toMatch(/\bimport\s*\(/);
    // What only a tooltip or the scanner needs is not in the script every frame parses.
    for (const code of [always, scanner]) expect(code).not.toContain('medglance-tooltip');
    expect(tooltip).toContain('medglance-tooltip');
    // The watcher paints nothing: the highlight registry is the scanner's.
    expect(always).not.toContain('highlights');
    expect(scanner).toContain('highlights');
  });
});

describe('the two manifests', () => {
  const chrome = manifestOf('chrome');
  const firefox = manifestOf('firefox');

  it('come from one source', () => {
    for (const key of ['name', 'version', 'host_permissions', 'content_scripts', 'commands'] as const) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
  });

  it('ask for scripting in both (the background runs the tooltip script in a frame on its first need; in Chrome also the content script in tabs open before install), sidePanel only in Chrome (the Firefox sidebar needs no permission), contextMenus in both (the look-up item)', () => {
    expect([...(chrome.permissions ?? [])].sort()).toEqual(['contextMenus', 'scripting', 'sidePanel', 'storage']);
    expect([...(firefox.permissions ?? [])].sort()).toEqual(['contextMenus', 'scripting', 'storage']);
  });

  it('show the same panel page beside the page: Chrome side_panel, Firefox sidebar_action', () => {
    expect((chrome as { side_panel?: unknown }).side_panel).toEqual({ default_path: 'popup/panel.html' });
    expect((chrome as { sidebar_action?: unknown }).sidebar_action).toBeUndefined();
    expect((firefox as { sidebar_action?: unknown }).sidebar_action).toMatchObject({
      default_panel: 'popup/panel.html',
      default_title: 'MedGlance',
    });
    expect((firefox as { side_panel?: unknown }).side_panel).toBeUndefined();
    expect(existsSync(join(distDir(), 'chrome', 'popup/panel.html'))).toBe(true);
    expect(existsSync(join(distDir(), 'firefox', 'popup/panel.html'))).toBe(true);
  });

  it('declare the mention-step and look-up commands with default keys', () => {
    expect(chrome.commands).toMatchObject({
      'next-mention': { suggested_key: { default: expect.stringMatching(/^Alt\+Shift\+[A-Z]$/) } },
      'previous-mention': { suggested_key: { default: expect.stringMatching(/^Alt\+Shift\+[A-Z]$/) } },
      'look-up-selection': { suggested_key: { default: expect.stringMatching(/^Alt\+Shift\+[A-Z]$/) } },
    });
  });

  it('differ as each browser needs: a service worker and Chrome 128 for Chrome, background scripts and a gecko id for Firefox', () => {
    expect(chrome.background?.service_worker).toBeTypeOf('string');
    expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(128);
    expect(firefox.background?.service_worker).toBeUndefined();
    expect(firefox.background?.scripts?.length).toBeGreaterThan(0);
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });
});
