/** Strings of the accessibility statement's figures (`/accessibilite/`): the automated tests and their results. */
export const accessibilityText = {
  testsTitle: 'Résultats des tests automatisés',
  /** `Chaque version du site est testée par axe-core 4.14.1 (57 règles…) dans Chromium, sur un écran de 360 px…` */
  testsIntro: (tool: string, rules: number, browser: string, width: number) =>
    `Chaque version du site passe une suite de tests automatisés : ${tool} (${String(rules)} règles des WCAG 2.1, niveaux A et AA) dans ${browser}, sur un écran de ${String(width)} pixels de large, avec et sans JavaScript, et la mesure du contraste de l’indicateur de focus de chaque lien, bouton et champ (au moins 3:1 avec ce qui l’entoure). Les résultats ci-dessous sont écrits par ces tests, pas recopiés à la main.`,
  tableCaption: 'Pages testées et résultats',
  page: 'Page',
  withJs: 'axe-core, avec JavaScript',
  withoutJs: 'axe-core, sans JavaScript',
  focus: 'Indicateur de focus',
  /** `0 erreur`, `2 erreurs`. */
  errors: (n: number) => `${String(n)} erreur${n > 1 ? 's' : ''}`,
  /** The focus column: every ring 3:1 or more, or how many are fainter. */
  focusResult: (faint: number) => (faint === 0 ? '3:1 au moins' : `${String(faint)} sous 3:1`),
  limits:
    'Ces tests automatiques ne trouvent qu’une partie des défauts possibles : ils ne remplacent pas un audit ni l’essai par des personnes qui utilisent des technologies d’assistance.',
  screenReaders:
    'Aucune vérification avec un lecteur d’écran (NVDA, JAWS, VoiceOver, TalkBack) n’a encore été faite. Elle est prévue avec l’audit.',
  contactOnline: 'En ligne :',
  contactEmail: 'Par courriel :',
  contactPost: 'Par courrier :',
} as const;
