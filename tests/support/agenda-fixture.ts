import type { Occurrence } from '../../src/lib/domain/occurrence.ts';
import { makeOccurrence } from './make-occurrence.ts';

/** The phone the fixture gives to the Médiathèque de Janzé (the shipped data has none yet): see `PLACE_EDITS`. */
export const FIXTURE_PHONE = '02 99 47 00 00';

const janze = { placeId: 'mediatheque-janze', commune: '35136', location: 'Médiathèque de Janzé' };
const retiers = { placeId: 'france-services-retiers', commune: '35239', location: 'Maison France Services' };
const t = (day: string, from: string, to: string) => ({
  start: `${day}T${from}:00+01:00`,
  end: `${day}T${to}:00+01:00`,
});

/**
 * A small agenda around 1 December 2026 (TEST_NOW): what the agenda journeys look for, by source
 * (sources `agenda-*` of tests/fixtures/shared-site/sources.yaml). Its titles are its own: no other
 * event of the fixture site bears them (the journeys check), so they can tell their lines apart.
 */
export function agendaFixture(): Record<string, Occurrence[]> {
  const cafe = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2027-01-05'].map((day) =>
    makeOccurrence({
      sourceId: 'agenda-libellule',
      uid: 'cafe-numerique',
      title: 'Café numérique',
      description: 'Venez avec vos questions sur l’ordinateur, la tablette ou le téléphone.',
      ...t(day, '14:00', '16:00'),
      ...janze,
      themes: ['bases'],
      price: 'Gratuit',
      free: true,
      status: day === '2026-12-08' ? 'cancelled' : 'confirmed',
    }),
  );
  const taxes = makeOccurrence({
    sourceId: 'agenda-france-services',
    uid: 'impots',
    title: 'Déclarer ses impôts en ligne',
    description: 'Un conseiller vous aide à créer votre espace impots.gouv.',
    ...t('2026-12-03', '09:00', '12:00'),
    ...retiers,
    themes: ['demarches'],
    publics: ['seniors'],
    registration: 'Sur inscription au 02 99 43 64 87',
    price: 'Gratuit',
    free: true,
    url: 'https://www.example.org/impots',
  });
  const tablet = makeOccurrence({
    sourceId: 'agenda-fablab',
    uid: 'tablette',
    title: 'Découvrir la tablette',
    ...t('2026-12-02', '10:00', '12:00'),
    placeId: 'fablab-amanlis',
    commune: '35002',
    location: 'FabLab d’Amanlis',
    themes: ['bases'],
    price: '5 €',
    free: false,
    demo: true,
  });
  const stage = makeOccurrence({
    sourceId: 'agenda-fablab',
    uid: 'stage',
    title: 'Stage impression 3D des vacances',
    start: '2026-12-21',
    end: '2026-12-24',
    placeId: 'fablab-retiers',
    commune: '35239',
    location: 'FabLab de Retiers',
    themes: ['fabrication'],
    publics: ['jeunes'],
    price: '15 € la semaine',
    free: false,
    demo: true,
  });
  const far = makeOccurrence({
    sourceId: 'agenda-libellule',
    uid: 'arnaques',
    title: 'Se protéger des arnaques',
    ...t('2026-12-04', '14:00', '16:00'),
    placeId: 'mediatheque-martigne-ferchaud',
    commune: '35167',
    location: 'Médiathèque de Martigné-Ferchaud',
    themes: ['securite'],
    price: 'Gratuit',
    free: true,
  });
  return { 'agenda-libellule': [...cafe, far], 'agenda-france-services': [taxes], 'agenda-fablab': [tablet, stage] };
}
