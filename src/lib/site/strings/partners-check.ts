/** Strings of `/partenaires/verifier/`: the page, its form, and the report the checker writes. */

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

export const checkText = {
  description:
    'Déposez votre fichier d’agenda (.ics) ou de tableur (.csv), collez son texte ou son lien : voyez ce que le site en publiera, avant de le donner. Rien n’est envoyé.',
  intro:
    'Avant de nous donner votre agenda, voyez ici ce que le site en comprendra : les événements tels qu’ils apparaîtront dans l’agenda du site, et chaque problème, ligne par ligne, avec ce qu’il faut corriger.',
  privacy:
    'La vérification se fait entièrement dans votre navigateur, avec le même programme que la lecture de chaque nuit : votre fichier n’est envoyé nulle part et rien n’est publié.',
  noScript:
    'Cette vérification se fait dans votre navigateur et demande JavaScript, qui semble désactivé. Vous pouvez aussi nous envoyer le lien de votre agenda : nous le vérifierons avec vous.',
  formsLabel: 'Trois façons de donner votre agenda à vérifier',
  file: {
    legend: 'Un fichier',
    label: 'Fichier d’agenda (.ics) ou de tableur (.csv)',
    hint: 'Vous pouvez aussi le glisser et le déposer dans ce cadre.',
    button: 'Vérifier ce fichier',
  },
  text: {
    legend: 'Le texte',
    label: 'Texte du fichier (ouvrez-le avec le Bloc-notes, copiez tout, collez ici)',
    button: 'Vérifier ce texte',
  },
  link: {
    legend: 'Le lien',
    label: 'Lien de votre agenda ou de votre tableur publié',
    hint: 'Le lien est lu directement par votre navigateur, seulement si le serveur de ce lien le permet (beaucoup ne le permettent pas : téléchargez alors le fichier et déposez-le ci-dessus).',
    button: 'Vérifier ce lien',
  },
  /** Messages of the page's script (reading the file or the link), before any parsing. */
  io: {
    reading: (name: string) => `Lecture de « ${name} »…`,
    fetching: (url: string) => `Lecture du lien ${url}…`,
    noFile: 'Choisissez d’abord un fichier.',
    noText: 'Collez d’abord le texte du fichier.',
    noLink: 'Indiquez d’abord un lien.',
    tooBig: (limit: string) =>
      `Ce fichier dépasse ${limit} : la lecture de chaque nuit le refuserait. Publiez une période plus courte (par exemple l’année à venir).`,
    badLink: 'Ce lien n’est pas une adresse web : il doit commencer par https:// (ou webcal://).',
    insecureLink:
      'Seuls les liens https:// peuvent être lus depuis cette page. La lecture de chaque nuit accepte aussi http:// : téléchargez le fichier et déposez-le ci-dessus pour le vérifier.',
    blocked:
      'Votre navigateur n’a pas pu lire ce lien : soit le serveur ne répond pas, soit (le plus souvent) il n’autorise pas une autre page web à lire ce fichier (règle dite « CORS »). Cela n’empêche pas la lecture de chaque nuit. Ouvrez le lien dans un nouvel onglet pour télécharger le fichier, puis déposez-le ci-dessus.',
    httpError: (status: number) =>
      `Le serveur a répondu par une erreur (${status}) : le lien est peut-être faux ou le calendrier n’est plus publié. Vérifiez le lien dans votre agenda.`,
    failed:
      'La vérification n’a pas pu se faire dans ce navigateur. Essayez un navigateur récent, ou envoyez-nous le lien.',
    directoryFailed:
      'La liste des lieux et des communes du site n’a pas pu être chargée : rechargez la page pour vérifier votre agenda, ou envoyez-nous le lien.',
  },
  result: {
    title: 'Résultat',
    usable: 'Ce fichier peut être publié.',
    usableWithErrors:
      'Ce fichier peut être publié, mais une partie n’a pas pu être lue : voyez les problèmes ci-dessous.',
    unusable: 'Ce fichier ne peut pas être publié en l’état.',
    format: (label: string) => `Lu comme : ${label}.`,
    formats: { ics: 'un agenda iCal (.ics)', csv: 'un tableau (CSV)' },
    counts: (dates: number, upcoming: number, events: number) =>
      dates === 0
        ? 'Aucune date dans la période lue (le mois passé et l’année à venir).'
        : `${plural(dates, 'date lue', 'dates lues')} dans la période (le mois passé et l’année à venir), dont ${plural(upcoming, 'à venir', 'à venir')}, pour ${plural(events, 'événement', 'événements')}.`,
    problems: (errors: number, warnings: number) =>
      errors + warnings === 0
        ? 'Aucun problème.'
        : [
            ...(errors > 0 ? [plural(errors, 'erreur', 'erreurs')] : []),
            ...(warnings > 0 ? [plural(warnings, 'remarque', 'remarques')] : []),
          ].join(' et ') + '.',
    issuesTitle: 'Problèmes, ligne par ligne',
    errorWord: 'Erreur',
    warningWord: 'Remarque',
    line: (n: number) => `Ligne ${n.toLocaleString('fr-FR')}`,
    wholeFile: 'Tout le fichier',
    agendaTitle: 'Ce que l’agenda du site affichera',
    agendaIntro:
      'Les prochains rendez-vous, comme dans l’agenda du site : un événement répété apparaît à sa prochaine date ; les événements privés n’y sont pas.',
    agendaEmpty: 'Aucun rendez-vous à venir ne serait affiché.',
    themes: 'Thèmes :',
    publics: 'Pour qui :',
    noTheme: 'aucun (ajoutez un mot du tableau des thèmes dans le titre ou les catégories)',
    hiddenLines: (n: number) => `Et ${plural(n, 'autre rendez-vous', 'autres rendez-vous')}, non affichés ici.`,
    unexpected: (detail: string) =>
      `La vérification s’est arrêtée sur une erreur inattendue (${detail}). Envoyez-nous ce fichier : nous regarderons.`,
  },
} as const;
