/**
 * The scanner, the full content script (one self-contained classic script): declared for the
 * top frame (document_start), and run by the background in a subframe whose watcher
 * (./watch.ts, in every frame) found text that may name a drug; there the document is already
 * parsed and it scans at once. Every frame that has it runs its own instance: it scans its
 * document, highlights what it finds and tells the background its count; the top frame also
 * tells the background a new page started.
 *
 * Kept small, as it is parsed in every top frame: the matcher comes prebuilt (its
 * patterns are made at build time, see vite.config.ts), the extension APIs are the browser's
 * own, and the tooltip (summaries, rendering, floating-ui) is loaded into a frame only when
 * it first needs one (./runtime/tooltip-loader.ts).
 */
import { matcherFrom } from '../src/matcher/run';
import type {
  BackgroundToContent,
  ContentToBackground,
  ContentToBackgroundRequest,
  InteractantOnPage,
  PageDrugsReply,
  SelectionReply,
  StepReply,
} from '../src/messages';
import { isMessage } from '../src/messages';
import { ContentApp } from './app';
import { CssHighlightSink, highlightApiAvailable } from './highlight/css-highlight-sink';
import { RecordingHighlightSink } from './highlight/recording-sink';
import { paintedCheck } from './highlight/keep-painted';
import { HighlightStylesheet } from './highlight/stylesheet';
import { CountReporter } from './runtime/count-reporter';
import { DrugsReporter } from './runtime/drugs-reporter';
import { announceInstance, onReplaced } from './runtime/instance';
import { createStopper } from './runtime/stopper';
import { extensionApi, listenForMessages, type MessageListener } from './runtime/extension-api';
import { contextAlive, sendToBackground } from './runtime/messaging';
import { orphanCheck } from './runtime/orphan-watch';
import { whileVisible } from './runtime/while-visible';
import { siteHostname } from './runtime/site';
import { createSettingsFeed, loadSettings } from './runtime/settings-feed';
import { DEFAULT_SETTINGS, type Settings } from '../src/settings/schema';
import type { SettingsFeed } from './tooltip/types';
import { TooltipLoader } from './runtime/tooltip-loader';
import { selectedText, whenSelecting } from './runtime/selection';
import { createBatchScheduler } from './scan/batch-scheduler';
import { createNextTask } from './scan/next-task';
import { anchorStart } from './scan/anchor-start';

/** Resolves once a prerendered page is shown (content scripts already run while prerendering). */
function whenActivated(doc: Document): Promise<void> {
  if (!(doc as { prerendering?: boolean }).prerendering) return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('prerenderingchange', () => resolve(), { once: true }));
}

function whenDomReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * The interaction-table drugs named in the whole tab (all frames), for the tooltip's "This page
 * also mentions" list. A top frame without frames has them all itself: no need to ask.
 */
async function askTabDrugs(): Promise<InteractantOnPage[]> {
  if (window === window.top && window.frames.length === 0) return [];
  const request: ContentToBackgroundRequest = { type: 'get-page-drugs' };
  const reply = (await extensionApi().runtime.sendMessage(request)) as PageDrugsReply | undefined;
  return Array.isArray(reply?.drugs) ? reply.drugs : [];
}

function newStylesheet(
  style: Parameters<typeof HighlightStylesheet.prototype.setStyle>[0],
): HighlightStylesheet | undefined {
  try {
    return new HighlightStylesheet(style);
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const doc = document;
  const isTop = window === window.top;
  // A copy injected into an open tab (after install or update) finds the document long loaded.
  const atDocumentStart = doc.readyState === 'loading';
  const stopper = createStopper();
  const { stop } = stopper;

  const instance = announceInstance(doc);
  stopper.add(onReplaced(doc, instance, stop, { alive: contextAlive }));

  const send = (message: ContentToBackground) => {
    if (!stopper.stopped) sendToBackground(message, stop);
  };
  const activated = whenActivated(doc);
  if (isTop && atDocumentStart) void activated.then(() => send({ type: 'page-start' }));

  // Most frames (ads, embeds, widgets) never name a drug: they touch no extension API until
  // they find something. The top frame asks for its settings at once, so that its mentions are
  // painted in its first frame.
  // From the moment the settings are read, a feed follows their changes.
  let settingsLoading: Promise<SettingsFeed> | undefined;
  let loadedSettings: Settings | undefined;
  const requestSettings = (): Promise<SettingsFeed> =>
    (settingsLoading ??= loadSettings().then((settings) => {
      loadedSettings = settings;
      const feed = createSettingsFeed(settings);
      stopper.add(() => feed.dispose());
      return feed;
    }));
  if (isTop) void requestSettings();
  await whenDomReady(doc);
  if (stopper.stopped) return;
  if (isTop) {
    await settingsLoading;
    if (stopper.stopped || !contextAlive()) return stop();
  }
  // Made after the parser is done with the page: document_start time is the page's. Its
  // patterns are compiled when text first needs them.
  const matcher = matcherFrom(__MEDGLANCE_MATCHER_DATA__);
  // Settings of the tab's top-level site apply in every frame, to highlights and tooltips alike.
  const site = siteHostname(window);

  const nextTask = createNextTask();
  const initialSettings = loadedSettings ?? { ...DEFAULT_SETTINGS, disabledSites: [] };
  const stylesheet = newStylesheet(initialSettings.highlightStyle);
  const app = new ContentApp({
    document: doc,
    matcher,
    highlightTarget: highlightApiAvailable() ? new CssHighlightSink() : new RecordingHighlightSink(),
    stylesheet,
    settings: initialSettings,
    settingsPending: loadedSettings === undefined,
    hostname: site,
    nextTask,
    scheduleBatch: createBatchScheduler(window, nextTask),
    findStart: anchorStart,
    firstSliceNow: true,
  });
  stopper.add(() => app.stop());

  const reporter = new CountReporter({ send: (count) => send({ type: 'mention-count', count }) });
  stopper.add(() => reporter.stop());
  const drugsReporter = new DrugsReporter((drugs) => send({ type: 'page-drugs', drugs }));

  // Back from the back/forward cache: the background reset the tab meanwhile. Frames resend
  // a moment later, so that the top frame's page-start cannot arrive after them.
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    const resend = () => {
      reporter.resend();
      drugsReporter.resend();
    };
    if (isTop) {
      send({ type: 'page-start' });
      resend();
    } else {
      setTimeout(resend, 100);
    }
  };
  // A frame going away (removed iframe, navigation) takes its mentions off the tab's count.
  const onPageHide = () => {
    if (isTop) return;
    reporter.sendGone();
    drugsReporter.sendGone();
  };
  window.addEventListener('pageshow', onPageShow);
  window.addEventListener('pagehide', onPageHide);
  stopper.add(() => {
    window.removeEventListener('pageshow', onPageShow);
    window.removeEventListener('pagehide', onPageHide);
  });

  let tooltips: TooltipLoader | undefined;
  const step = async (request: Extract<BackgroundToContent, { type: 'step-mention' }>): Promise<StepReply> => {
    // A frame without mentions answers at once, and never loads the tooltip.
    if (app.store.count === 0 || !tooltips) return { stepped: false };
    const handle = await tooltips.ensure();
    return {
      stepped:
        handle?.step(request.direction, { wrap: request.wrap ?? true, fromEdge: request.from === 'edge' }) ?? false,
    };
  };
  const onMessage: MessageListener = (message, _sender, sendResponse) => {
    if (!isMessage(message)) return undefined;
    const request = message as BackgroundToContent;
    switch (request.type) {
      case 'get-mention-count':
        sendResponse({ count: app.store.count });
        return undefined;
      case 'step-mention':
        void step(request).then(sendResponse, () => sendResponse({ stepped: false }));
        return true;
      case 'close-tooltip':
        tooltips?.handle?.close();
        return undefined;
      case 'get-selection': {
        // Only the frame with a selection answers: the first answer is the one the sender gets.
        const text = selectedText();
        if (text) sendResponse({ text } satisfies SelectionReply);
        return undefined;
      }
      default:
        return undefined;
    }
  };
  let listening = false;
  const listen = () => {
    if (listening || stopper.stopped) return;
    listening = true;
    stopper.add(listenForMessages(onMessage));
  };
  // A subframe's watcher answered for a selection made before this copy came: go on answering.
  if (isTop || selectedText(doc)) listen();
  else stopper.add(whenSelecting(doc, listen));

  /**
   * What a frame needs once it found something: its settings (then painting starts), settings
   * changes, the message listener, the tooltip's stand-in, and one timer while the page is
   * visible for both upkeep checks: disabled or uninstalled with the page open, take the
   * highlights and the tooltip away; a page that replaces document.adoptedStyleSheets or clears
   * CSS.highlights gets ours back.
   */
  let equipped = false;
  const equip = async () => {
    if (equipped || stopper.stopped) return;
    equipped = true;
    listen();
    const feed = await requestSettings();
    if (stopper.stopped) return;
    const settings = feed.current();
    if (app.settings !== settings || !app.highlighting) app.applySettings(settings);
    stopper.add(feed.subscribe((next) => app.applySettings(next)));

    const checkOrphaned = orphanCheck(contextAlive, stop);
    const checkPainted = paintedCheck({ document: doc, stylesheet, highlights: app.highlights });
    const stopChecks = whileVisible(doc, () => {
      checkOrphaned();
      if (!stopper.stopped) checkPainted();
    });
    // Orphaned at the very first check: the stopper runs this cleanup at once.
    stopper.add(stopChecks);
    if (stopper.stopped) return;

    tooltips = new TooltipLoader({
      store: app.store,
      settings: feed,
      hostname: site,
      tabDrugs: askTabDrugs,
      load: async () => {
        const request: ContentToBackgroundRequest = { type: 'load-tooltip' };
        await extensionApi().runtime.sendMessage(request);
      },
    });
    const loader = tooltips;
    stopper.add(() => loader.stop());
  };

  await activated;
  if (stopper.stopped) return;
  stopper.add(
    app.store.onChange(() => {
      if (stopper.stopped) return;
      const count = app.store.count;
      if (count > 0) void equip();
      // Sends only once there is something to tell (sendToBackground stops an orphaned copy).
      if (count > 0 || reporter.lastSent !== undefined) reporter.update(count);
      drugsReporter.update(app.store.interactants());
    }),
  );
  app.start();
  // The top frame's first count goes out even if it is 0 (a page that had mentions before).
  if (isTop) void app.scanner.firstScan().then(() => reporter.update(app.store.count));
}

main().catch((error: unknown) => console.error('[MedGlance] content script failed', error));
