/**
 * The tooltip: shows a sourced summary next to a drug mention on hover, click/tap or the
 * keyboard command. Listens only on window (capture, passive) and on its own element; never
 * touches the page's nodes.
 */
import browser from 'webextension-polyfill';
import type { DrugData, SectionId } from '../../src/drugs/schema';
import type { ContentToBackgroundRequest, InteractantOnPage } from '../../src/messages';
import { highlightOnFor } from '../../src/settings/store';
import type { TooltipTrigger } from '../../src/settings/schema';
import type { Mention } from '../types';
import { deepActiveElement, restoreFocus } from './focus';
import { inGapBetween, mentionAtPoint, shadowRootsOnPath } from './hit-test';
import { createTooltipHost, type TooltipHost } from './host';
import { followMention, type Following } from './position';
import { compactHeightLimit, renderSummary, updateScrollFocus } from './render';
import { edgeMention, stepFrom } from './stepping';
import { throttle } from './throttle';
import { buildSummary } from './summary';
import { DEFAULT_GRACE_MS, TriggerController, type HideReason, type ShowReason } from './trigger';
import type { TooltipContext, TooltipHandle } from './types';

export type { SettingsFeed, TooltipContext, TooltipHandle } from './types';
export { HOST_TAG } from './host';

/** Whether a drug's data has what the tooltip shows (the reference data may still be arriving). */
function canDescribe(drug: DrugData | undefined): drug is DrugData {
  return Boolean(drug?.summary?.warnings?.length && drug.names && drug.sources);
}

function writtenText(mention: Mention): string {
  const text = mention.range.toString();
  return text || mention.node.data.slice(mention.start, mention.end);
}

function viewportSide(mention: Mention): number {
  const rect = mention.range.getBoundingClientRect();
  if (rect.bottom < 0) return -1;
  if (rect.top > window.innerHeight) return 1;
  return 0;
}

function isRendered(mention: Mention): boolean {
  if (!mention.node.isConnected || mention.range.getClientRects().length === 0) return false;
  // A closed <details> counts (find-in-page opens it) but its content is not on screen to step to.
  const parent = mention.node.parentElement;
  return (
    typeof parent?.checkVisibility !== 'function' ||
    parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
  );
}

function scrollIntoViewIfNeeded(mention: Mention): void {
  const margin = 48;
  const inView = () => {
    const rect = mention.range.getBoundingClientRect();
    return (
      rect.top >= margin &&
      rect.bottom <= window.innerHeight - margin &&
      rect.left >= 0 &&
      rect.right <= window.innerWidth
    );
  };
  if (inView()) return;
  // The parent element first, so nested scroll containers bring it in too; then centre the text itself.
  mention.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  if (inView()) return;
  const rect = mention.range.getBoundingClientRect();
  window.scrollBy({ top: rect.top - window.innerHeight / 2, behavior: 'instant' });
}

/** At most one hit-test per this many milliseconds while the pointer moves. */
const MOVE_INTERVAL_MS = 30;

export function startTooltips(ctx: TooltipContext): TooltipHandle {
  const { store, settings } = ctx;
  const doc = document;
  const site = ctx.hostname ?? location.hostname;
  let host: TooltipHost | undefined;
  let following: Following | undefined;
  let returnFocus: Element | null = null;
  let lastPointer: { x: number; y: number } | undefined;
  let lastStepped: Mention | undefined;
  let shownOthersKey = '';
  /** Whether the user opened the "More" part of the tooltip now shown; every new tooltip opens compact. */
  let expanded = false;
  let stopped = false;
  /** The drugs the tab's other frames name (last answer of the background). */
  let otherFramesDrugs: InteractantOnPage[] = [];
  const drugsOnPage = (): InteractantOnPage[] => [...store.interactants(), ...otherFramesDrugs];

  const drugFor = (mention: Mention) => ctx.drugs.find((drug) => drug.id === mention.match.drugId);
  const describable = (mention: Mention | undefined): mention is Mention =>
    mention !== undefined && canDescribe(drugFor(mention));

  const mode = (): TooltipTrigger => {
    const current = settings.current();
    return highlightOnFor(current, site) ? current.tooltipTrigger : 'off';
  };

  const ensureHost = () => {
    if (!host) {
      host = createTooltipHost(doc);
      host.root.addEventListener('focusout', onFocusOut);
    }
    return host;
  };

  const focusIsInside = () => Boolean(host?.root.activeElement);

  const openReference = (drugId: string, section: SectionId) => {
    const message: ContentToBackgroundRequest = { type: 'open-reference', drugId, section };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the user can press the button again.
    });
  };

  const render = (mention: Mention) => {
    const drug = drugFor(mention);
    if (!canDescribe(drug)) return false;
    const model = buildSummary(drug, mention.match, writtenText(mention), drugsOnPage());
    shownOthersKey = model.otherDrugs.map((line) => line.text).join('\n');
    renderSummary(
      ensureHost().panel,
      model,
      {
        openReference: (section) => openReference(drug.id, section),
        close: () => trigger.close('close-button'),
      },
      {
        expanded,
        onExpandedChange: (open) => {
          expanded = open;
          // Let the panel take its new natural height and place it again at once: waiting for
          // the resize observer would paint a frame of the taller panel at its old place, past
          // the viewport's bottom.
          if (host) host.panel.style.maxHeight = '';
          following?.place();
        },
      },
    );
    return true;
  };

  const show = (mention: Mention, reason: ShowReason) => {
    expanded = false;
    if (!render(mention)) return;
    askOtherFrames(mention);
    const tooltip = ensureHost();
    tooltip.attach();
    following?.stop();
    following = followMention(
      mention.range,
      tooltip.panel,
      reason === 'keyboard' ? undefined : lastPointer,
      () => updateScrollFocus(tooltip.panel),
      () => (expanded ? Number.POSITIVE_INFINITY : compactHeightLimit(tooltip.panel)),
    );
    if (reason === 'keyboard') {
      if (!focusIsInside()) returnFocus = deepActiveElement(doc);
      tooltip.panel.focus({ preventScroll: true });
    }
  };

  const hide = (reason: HideReason) => {
    following?.stop();
    following = undefined;
    const hadFocus = focusIsInside();
    host?.detach();
    if (hadFocus && (reason === 'escape' || reason === 'close-button')) restoreFocus(returnFocus);
    returnFocus = null;
  };

  const trigger = new TriggerController<Mention>(
    { show, hide },
    { mode, hoverDelayMs: () => Math.max(0, settings.current().hoverDelayMs - waitedMs()), graceMs: DEFAULT_GRACE_MS },
  );

  function onFocusOut(event: Event) {
    const next = (event as FocusEvent).relatedTarget;
    if (!trigger.shown || !host?.attached) return;
    if (next instanceof Node && (next === host.element || host.root.contains(next))) return;
    trigger.focusLeft();
  }

  const isOnTooltip = (path: readonly EventTarget[]) => host?.attached === true && path.includes(host.element);

  // Pointer moves are throttled; what needs the event's path is read while it is dispatched.
  let queuedMove: { x: number; y: number; onTooltip: boolean; roots: ShadowRoot[] } | undefined;
  // A pointer that came to rest before the tooltip was loaded (replay) has waited part of the delay already.
  let replayedAt: number | undefined;
  const waitedMs = () => (replayedAt === undefined ? 0 : Math.max(0, performance.now() - replayedAt));
  const processMove = () => {
    const move = queuedMove;
    queuedMove = undefined;
    if (!move || stopped) return;
    if (move.onTooltip) {
      trigger.pointerAt({ kind: 'tooltip' });
      return;
    }
    const mention = mentionAtPoint(store, doc, move.x, move.y, move.roots);
    if (describable(mention)) {
      trigger.pointerAt({ kind: 'mention', mention });
      return;
    }
    const shown = trigger.shown;
    if (shown && host?.attached && trigger.reason === 'hover') {
      const anchor = shown.range.getBoundingClientRect();
      if (inGapBetween(anchor, host.panel.getBoundingClientRect(), move.x, move.y)) {
        trigger.pointerAt({ kind: 'tooltip' });
        return;
      }
    }
    trigger.pointerAt({ kind: 'none' });
  };
  const moves = throttle(processMove, MOVE_INTERVAL_MS);
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    lastPointer = { x: event.clientX, y: event.clientY };
    // Nothing to find and nothing open: stay idle.
    if (store.count === 0 && !trigger.shown) return;
    if (mode() !== 'hover' && trigger.reason !== 'hover') return;
    const path = event.composedPath();
    queuedMove = { x: event.clientX, y: event.clientY, onTooltip: isOnTooltip(path), roots: shadowRootsOnPath(path) };
    moves.schedule();
  };

  const onClick = (event: MouseEvent) => {
    if (event.button !== 0) return;
    const pointerType = (event as PointerEvent).pointerType || (event.detail === 0 ? 'keyboard' : 'mouse');
    // A keyboard activation (Enter on a link) has no point to test.
    if (pointerType === 'keyboard') return;
    const path = event.composedPath();
    if (isOnTooltip(path)) return;
    const selection = doc.getSelection();
    const selecting = selection !== null && !selection.isCollapsed;
    const mention = selecting
      ? undefined
      : mentionAtPoint(store, doc, event.clientX, event.clientY, shadowRootsOnPath(path));
    lastPointer = { x: event.clientX, y: event.clientY };
    // Never preventDefault: a mention inside a link still follows the link.
    trigger.click(describable(mention) ? mention : undefined, false, pointerType);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !trigger.shown) return;
    const fromTooltip = isOnTooltip(event.composedPath());
    if (trigger.escape() && fromTooltip) {
      // The page should not also act on an Escape meant for our dialog.
      event.stopPropagation();
    }
  };

  const onFullscreenChange = () => {
    if (trigger.shown && host?.attached) host.attach();
  };

  /** Renders the shown tooltip again if the page's other drugs changed. */
  const refreshOtherDrugs = (shown: Mention) => {
    const drug = drugFor(shown);
    if (!canDescribe(drug)) return;
    const key = buildSummary(drug, shown.match, writtenText(shown), drugsOnPage())
      .otherDrugs.map((line) => line.text)
      .join('\n');
    if (key !== shownOthersKey) {
      const hadFocus = focusIsInside();
      render(shown);
      if (hadFocus) host?.panel.focus({ preventScroll: true });
    }
  };

  function askOtherFrames(mention: Mention) {
    if (!ctx.tabDrugs) return;
    ctx
      .tabDrugs()
      .then((drugs) => {
        otherFramesDrugs = drugs;
        if (!stopped && trigger.shown === mention) refreshOtherDrugs(mention);
      })
      .catch(() => {
        // The background may be restarting: this frame's drugs are listed all the same.
      });
  }

  const onStoreChange = () => {
    const shown = trigger.shown;
    if (!shown) return;
    if (!shown.node.isConnected || store.mentionAt(shown.node, shown.start) !== shown) {
      trigger.close('gone');
      return;
    }
    refreshOtherDrugs(shown);
  };

  const listenerOptions = { capture: true, passive: true } as const;
  window.addEventListener('pointermove', onPointerMove, listenerOptions);
  window.addEventListener('click', onClick, listenerOptions);
  window.addEventListener('keydown', onKeyDown, { capture: true });
  doc.addEventListener('fullscreenchange', onFullscreenChange);
  const unsubscribeStore = store.onChange(onStoreChange);
  const unsubscribeSettings = settings.subscribe(() => trigger.modeChanged());

  return {
    step(direction, options = {}) {
      if (stopped) return false;
      const mentions = store.inDocumentOrder().filter((mention) => describable(mention) && isRendered(mention));
      const next = options.fromEdge
        ? edgeMention(mentions, direction)
        : stepFrom(mentions, trigger.shown ?? lastStepped, direction, viewportSide, { wrap: options.wrap ?? true });
      if (!next) return false;
      lastStepped = next;
      scrollIntoViewIfNeeded(next);
      trigger.keyboard(next);
      return true;
    },
    close() {
      if (!stopped) trigger.close('focus-left');
    },
    replay(pointer) {
      if (stopped) return;
      if (pointer.type === 'click') {
        onClick(pointer as unknown as MouseEvent);
        return;
      }
      replayedAt = pointer.timeStamp;
      onPointerMove(pointer as unknown as PointerEvent);
      processMove();
      replayedAt = undefined;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      moves.cancel();
      window.removeEventListener('pointermove', onPointerMove, listenerOptions);
      window.removeEventListener('click', onClick, listenerOptions);
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      doc.removeEventListener('fullscreenchange', onFullscreenChange);
      unsubscribeStore();
      unsubscribeSettings();
      trigger.dispose();
      host?.root.removeEventListener('focusout', onFocusOut);
      host?.detach();
    },
  };
}
