/**
 * How a French place name sounds, roughly: for matching what residents type (« toury » for
 * Thourie, « st colombe » for Sainte-Colombe, « coesme » for Coësmes). Pure, runs in the browser.
 */
import { foldText } from '../domain/ids.ts';

/** Words that abbreviate « Saint » and « Sainte », all read as one. */
const SAINT = new Set(['saint', 'sainte', 'saints', 'saintes', 'st', 'ste', 'sts', 'stes']);

/** Spellings that sound alike, rewritten in this order (each pattern on the result of the previous). */
const SOUNDS: readonly (readonly [RegExp, string])[] = [
  [/ph/g, 'f'],
  [/[cs]h/g, 'x'],
  [/th/g, 't'],
  [/qu/g, 'k'],
  [/gu(?=[eiy])/g, 'g'],
  [/ge(?=[aou])/g, 'j'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/h/g, ''],
  [/y/g, 'i'],
  [/eau|au/g, 'o'],
  [/ai|ei/g, 'e'],
  [/e(?=[nm](?:[^aeiou]|$))/g, 'a'],
  [/([a-z])\1+/g, '$1'],
  // Silent endings: a final s, x, t or d, then a final e.
  [/(?<=..)[sxtd]$/, ''],
  [/(?<=..)e$/, ''],
];

function soundOfWord(word: string): string {
  if (SAINT.has(word)) return 'st';
  if (/^\d+$/.test(word)) return word;
  return SOUNDS.reduce((w, [pattern, by]) => w.replace(pattern, by), word);
}

/** The words of a text as they sound: `Sainte-Colombe` and `st colombe` both give `st kolomb`. */
export function soundKey(text: string): string {
  return foldText(text)
    .split(' ')
    .filter((w) => w !== '')
    .map(soundOfWord)
    .join(' ');
}

/** The folded words of a text with « Saint »/« Sainte » and their abbreviations read as one (`st`). */
export function foldPlaceName(text: string): string {
  return foldText(text)
    .split(' ')
    .map((w) => (SAINT.has(w) ? 'st' : w))
    .join(' ');
}
