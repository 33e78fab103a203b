import { describe, expect, it } from 'vitest';
import { csvNumber, toCsv } from '../../../src/lib/indicators/to-csv.ts';

describe('toCsv', () => {
  it('writes what French Excel opens directly: BOM, semicolons, CRLF, decimal comma, yes/no', () => {
    expect(toCsv(['commune', 'heures', 'zone_blanche', 'lieu'], [['Janzé', 253.5, true, null]])).toBe(
      '\uFEFFcommune;heures;zone_blanche;lieu\r\nJanzé;253,5;oui;\r\n',
    );
  });

  it('quotes cells holding separators or quotes, and defuses formula-looking text', () => {
    expect(toCsv(['a'], [['Réparer; s’équiper'], ['dit "oui"'], ['=1+1'], [-3]])).toBe(
      '\uFEFFa\r\n"Réparer; s’équiper"\r\n"dit ""oui"""\r\n"\'=1+1"\r\n-3\r\n',
    );
  });

  it('rounds numbers to three decimals', () => {
    expect(csvNumber(2 / 3)).toBe('0,667');
  });
});
