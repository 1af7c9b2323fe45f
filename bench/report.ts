/** The page-level tables the benchmark prints (bench/page-costs.ts measures them). */
import type { FirefoxCostResults } from './firefox-costs';
import type { IdleContender, IdleMetrics, PageCostResults } from './page-costs';

export function median(values: number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const ms = (value: number) =>
  !Number.isFinite(value) ? '-' : Math.abs(value) < 10 ? value.toFixed(1) : value.toFixed(0);
const spread = (values: number[]) => {
  const finite = values.filter((value) => Number.isFinite(value));
  return finite.length ? `${ms(Math.min(...finite))}-${ms(Math.max(...finite))}` : '-';
};
const ratio = (value: number, to: number) =>
  Number.isFinite(value) && Number.isFinite(to) && to > 0.05 ? `${(value / to).toFixed(2)}x` : '-';
const signed = (value: number) => (!Number.isFinite(value) ? '-' : `${value >= 0 ? '+' : ''}${ms(value)}`);

export function table(rows: string[][], numericFrom = 2): string {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  return rows
    .map((cells) =>
      cells
        .map((cell, column) =>
          column >= numericFrom ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
        )
        .join(' | '),
    )
    .join('\n');
}

export function formatPageCosts(results: PageCostResults): string {
  const out: string[] = [];
  const metric = (runs: IdleMetrics[], key: keyof IdleMetrics) => runs.map((run) => run[key]);

  out.push(
    'Pages without a mention: whole renderer, 1.5 s after load. Script: V8 execution on the main thread from a trace, promise jobs' +
      '\nincluded; CDP ScriptDuration (which leaves them out) beside it; the rest from CDP Performance.getMetrics. extra = minus "none".',
  );
  const idleRows = [
    [
      'page',
      'extension',
      'script ms',
      'min-max',
      'extra script',
      'extra ScriptDuration',
      'task ms',
      'extra task',
      'style ms',
      'layouts',
      'style recalcs',
      'heap MiB',
      'extra heap',
    ],
  ];
  const sums = {
    floor: 0,
    floorShadows: 0,
    medglance: 0,
    floorTask: 0,
    medglanceTask: 0,
    floorDuration: 0,
    medglanceDuration: 0,
  };
  for (const row of results.idle) {
    const none = results.idle.find((other) => other.page === row.page && other.contender === 'none');
    const base = (key: keyof IdleMetrics) => median(metric(none?.runs ?? [], key));
    const script = median(metric(row.runs, 'scriptMs'));
    const task = median(metric(row.runs, 'taskMs'));
    const extraScript = script - base('scriptMs');
    const extraTask = task - base('taskMs');
    const extraDuration = median(metric(row.runs, 'scriptDurationMs')) - base('scriptDurationMs');
    if (row.contender === 'floor') {
      sums.floor += extraScript;
      sums.floorTask += extraTask;
      sums.floorDuration += extraDuration;
    }
    if (row.contender === 'floorShadows') sums.floorShadows += extraScript;
    if (row.contender === 'medglance') {
      sums.medglance += extraScript;
      sums.medglanceTask += extraTask;
      sums.medglanceDuration += extraDuration;
    }
    idleRows.push([
      `${row.page}${row.frames > 1 ? ` (${row.frames} frames)` : ''}`,
      row.contender,
      ms(script),
      spread(metric(row.runs, 'scriptMs')),
      row.contender === 'none' ? '' : signed(extraScript),
      row.contender === 'none' ? '' : signed(extraDuration),
      ms(task),
      row.contender === 'none' ? '' : signed(extraTask),
      ms(median(metric(row.runs, 'styleMs'))),
      ms(median(metric(row.runs, 'layouts'))),
      ms(median(metric(row.runs, 'styles'))),
      median(metric(row.runs, 'heapMiB')).toFixed(1),
      row.contender === 'none' ? '' : signed(median(metric(row.runs, 'heapMiB')) - base('heapMiB')),
    ]);
  }
  out.push(table(idleRows));
  out.push(
    `Sum of extra script over these pages: floor ${signed(sums.floor)} ms, MedGlance ${signed(sums.medglance)} ms = ${ratio(sums.medglance, sums.floor)} the floor (goal: at most 2x);` +
      ` run by run (the contenders take turns in each): ${idleRatiosByRun(results.idle).join(', ')}.` +
      `\nThe floor that also looks every element over for open shadow roots (at DOMContentLoaded and a second later): ${signed(sums.floorShadows)} ms = ${ratio(sums.floorShadows, sums.floor)} the floor; MedGlance = ${ratio(sums.medglance, sums.floorShadows)} of it.` +
      `\nThe same by CDP ScriptDuration, without promise jobs: floor ${signed(sums.floorDuration)} ms, MedGlance ${signed(sums.medglanceDuration)} ms = ${ratio(sums.medglanceDuration, sums.floorDuration)}.` +
      `\nSum of extra task time: floor ${signed(sums.floorTask)} ms, MedGlance ${signed(sums.medglanceTask)} ms.`,
  );

  out.push(
    '\nPages with mentions: from DOMContentLoaded to the first animation frame that holds the highlights (a rAF loop in the page' +
      '\nwatching CSS.highlights); mark.js, run at DOMContentLoaded: until done, and to the next frame (the first showing its marks);' +
      '\npage alone: no extension, DOMContentLoaded to its first frame (its own parse end, style and layout: in every "all" figure).',
  );
  const hlRows = [
    [
      'page',
      'mentions',
      'first ms',
      'min-max',
      'all ms',
      'min-max',
      'mark.js done ms',
      'mark.js shown ms',
      'all / mark.js shown',
      'page alone ms',
      'extra / mark.js extra',
      'longest task ms',
      'page alone longest ms',
      'badge ms',
      'extra heap MiB',
    ],
  ];
  for (const row of results.highlights) {
    const peer = results.peer.find((entry) => entry.page === row.page);
    const all = row.runs.map((run) => run.allMs);
    const peerAll = median(peer?.runs.map((run) => run.paintedMs) ?? []);
    const aloneRuns = results.pageAlone.find((entry) => entry.page === row.page)?.runs ?? [];
    const alone = median(aloneRuns.map((run) => run.firstFrameMs));
    const heap = row.runs.map((run, index) => run.heapMiB - (row.baselineHeapMiB[index] ?? Number.NaN));
    hlRows.push([
      row.page,
      String(row.mentions),
      ms(median(row.runs.map((run) => run.firstMs))),
      spread(row.runs.map((run) => run.firstMs)),
      ms(median(all)),
      spread(all),
      ms(median(peer?.runs.map((run) => run.allMs) ?? [])),
      `${ms(peerAll)} (${spread(peer?.runs.map((run) => run.paintedMs) ?? [])})`,
      ratio(median(all), peerAll),
      ms(alone),
      ratio(median(all) - alone, peerAll - alone),
      `${ms(median(row.runs.map((run) => run.longestTaskMs)))} (max ${ms(Math.max(...row.runs.map((run) => run.longestTaskMs)))})`,
      ms(median(aloneRuns.map((run) => run.longestTaskMs ?? Number.NaN))),
      `${ms(median(row.runs.map((run) => run.badgeMs)))} (${spread(row.runs.map((run) => run.badgeMs))})`,
      signed(median(heap)),
    ]);
  }
  out.push(table(hlRows, 1));
  out.push(
    'Goals: all highlighted within 0.25x mark.js; no task over 50 ms (longest task 0 = none over 50 ms; "page alone longest":' +
      "\nthe page's own, DOMContentLoaded to its first frame, without any extension); extra heap under 5 MiB." +
      '\n"extra / mark.js extra": both minus the page alone, i.e. what each adds to the page\'s own first frame.',
  );

  if (results.appended.length > 0) {
    out.push(
      '\nOne mention appended to a loaded page: from the append to the first frame with its highlight, rendered (median of 5 per' +
        '\nload); page alone: the same append without any extension, to the first frame rendered after it; extra = minus that;' +
        '\npage highlights it: no extension, the page adds a range for it to a highlight of its own (a root-only rule, a range on' +
        "\nevery mention) in the append's task: the least any Custom Highlight API highlighter can cost; beyond = ours minus that.",
    );
    const rows = [
      ['page', 'median ms', 'min-max', 'page alone ms', 'extra ms', 'page highlights it ms', 'beyond that ms'],
    ];
    const extras: number[] = [];
    for (const row of results.appended) {
      const extra = median(row.runs) - median(row.alone);
      const floor = median(row.pageHighlight ?? []);
      extras.push(extra);
      rows.push([
        row.page,
        ms(median(row.runs)),
        spread(row.runs),
        ms(median(row.alone)),
        signed(extra),
        ms(floor),
        signed(median(row.runs) - floor),
      ]);
    }
    out.push(table(rows, 1));
    const [small, big] = results.appended.map((row) => median(row.runs));
    const [smallFloor, bigFloor] = results.appended.map((row) => median(row.pageHighlight ?? []));
    if (small !== undefined && big !== undefined)
      out.push(
        `${results.appended[1]?.page} / ${results.appended[0]?.page}: ${ratio(big, small)} as measured, ${ratio(extras[1] ?? Number.NaN, extras[0] ?? Number.NaN)} in extra (goal: at most 1.2x);` +
          ` the page highlighting it itself: ${ratio(bigFloor ?? Number.NaN, smallFloor ?? Number.NaN)}`,
      );
  }

  out.push('\nContent script size (minified; gzip):');
  out.push(sizeTable(results.sizes));
  return out.join('\n');
}

/**
 * The idle sum's ratio to the floor's within each run: the three contenders load each page one
 * after the other in a run, so a busy moment of the machine hits them alike there.
 */
function idleRatiosByRun(idle: PageCostResults['idle']): string[] {
  const runs = Math.min(...idle.map((row) => row.runs.length));
  const ratios: string[] = [];
  for (let run = 0; run < runs; run++) {
    const extra = (contender: IdleContender) =>
      idle
        .filter((row) => row.contender === contender)
        .reduce((sum, row) => {
          const none = idle.find((other) => other.page === row.page && other.contender === 'none');
          return sum + (row.runs[run]?.scriptMs ?? Number.NaN) - (none?.runs[run]?.scriptMs ?? Number.NaN);
        }, 0);
    ratios.push(ratio(extra('medglance'), extra('floor')));
  }
  return ratios;
}

/** The content scripts' sizes: which file, where it is loaded, bytes and gzip. */
function sizeTable(sizes: PageCostResults['sizes']): string {
  return table(
    [
      ['file', 'loaded', 'bytes', 'gzip'],
      ...sizes.map((size) => [size.file, size.role, String(size.bytes), String(size.gzip)]),
    ],
    2,
  );
}

export function formatFirefoxCosts(results: FirefoxCostResults): string {
  const out: string[] = [];
  out.push(
    `Firefox ${results.version}: pages with mentions, from DOMContentLoaded to the first animation frame holding the highlights;` +
      '\nmark.js (done, and the next frame) and the page alone (its first frame) in a browser without the extension.',
  );
  const rows = [
    [
      'page',
      'mentions',
      'first ms',
      'all ms',
      'min-max',
      'mark.js done ms',
      'mark.js shown ms',
      'all / mark.js shown',
      'page alone ms',
      'extra / mark.js extra',
    ],
  ];
  for (const row of results.highlights) {
    const peer = results.peer.find((entry) => entry.page === row.page)?.runs ?? [];
    const alone = median(
      results.pageAlone.find((entry) => entry.page === row.page)?.runs.map((run) => run.firstFrameMs) ?? [],
    );
    const all = median(row.runs.map((run) => run.allMs));
    const shown = median(peer.map((run) => run.paintedMs));
    rows.push([
      row.page,
      String(row.mentions),
      ms(median(row.runs.map((run) => run.firstMs))),
      ms(all),
      spread(row.runs.map((run) => run.allMs)),
      ms(median(peer.map((run) => run.allMs))),
      ms(shown),
      ratio(all, shown),
      ms(alone),
      ratio(all - alone, shown - alone),
    ]);
  }
  out.push(table(rows, 1));
  out.push('Content script size, Firefox build (minified; gzip):');
  out.push(sizeTable(results.sizes));
  return out.join('\n');
}
