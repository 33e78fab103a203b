/** Strings of the search page (`/recherche/`). */
export const searchText = {
  title: 'Recherche',
  intro: 'Cherchez un atelier, un lieu ou une démarche : « impôts », « tablette », « Janzé »…',
  label: 'Rechercher sur le site',
  noScript: 'La recherche a besoin de JavaScript. Sans JavaScript, parcourez l’agenda, l’annuaire ou le plan du site.',
  button: 'Rechercher',
} as const;
