/** The text a reader selected in a frame, for the look-up command: page text or a text field. */
import { beforeEach, describe, expect, it } from 'vitest';
import { selectedText } from '../../content/runtime/selection';

beforeEach(() => {
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
});

describe('selected text', () => {
  it('is the document selection, trimmed', () => {
    const p = document.createElement('p');
    p.textContent = 'I take Klonopin at night.';
    document.body.append(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 6);
    range.setEnd(p.firstChild!, 16);
    document.getSelection()!.addRange(range);
    expect(selectedText()).toBe('Klonopin');
  });

  it('is the selected part of a focused text field', () => {
    const field = document.createElement('textarea');
    field.value = 'ask about oxycodone please';
    document.body.append(field);
    field.focus();
    field.setSelectionRange(10, 19);
    expect(selectedText()).toBe('oxycodone');
  });

  it('is empty when nothing is selected', () => {
    const field = document.createElement('input');
    field.value = 'Klonopin';
    document.body.append(field);
    field.focus();
    field.setSelectionRange(3, 3);
    expect(selectedText()).toBe('');
  });
});
