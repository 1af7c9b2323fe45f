/**
 * The site whose settings apply to this frame: the tab's top-level site, so that "highlighting
 * off for example.com" also covers the frames embedded in example.com's pages (that is the
 * hostname the popup shows and disables).
 */
export function siteHostname(win: Window): string {
  try {
    const top = win.top;
    if (top && top.location.hostname) return top.location.hostname;
  } catch {
    // A cross-origin top frame: fall through to what this frame can see of it.
  }
  const ancestors = win.location.ancestorOrigins;
  const topOrigin = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  for (const origin of [topOrigin, win.location.origin, win.origin]) {
    if (!origin || origin === 'null') continue;
    try {
      const hostname = new URL(origin).hostname;
      if (hostname) return hostname;
    } catch {
      // Not a URL origin (opaque): try the next.
    }
  }
  return win.location.hostname;
}
