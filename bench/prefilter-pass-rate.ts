/**
 * How much English prose gets past the matcher's prefilter (text with no mention that still runs
 * the full patterns): paragraphs of the licence texts in /usr/share/common-licenses and of the
 * READMEs in node_modules, code-like ones left out. Prints the share that passes and which typo
 * segments the passing paragraphs hold. Run from the repository root:
 *   npx tsx bench/prefilter-pass-rate.ts
 */
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { BUNDLED_DRUGS } from '../src/drugs';
import { compileMatcher, matcherData } from '../src/matcher';
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
