/**
 * The interaction-table drugs (oxycodone, alcohol...) each frame of a tab names, so a tooltip in
 * one frame can list the drugs named in the others ("This page also mentions ..."). Kept in
 * storage.session like the counts: a stopped worker loses nothing. Changes to one tab apply in
 * the order they came.
 */
import {
  SESSION_KEYS,
  isMessage,
  type ContentToBackground,
  type ContentToBackgroundRequest,
  type InteractantOnPage,
  type PageDrugsReply,
} from '../messages';

export interface DrugsStorage {
  read(key: string): Promise<unknown>;
  write(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

type FrameDrugs = Record<string, InteractantOnPage[]>;

function isInteractant(value: unknown): value is InteractantOnPage {
  const entry = value as Partial<InteractantOnPage> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.drugId === 'string' &&
    typeof entry.interactionId === 'string' &&
    typeof entry.member === 'string'
  );
}

/** Only well-formed entries, at most a sane number per frame (a page cannot flood storage). */
export function cleanDrugs(value: unknown, limit = 200): InteractantOnPage[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isInteractant)
    .slice(0, limit)
    .map(({ drugId, interactionId, member }) => ({ drugId, interactionId, member }));
}

/** Every frame's drugs, each one once, top frame first. */
export function unionOfFrames(frames: FrameDrugs): InteractantOnPage[] {
  const seen = new Map<string, InteractantOnPage>();
  const ids = Object.keys(frames).sort((a, b) => Number(a) - Number(b));
  for (const id of ids) {
    for (const entry of frames[id] ?? []) {
      const key = `${entry.drugId}\u0000${entry.interactionId}\u0000${entry.member.toLocaleLowerCase()}`;
      if (!seen.has(key)) seen.set(key, entry);
    }
  }
  return [...seen.values()];
}

export class PageDrugsKeeper {
  readonly #storage: DrugsStorage;
  readonly #queues = new Map<number, Promise<unknown>>();

  constructor(storage: DrugsStorage) {
    this.#storage = storage;
  }

  /** One frame's drugs now (an empty list takes the frame out). */
  frameDrugs(tabId: number, frameId: number, drugs: unknown): Promise<void> {
    const clean = cleanDrugs(drugs);
    return this.#enqueue(tabId, async () => {
      const frames = await this.#read(tabId);
      const hadFrame = String(frameId) in frames;
      if (clean.length === 0) {
        if (!hadFrame) return;
        delete frames[String(frameId)];
      } else {
        frames[String(frameId)] = clean;
      }
      if (Object.keys(frames).length === 0) await this.#storage.remove(SESSION_KEYS.tabDrugs(tabId));
      else await this.#storage.write(SESSION_KEYS.tabDrugs(tabId), { frames });
    });
  }

  /** A new page in the tab, a page without content script, or the tab closed. */
  reset(tabId: number): Promise<void> {
    return this.#enqueue(tabId, () => this.#storage.remove(SESSION_KEYS.tabDrugs(tabId)));
  }

  /** The drugs named anywhere in the tab. */
  drugs(tabId: number): Promise<InteractantOnPage[]> {
    return this.#enqueue(tabId, async () => unionOfFrames(await this.#read(tabId)));
  }

  async #read(tabId: number): Promise<FrameDrugs> {
    let stored: unknown;
    try {
      stored = await this.#storage.read(SESSION_KEYS.tabDrugs(tabId));
    } catch {
      stored = undefined;
    }
    const frames = (stored as { frames?: unknown } | undefined)?.frames;
    if (typeof frames !== 'object' || frames === null) return {};
    const clean: FrameDrugs = {};
    for (const [id, drugs] of Object.entries(frames)) {
      const list = cleanDrugs(drugs);
      if (list.length > 0) clean[id] = list;
    }
    return clean;
  }

  #enqueue<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(tabId) ?? Promise.resolve();
    const next = previous.then(task);
    const settled = next.catch(() => undefined);
    this.#queues.set(tabId, settled);
    void settled.then(() => {
      if (this.#queues.get(tabId) === settled) this.#queues.delete(tabId);
    });
    return next;
  }
}

/** The messages about page drugs: a frame's list, a tooltip's question, and a new page (reset). */
export function handleDrugsMessage(
  keeper: PageDrugsKeeper,
  message: unknown,
  sender: { tab?: { id?: number }; frameId?: number },
): Promise<PageDrugsReply | void> | undefined {
  if (!isMessage(message)) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const request = message as ContentToBackground | ContentToBackgroundRequest;
  switch (request.type) {
    case 'page-drugs':
      return keeper.frameDrugs(tabId, sender.frameId ?? 0, request.drugs);
    case 'get-page-drugs':
      return keeper.drugs(tabId).then((drugs) => ({ drugs }));
    case 'page-start':
      return sender.frameId === 0 ? keeper.reset(tabId) : undefined;
    default:
      return undefined;
  }
}
