/** Generated benchmark pages, the two shapes the platform notes measured. */

const FILLER = [
  'The forum thread went on for pages about sleep, work and the long winter.',
  'Someone asked whether the pharmacy opens early on Saturdays near the station.',
  'A reply listed three books about anxiety that helped more than expected.',
  'Another post described a new routine of walking before breakfast each day.',
];

/** About 2.2 MB of text in 20,000 paragraphs, 1,000 of them with a mention. */
export function bigArticle(): string {
  const parts: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const filler = FILLER[i % FILLER.length];
    const mention = i % 20 === 0 ? ` My doctor switched me to ${i % 40 === 0 ? 'Klonopin' : 'clonazepam'} last year.` : '';
    parts.push(`<p>${filler} ${filler}${mention}</p>`);
  }
  return page('Big article', parts.join('\n'));
}

/** 100,000 elements, 200,000 text nodes, 100 mentions. */
export function manyNodes(): string {
  const parts: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    const word = i % 500 === 0 ? 'Rivotril' : 'item';
    parts.push(`<div>${word} ${i} <b>more</b> text</div>`);
  }
  // The newline between rows is a text node too: 2 elements and 4 text nodes a row.
  return page('Many nodes', parts.join('\n'));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}
