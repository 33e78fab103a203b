/**
 * A realistic iCalendar feed of many events for the benchmark: a VTIMEZONE, weekly series (some
 * on two days, with EXDATEs and RECURRENCE-ID overrides, some cancelled), single events in local
 * time, in UTC and all-day, HTML descriptions, categories, and a few private events.
 */

/** A deterministic pseudo-random generator (mulberry32), so every run benches the same feed. */
function randomFrom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const TITLES = [
  'Atelier tablette',
  'Démarches en ligne',
  'Initiation à l’ordinateur',
  'OpenLab impression 3D',
  'Café numérique',
  'Se protéger des arnaques',
  'Atelier CV et candidature',
  'Parents et écrans',
];
const PLACES = [
  'Médiathèque de Janzé',
  'FabLab, Retiers',
  'Salle des fêtes, Amanlis',
  'France Services\\, 16 rue Louis Pasteur\\, Retiers',
  'Mairie de Essé',
  'Espace jeunes, Martigné-Ferchaud',
];
const CATEGORIES = ['Numérique', 'Démarches', 'FabLab', 'Seniors', 'Jeunes', 'Emploi'];

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYYMMDDTHHMMSS` of a UTC date's fields (used as a wall time). */
const stamp = (d: Date, time = true) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
  (time ? `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00` : '');

/** Folds a content line at 75 octets as RFC 5545 asks (approximated on characters). */
const fold = (line: string) => line.match(/.{1,74}/gu)?.join('\r\n ') ?? line;

/** Generates `total` VEVENTs around `now`; 10 % are weekly series, 5 % overrides of them. */
export function generateIcsFeed(total: number, now: Date, seed = 42): string {
  const random = randomFrom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const day = (offset: number, hour: number, minute = 0) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset, hour, minute));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Repères numériques//bench//FR',
    'X-WR-TIMEZONE:Europe/Paris',
    ...VTIMEZONE,
  ];
  const common = (uid: string, title: string) => [
    `UID:${uid}`,
    'DTSTAMP:20261101T080000Z',
    `SUMMARY:${title}`,
    `LOCATION:${pick(PLACES)}`,
    `CATEGORIES:${pick(CATEGORIES)},${pick(CATEGORIES)}`,
    fold(
      `DESCRIPTION:<p>Venez avec votre <b>appareil</b>. Inscription au 02 99 00 00 00.</p>\\nPlaces limitées\\, pensez à réserver.`,
    ),
  ];
  const series = Math.round(total * 0.1);
  const overrides = Math.round(total * 0.05);
  const starts: Date[] = [];
  const WEEK = 7 * 86_400_000;
  for (let s = 0; s < series; s++) {
    const start = day(Math.floor(random() * 120) - 40, 9 + Math.floor(random() * 9));
    starts.push(start);
    const until = new Date(start.getTime() + (20 + Math.floor(random() * 30)) * WEEK);
    lines.push('BEGIN:VEVENT', ...common(`serie-${s}@bench`, pick(TITLES)));
    lines.push(
      `DTSTART;TZID=Europe/Paris:${stamp(start)}`,
      `DTEND;TZID=Europe/Paris:${stamp(new Date(start.getTime() + 7_200_000))}`,
    );
    // One series in four meets twice a week; the others weekly, the 3rd date of each skipped.
    if (s % 4 === 0) lines.push(`RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=${stamp(until)}Z`);
    else
      lines.push(
        `RRULE:FREQ=WEEKLY;UNTIL=${stamp(until)}Z`,
        `EXDATE;TZID=Europe/Paris:${stamp(new Date(start.getTime() + 2 * WEEK))}`,
      );
    lines.push('END:VEVENT');
  }
  for (let o = 0; o < overrides; o++) {
    // An instance (the 4th to the 13th) of a weekly series moved by an hour, or cancelled.
    const s = (o % Math.floor(series / 4)) * 4 + 1 + (o % 3);
    const instance = new Date((starts[s] ?? now).getTime() + (3 + (o % 10)) * WEEK);
    lines.push('BEGIN:VEVENT', ...common(`serie-${s}@bench`, `${pick(TITLES)} (horaire modifié)`));
    lines.push(`RECURRENCE-ID;TZID=Europe/Paris:${stamp(instance)}`);
    lines.push(`DTSTART;TZID=Europe/Paris:${stamp(new Date(instance.getTime() + 3_600_000))}`);
    lines.push(`DTEND;TZID=Europe/Paris:${stamp(new Date(instance.getTime() + 3 * 3_600_000))}`);
    if (o % 5 === 0) lines.push('STATUS:CANCELLED');
    lines.push('SEQUENCE:1', 'END:VEVENT');
  }
  for (let i = 0; i < total - series - overrides; i++) {
    const offset = Math.floor(random() * 400) - 35;
    lines.push('BEGIN:VEVENT', ...common(`single-${i}@bench`, pick(TITLES)));
    if (i % 10 === 0) {
      lines.push(
        `DTSTART;VALUE=DATE:${stamp(day(offset, 0), false)}`,
        `DTEND;VALUE=DATE:${stamp(day(offset + 1, 0), false)}`,
      );
    } else if (i % 10 === 1) {
      lines.push(`DTSTART:${stamp(day(offset, 13))}Z`, 'DURATION:PT1H30M');
    } else {
      const hour = 9 + Math.floor(random() * 10);
      lines.push(
        `DTSTART;TZID=Europe/Paris:${stamp(day(offset, hour))}`,
        `DTEND;TZID=Europe/Paris:${stamp(day(offset, hour + 2))}`,
      );
    }
    if (i % 97 === 0) lines.push('CLASS:PRIVATE');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
