/**
 * Generated benchmark pages (nothing is fetched from the web). `scale` shrinks them for the
 * quick run CI does (1 = full size).
 */

const FILLER = [
  'The forum thread went on for pages about sleep, work and the long winter.',
  'Someone asked whether the pharmacy opens early on Saturdays near the station.',
  'A reply listed three books about anxiety that helped more than expected.',
  'Another post described a new routine of walking before breakfast each day.',
];

const WORDS =
  'city council budget river bridge season market weather school report travel museum garden history science music film review local election energy policy water coast harbour railway festival library'.split(
    ' ',
  );

const sized = (full: number, scale: number) => Math.max(1, Math.round(full * scale));

/** About 2.2 MB of text in 20,000 paragraphs, 1,000 of them with a mention. */
export function bigArticle(scale = 1): { html: string; mentions: number } {
  const parts: string[] = [];
  const paragraphs = sized(20_000, scale);
  let mentions = 0;
  for (let i = 0; i < paragraphs; i++) {
    const filler = FILLER[i % FILLER.length];
    const mention =
      i % 20 === 0 ? ` My doctor switched me to ${i % 40 === 0 ? 'Klonopin' : 'clonazepam'} last year.` : '';
    if (mention) mentions++;
    parts.push(`<p>${filler} ${filler}${mention}</p>`);
  }
  return { html: page('Big article', parts.join('\n')), mentions };
}

/** 100,000 elements, 200,000 text nodes, 100 mentions. */
export function manyNodes(scale = 1): { html: string; mentions: number } {
  const parts: string[] = [];
  const rows = sized(50_000, scale);
  let mentions = 0;
  for (let i = 0; i < rows; i++) {
    const mention = i % 500 === 0;
    if (mention) mentions++;
    parts.push(`<div>${mention ? 'Rivotril' : 'item'} ${i} <b>more</b> text</div>`);
  }
  // The newline between rows is a text node too: 2 elements and 4 text nodes a row.
  return { html: page('Many nodes', parts.join('\n')), mentions };
}

/** An article without a mention: 300 paragraphs under headings. */
export function article(scale = 1): string {
  const parts: string[] = [];
  const paragraphs = sized(300, scale);
  for (let i = 0; i < paragraphs; i++) {
    if (i % 12 === 0) parts.push(`<h2>Part ${i / 12 + 1}: ${sentence(i, 4)}</h2>`);
    parts.push(`<p>${FILLER[i % FILLER.length]} ${sentence(i, 40)} <a href="#p${i}">${sentence(i + 1, 3)}</a>.</p>`);
  }
  return page('Article', `<main><article>${parts.join('\n')}</article></main>`, ARTICLE_CSS);
}

/** One paragraph and `frames` same-origin iframes (ads, embeds, comment widgets), each a small page. */
export function withFrames(scale = 1): { html: string; frame: string } {
  const frames = sized(30, scale);
  const parts = [`<p>${FILLER[0]} ${sentence(7, 30)}</p>`];
  for (let i = 0; i < frames; i++)
    parts.push(`<iframe src="/embed?n=${i}" width="300" height="120" title="embed ${i}"></iframe>`);
  const embed = page(
    'Embed',
    `<div class="ad"><a href="#">${sentence(3, 6)}</a><p>${sentence(5, 20)}</p><span>${sentence(9, 4)}</span></div>`,
    '.ad{font:13px sans-serif;border:1px solid #ccc;padding:4px}',
  );
  return { html: page('Frames', parts.join('\n')), frame: embed };
}

/**
 * A long encyclopedia-style article, about 1 MB: infobox table, sections of paragraphs full of
 * links, lists, a references list and a big navigation footer.
 */
export function wikiLike(scale = 1): string {
  const parts: string[] = ['<table class="infobox">'];
  for (let i = 0; i < 20; i++) parts.push(`<tr><th>${sentence(i, 2)}</th><td>${sentence(i + 3, 5)}</td></tr>`);
  parts.push('</table>');
  const sections = sized(72, scale);
  let ref = 0;
  for (let s = 0; s < sections; s++) {
    parts.push(`<h2 id="s${s}"><span class="mw-headline">${sentence(s, 3)}</span></h2>`);
    for (let p = 0; p < 8; p++) {
      const words: string[] = [];
      for (let w = 0; w < 12; w++) {
        words.push(
          `${sentence(s * 97 + p * 13 + w, 8)} <a href="/wiki/${WORDS[(s + w) % WORDS.length]}">${WORDS[(p + w) % WORDS.length]}</a>`,
        );
        if (w % 4 === 3) words.push(`<sup class="reference"><a href="#cite-${++ref}">[${ref}]</a></sup>`);
      }
      parts.push(`<p>${words.join(' ')}.</p>`);
    }
    parts.push(
      `<ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="#">${sentence(s + i, 6)}</a></li>`).join('')}</ul>`,
    );
  }
  parts.push('<ol class="references">');
  for (let i = 1; i <= ref; i++)
    parts.push(`<li id="cite-${i}"><cite>${sentence(i, 10)}</cite> <a href="#">Retrieved ${sentence(i, 2)}</a></li>`);
  parts.push('</ol>');
  parts.push(navFooter(sized(40, scale)));
  return page('Encyclopedia', `<div id="content"><h1>${sentence(1, 3)}</h1>${parts.join('\n')}</div>`, WIKI_CSS);
}

/**
 * A news front page, about 1 MB: navigation, hundreds of story cards (headline, summary,
 * byline, tags) in nested grid containers, and a footer of links.
 */
export function frontPage(scale = 1): string {
  const parts: string[] = [navFooter(10)];
  const cards = sized(1_600, scale);
  for (let section = 0; section * 24 < cards; section++) {
    parts.push(`<section class="grid"><h2>${sentence(section, 2)}</h2>`);
    for (let c = section * 24; c < Math.min(cards, (section + 1) * 24); c++) {
      parts.push(
        `<div class="card"><div class="media"><div class="ph"></div></div><div class="body"><h3><a href="/story/${c}">${sentence(c, 9)}</a></h3>` +
          `<p class="summary">${sentence(c * 7, 30)}</p><div class="meta"><span class="by">By ${sentence(c, 2)}</span>` +
          `<time>${(c % 23) + 1} hours ago</time><ul class="tags"><li><a href="#">${WORDS[c % WORDS.length]}</a></li><li><a href="#">${WORDS[(c + 5) % WORDS.length]}</a></li></ul></div></div></div>`,
      );
    }
    parts.push('</section>');
  }
  parts.push(navFooter(sized(30, scale)));
  return page('Front page', parts.join('\n'), FRONT_CSS);
}

function navFooter(columns: number): string {
  const cols: string[] = [];
  for (let c = 0; c < columns; c++) {
    cols.push(
      `<ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/${WORDS[(c + i) % WORDS.length]}">${sentence(c * 12 + i, 2)}</a></li>`).join('')}</ul>`,
    );
  }
  return `<nav class="links">${cols.join('')}</nav>`;
}

/** Deterministic filler text of `count` words. */
function sentence(seed: number, count: number): string {
  const words: string[] = [];
  let state = (seed * 2654435761) >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    words.push(WORDS[state % WORDS.length] as string);
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ARTICLE_CSS =
  'body{font:16px/1.5 Georgia,serif;max-width:42em;margin:auto}h2{font-family:sans-serif}a{color:#06c}';
const WIKI_CSS =
  'body{font:14px sans-serif}#content{margin-left:11em}.infobox{float:right;width:22em;border:1px solid #aaa}.infobox th{text-align:left}' +
  'h2{border-bottom:1px solid #aaa}.reference{font-size:80%}a{color:#0645ad}a:visited{color:#0b0080}.references{columns:2;font-size:90%}' +
  '.links{display:flex;flex-wrap:wrap}.links ul{list-style:none;width:10em}';
const FRONT_CSS =
  'body{font:15px system-ui,sans-serif;margin:0}.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;padding:16px}' +
  '.card{display:flex;flex-direction:column;border-bottom:1px solid #ddd}.ph{aspect-ratio:16/9;background:#eee}.card h3{font-size:18px;margin:.4em 0}' +
  '.card a{color:inherit;text-decoration:none}.card a:hover{text-decoration:underline}.summary{color:#444}.meta{display:flex;gap:8px;font-size:12px;color:#666}' +
  '.tags{display:flex;gap:4px;list-style:none;margin:0;padding:0}.links{display:flex;flex-wrap:wrap;background:#f6f6f6}.links ul{list-style:none;width:10em}';

function page(title: string, body: string, css = ''): string {
  const style = css ? `<style>${css}</style>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${style}</head><body>${body}</body></html>`;
}
