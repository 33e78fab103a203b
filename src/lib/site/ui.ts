/** Every interface string of the site, in French, in one place. */
export const ui = {
  siteName: 'Repères numériques',
  territory: 'Roche aux Fées Communauté',
  tagline: 'Qui peut vous aider avec le numérique, où et quand, près de chez vous.',
  skipLink: 'Aller au contenu',
  navLabel: 'Menu principal',
  nav: [
    { href: '/', label: 'Accueil' },
    { href: '/agenda/', label: 'Agenda' },
    { href: '/annuaire/', label: 'Annuaire' },
    { href: '/carte/', label: 'Carte' },
    { href: '/recherche/', label: 'Recherche' },
  ],
  footerLabel: 'Pied de page',
  footer: [
    { href: '/accessibilite/', label: 'Accessibilité : partiellement conforme' },
    { href: '/plan-du-site/', label: 'Plan du site' },
    { href: '/mentions-legales/', label: 'Mentions légales' },
  ],
  footerNote:
    'Un service de Roche aux Fées Communauté, dans le cadre de sa feuille de route « Usages du numérique 2023-2026 ».',
  demoMark: 'exemple',
  demoNotice: 'Les événements marqués « exemple » sont des données de démonstration, pas un programme réel.',
} as const;

/** The site's own pages, in the order of the site map. Pages are added here as they are built. */
export const sitePages = [
  { href: '/', label: 'Accueil' },
  { href: '/accessibilite/', label: 'Déclaration d’accessibilité' },
  { href: '/plan-du-site/', label: 'Plan du site' },
  { href: '/mentions-legales/', label: 'Mentions légales' },
] as const;
