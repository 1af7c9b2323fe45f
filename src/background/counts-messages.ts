/** The count messages the background answers: from content scripts, and from the popup. */
import type { Runtime } from 'webextension-polyfill';
import { isMessage, type ContentToBackground, type PopupToBackground, type TabCountReply } from '../messages';
import type { TabCountKeeper } from './count-keeper';

export function handleCountMessage(
  keeper: TabCountKeeper,
  message: unknown,
  sender: Pick<Runtime.MessageSender, 'tab' | 'frameId'>,
): Promise<TabCountReply | void> | undefined {
  if (!isMessage(message)) return undefined;
  const request = message as ContentToBackground | PopupToBackground;
  switch (request.type) {
    case 'page-start': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return keeper.pageStart(tabId);
    }
    case 'mention-count': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || typeof request.count !== 'number') return undefined;
      return keeper.frameCount(tabId, sender.frameId ?? 0, request.count);
    }
    case 'get-tab-count':
      if (typeof request.tabId !== 'number') return undefined;
      return keeper.total(request.tabId).then((count) => ({ count }));
    default:
      return undefined;
  }
}
