/**
 * How to reach a place (lib/places/contact.ts): whom, and by what means. Every sentence that asks
 * residents to call, book or check takes the name of whom they should ask.
 */
import { withPreposition } from '../../text/french-preposition.ts';

export const contactText = {
  /** What introduces the contact when it is the place's own. */
  own: 'Pour joindre ce lieu :',
  /**
   * What introduces another's contact, before its name (a link, followed by « : »): the place has
   * no phone, email or website in the directory, whom to ask instead.
   */
  other: {
    organisation:
      'Ce lieu n’a encore ni téléphone, ni courriel, ni site connu. Joignez la structure qui en a la charge,',
    territory: 'Ce lieu n’a encore ni téléphone, ni courriel, ni site connu. Pour être orienté, joignez',
  },
  phone: 'Téléphone :',
  email: 'Courriel :',
  website: 'Site internet :',
  address: 'Adresse :',
  /** `Horaires non communiqués : renseignez-vous avant de venir auprès de Roche aux Fées Communauté.` */
  noHours: (whom: string) =>
    `Horaires non communiqués : renseignez-vous avant de venir ${withPreposition('auprès de', whom)}.`,
  /** The same for access (wheelchair, hearing loop, transport). */
  noAccessInfo: (whom: string) =>
    `Informations d’accès non communiquées : renseignez-vous avant de venir ${withPreposition('auprès de', whom)}.`,
  /** On an event page, when the price or the place is not given. */
  askOrganiser: (whom: string) => `renseignez-vous ${withPreposition('auprès de', whom)}`,
  /** Booking the on-demand transport, around its name (a link): `Réserver Mobilifée :`. */
  book: ['Réserver ', ' :'],
} as const;
