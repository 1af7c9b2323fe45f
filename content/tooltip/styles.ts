/**
 * The tooltip's styles: one constructable stylesheet adopted by its shadow root.
 *
 * Why it looks like this:
 * - `:host` rules are `!important` because, across shadow boundaries, important declarations
 *   from the inner context beat the page's (`* { all: unset !important }` included), while
 *   normal ones lose to any page rule that matches the host.
 * - `all: initial` makes `font-size` `medium` = the browser's default size, not the page's.
 *   Everything inside is sized in `em` from that; `rem` would follow the page's <html> size.
 * - The host is a zero-size fixed box in the top layer; the panel inside is positioned by
 *   floating-ui in viewport coordinates (`position: fixed`), so no page transform moves it.
 */

export const TOOLTIP_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  background: transparent !important;
  z-index: 2147483647 !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  pointer-events: none !important;
  direction: ltr !important;
  color-scheme: light dark !important;
}

.panel {
  --mg-bg: #ffffff;
  --mg-fg: #1b1b1f;
  --mg-muted: #4a4a55;
  --mg-border: #7b7b88;
  --mg-accent: #0b57d0;
  --mg-accent-fg: #ffffff;
  --mg-boxed-bg: #fff4e5;
  --mg-boxed-fg: #7a2e00;
  --mg-urgent-bg: #fdecea;
  --mg-urgent-fg: #8c1d18;
  --mg-contraindicated: #8c1d18;
  --mg-serious: #a4320a;
  --mg-moderate: #6b5300;
  --mg-minor: #4a4a55;
  --mg-shadow: 0 0.25em 1.25em rgba(0, 0, 0, 0.22);

  position: fixed;
  left: 0;
  top: 0;
  box-sizing: border-box;
  width: max-content;
  max-width: min(38em, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  display: flex;
  flex-direction: column;
  overflow: hidden;
  margin: 0;
  padding: 0;
  border: 1px solid var(--mg-border);
  border-radius: 0.5em;
  background: var(--mg-bg);
  color: var(--mg-fg);
  box-shadow: var(--mg-shadow);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 0.9375em;
  font-weight: 400;
  font-style: normal;
  line-height: 1.4;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-transform: none;
  text-indent: 0;
  white-space: normal;
  overflow-wrap: anywhere;
  direction: ltr;
  unicode-bidi: isolate;
  writing-mode: horizontal-tb;
  pointer-events: auto;
  cursor: auto;
  user-select: text;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
  animation: mg-appear 120ms ease-out;
}

@media (prefers-color-scheme: dark) {
  .panel {
    --mg-bg: #1f2023;
    --mg-fg: #ececf1;
    --mg-muted: #b9b9c6;
    --mg-border: #8e8e9c;
    --mg-accent: #a8c7fa;
    --mg-accent-fg: #0b1d3a;
    --mg-boxed-bg: #3a2614;
    --mg-boxed-fg: #ffd7b0;
    --mg-urgent-bg: #3b1a18;
    --mg-urgent-fg: #ffc9c4;
    --mg-contraindicated: #ffb4ab;
    --mg-serious: #ffb68f;
    --mg-moderate: #e9c349;
    --mg-minor: #c8c8d2;
    --mg-shadow: 0 0.25em 1.25em rgba(0, 0, 0, 0.6);
  }
}

@media (prefers-reduced-motion: reduce) {
  .panel { animation: none; }
}

@keyframes mg-appear {
  from { opacity: 0; transform: translateY(0.25em); }
  to { opacity: 1; transform: none; }
}

.panel:focus { outline: none; }
.panel:focus-visible { outline: 2px solid var(--mg-accent); outline-offset: 2px; }

.panel * { box-sizing: border-box; margin: 0; padding: 0; font: inherit; color: inherit; }

.header { flex: none; display: flex; align-items: flex-start; gap: 0.5em; padding: 0.625em 0.875em 0; }
.body {
  flex: 1 1 auto;
  min-height: 0;
  overflow: auto;
  overscroll-behavior: contain;
  padding: 0 0.875em 0.375em;
}
.body:focus-visible { outline: 2px solid var(--mg-accent); outline-offset: -2px; }

.title {
  flex: 1 1 auto;
  font-size: 1em;
  font-weight: 400;
  line-height: 1.35;
}
.title .name { font-weight: 700; font-size: 1.0667em; }

.close {
  flex: 0 0 auto;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 1.75em;
  height: 1.75em;
  margin: -0.25em -0.375em 0 0;
  border: 1px solid transparent;
  border-radius: 0.375em;
  background: transparent;
  color: var(--mg-muted);
  font-size: 1.125em;
  line-height: 1;
  cursor: pointer;
}
.close:hover { border-color: var(--mg-border); color: var(--mg-fg); }

.treats { margin-top: 0.375em; }
.label { font-weight: 700; }

.section-title {
  margin-top: 0.5em;
  font-size: 0.8667em;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  color: var(--mg-muted);
}

.warnings, .others { list-style: none; margin-top: 0.25em; }
.warnings li, .others li { margin-top: 0.3em; padding-left: 0.75em; text-indent: -0.75em; }
.warnings li::before, .others li::before { content: "\\2022\\00a0\\00a0"; }
.warnings li.boxed {
  padding: 0.375em 0.5em;
  text-indent: 0;
  border-left: 0.25em solid var(--mg-boxed-fg);
  border-radius: 0.25em;
  background: var(--mg-boxed-bg);
  color: var(--mg-boxed-fg);
}
.warnings li.boxed::before { content: none; }

/* The compact view: the boxed warning and each other drug on one line; the title and the DOM keep the whole text. */
.boxed-line {
  margin-top: 0.375em;
  padding: 0.1875em 0.5em;
  border-left: 0.25em solid var(--mg-boxed-fg);
  border-radius: 0.25em;
  background: var(--mg-boxed-bg);
  color: var(--mg-boxed-fg);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.others:not(.more-others) li {
  padding-left: 0;
  text-indent: 0;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.others:not(.more-others) li::before { content: none; }
.boxed-line .sign { margin-right: 0.375em; font-weight: 700; }
.others-block { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 0.5em; }
.others-block > .section-title { grid-area: 1 / 1; }
.others-block > .others { grid-area: 2 / 1 / 3 / 3; min-width: 0; }
.others-block > .others-count { grid-area: 1 / 2; align-self: end; font-size: 0.8667em; color: var(--mg-muted); }
.others:not(.more-others) li { margin-top: 0.125em; }

[hidden] { display: none !important; }
.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}

.tag {
  display: inline-block;
  margin-right: 0.375em;
  padding: 0 0.375em;
  border-radius: 0.25em;
  border: 1px solid currentColor;
  font-size: 0.8em;
  font-weight: 700;
  text-indent: 0;
  text-transform: uppercase;
  letter-spacing: 0.03em;
  vertical-align: 0.1em;
}
.sev-contraindicated { color: var(--mg-contraindicated); }
.sev-serious { color: var(--mg-serious); }
.sev-moderate { color: var(--mg-moderate); }
.sev-minor { color: var(--mg-minor); }

.urgent {
  margin-top: 0.5em;
  padding: 0.3125em 0.5em;
  border-radius: 0.25em;
  background: var(--mg-urgent-bg);
  color: var(--mg-urgent-fg);
}

.urgent { font-size: 0.9333em; }
.urgent .contact { margin-top: 0.125em; }
.more-help { margin-top: 0.5em; }

.actions {
  flex: none;
  display: flex;
  flex-wrap: wrap;
  gap: 0.5em;
  padding: 0.4375em 0.875em 0.5em;
  border-top: 1px solid color-mix(in srgb, var(--mg-border) 45%, transparent);
}
.action {
  display: inline-flex;
  align-items: center;
  min-height: 2em;
  padding: 0.25em 0.75em;
  border: 1px solid var(--mg-accent);
  border-radius: 0.375em;
  background: var(--mg-accent);
  color: var(--mg-accent-fg);
  font-weight: 600;
  cursor: pointer;
}
.action.secondary, .action.disclosure { background: transparent; color: var(--mg-accent); }
.action.disclosure { margin-left: auto; }
.action.disclosure::after { content: "\\25BE"; margin-left: 0.375em; }
.action.disclosure[aria-expanded="true"]::after { content: "\\25B4"; }
.action:hover { filter: brightness(1.08); }
.action:focus-visible, .close:focus-visible { outline: 2px solid var(--mg-accent); outline-offset: 2px; }

.meta { margin-top: 0.625em; font-size: 0.8667em; color: var(--mg-muted); }
.meta + .meta { margin-top: 0.25em; }
`;

let shared: CSSStyleSheet | undefined;

/** The stylesheet, built once per content script. Undefined where constructable sheets are missing. */
export function tooltipStyleSheet(): CSSStyleSheet | undefined {
  if (shared) return shared;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    shared = sheet;
    return sheet;
  } catch {
    return undefined;
  }
}

/** Adopts the styles into a shadow root; falls back to a <style> element where adoption fails. */
export function applyTooltipStyles(root: ShadowRoot): void {
  const sheet = tooltipStyleSheet();
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Older engines or cross-compartment rules: fall through to a <style> element.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = TOOLTIP_CSS;
  root.append(style);
}
