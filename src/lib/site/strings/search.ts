/** Strings of the search page (`/recherche/`) and of its page without JavaScript (`/recherche/sans-javascript/`). */
export const searchText = {
  title: 'Recherche',
  intro: 'Cherchez un atelier, un lieu ou une démarche : « impôts », « tablette », « Janzé »…',
  label: 'Rechercher sur le site',
  button: 'Rechercher',
  loading: 'Préparation de la recherche…',
  searching: 'Recherche en cours…',
  results: (n: number, query: string) =>
    n === 0
      ? `Aucun résultat pour « ${query} ». Essayez un autre mot, ou les listes toutes prêtes (lien en bas de page).`
      : `${String(n)} résultat${n > 1 ? 's' : ''} pour « ${query} ».`,
  more: 'Plus de résultats',
  failed: 'La recherche n’a pas pu démarrer. Essayez les listes toutes prêtes (lien en bas de page).',
  resultsLabel: 'Résultats',
  /** What a result is, shown before its date or place. */
  kindEvent: 'Rendez-vous',
  kindCommune: 'Commune',
  /** Where to look instead, at the bottom of the page (and without JavaScript). */
  elsewhereTitle: 'Sans chercher : les listes toutes prêtes',
  noScript:
    'La recherche par mots a besoin de JavaScript, qui semble désactivé ici. Le bouton « Rechercher » mène aux listes toutes prêtes.',
  // The page the form leads to without JavaScript.
  fallbackTitle: 'Trouver sans la recherche par mots',
  fallbackWhy:
    'La recherche par mots se fait dans votre navigateur, avec JavaScript, qui est désactivé ou indisponible sur cet appareil. Ces listes mènent aux mêmes pages, sans JavaScript.',
  fallbackNeeds: 'Par besoin : les lieux qui vous aident',
  fallbackCommunes: 'Par commune : les lieux et rendez-vous les plus proches',
  fallbackThemes: 'L’agenda par thème',
  fallbackPublics: 'L’agenda pour qui',
  fallbackAll: 'Tout voir',
} as const;
