import { describe, expect, it } from 'vitest';
import { csvIncompleteness, icsIncompleteness } from '../../../src/lib/ingest/feed-completeness.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const EVENT = 'BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261202T140000\r\nEND:VEVENT\r\n';

describe('icsIncompleteness', () => {
  it('accepts a calendar closed by END:VCALENDAR, a property after it, and bare VEVENTs that end', () => {
    expect(icsIncompleteness(encode(`BEGIN:VCALENDAR\r\n${EVENT}END:VCALENDAR\r\n`))).toBeNull();
    expect(icsIncompleteness(encode(`BEGIN:VCALENDAR\n${EVENT}END:VCALENDAR\nX-COMMENT:après\n`))).toBeNull();
    expect(icsIncompleteness(encode(`begin:vcalendar\n${EVENT}end:vcalendar`))).toBeNull();
    expect(icsIncompleteness(encode(EVENT))).toBeNull();
  });

  it('refuses a calendar cut before its end, and bare VEVENTs cut inside the last one', () => {
    expect(icsIncompleteness(encode(`BEGIN:VCALENDAR\r\n${EVENT}BEGIN:VEVENT\r\nUID:b\r\nDTST`))).toEqual({
      kind: 'incomplete',
      detail: 'END:VCALENDAR absent (1 BEGIN, 0 END)',
    });
    expect(icsIncompleteness(encode(`${EVENT}BEGIN:VEVENT\r\nUID:b`))).toMatchObject({ kind: 'incomplete' });
  });
});

describe('csvIncompleteness', () => {
  const row = (cells: string[], unclosedQuote = false) => ({ cells, unclosedQuote, line: 3 });

  it('accepts a table ending with a line break, or on a complete last row', () => {
    expect(csvIncompleteness('a;b\n1;2\n3;\n', row(['3', '']), 2)).toBeNull();
    expect(csvIncompleteness('a;b\n1;2\n3;4', row(['3', '4']), 2)).toBeNull();
  });

  it('refuses a text that stops inside a quote or on a row shorter than the header', () => {
    expect(csvIncompleteness('a;b\n1;"deux', row(['1', 'deux'], true), 2)).toMatchObject({ kind: 'incomplete' });
    expect(csvIncompleteness('a;b;c\n1;2;3\n4;5', row(['4', '5']), 3)).toEqual({
      kind: 'incomplete',
      detail: 'dernière ligne (3) coupée : 2 cellules sur 3, sans fin de ligne',
    });
  });
});
