/**
 * Issue 3's end-to-end scenarios, shared by the Chromium and Firefox test files: each test page,
 * the steps that bring it to its final state, and the mentions it must show.
 */
import { pageIsDone } from './harness/probes';
import { sleep, waitFor, type TestPage } from './harness/session';

/** [id of the closest element with an id around the mention, the name as the page writes it]. */
export type ExpectedMention = readonly [where: string, name: string];

export interface Scenario {
  name: string;
  /** Path under test/fixtures/pages. */
  page: string;
  /**
   * Brings the page to its final state: the same steps run with and without the extension, so
   * the DOMs can be compared. Without it the page is final when it sets window.pageDone.
   */
  settle?: (page: TestPage) => Promise<void>;
  /** Expected mentions per frame, keyed by the frame's window.name ('' is the top frame). */
  mentions: Record<string, readonly ExpectedMention[]>;
}

export function expectedBadge(scenario: Scenario): string {
  const total = Object.values(scenario.mentions).reduce((sum, list) => sum + list.length, 0);
  return total === 0 ? '' : String(total);
}

async function scrollUntilDone(page: TestPage): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (await page.main.evaluate(pageIsDone)) return;
    await page.main.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await sleep(150);
  }
  throw new Error('The feed never reached its end');
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'static article',
    page: 'article.html',
    mentions: {
      '': [
        ['headline', 'Klonopin'],
        ['p1', 'Clonazepam'],
        ['brand', 'Klonopin'],
        ['p1', 'clonazepam'],
        ['p3', 'Klonopin'],
        ['quote-em', 'clonazepam'],
      ],
    },
  },
  {
    name: 'forum text with variants, other scripts and look-alike traps',
    page: 'forum.html',
    mentions: {
      '': [
        ['pos-kpins', 'K-pin'],
        ['pos-possessive', 'klonopin'],
        ['pos-registered', 'Klonopin'],
        ['pos-tallman', 'clonazePAM'],
        ['pos-trademark', 'Klonopin'],
        ['pos-brand-intl', 'Rivotril'],
        ['pos-ja', 'クロナゼパム'],
        ['pos-ru', 'клоназепам'],
        ['pos-ru-plain', 'клоназепам'],
        ['pos-zh', '氯硝西泮'],
        ['pos-misspelled', 'klonipin'],
        ['pos-slang', 'kpin'],
        ['pos-hyphen', 'Klonopin'],
        ['pos-curly', 'KLONOPIN'],
        ['pos-fr-nfc', 'clonazépam'],
        ['pos-fr-nfd', 'clonaze\u0301pam'],
      ],
    },
  },
  {
    name: 'editable and excluded places (pre counts)',
    page: 'exclusions.html',
    settle: async (page) => {
      // The user types into editable places: still not page text to highlight.
      await page.main.evaluate(() => {
        document.getElementById('editable')?.append(' Typed just now: Klonopin.');
        const textarea = document.getElementById('textarea') as HTMLTextAreaElement;
        textarea.value += ' and clonazepam';
      });
    },
    mentions: {
      '': [
        ['counted-plain', 'clonazepam'],
        ['counted-pre', 'Klonopin'],
        ['counted-not-editable', 'Klonopin'],
      ],
    },
  },
  {
    name: 'frames: same-origin, srcdoc, script-written about:blank and cross-origin',
    page: 'frames.html',
    mentions: {
      '': [['top-text', 'Klonopin']],
      same: [
        ['same-text', 'Klonopin'],
        ['same-text', 'clonazepam'],
      ],
      srcdoc: [['srcdoc-text', 'Rivotril']],
      blank: [['blank-text', 'clonazepam']],
      cross: [
        ['cross-text', 'Klonopin'],
        ['cross-text-2', 'K-pin'],
      ],
    },
  },
  {
    name: 'sandboxed frames (opaque origins): from a URL and from srcdoc',
    page: 'frames-sandboxed.html',
    mentions: {
      '': [],
      sandboxed: [
        ['same-text', 'Klonopin'],
        ['same-text', 'clonazepam'],
      ],
      'sandboxed-srcdoc': [['sandboxed-srcdoc-text', 'Rivotril']],
    },
  },
  {
    name: 'open shadow DOM: declarative, attached at load, nested, attached later',
    page: 'shadow.html',
    mentions: {
      '': [
        ['light-text', 'clonazepam'],
        ['declarative-text', 'Klonopin'],
        ['card-text', 'clonazepam'],
        ['slotted-text', 'Rivotril'],
        ['nested-text', 'Klonopin'],
        ['late-text', 'clonazepam'],
        ['late-more', 'Klonopin'],
      ],
    },
  },
  {
    name: 'infinite scroll feed that drops old posts',
    page: 'infinite-scroll.html',
    settle: scrollUntilDone,
    // Posts 1 to 6 (5 mentions) were scrolled away and removed: their ranges must be gone too.
    mentions: {
      '': [
        ['post-8', 'clonazepam'],
        ['post-9', 'Klonopin'],
        ['post-9', 'clonazepam'],
        ['post-11', 'Klonopin'],
        ['post-13', 'clonazepam'],
        ['post-14', 'Rivotril'],
      ],
    },
  },
  {
    name: 'a page whose own framework patches and reorders its text nodes',
    page: 'framework.html',
    // After 12 renders: status "Next dose: Klonopin at 20:00", the list in its first order.
    mentions: {
      '': [
        ['status', 'Klonopin'],
        ['dose-0', 'Klonopin'],
        ['dose-2', 'clonazepam'],
      ],
    },
  },
  {
    name: 'single-page app navigation (pushState) replaces the view',
    page: 'framework.html',
    settle: async (page) => {
      await waitFor(() => page.main.evaluate(pageIsDone), { timeout: 10_000, message: 'first view rendered' });
      await page.main.evaluate(() => document.getElementById('link-history')?.click());
      await waitFor(() => page.main.evaluate(() => (window as unknown as { route?: string }).route === 'history'), {
        message: 'history view rendered',
      });
    },
    mentions: {
      '': [
        ['history-0', 'Klonopin'],
        ['history-2', 'clonazepam'],
      ],
    },
  },
  {
    name: "CSP style-src 'none'",
    page: 'csp-style-none.html',
    mentions: {
      '': [
        ['p2', 'Klonopin'],
        ['p3', 'clonazepam'],
      ],
    },
  },
  {
    name: 'Trusted Types enforced',
    page: 'trusted-types.html',
    mentions: {
      '': [
        ['rendered-text', 'Klonopin'],
        ['rendered-text', 'clonazepam'],
      ],
    },
  },
  {
    name: 'a large page: 20,000 paragraphs, 1,000 mentions',
    page: 'large.html',
    mentions: {
      '': Array.from({ length: 1_000 }, (_, i): ExpectedMention => [
        `para-${i * 20}`,
        ['Klonopin', 'clonazepam', 'Rivotril'][i % 3] ?? '',
      ]),
    },
  },
  {
    name: 'only what a reader can see: hidden spam, closed menu and inactive tab left out, closed <details> counted',
    page: 'visibility.html',
    mentions: {
      '': [
        ['seen', 'Klonopin'],
        ['panel-a-text', 'clonazepam'],
        ['faq-answer', 'Klonopin'],
        ['last', 'Rivotril'],
      ],
    },
  },
  {
    name: 'names as people write them: typos, brands from abroad, other scripts and cases, soft hyphen, zero-width space, full-width, Turkish İ',
    page: 'names.html',
    mentions: {
      '': [
        ['typo-1', 'klonpin'],
        ['typo-2', 'kolonopin'],
        ['typo-3', 'clonazpam'],
        ['brand-1', 'Iktorivil'],
        ['brand-2', 'Antelepsin'],
        ['uk', 'РІВОТРІЛ'],
        ['la', 'Clonazepamum'],
        ['fa', 'کلونازیبام'],
        ['shy', 'Klono\u00ADpin'],
        ['zwsp', 'clona\u200Bzepam'],
        ['fullwidth', 'Ｋｌｏｎｏｐｉｎ'],
        ['tr', 'KLONOPİN'],
      ],
    },
  },
  {
    name: 'names split across inline elements, <wbr>, a soft hyphen or zero-width space at a node edge: one Range each; blocks, <br>, cells and code keep them apart',
    page: 'split-names.html',
    mentions: {
      '': [
        ['bold', 'Klonopin'],
        ['span', 'clonazepam'],
        ['wbr', 'Klonopin'],
        ['shy-edge', 'Rivo\u00ADtril'],
        ['zw-edge', 'clona\u200Bzepam'],
        ['three', 'Klonopin'],
      ],
    },
  },
  {
    name: 'a page without mentions (look-alikes only)',
    page: 'no-mentions.html',
    mentions: {},
  },
];
