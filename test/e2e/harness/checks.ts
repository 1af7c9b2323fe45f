/**
 * The checks every scenario gets, in any browser: badge, highlight ranges per frame, DOM
 * unchanged against the same page without the extension, and no new page errors.
 */
import { expect } from 'vitest';
import { pageIsDone, pageRecordedErrors, readHighlightRanges, serializeDocument, type RangeInfo } from './probes';
import { pollUntil, waitFor, type TestBrowser, type TestPage } from './session';
import { expectedBadge, type ExpectedMention, type Scenario } from '../scenarios';

/** What a page looks like in its final state. */
export interface PageState {
  /** serializeDocument() per frame name. */
  dom: Record<string, string>;
  /** The page's own recorded errors plus uncaught errors the driver saw. */
  errors: string[];
}

/** Opens a scenario's page and brings it to its final state. */
export async function openSettled(browser: TestBrowser, url: string, scenario: Scenario): Promise<TestPage> {
  const page = await browser.open(url);
  try {
    await scenario.settle?.(page);
    await waitFor(() => page.main.evaluate(pageIsDone), {
      timeout: 10_000,
      message: `${scenario.page} reached its final state`,
    });
    return page;
  } catch (error) {
    // Most often the page's own script broke: say how.
    const errors = await readPageState(page).then(
      (state) => state.errors,
      () => ['(could not read)'],
    );
    await page.close();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\nErrors seen in the page: ${JSON.stringify(errors.slice(0, 5))}`);
  }
}

export async function readPageState(page: TestPage): Promise<PageState> {
  const dom: Record<string, string> = {};
  const errors: string[] = [...page.errors];
  for (const frame of await page.frames()) {
    dom[frame.name] = await frame.evaluate(serializeDocument);
    errors.push(...(await frame.evaluate(pageRecordedErrors)).map((error) => `[frame "${frame.name}"] ${error}`));
  }
  return { dom, errors };
}

/** Loads every scenario in a browser without the extension: the reference states. */
export async function captureReferences(
  browser: TestBrowser,
  urlOf: (page: string) => string,
  scenarios: readonly Scenario[],
): Promise<Map<Scenario, PageState | Error>> {
  const references = new Map<Scenario, PageState | Error>();
  for (const scenario of scenarios) {
    try {
      const page = await openSettled(browser, urlOf(scenario.page), scenario);
      references.set(scenario, await readPageState(page));
      await page.close();
    } catch (error) {
      references.set(scenario, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return references;
}

// What may follow a name inside the same highlight: possessive, plural, ®/™, a Russian case ending.
const ALLOWED_TAIL = /^(?:['’]s|s|es|®|™|\p{Script=Cyrillic}{1,3})?$/u;

function sameMention(expected: ExpectedMention, actual: RangeInfo): boolean {
  if (!actual.connected || actual.where !== expected[0]) return false;
  const name = expected[1].normalize('NFC');
  const text = actual.text.normalize('NFC');
  return text.startsWith(name) && ALLOWED_TAIL.test(text.slice(name.length));
}

/** Pairs highlight ranges with expected mentions; whatever is left over on either side is wrong. */
export function compareMentions(
  actual: readonly RangeInfo[],
  expected: readonly ExpectedMention[],
): { missing: string[]; unexpected: string[] } {
  const left = [...actual];
  const missing: string[] = [];
  for (const mention of expected) {
    const index = left.findIndex((range) => sameMention(mention, range));
    if (index === -1) missing.push(`${mention[1]} in #${mention[0]}`);
    else left.splice(index, 1);
  }
  const unexpected = left.map(
    (range) => `"${range.text}" in #${range.where || '(no id)'}${range.connected ? '' : ' (detached node)'}`,
  );
  return { missing, unexpected };
}

/** A readable account of where two strings first differ, or undefined when equal. */
export function firstDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  let index = 0;
  while (index < expected.length && expected[index] === actual[index]) index++;
  const from = Math.max(0, index - 80);
  return (
    `differs at character ${index} (lengths ${expected.length} vs ${actual.length})\n` +
    `  without extension: …${JSON.stringify(expected.slice(from, index + 80))}\n` +
    `  with extension:    …${JSON.stringify(actual.slice(from, index + 80))}`
  );
}

/** Per frame name: expected mentions without a range, and ranges no expected mention explains. */
export type FrameMentions = Record<string, { missing: string[]; unexpected: string[] }>;

type ExpectedByFrame = Scenario['mentions'];

async function compareAllFrames(page: TestPage, mentions: ExpectedByFrame): Promise<FrameMentions> {
  const result: FrameMentions = {};
  const frames = await page.frames();
  for (const name of Object.keys(mentions)) {
    if (!frames.some((frame) => frame.name === name)) result[name] = { missing: ['(frame not found)'], unexpected: [] };
  }
  for (const frame of frames) {
    result[frame.name] = compareMentions(await frame.evaluate(readHighlightRanges), mentions[frame.name] ?? []);
  }
  return result;
}

function allMatch(frames: FrameMentions): boolean {
  return Object.values(frames).every(({ missing, unexpected }) => missing.length === 0 && unexpected.length === 0);
}

/**
 * Polls every frame's highlight ranges until they are exactly the expected mentions (frames not
 * listed must have none) or the timeout passes; returns the last comparison for assertions.
 */
export async function waitForMentions(
  page: TestPage,
  mentions: ExpectedByFrame,
  timeout = 5_000,
): Promise<FrameMentions> {
  return (await pollUntil(() => compareAllFrames(page, mentions), allMatch, { timeout })).value;
}

export interface ScenarioOptions {
  /** How long the extension may take to reach the final badge and highlights. */
  timeout?: number;
}

/**
 * Opens the scenario's page with the extension, then checks (softly, so one run reports every
 * broken part): the badge, every frame's highlight ranges, each frame's DOM against the
 * reference, and that the page saw no error it did not see without the extension.
 * Returns the badge text read, or undefined when the browser cannot read badges.
 */
export async function checkScenario(
  browser: TestBrowser,
  url: string,
  scenario: Scenario,
  reference: PageState | Error | undefined,
  { timeout = 5_000 }: ScenarioOptions = {},
): Promise<string | undefined> {
  if (!reference || reference instanceof Error) {
    throw new Error(`No reference state for ${scenario.page}: ${reference?.message ?? 'not captured'}`);
  }
  const page = await openSettled(browser, url, scenario);
  try {
    const badgeWanted = expectedBadge(scenario);
    const observed = await pollUntil(
      async () => ({ badge: await page.badgeText(), frames: await compareAllFrames(page, scenario.mentions) }),
      ({ badge, frames }) => (badge === undefined || badge === badgeWanted) && allMatch(frames),
      { timeout },
    );
    const badge = observed.value.badge;
    if (badge !== undefined) expect.soft(badge, 'badge text').toBe(badgeWanted);
    for (const [frame, result] of Object.entries(observed.value.frames)) {
      expect.soft(result, `highlight ranges in frame "${frame}"`).toEqual({ missing: [], unexpected: [] });
    }

    const state = await readPageState(page);
    for (const [frame, dom] of Object.entries(reference.dom)) {
      expect.soft(state.dom[frame] !== undefined, `frame "${frame}" present`).toBe(true);
      if (state.dom[frame] === undefined) continue;
      expect.soft(firstDifference(dom, state.dom[frame]), `DOM of frame "${frame}" unchanged`).toBeUndefined();
    }
    expect.soft(state.errors, 'page errors (compared with the page without the extension)').toEqual(reference.errors);
    return badge;
  } finally {
    await page.close();
  }
}
