/**
 * A realistic iCalendar feed of many events for the benchmark: a VTIMEZONE, weekly series (some
 * on two days, with EXDATEs and RECURRENCE-ID overrides, some cancelled), single events in local
 * time, in UTC and all-day, HTML descriptions, categories, and a few private events.
 */
import { padDigits } from '../../src/lib/time/pad-digits.ts';
import { seededRandom } from '../lib/seeded-random.ts';

/** A deterministic pseudo-random generator, so every run benches the same feed. */
const randomFrom = seededRandom;

export const VTIMEZONE = [
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

/** `YYYYMMDDTHHMMSS` of a UTC date's fields (used as a wall time). */
export const stamp = (d: Date, time = true) =>
  `${d.getUTCFullYear()}${padDigits(d.getUTCMonth() + 1)}${padDigits(d.getUTCDate())}` +
  (time ? `T${padDigits(d.getUTCHours())}${padDigits(d.getUTCMinutes())}00` : '');

/** Folds a content line at 75 octets as RFC 5545 asks (approximated on characters). */
export const fold = (line: string) => line.match(/.{1,74}/gu)?.join('\r\n ') ?? line;

const WEEK = 7 * 86_400_000;
const TZ = 'TZID=Europe/Paris';

/** Shared helpers of one generation: the seeded random choices and the day arithmetic. */
interface Generator {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  /** A wall time `offset` days from `now`, at `hour`. */
  day: (offset: number, hour: number) => Date;
  /** The lines every VEVENT has: UID, stamp, title, place, categories, an HTML description. */
  common: (uid: string, title: string) => string[];
}

function generatorFor(now: Date, seed: number): Generator {
  const random = randomFrom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const description = `DESCRIPTION:<p>Venez avec votre <b>appareil</b>. Inscription au 02 99 00 00 00.</p>\\nPlaces limitées\\, pensez à réserver.`;
  return {
    random,
    pick,
    day: (offset, hour) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset, hour)),
    common: (uid, title) => [
      `UID:${uid}`,
      'DTSTAMP:20261101T080000Z',
      `SUMMARY:${title}`,
      `LOCATION:${pick(PLACES)}`,
      `CATEGORIES:${pick(CATEGORIES)},${pick(CATEGORIES)}`,
      fold(description),
    ],
  };
}

/** Weekly series: one in four twice a week, the others weekly with their 3rd date excluded. */
function seriesEvents(g: Generator, count: number, starts: Date[]): string[] {
  const lines: string[] = [];
  for (let s = 0; s < count; s++) {
    const start = g.day(Math.floor(g.random() * 120) - 40, 9 + Math.floor(g.random() * 9));
    starts.push(start);
    const until = stamp(new Date(start.getTime() + (20 + Math.floor(g.random() * 30)) * WEEK));
    lines.push('BEGIN:VEVENT', ...g.common(`serie-${s}@bench`, g.pick(TITLES)));
    lines.push(`DTSTART;${TZ}:${stamp(start)}`, `DTEND;${TZ}:${stamp(new Date(start.getTime() + 7_200_000))}`);
    if (s % 4 === 0) lines.push(`RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=${until}Z`);
    else lines.push(`RRULE:FREQ=WEEKLY;UNTIL=${until}Z`, `EXDATE;${TZ}:${stamp(new Date(start.getTime() + 2 * WEEK))}`);
    lines.push('END:VEVENT');
  }
  return lines;
}

/** Overrides: an instance (the 4th to the 13th) of a weekly series moved by an hour, one in five cancelled. */
function overrideEvents(g: Generator, count: number, starts: readonly Date[]): string[] {
  const lines: string[] = [];
  const weekly = Math.floor(starts.length / 4);
  for (let o = 0; o < count; o++) {
    const s = (o % weekly) * 4 + 1 + (o % 3);
    const instance = (starts[s] ?? new Date(0)).getTime() + (3 + (o % 10)) * WEEK;
    lines.push('BEGIN:VEVENT', ...g.common(`serie-${s}@bench`, `${g.pick(TITLES)} (horaire modifié)`));
    lines.push(`RECURRENCE-ID;${TZ}:${stamp(new Date(instance))}`);
    lines.push(
      `DTSTART;${TZ}:${stamp(new Date(instance + 3_600_000))}`,
      `DTEND;${TZ}:${stamp(new Date(instance + 3 * 3_600_000))}`,
    );
    if (o % 5 === 0) lines.push('STATUS:CANCELLED');
    lines.push('SEQUENCE:1', 'END:VEVENT');
  }
  return lines;
}

/** Single events: local times mostly, one in ten all-day, one in ten in UTC with a DURATION, a few private. */
function singleEvents(g: Generator, count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const offset = Math.floor(g.random() * 400) - 35;
    lines.push('BEGIN:VEVENT', ...g.common(`single-${i}@bench`, g.pick(TITLES)));
    if (i % 10 === 0) {
      lines.push(
        `DTSTART;VALUE=DATE:${stamp(g.day(offset, 0), false)}`,
        `DTEND;VALUE=DATE:${stamp(g.day(offset + 1, 0), false)}`,
      );
    } else if (i % 10 === 1) {
      lines.push(`DTSTART:${stamp(g.day(offset, 13))}Z`, 'DURATION:PT1H30M');
    } else {
      const hour = 9 + Math.floor(g.random() * 10);
      lines.push(`DTSTART;${TZ}:${stamp(g.day(offset, hour))}`, `DTEND;${TZ}:${stamp(g.day(offset, hour + 2))}`);
    }
    if (i % 97 === 0) lines.push('CLASS:PRIVATE');
    lines.push('END:VEVENT');
  }
  return lines;
}

/** Generates `total` VEVENTs around `now`: 10 % weekly series, 5 % overrides of them, the rest single events. */
export function generateIcsFeed(total: number, now: Date, seed = 42): string {
  const g = generatorFor(now, seed);
  const series = Math.round(total * 0.1);
  const overrides = Math.round(total * 0.05);
  const starts: Date[] = [];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Repères numériques//bench//FR',
    'X-WR-TIMEZONE:Europe/Paris',
    ...VTIMEZONE,
    ...seriesEvents(g, series, starts),
    ...overrideEvents(g, overrides, starts),
    ...singleEvents(g, total - series - overrides),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
