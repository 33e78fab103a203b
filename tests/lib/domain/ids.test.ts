import { describe, expect, it } from 'vitest';
import { foldText, hashString, occurrenceIdOf, seriesIdOf, slugify } from '../../../src/lib/domain/ids.ts';

describe('hashString', () => {
  it('gives 16 hex digits, the same for the same text', () => {
    expect(hashString('fablab')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashString('fablab')).toBe(hashString('fablab'));
  });
  it('differs for texts that differ by one character', () => {
    expect(hashString('atelier-1')).not.toBe(hashString('atelier-2'));
  });
});

describe('occurrenceIdOf', () => {
  it('separates two instances of one series and two sources publishing the same UID', () => {
    const a = occurrenceIdOf('fablab', 'uid-1', '2026-12-02T14:00:00+01:00');
    expect(a).not.toBe(occurrenceIdOf('fablab', 'uid-1', '2026-12-09T14:00:00+01:00'));
    expect(a).not.toBe(occurrenceIdOf('mediatheque', 'uid-1', '2026-12-02T14:00:00+01:00'));
    expect(seriesIdOf('fablab', 'uid-1')).toMatch(/^s-[0-9a-f]{16}$/);
  });
});

describe('foldText and slugify', () => {
  it('match names typed without accents or capitals', () => {
    expect(foldText('Marcillé-Robert')).toBe(foldText('marcille robert'));
    expect(slugify('Le Theil-de-Bretagne')).toBe('le-theil-de-bretagne');
    expect(slugify('Coësmes')).toBe('coesmes');
    expect(slugify('L’Atelier « Bistrot Lab’ »')).toBe('l-atelier-bistrot-lab');
  });
});
