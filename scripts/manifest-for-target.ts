/**
 * One manifest.json is the source of both builds; the Firefox differences are derived here.
 */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'medglance@medglance.example';

/**
 * The toolbar icon drawn for dark toolbars (scripts/make-icons.ts), by size: Firefox shows it
 * through `theme_icons` (its `light` icon is the one for themes with light text). Chrome has no
 * such key.
 */
export const DARK_TOOLBAR_ICONS: Record<number, string> = {
  16: 'icons/icon-dark-toolbar-16.png',
  32: 'icons/icon-dark-toolbar-32.png',
};

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; type?: string };
  permissions?: string[];
  content_scripts?: Record<string, unknown>[];
};

export function manifestFor(source: Manifest, target: Target): Manifest {
  const manifest: Manifest = structuredClone(source);
  if (target === 'chrome') return manifest;

  const worker = manifest.background?.service_worker;
  if (!worker) throw new Error('manifest.json has no background.service_worker');
  manifest.background = { scripts: [worker], type: 'module' } as Manifest['background'];
  delete manifest.minimum_chrome_version;
  // `scripting` runs the scanner and the tooltip's script in a frame on their first need (src/background/frame-scripts.ts).
  // Chrome's side panel is Firefox's sidebar: same page, its own key, no permission needed.
  const sidePanel = manifest.side_panel as { default_path?: string } | undefined;
  delete manifest.side_panel;
  if (manifest.permissions)
    manifest.permissions = manifest.permissions.filter((permission) => permission !== 'sidePanel');
  if (sidePanel?.default_path) {
    manifest.sidebar_action = {
      default_panel: sidePanel.default_path,
      default_title: manifest.name,
      default_icon: (manifest.action as { default_icon?: unknown } | undefined)?.default_icon,
      open_at_install: false,
    };
  }
  const action = manifest.action as { default_icon?: Record<string, string>; theme_icons?: unknown } | undefined;
  if (action?.default_icon) {
    action.theme_icons = Object.entries(DARK_TOOLBAR_ICONS).map(([size, light]) => {
      const dark = action.default_icon?.[size];
      if (!dark) throw new Error(`manifest.json's action has no ${size} px icon`);
      return { light, dark, size: Number(size) };
    });
  }
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // 140 is the first Firefox with the CSS Custom Highlight API.
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
