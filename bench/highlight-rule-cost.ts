/**
 * What a ::highlight() rule costs the page itself in Chromium, by where it is set: on every
 * element (`::highlight(name)`), on the root element alone (`:root::highlight(name)`, enough where
 * highlight styles inherit), or no rule. On big-article with 1,000 ranges in one Highlight, in a
 * fresh tab each: adopting the rule and painting (to the next rendered frame), then the page's own
 * append of one paragraph to its next frame (median of 9). Not part of `npm run bench`:
 * `npx tsx bench/highlight-rule-cost.ts` (RUNS, default 3 tabs per rule, taken in turns).
 */
import { chromium } from 'playwright-core';
import { bigArticle } from './pages.ts';
import { median } from './report.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const RULES: Record<string, string> = {
  'every element': '::highlight(bench){background-color:rgb(255,0,0)}',
  'root alone': ':root::highlight(bench){background-color:rgb(255,0,0)}',
  'no rule': '',
};

/** Runs in the page: adopts `rule`, highlights 1,000 words, then appends paragraphs one by one. */
async function measure(rule: string): Promise<{ adopt: number; append: number }> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await frame();
  await frame();
  const started = performance.now();
  if (rule) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = [sheet];
  }
  const highlight = new Highlight();
  CSS.highlights.set('bench', highlight);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let count = 0; walker.nextNode() && count < 1000;) {
    const text = walker.currentNode as Text;
    if (text.data.length <= 10) continue;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 5);
    highlight.add(range);
    count++;
  }
  await frame();
  const adopt = performance.now() - started;
  await frame();
  const appends: number[] = [];
  for (let i = 0; i < 9; i++) {
    const began = performance.now();
    const paragraph = document.createElement('p');
    paragraph.textContent = `Appended paragraph ${i}`;
    document.body.append(paragraph);
    await frame();
    appends.push(performance.now() - began);
  }
  return { adopt, append: appends.sort((a, b) => a - b)[4] as number };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const html = bigArticle().html;
const results: Record<string, { adopt: number[]; append: number[] }> = {};
for (let run = 0; run < RUNS; run++) {
  for (const [name, rule] of Object.entries(RULES)) {
    const page = await browser.newPage();
    await page.setContent(html);
    // As source: tsx wraps named functions in a __name helper the page does not have.
    const { adopt, append } = (await page.evaluate(
      `(() => { const __name = (f) => f; return (${measure.toString()})(${JSON.stringify(rule)}); })()`,
    )) as { adopt: number; append: number };
    await page.close();
    (results[name] ??= { adopt: [], append: [] }).adopt.push(adopt);
    results[name].append.push(append);
  }
}
await browser.close();
console.log(`::highlight() rule cost in Chromium, big-article, 1,000 ranges, median of ${RUNS} tabs`);
console.log('rule          | adopt + paint ms | page append to next frame ms');
for (const [name, { adopt, append }] of Object.entries(results))
  console.log(
    `${name.padEnd(13)} | ${median(adopt).toFixed(1).padStart(16)} | ${median(append).toFixed(1).padStart(28)}`,
  );
