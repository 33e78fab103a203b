import { describe, expect, it } from 'vitest';
import {
  priceSentenceOf,
  readOccurrence,
  registrationSentenceOf,
  titleWithoutStatus,
} from '../../../src/lib/agenda/read-occurrence.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const WHEN = { start: '2026-12-02T14:00:00+01:00', end: '2026-12-02T16:00:00+01:00' };

describe('titleWithoutStatus', () => {
  it('takes the partner’s « Annulé » out of a cancelled occurrence’s title', () => {
    const title = 'Annulé : Atelier numérique débutants : premiers pas sur l’ordinateur';
    expect(titleWithoutStatus(title, 'cancelled')).toBe('Atelier numérique débutants : premiers pas sur l’ordinateur');
    expect(titleWithoutStatus('ANNULÉ - Café numérique', 'cancelled')).toBe('Café numérique');
    expect(titleWithoutStatus('[Annulée] Soirée parents', 'cancelled')).toBe('Soirée parents');
    expect(titleWithoutStatus('Repair café (annulé)', 'cancelled')).toBe('Repair café');
  });

  it('leaves other titles alone', () => {
    expect(titleWithoutStatus('Annulé : Atelier', 'confirmed')).toBe('Annulé : Atelier');
    expect(titleWithoutStatus('Annulé', 'cancelled')).toBe('Annulé');
    expect(titleWithoutStatus('Annulation de dettes : vos droits', 'cancelled')).toBe(
      'Annulation de dettes : vos droits',
    );
  });
});

describe('priceSentenceOf', () => {
  it('finds the sentence that states the price', () => {
    expect(priceSentenceOf('Premiers pas avec la souris.\nGratuit, sur inscription (6 places).')).toBe(
      'Gratuit, sur inscription (6 places)',
    );
    expect(priceSentenceOf('Stage de quatre jours.\nTarif : 15 € le stage.')).toBe('Tarif : 15 € le stage');
    expect(priceSentenceOf('Venez poser vos questions. Entrée libre.')).toBe('Entrée libre');
    expect(priceSentenceOf('Les bénévoles vous aident à réparer votre matériel, gratuitement.')).toBe(
      'Les bénévoles vous aident à réparer votre matériel, gratuitement',
    );
  });

  it('ignores a price word deep inside another sentence', () => {
    expect(priceSentenceOf('Construire un CV clair avec un modèle gratuit, le déposer en ligne.')).toBeNull();
    expect(priceSentenceOf('Accès libre aux machines avec un animateur.')).toBeNull();
  });
});

describe('registrationSentenceOf', () => {
  it('finds the sentence about registering or booking', () => {
    expect(registrationSentenceOf('Atelier.\nGratuit, sur inscription à l’accueil.')).toBe(
      'Gratuit, sur inscription à l’accueil',
    );
    expect(registrationSentenceOf('Venez avec votre projet : pas besoin de réserver.')).toBe(
      'Venez avec votre projet : pas besoin de réserver',
    );
    expect(registrationSentenceOf('Atelier photo.')).toBeNull();
  });
});

describe('readOccurrence', () => {
  it('gives the price and registration a description states when the feed’s fields are empty', () => {
    const o = readOccurrence(
      makeOccurrence({ ...WHEN, description: 'Premiers pas.\nGratuit, sur inscription (6 places).' }),
    );
    expect(o).toMatchObject({
      price: 'Gratuit, sur inscription (6 places)',
      free: true,
      registration: 'Gratuit, sur inscription (6 places)',
    });
  });

  it('sums a long free sentence up as free, without a price text', () => {
    const o = readOccurrence(
      makeOccurrence({
        ...WHEN,
        description: 'Découverte libre et gratuite, à partir de 8 ans (les enfants viennent avec un adulte).',
      }),
    );
    expect(o).toMatchObject({ price: null, free: true });
  });

  it('keeps what the feed said', () => {
    const o = makeOccurrence({ ...WHEN, description: 'Gratuit.', price: '5 €', free: false });
    expect(readOccurrence(o)).toBe(o);
  });
});
