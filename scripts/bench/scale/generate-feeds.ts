/**
 * The partner feeds of a generated territory, as partners publish them: iCalendar exports with
 * weekly series over a term (an EXDATE, a moved instance, a cancelled one), endless monthly
 * meetings and single events (one all-day), and, for one source in ten, a spreadsheet (CSV, `;`,
 * dd/mm/yyyy). About 100 occurrences and 12 series per iCalendar source over the ingest's year.
 */
import { fold, stamp, VTIMEZONE } from '../generate-ics-feed.ts';
import { chooserFrom, type Chooser } from '../random.ts';
import type { GeneratedPlace } from './generate-places.ts';

/** What one source publishes, and where its events happen by default. */
export interface GeneratedFeed {
  format: 'ics' | 'csv';
  text: string;
}

const TITLES: Record<string, readonly string[]> = {
  bases: ['Initiation à l’ordinateur', 'Atelier tablette', 'Prendre en main son smartphone', 'Café numérique'],
  demarches: ['Permanence démarches en ligne', 'Déclarer ses revenus en ligne', 'Créer son compte ameli'],
  'emploi-formation': ['Atelier CV et candidature', 'Chercher un emploi en ligne', 'LinkedIn pour débuter'],
  securite: ['Se protéger des arnaques', 'Mots de passe : les bons réflexes', 'Arnaques par SMS'],
  parentalite: ['Parents et écrans', 'Café des parents connectés'],
  fabrication: ['OpenLab impression 3D', 'Découpe laser : initiation', 'Stage robotique'],
  'culture-numerique': ['Photo numérique', 'Intelligence artificielle : de quoi parle-t-on ?', 'Musique assistée'],
  'acces-materiel': ['Accès libre aux ordinateurs', 'Imprimer et scanner'],
  reparation: ['Repair café', 'Réparer son ordinateur'],
};
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DESCRIPTION =
  'DESCRIPTION:<p>Atelier en petit groupe\\, <b>gratuit</b>. Venez avec votre appareil et vos identifiants.</p>\\nInscription conseillée.';
const DAY_MS = 86_400_000;

/** A wall time `offset` days from `now`'s day, at `hour:minute` (UTC fields used as the wall clock). */
const wallDay = (now: Date, offset: number, hour: number, minute = 0) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset, hour, minute));

const TZ = 'TZID=Europe/Paris';

function titlesOf(place: GeneratedPlace): readonly string[] {
  return place.themes.flatMap((t) => TITLES[t] ?? []).concat(TITLES['bases'] ?? []);
}

function vevent(uid: string, title: string, location: string, lines: string[]): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261101T080000Z',
    `SUMMARY:${title}`,
    `LOCATION:${location.replace(/,/g, '\\,')}`,
    fold(DESCRIPTION),
    ...lines,
    'END:VEVENT',
  ];
}

const timed = (start: Date, hours: number) => [
  `DTSTART;${TZ}:${stamp(start)}`,
  `DTEND;${TZ}:${stamp(new Date(start.getTime() + hours * 3_600_000))}`,
];

/** The events of one iCalendar source. */
function icsEvents(sourceId: string, places: readonly GeneratedPlace[], now: Date, c: Chooser): string[] {
  const [home, ...others] = places as [GeneratedPlace, ...GeneratedPlace[]];
  const where = () => {
    const place = others.length > 0 && c.random() < 0.2 ? c.pick(others) : home;
    return place.name;
  };
  const titles = titlesOf(home);
  const lines: string[] = [];
  // Weekly series over a term: 17 dates, the third excluded; the fifth moved of the first series, a cancelled one in the second.
  for (let s = 0; s < 4; s++) {
    const start = wallDay(now, c.between(-30, 250), c.between(9, 18));
    const uid = `${sourceId}-hebdo-${String(s)}@bench`;
    const title = c.pick(titles);
    const location = where();
    lines.push(
      ...vevent(uid, title, location, [
        ...timed(start, 2),
        'RRULE:FREQ=WEEKLY;COUNT=17',
        `EXDATE;${TZ}:${stamp(new Date(start.getTime() + 14 * DAY_MS))}`,
      ]),
    );
    if (s < 2) {
      const instance = new Date(start.getTime() + 28 * DAY_MS);
      const moved = s === 0 ? new Date(instance.getTime() + 3_600_000) : instance;
      lines.push(
        ...vevent(uid, title, location, [
          `RECURRENCE-ID;${TZ}:${stamp(instance)}`,
          ...timed(moved, 2),
          ...(s === 1 ? ['STATUS:CANCELLED'] : []),
          'SEQUENCE:1',
        ]),
      );
    }
  }
  // Monthly meetings without an end (the n-th weekday of each month), begun two months ago.
  for (let s = 0; s < 3; s++) {
    const start = wallDay(now, -60 + s, c.between(9, 18), 30);
    const rule = `RRULE:FREQ=MONTHLY;BYDAY=${String(c.between(1, 4))}${c.pick(DAYS)}`;
    lines.push(
      ...vevent(`${sourceId}-mensuel-${String(s)}@bench`, c.pick(titles), where(), [...timed(start, 2), rule]),
    );
  }
  // Single events, one of them all day.
  for (let s = 0; s < 5; s++) {
    const offset = c.between(-30, 360);
    const uid = `${sourceId}-unique-${String(s)}@bench`;
    const when =
      s === 0
        ? [
            `DTSTART;VALUE=DATE:${stamp(wallDay(now, offset, 0), false)}`,
            `DTEND;VALUE=DATE:${stamp(wallDay(now, offset + 1, 0), false)}`,
          ]
        : timed(wallDay(now, offset, c.between(9, 19)), 2);
    lines.push(...vevent(uid, c.pick(titles), where(), when));
  }
  return lines;
}

function icsFeed(sourceId: string, places: readonly GeneratedPlace[], now: Date, c: Chooser): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Repères numériques//territoire généré//FR',
    `X-WR-CALNAME:${sourceId}`,
    'X-WR-TIMEZONE:Europe/Paris',
    ...VTIMEZONE,
    ...icsEvents(sourceId, places, now, c),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

const ddmmyyyy = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCFullYear())}`;

/** A spreadsheet source: 20 dated rows, some sharing a title (a programme of the year). */
function csvFeed(places: readonly GeneratedPlace[], now: Date, c: Chooser): string {
  const home = places[0] as GeneratedPlace;
  const rows = ['Date;Heure de début;Heure de fin;Titre;Lieu;Commune;Tarif;Description'];
  for (let r = 0; r < 20; r++) {
    const day = wallDay(now, c.between(-30, 360), 0);
    const hour = c.between(9, 18);
    rows.push(
      [
        ddmmyyyy(day),
        `${String(hour)}:00`,
        `${String(hour + 2)}:00`,
        c.pick(titlesOf(home)),
        home.name,
        home.commune.name,
        c.pick(['Gratuit', '5 €', '']),
        'Atelier en petit groupe, inscription conseillée.',
      ].join(';'),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * The feed of source number `index`: its organisation's place first in `places`, then the other
 * places of its commune (where one event in five happens).
 */
export function generateFeed(
  index: number,
  sourceId: string,
  places: readonly GeneratedPlace[],
  now: Date,
): GeneratedFeed {
  const c = chooserFrom(1000 + index);
  return index % 10 === 9
    ? { format: 'csv', text: csvFeed(places, now, c) }
    : { format: 'ics', text: icsFeed(sourceId, places, now, c) };
}
