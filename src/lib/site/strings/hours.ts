/**
 * Words of a place's hours. « Open now » is computed by the browser from its own clock
 * (lib/places/open-status.ts): this file imports nothing, so the script carries only these words.
 */
export const hoursText = {
  /** A day of the weekly hours when a holiday closes the place. */
  closedDay: 'fermé',
  /** `Ouvert maintenant, jusqu’à 18 h` (or `jusqu’à demain 9 h`). */
  open: (until: string) => `Ouvert maintenant, jusqu’à ${until}`,
  /** `Fermé, ouvre mardi à 14 h`. */
  closed: (day: string, time: string) => `Fermé, ouvre ${day} à ${time}`,
  unknown: 'Aucune ouverture annoncée dans les semaines qui viennent',
  /** An opening more than six days away: `le mardi 15 décembre`. */
  onDay: (day: string) => `le ${day}`,
} as const;
