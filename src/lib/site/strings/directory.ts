/** Strings of the directory (`/annuaire/` and its filter pages). */
export const directoryText = {
  title: 'Annuaire : qui fait quoi',
  intro: 'Tous les lieux où l’on peut être aidé avec le numérique. Choisissez un besoin, un public ou une commune.',
  filtersLabel: 'Filtres de l’annuaire',
  byNeed: 'Par besoin',
  byPublic: 'Par public',
  byCommune: 'Par commune',
  all: 'Tous les lieux',
  count: (n: number) => `${String(n)} lieu${n > 1 ? 'x' : ''}`,
  /** Followed by the intercommunality's contact. */
  none: 'Aucun lieu ne correspond. Essayez un autre filtre, ou demandez conseil :',
  filterTitle: (label: string) => `Annuaire : ${label}`,
  pagination: 'Pages de l’annuaire',
} as const;
