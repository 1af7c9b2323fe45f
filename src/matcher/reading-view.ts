/**
 * Text as a reader sees it where the page's characters differ from what is read: a soft hyphen
 * or a zero-width character inside a word ("Klono\u00ADpin"), full-width Latin ("Ｋｌｏｎｏｐｉｎ"),
 * Turkish dotted and dotless i ("KLONOPİN"). The matcher searches the view and maps its offsets
 * back, so a match still indexes the text as the page holds it.
 */

/** Characters that render as nothing inside a word. */
const IGNORABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** Whether the text needs a view at all (almost no text does). */
export const NEEDS_VIEW = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0130\u0131\uFF01-\uFF5E]/;

export interface ReadingView {
  text: string;
  /** Offset in the original text of each view offset (one more entry: the end). */
  toOriginal: number[];
}

export function readingView(text: string): ReadingView {
  let view = '';
  const toOriginal: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (IGNORABLE.test(char)) continue;
    const code = char.charCodeAt(0);
    let read = char;
    if (code >= 0xff01 && code <= 0xff5e) read = String.fromCharCode(code - 0xfee0);
    else if (code === 0x130) read = 'I';
    else if (code === 0x131) read = 'i';
    view += read;
    toOriginal.push(i);
  }
  toOriginal.push(text.length);
  return { text: view, toOriginal };
}

const IGNORABLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]+/g;
const READ_OTHERWISE = /[\u0130\u0131\uFF01-\uFF5E]/g;

function readAs(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x130) return 'I';
  if (code === 0x131) return 'i';
  return String.fromCharCode(code - 0xfee0);
}

/** The view's text alone (readingView(text).text), without the offset map: what a yes/no test needs. */
export function readingText(text: string): string {
  return text.replace(IGNORABLES, '').replace(READ_OTHERWISE, readAs);
}

/** A yes/no test on text that also says yes where the text, as read, passes (`Klono\u00ADpin`). */
export function alsoAsRead(test: (text: string) => boolean): (text: string) => boolean {
  return (text) => test(text) || (NEEDS_VIEW.test(text) && test(readingText(text)));
}

/** A span of the view as a span of the original text. */
export function originalSpan(view: ReadingView, start: number, end: number): { start: number; end: number } {
  const { toOriginal } = view;
  const last = toOriginal[end - 1];
  return { start: toOriginal[start] ?? 0, end: last === undefined ? (toOriginal[end] ?? 0) : last + 1 };
}
