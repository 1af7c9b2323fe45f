/**
 * A tab whose new page can run no content script (browser pages, the extension's own pages, a
 * file: page without file access) never sends `page-start`, so the old page's counts would stay
 * in storage.session, and the popup would show them. The browser clears the tab's badge on such
 * a navigation by itself; the counts must go too.
 *
 * Without the "tabs" permission the browser shows a tab's URL only where the extension has host
 * access: no URL means no content script there either.
 */

/** Schemes where the content script may run: its matches (<all_urls>) and match_origin_as_fallback. */
const SCRIPTABLE_SCHEMES = new Set(['http:', 'https:', 'file:', 'ftp:', 'about:', 'data:', 'blob:', 'filesystem:']);

export function contentScriptMayRun(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return SCRIPTABLE_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Whether a tabs.onUpdated event says the tab now shows a page without our content script. Only
 * load status and URL changes count (title, favicon, audio... say nothing about the document).
 */
export function leftScriptablePages(changeInfo: { status?: string; url?: string }, tab: { url?: string }): boolean {
  if (changeInfo.status === undefined && changeInfo.url === undefined) return false;
  return !contentScriptMayRun(changeInfo.url ?? tab.url);
}
