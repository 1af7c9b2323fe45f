/** The page-level tables the benchmark prints (bench/page-costs.ts measures them). */
import type { IdleMetrics, PageCostResults } from './page-costs';

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
    'Pages without a mention: whole renderer, 1.5 s after load (CDP Performance.getMetrics). extra = minus "none".',
  );
  const idleRows = [
    [
      'page',
      'extension',
      'script ms',
      'min-max',
      'extra script',
      'task ms',
      'extra task',
      'style ms',
      'layouts',
      'style recalcs',
      'heap MiB',
      'extra heap',
    ],
  ];
  const sums = { floor: 0, medglance: 0, floorTask: 0, medglanceTask: 0 };
  for (const row of results.idle) {
    const none = results.idle.find((other) => other.page === row.page && other.contender === 'none');
    const base = (key: keyof IdleMetrics) => median(metric(none?.runs ?? [], key));
    const script = median(metric(row.runs, 'scriptMs'));
    const task = median(metric(row.runs, 'taskMs'));
    const extraScript = script - base('scriptMs');
    const extraTask = task - base('taskMs');
    if (row.contender === 'floor') {
      sums.floor += extraScript;
      sums.floorTask += extraTask;
    }
    if (row.contender === 'medglance') {
      sums.medglance += extraScript;
      sums.medglanceTask += extraTask;
    }
    idleRows.push([
      `${row.page}${row.frames > 1 ? ` (${row.frames} frames)` : ''}`,
      row.contender,
      ms(script),
      spread(metric(row.runs, 'scriptMs')),
      row.contender === 'none' ? '' : signed(extraScript),
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
    `Sum of extra script over these pages: floor ${signed(sums.floor)} ms, MedGlance ${signed(sums.medglance)} ms = ${ratio(sums.medglance, sums.floor)} the floor (goal: at most 2x).` +
      `\nSum of extra task time: floor ${signed(sums.floorTask)} ms, MedGlance ${signed(sums.medglanceTask)} ms.`,
  );

  out.push(
    '\nPages with mentions: from DOMContentLoaded (rAF loop in the page watching CSS.highlights; mark.js: done at DOMContentLoaded).',
  );
  const hlRows = [
    [
      'page',
      'mentions',
      'first ms',
      'min-max',
      'all ms',
      'min-max',
      'mark.js all ms',
      'all / mark.js',
      'longest task ms',
      'badge ms',
      'extra heap MiB',
    ],
  ];
  for (const row of results.highlights) {
    const peer = results.peer.find((entry) => entry.page === row.page);
    const all = row.runs.map((run) => run.allMs);
    const peerAll = median(peer?.runs.map((run) => run.allMs) ?? []);
    const heap = row.runs.map((run, index) => run.heapMiB - (row.baselineHeapMiB[index] ?? Number.NaN));
    hlRows.push([
      row.page,
      String(row.mentions),
      ms(median(row.runs.map((run) => run.firstMs))),
      spread(row.runs.map((run) => run.firstMs)),
      ms(median(all)),
      spread(all),
      `${ms(peerAll)} (${spread(peer?.runs.map((run) => run.allMs) ?? [])})`,
      ratio(median(all), peerAll),
      `${ms(median(row.runs.map((run) => run.longestTaskMs)))} (max ${ms(Math.max(...row.runs.map((run) => run.longestTaskMs)))})`,
      `${ms(median(row.runs.map((run) => run.badgeMs)))} (${spread(row.runs.map((run) => run.badgeMs))})`,
      signed(median(heap)),
    ]);
  }
  out.push(table(hlRows, 1));
  out.push(
    'Goals: all highlighted within 0.25x mark.js; no task over 50 ms (longest task 0 = none over 50 ms); extra heap under 5 MiB.',
  );

  out.push('\nContent script size (minified; gzip):');
  out.push(
    table(
      [
        ['file', 'loaded', 'bytes', 'gzip'],
        ...results.sizes.map((size) => [size.file, size.role, String(size.bytes), String(size.gzip)]),
      ],
      2,
    ),
  );
  return out.join('\n');
}
