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
  // Feeds, open data and printable programmes (issue 6, branch outputs).
  { href: '/programme/', label: 'Programme à imprimer' },
  { href: '/donnees/', label: 'Données ouvertes' },
] as const;

// ─── Feeds, open data, printable programmes (issue 6, branch `outputs`) ───────────────────────
/** Strings of the machine-readable outputs (RSS, iCalendar, open data) and of the programme pages. */
export const outputsUi = {
  ics: {
    prodId: '-//Roche aux Fées Communauté//Repères numériques//FR',
    cancelled: 'ANNULÉ –',
    price: 'Tarif',
    registration: 'Inscription',
    phone: 'Téléphone',
    organiser: 'Organisé par',
    moreInfo: 'Plus d’informations',
    allName: 'Repères numériques – Roche aux Fées Communauté',
    allDescription:
      'Tous les ateliers et rendez-vous numériques à venir sur le territoire de Roche aux Fées Communauté.',
    communeName: (commune: string) => `Repères numériques – ${commune}`,
    communeDescription: (commune: string) => `Les ateliers et rendez-vous numériques à venir à ${commune}.`,
    themeName: (theme: string) => `Repères numériques – ${theme}`,
    themeDescription: (theme: string) => `Les ateliers et rendez-vous numériques à venir sur le territoire : ${theme}.`,
    eventDescription: 'Toutes les dates de cet événement, tenues à jour par Repères numériques.',
  },
  rss: {
    title: 'Repères numériques – agenda du numérique en Roche aux Fées',
    description:
      'Les nouveaux ateliers et rendez-vous numériques publiés sur le territoire de Roche aux Fées Communauté.',
    linkTitle: 'Agenda de Repères numériques (RSS)',
    cancelled: 'ANNULÉ :',
    cancelledOn: 'Annulé le',
    nextDates: (n: number) => (n > 1 ? `${n} dates à venir, la prochaine` : 'Quand'),
  },
  programme: {
    title: 'Programme du numérique',
    intro: 'Tous les ateliers et rendez-vous numériques du territoire, à imprimer ou à afficher.',
    printHint: 'Pour l’imprimer, utilisez la commande « Imprimer » de votre navigateur (format A4).',
    posters: 'Affiches par commune (un mois, en grands caractères)',
    posterTitle: (commune: string) => `Le numérique à ${commune}`,
    regulars: 'Rendez-vous réguliers',
    byDay: 'Jour par jour',
    cancelled: 'ANNULÉ',
    phone: 'Tél.',
    registration: 'Inscription :',
    empty: 'Aucun événement n’est annoncé pour cette période.',
    helpAllYear: 'Pour être aidé toute l’année',
    qrCaption: 'Tous les lieux et dates près de chez vous :',
    period: (from: string, to: string) => `Du ${from} au ${to}`,
  },
  calendarLinks: {
    subscribe: 'S’abonner à l’agenda (iCal)',
    subscribeEvent: 'Suivre toutes les dates dans mon agenda',
    googleSubscribe: 'S’abonner avec Google Agenda',
    download: 'Télécharger (.ics)',
    google: 'Ajouter à Google Agenda',
    outlook: 'Ajouter à Outlook',
  },
} as const;
