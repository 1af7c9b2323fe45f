/**
 * How much English prose gets past the matcher's prefilter (text with no mention that still runs
 * the full patterns): paragraphs of the licence texts in /usr/share/common-licenses and of the
 * READMEs in node_modules, code-like ones left out. Prints the share that passes and which typo
 * segments the passing paragraphs hold; then how often the prefilter's anchors are found in that
 * prose and in the bench's idle pages (every anchor found costs a test of the full alternation
 * around it, and the first one compiles it). Run from the repository root:
 *   npx tsx bench/prefilter-pass-rate.ts
 */
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { BUNDLED_DRUGS } from '../src/drugs';
import { compileMatcher, matcherData } from '../src/matcher';
import { PATTERN_FLAGS } from '../src/matcher/boundaries';
import { article, frontPage, wikiLike } from './pages';
const files = execSync("find /usr/share/common-licenses -type f; find node_modules -maxdepth 3 -iname 'README.md'", {
  encoding: 'utf8',
})
  .trim()
  .split('\n');
const paragraphs: string[] = [];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const p of text.split(/\n\s*\n/)) {
    const t = p.replace(/\s+/g, ' ').trim();
    // prose-ish: mostly letters and spaces, no code
    if (t.length < 80 || /[`{}<>|=]/.test(t) || (t.match(/[a-z]/g)?.length ?? 0) < t.length * 0.6) continue;
    paragraphs.push(t);
  }
}
const full = compileMatcher(BUNDLED_DRUGS);
const data = matcherData(BUNDLED_DRUGS);
let a = 0,
  found = 0;
const bySeg = new Map<string, number>();
for (const p of paragraphs) {
  if (full.mayMatch(p)) {
    a++;
    if (full.findMentions(p).length) found++;
    for (const s of data.typos!.segments) if (p.toLowerCase().includes(s)) bySeg.set(s, (bySeg.get(s) ?? 0) + 1);
  }
}
console.log(
  'paragraphs',
  paragraphs.length,
  'pass',
  a,
  ((100 * a) / paragraphs.length).toFixed(2) + '%',
  'with mentions',
  found,
);
console.log([...bySeg].sort((x, y) => y[1] - x[1]).slice(0, 20));

/** Anchors found in a text, as the whole-document test (Prefilter.testLong) finds them, not stopping at the first. */
function anchorHits(text: string): number {
  let hits = 0;
  for (const source of data.prefilter?.groups ?? []) {
    const anchor = new RegExp(source, `g${PATTERN_FLAGS}`);
    let hit: RegExpExecArray | null;
    while ((hit = anchor.exec(text)) !== null) {
      hits++;
      anchor.lastIndex = hit.index + 1;
    }
  }
  return hits;
}
const pageText = (html: string) => html.replace(/<(style|script)[^>]*>[^<]*<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
const prose = paragraphs.join('\n');
console.log('anchors found (each a test of the full alternation around it):');
for (const [name, text] of [
  ['the prose above', prose],
  ['bench page: article', pageText(article())],
  ['bench page: wiki-like', pageText(wikiLike())],
  ['bench page: front-page', pageText(frontPage())],
] as const) {
  const hits = anchorHits(text);
  console.log(
    `  ${name}: ${hits} in ${text.length} characters (${((hits * 100_000) / text.length).toFixed(1)} per 100,000)`,
  );
}
