import type { Occurrence, PlaceEntry } from '../../src/lib/domain/index.ts';
import { makeOccurrence } from './make-occurrence.ts';
import { makePlace } from './make-place.ts';

/*
 * Hand-made events and places for the output tests (RSS, iCalendar, open data, programmes): a
 * weekly workshop with one cancelled date, a series across the change to summer time, a one-off
 * talk with a long French description, an all-day holiday course and a past event. The events
 * are in both test sites (tests/support/shared-site.ts); the places only in the unit tests.
 */

export const FIXTURE_SOURCE = 'fixture-reseau';

/** What every occurrence of the fixture shares: its source, seen by the ingest on 20 November. */
export const FROM_FIXTURE = {
  sourceId: FIXTURE_SOURCE,
  commune: null,
  firstSeen: '2026-11-20T03:00:00+01:00',
} satisfies Partial<Occurrence>;

const tablette = (day: string, extra: Partial<Occurrence> = {}) =>
  makeOccurrence({
    ...FROM_FIXTURE,
    uid: 'tablette@mediatheque',
    title: 'Atelier tablette pour débutants',
    start: `${day}T14:00:00+01:00`,
    end: `${day}T16:00:00+01:00`,
    description: 'Apprendre à se servir d’une tablette : allumer, se connecter au wifi, envoyer un message.',
    placeId: 'mediatheque-janze',
    commune: '35136',
    coordinates: { lat: 47.9589, lon: -1.4986 },
    registration: 'Sur inscription au 02 99 47 00 00',
    price: 'Gratuit',
    free: true,
    themes: ['bases'],
    publics: ['seniors'],
    axes: [2],
    ...extra,
  });

const openlab = (day: string, offset: string) =>
  makeOccurrence({
    ...FROM_FIXTURE,
    uid: 'openlab@fablab',
    title: 'OpenLab du samedi',
    // Hostile to XML and HTML: every output must keep it as text.
    description: 'Imprimante 3D & découpe laser <niveau débutant> ]]> </description></item>',
    start: `${day}T14:00:00${offset}`,
    end: `${day}T17:30:00${offset}`,
    placeId: 'fablab-retiers',
    commune: '35239',
    price: '5 € l’après-midi',
    free: false,
    themes: ['fabrication'],
    axes: [5],
    firstSeen: '2026-11-25T03:00:00+01:00',
  });

const LONG_TEXT =
  'Hameçonnage, faux conseillers bancaires, colis « en attente » : les escroqueries en ligne se multiplient. ' +
  'Cette rencontre gratuite présente les pièges les plus fréquents, les réflexes à adopter (ne jamais donner ' +
  'son code reçu par SMS, vérifier l’expéditeur) et à qui s’adresser après une arnaque. Café offert ☕ — ' +
  'venez avec vos questions et votre téléphone ; l’équipe de la Médiathèque répondra à chacun.';

/** The fixture's occurrences (sorted by start), as seen by the ingest. */
export function fixtureOccurrences(): Occurrence[] {
  return [
    makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'past@mediatheque',
      title: 'Atelier courriel (passé)',
      start: '2026-11-10T10:00:00+01:00',
      end: '2026-11-10T12:00:00+01:00',
      placeId: 'mediatheque-janze',
      commune: '35136',
      themes: ['bases'],
    }),
    tablette('2026-12-01'),
    tablette('2026-12-08', { status: 'cancelled' }),
    tablette('2026-12-15'),
    tablette('2027-01-05'),
    tablette('2027-01-12'),
    makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'arnaques@mediatheque',
      title: 'Arnaques en ligne : les reconnaître, s’en protéger, réagir',
      start: '2026-12-10T18:30:00+01:00',
      end: '2026-12-10T20:00:00+01:00',
      description: LONG_TEXT,
      location: 'Salle du conseil, mairie de Janzé',
      commune: '35136',
      themes: ['securite'],
      firstSeen: '2026-11-28T03:00:00+01:00',
      url: 'https://example.org/arnaques',
    }),
    makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'stage@fablab',
      title: 'Stage impression 3D (vacances de Noël)',
      start: '2026-12-21',
      end: '2026-12-24',
      allDay: true,
      placeId: 'fablab-retiers',
      commune: '35239',
      themes: ['fabrication'],
      publics: ['jeunes'],
      registration: 'https://example.org/inscription-stage',
    }),
    openlab('2027-03-20', '+01:00'),
    openlab('2027-03-27', '+01:00'),
    openlab('2027-04-03', '+02:00'),
  ];
}

/**
 * The fixture a week later (the second test site, built on 9 December): the partner moved the
 * 15 December workshop by an hour, cancelled the talk on scams and added a café numérique.
 */
export function editedOccurrences(): Occurrence[] {
  const edited = fixtureOccurrences().map((o) => {
    if (o.title.startsWith('Atelier tablette') && o.start.startsWith('2026-12-15'))
      return {
        ...o,
        start: '2026-12-15T15:00:00+01:00',
        end: '2026-12-15T17:00:00+01:00',
        updatedAt: '2026-12-05T10:00:00+01:00',
      };
    if (o.title.startsWith('Arnaques'))
      return { ...o, status: 'cancelled' as const, updatedAt: '2026-12-06T08:00:00+01:00' };
    return o;
  });
  const cafe = makeOccurrence({
    ...FROM_FIXTURE,
    uid: 'cafe@mediatheque',
    title: 'Café numérique',
    start: '2026-12-19T10:00:00+01:00',
    end: '2026-12-19T12:00:00+01:00',
    commune: '35136',
    firstSeen: '2026-12-08T03:00:00+01:00',
  });
  return [...edited, cafe];
}

/** Places the fixture events happen in (for the unit tests: the test sites keep content/'s places). */
export function fixturePlaces(): PlaceEntry[] {
  const base = { toConfirm: false, accessibility: { wheelchair: true, hearingLoop: null } };
  return [
    makePlace(
      'mediatheque-janze',
      {
        ...base,
        name: 'Médiathèque Jules-Verne',
        pivot: '21350136800019',
        address: { street: '2 rue de la Poste', postalCode: '35150', commune: '35136' },
        coordinates: { lat: 47.9589, lon: -1.4986 },
        openingHours: 'Tu 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-12:30',
        phone: '02 99 47 00 00',
        email: 'mediatheque@example.org',
        themes: ['bases', 'acces-materiel', 'securite'],
        fees: ['gratuit'],
        accompaniments: ['atelier-collectif', 'autonomie'],
      },
      'La médiathèque propose des postes en accès libre et des ateliers.',
    ),
    makePlace(
      'fablab-retiers',
      {
        ...base,
        name: 'FabLab de Retiers',
        kind: 'fablab',
        address: { street: '5 place de l’Église', postalCode: '35240', commune: '35239' },
        coordinates: { lat: 47.9127, lon: -1.3394 },
        openingHours: 'We,Fr 14:00-17:00; Sa 14:00-17:30',
        phone: '+33 2 99 43 00 00',
        themes: ['fabrication'],
        publics: ['jeunes'],
        fees: ['payant'],
        accompaniments: ['autonomie', 'individuel'],
      },
      'Imprimantes 3D, découpe laser ; « OpenLab » ouvert à tous.',
    ),
  ];
}
