/**
 * Feeds built to hurt the ingest, for the benchmark's worst case and the tests of the budgets:
 * many endless daily series, or a flood of plain events. Deterministic for a given `now`.
 */

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYYMMDD` of a date `days` after `now` (UTC fields). */
const dayAfter = (now: Date, days: number) => {
  const d = new Date(now.getTime() + days * 86_400_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
};

const calendar = (events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Reperes//hostile//FR', ...events, 'END:VCALENDAR', ''].join('\r\n');

/**
 * `count` VEVENTs, each an endless `RRULE:FREQ=DAILY` starting in the coming week (about 94 bytes
 * each): 1 000 of them give some 395 000 dates in the ingest window, 20 000 some 7.9 million.
 */
export function generateDailySeriesFeed(count: number, now: Date): string {
  const events: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = dayAfter(now, i % 7);
    events.push(
      'BEGIN:VEVENT',
      `UID:d${i}@x`,
      `DTSTART:${day}T${pad(8 + (i % 10))}0000`,
      'DURATION:PT1H',
      'RRULE:FREQ=DAILY',
      `SUMMARY:Série ${i}`,
      'END:VEVENT',
    );
  }
  return calendar(events);
}

/** `count` plain VEVENTs, one a day from tomorrow on (each a series of its own, so a page of the site). */
export function generatePlainEventsFeed(count: number, now: Date): string {
  const events: string[] = [];
  for (let i = 0; i < count; i++) {
    events.push(
      'BEGIN:VEVENT',
      `UID:p${i}@x`,
      `DTSTART:${dayAfter(now, 1 + (i % 300))}T140000`,
      'DURATION:PT2H',
      `SUMMARY:Atelier ${i}`,
      'END:VEVENT',
    );
  }
  return calendar(events);
}
