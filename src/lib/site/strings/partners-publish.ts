/**
 * Strings of `/partenaires/publier/`: the guides for each calendar tool, the rules the nightly
 * run applies (private, cancelled, free, registration), the spreadsheet template's columns.
 *
 * The menus named in the guides are those of the tools' own documentation or interface strings
 * (Google Agenda's help in French, Nextcloud Calendar's French translation and manual, Apple's
 * iCloud help); where only the English name could be checked, it is given as such, and where
 * nothing could be checked, the guide says what to look for instead of naming a menu.
 */
import type { CsvField } from '../../domain/source.ts';

/** One step-by-step guide. */
export interface ToolGuide {
  id: string;
  title: string;
  steps: readonly string[];
  /** What the right link looks like. */
  link: string;
  /** Anything the partner must know beside the steps. */
  notes: readonly string[];
}

/** What a listed value does, tested against the CSV reader (tests/lib/partners/csv-template.test.ts). */
export type AcceptedEffect =
  | 'date'
  | 'time'
  | 'all-day'
  | 'text'
  | 'place'
  | 'commune'
  | 'theme'
  | 'public'
  | 'free'
  | 'paid'
  | 'registration'
  | 'url'
  | 'confirmed'
  | 'cancelled'
  | 'tentative'
  | 'private'
  | 'public-row'
  | 'uid';

/** One value the guide says a column accepts, and what the site does with it. */
export interface AcceptedValue {
  write: string;
  /** What the site shows or does, in words. */
  gives: string;
  effect: AcceptedEffect;
}

/** A column of the template: its header, what goes in it, accepted values, and the example rows' cells. */
export interface TemplateColumn {
  header: string;
  what: string;
  required: boolean;
  accepted: readonly AcceptedValue[];
}

/** The template's columns: one per field of the CSV reader, plus « Privé ». */
export type TemplateKey = CsvField | 'private';

export const publishText = {
  description:
    'Comment donner au site le lien de l’agenda que vous tenez déjà (Google, Outlook, Nextcloud, Apple, Thunderbird, OpenAgenda, tableur), et comment y marquer un événement annulé, gratuit ou privé.',
  intro:
    'Vous n’avez rien à saisir deux fois : gardez votre agenda ou votre tableur habituel, donnez-nous son lien public, et le site le relit chaque nuit. Cette page dit comment obtenir ce lien, comment vos événements trouvent leur thème et leur public, et comment marquer un événement privé, annulé, gratuit ou sur inscription.',
  tocLabel: 'Sur cette page',
  toc: {
    tools: 'Obtenir le lien de votre agenda',
    classes: 'Thèmes et publics',
    marks: 'Privé, annulé, gratuit, sur inscription',
    template: 'Le modèle de tableur',
    sheet: 'Publier un tableur comme un lien',
    night: 'Ce qui se passe chaque nuit',
    join: 'Demander à être ajouté',
  },
  toolsIntro:
    'Dans chaque cas, il s’agit d’obtenir un lien public vers votre agenda au format iCal (un fichier .ics). Avant de nous le donner, vérifiez-le sur la page « Vérifier » : vous verrez vos événements tels que le site les publiera.',
  labelsNote:
    'Les intitulés entre guillemets sont ceux des logiciels eux-mêmes. Quand un intitulé n’a pu être vérifié que dans la version anglaise, il est donné en anglais : votre logiciel en français affiche sa traduction, au même endroit.',
  linkLooksLike: 'Le bon lien ressemble à :',
  checkIt: 'Vérifier ce lien',
  guides: [
    {
      id: 'google',
      title: 'Google Agenda',
      steps: [
        'Sur un ordinateur, ouvrez Google Agenda (le partage ne se règle pas depuis l’application du téléphone).',
        'À gauche, dans « Mes agendas », passez la souris sur l’agenda de vos animations, puis cliquez sur « Plus » (les trois points) et sur « Paramètres et partage ».',
        'Dans la section « Autorisations d’accès », cochez la case qui rend l’agenda disponible publiquement (« Make available to public »), en laissant voir le détail des événements, pas seulement les heures occupées.',
        'Plus bas sur la même page, copiez l’adresse publique au format iCal (« Public address in iCal format »).',
      ],
      link: 'https://calendar.google.com/calendar/ical/…/public/basic.ics',
      notes: [
        'Ne donnez pas l’adresse « secrète » ou « privée » au format iCal : elle montrerait tout l’agenda, y compris ce qui n’est pas public.',
        'Le plus simple : un agenda Google à part, réservé aux animations ouvertes au public.',
      ],
    },
    {
      id: 'outlook',
      title: 'Outlook et Microsoft 365',
      steps: [
        'Ouvrez Outlook sur le web (Microsoft 365 ou Outlook.com) ; la publication ne se fait pas depuis l’ancien Outlook installé sur l’ordinateur.',
        'Ouvrez les paramètres (la roue dentée), partie calendrier, puis les calendriers partagés (« Calendar › Shared calendars »).',
        'Dans la partie de publication d’un calendrier (« Publish a calendar »), choisissez le calendrier de vos animations et le niveau qui montre tous les détails (« Can view all details »), puis publiez (« Publish »).',
        'Deux liens apparaissent : copiez le lien ICS, pas le lien HTML.',
      ],
      link: 'https://outlook.office365.com/…/calendar.ics (un lien qui finit par calendar.ics)',
      notes: [
        'Si la publication n’est pas proposée, votre organisation l’a désactivée : demandez-la à la personne qui gère votre Microsoft 365.',
        'Les éléments marqués privés dans Outlook ne sont pas publiés par le site.',
      ],
    },
    {
      id: 'nextcloud',
      title: 'Nextcloud et Framagenda',
      steps: [
        'Ouvrez l’application Agenda de votre Nextcloud (Framagenda est un Nextcloud : c’est la même chose).',
        'À côté du nom de l’agenda, ouvrez son menu de partage, puis cliquez sur « + » en face de « Lien de partage » (selon la version : « Partager un lien ») pour publier l’agenda.',
        'Dans le menu de ce lien, choisissez « Copier le lien d’inscription » (« Copy subscription link » ; l’intitulé varie selon la version). Ne prenez pas le lien public de consultation ni le lien privé.',
      ],
      link: 'https://framagenda.org/remote.php/dav/public-calendars/…?export',
      notes: [
        'Le bon lien contient « /remote.php/dav/public-calendars/ » et finit par « ?export ». S’il commence par webcal://, vous pouvez le donner tel quel.',
      ],
    },
    {
      id: 'apple',
      title: 'Apple Calendrier (iCloud)',
      steps: [
        'Le calendrier doit être un calendrier iCloud (pas « Sur mon Mac » ni « Sur mon iPhone »).',
        'Sur iCloud.com : ouvrez Calendrier, cliquez sur le bouton de partage à droite du nom du calendrier et cochez « Calendrier public » (« Public Calendar »).',
        'Sur un iPhone ou un iPad : Calendrier, « Calendriers », le bouton (i) à côté du calendrier, activez « Calendrier public », puis copiez le lien proposé.',
        'Sur un Mac : dans la liste des calendriers, cliquez sur l’icône de partage à côté du calendrier et cochez « Calendrier public ».',
      ],
      link: 'webcal://p01-caldav.icloud.com/published/…',
      notes: ['Un calendrier public est lisible par toute personne qui a le lien : gardez-y seulement vos animations.'],
    },
    {
      id: 'thunderbird',
      title: 'Thunderbird',
      steps: [
        'Si votre agenda Thunderbird est relié à un serveur (Google, Nextcloud, Framagenda…), publiez-le depuis ce serveur : suivez le guide correspondant ci-dessus.',
        'Si c’est un agenda « sur cet ordinateur », il n’a pas de lien : personne d’autre ne peut le lire chaque nuit. Le plus simple est de le déplacer vers un agenda en ligne (Framagenda, Nextcloud, Google).',
        'En attendant, vous pouvez vérifier son contenu : clic droit sur l’agenda dans la liste, entrée d’export de l’agenda, format iCalendar, puis déposez le fichier .ics sur la page « Vérifier ».',
      ],
      link: 'celui du serveur de votre agenda (voir les guides ci-dessus)',
      notes: [
        'Thunderbird sait aussi publier un agenda sur un serveur WebDAV (clic droit sur l’agenda, entrée de publication) : si votre structure a un tel serveur, le lien du fichier publié convient.',
      ],
    },
    {
      id: 'openagenda',
      title: 'OpenAgenda',
      steps: [
        'Sur openagenda.com, ouvrez la page de votre agenda et son menu d’export.',
        'Choisissez l’export au format iCal (.ics) — ou l’export tableur, que le site lit aussi — et copiez le lien de cet export plutôt que de télécharger le fichier.',
        'Vérifiez ce lien sur la page « Vérifier » : vous verrez si vos événements et leurs lieux sont bien compris.',
      ],
      link: 'le lien de l’export iCal (.ics) de votre agenda sur openagenda.com',
      notes: [
        'Les intitulés exacts du menu d’export d’OpenAgenda n’ont pas pu être vérifiés ici : si vous ne trouvez pas l’export iCal, écrivez-nous.',
        'Dans l’export tableur d’OpenAgenda, le site lit les colonnes en français (« Titre - FR »…) et les horaires détaillés (« Horaires ISO »).',
      ],
    },
  ] satisfies readonly ToolGuide[],

  classesTitle: 'Thèmes et publics : comment le site range vos événements',
  classesIntro:
    'Le site range chaque événement dans un ou plusieurs thèmes (les filtres de l’agenda et de l’annuaire) et indique pour qui il est. Il les trouve dans vos propres événements, sans que vous ayez à apprendre un vocabulaire :',
  classesWhere: [
    'les mots du titre ;',
    'les catégories de l’événement (CATEGORIES dans un fichier iCal), quand votre logiciel d’agenda en propose ;',
    'dans un tableur, les colonnes « Thème » et « Public ».',
  ],
  classesRules:
    'Un mot compte s’il apparaît entier, sans tenir compte des majuscules ni des accents (« Écrans » comme « ecrans »). La description n’est pas lue pour cela. Si un événement ne dit rien, il reçoit les thèmes et publics que nous avons réglés pour tout votre agenda, s’il y en a ; sans public, il est « Tout public ».',
  themesCaption: 'Mots qui rangent un événement dans un thème',
  publicsCaption: 'Mots qui indiquent un public',
  themeColumn: 'Thème sur le site',
  publicColumn: 'Public sur le site',
  wordsColumn: 'Mots reconnus (titre, catégories, colonne Thème ou Public)',

  marksTitle: 'Privé, annulé, gratuit, sur inscription',
  marksIntro: 'Voici ce que la lecture de chaque nuit comprend réellement, dans un agenda iCal et dans un tableur.',
  marksColumns: {
    mark: 'Pour…',
    ics: 'Dans votre agenda (iCal)',
    csv: 'Dans votre tableur (CSV)',
    site: 'Sur le site',
  },
  marks: [
    {
      mark: 'un événement privé',
      ics: 'Mettez l’événement en « privé » dans votre logiciel (le fichier porte alors CLASS:PRIVATE ou CLASS:CONFIDENTIAL).',
      csv: 'Colonne « Privé » : oui (ou x, 1, privé).',
      site: 'Jamais publié, nulle part. La vérification le compte, sans le montrer.',
    },
    {
      mark: 'un événement annulé',
      ics: 'Marquez-le annulé sans le supprimer (STATUS:CANCELLED). S’il est supprimé, il disparaît simplement du site.',
      csv: 'Colonne « Statut » : Annulé. « Reporté » aussi : il est annulé à cette date.',
      site: 'Reste dans l’agenda, barré, avec la mention « Annulé » : les personnes qui comptaient venir le voient.',
    },
    {
      mark: 'un événement à confirmer',
      ics: 'Statut « provisoire » de votre logiciel (STATUS:TENTATIVE).',
      csv: 'Colonne « Statut » : À confirmer, Provisoire ou Sous réserve.',
      site: 'Publié avec la mention « À confirmer ».',
    },
    {
      mark: 'un événement gratuit',
      ics: 'Un agenda iCal n’a pas de case pour le tarif : écrivez-le dans la description, qui est publiée telle quelle. L’événement n’apparaît pas dans la liste « gratuit » de l’agenda.',
      csv: 'Colonne « Tarif » : Gratuit, Entrée libre ou 0 €. Un montant (5 €) le marque payant.',
      site: 'La mention « Gratuit » et la liste des rendez-vous gratuits (seulement depuis un tableur).',
    },
    {
      mark: 'un événement sur inscription',
      ics: 'Écrivez comment s’inscrire dans la description (téléphone, lien) : elle est publiée telle quelle.',
      csv: 'Colonne « Inscription » : le texte, le téléphone ou le lien pour s’inscrire.',
      site: 'Depuis un tableur, une ligne « Inscription » sur la page de l’événement, avec le lien ou le numéro.',
    },
  ],

  templateTitle: 'Le modèle de tableur',
  templateIntro:
    'Pas d’agenda en ligne ? Un tableur suffit : une ligne par événement (ou par date). Téléchargez le modèle : il a une colonne par information que le site sait lire, et des lignes d’exemple à remplacer par les vôtres.',
  templateDownload: 'Télécharger le modèle de tableur (CSV, séparateur point-virgule)',
  templateSave:
    'Ouvrez-le avec Excel, LibreOffice ou Google Sheets, gardez la première ligne (les noms des colonnes), remplacez les exemples, puis enregistrez au format CSV. Peu importe le choix exact : le site lit le point-virgule comme la virgule, l’UTF-8 comme l’encodage d’Excel (Windows-1252).',
  templateColumnsCaption: 'Les colonnes du modèle',
  templateColumns: { column: 'Colonne', what: 'Ce que vous y écrivez', accepted: 'Valeurs reconnues' },
  required: 'obligatoire',
  optional: 'facultative',
  templateMore:
    'Vos colonnes ont d’autres noms ? Le site reconnaît aussi les noms courants des exports de Google, Outlook, OpenAgenda et des tableurs : essayez votre fichier sur la page « Vérifier ».',
  /** The header and the explanations of each column, in the template's order. */
  columns: {
    title: {
      header: 'Titre',
      what: 'Le nom de l’événement, tel que les habitants le liront.',
      required: true,
      accepted: [{ write: 'Atelier « Premiers pas sur tablette »', gives: 'le titre publié', effect: 'text' }],
    },
    date: {
      header: 'Date',
      what: 'Le jour de l’événement (ou son premier jour).',
      required: true,
      accepted: [
        { write: '14/01/2027', gives: 'jour/mois/année', effect: 'date' },
        { write: '2027-01-14', gives: 'année-mois-jour', effect: 'date' },
      ],
    },
    start: {
      header: 'Début',
      what: 'L’heure de début. Vide : toute la journée.',
      required: false,
      accepted: [
        { write: '14h', gives: '14 h', effect: 'time' },
        { write: '14h30', gives: '14 h 30', effect: 'time' },
        { write: '14:30', gives: '14 h 30', effect: 'time' },
        { write: '(vide)', gives: 'toute la journée', effect: 'all-day' },
      ],
    },
    end: {
      header: 'Fin',
      what: 'L’heure de fin (facultative).',
      required: false,
      accepted: [{ write: '16h30', gives: '16 h 30', effect: 'time' }],
    },
    endDate: {
      header: 'Date de fin',
      what: 'Pour un événement sur plusieurs jours (un stage) : son dernier jour. S’il a une heure de début, donnez aussi l’heure de fin.',
      required: false,
      accepted: [{ write: '17/02/2027', gives: 'jusqu’au 17 février', effect: 'date' }],
    },
    location: {
      header: 'Lieu',
      what: 'Le lieu, tel qu’il s’appelle. S’il est dans l’annuaire du site, l’événement y est rattaché (adresse, accès, plan).',
      required: false,
      accepted: [{ write: 'Médiathèque de Janzé', gives: 'le lieu de l’annuaire', effect: 'place' }],
    },
    address: {
      header: 'Adresse',
      what: 'L’adresse, si le lieu n’est pas dans l’annuaire.',
      required: false,
      accepted: [{ write: '2 rue de la Mairie', gives: 'l’adresse publiée', effect: 'text' }],
    },
    commune: {
      header: 'Commune',
      what: 'La commune, ou son code postal quand il est celui d’une seule commune : l’événement apparaît près de chez les habitants de cette commune.',
      required: false,
      accepted: [
        { write: 'Retiers', gives: 'la commune', effect: 'commune' },
        { write: '35130', gives: 'la seule commune de ce code postal (Arbrissel)', effect: 'commune' },
      ],
    },
    description: {
      header: 'Description',
      what: 'Ce qu’on y fait, ce qu’il faut apporter. Plusieurs lignes possibles.',
      required: false,
      accepted: [{ write: 'Apportez votre tablette.', gives: 'le texte publié', effect: 'text' }],
    },
    theme: {
      header: 'Thème',
      what: 'Un ou plusieurs mots du tableau des thèmes, séparés par des virgules.',
      required: false,
      accepted: [{ write: 'Tablette, démarches', gives: 'les thèmes correspondants', effect: 'theme' }],
    },
    public: {
      header: 'Public',
      what: 'Pour qui : un ou plusieurs mots du tableau des publics. Vide : tout public.',
      required: false,
      accepted: [{ write: 'Seniors', gives: 'le public correspondant', effect: 'public' }],
    },
    price: {
      header: 'Tarif',
      what: 'Le prix, en toutes lettres.',
      required: false,
      accepted: [
        { write: 'Gratuit', gives: '« Gratuit », dans la liste des rendez-vous gratuits', effect: 'free' },
        { write: 'Entrée libre', gives: '« Gratuit » aussi', effect: 'free' },
        { write: '0 €', gives: '« Gratuit » aussi', effect: 'free' },
        { write: '5 €', gives: 'payant, tarif publié tel quel', effect: 'paid' },
      ],
    },
    registration: {
      header: 'Inscription',
      what: 'Comment s’inscrire : un texte, un téléphone ou un lien.',
      required: false,
      accepted: [
        { write: 'Sur inscription au 02 99 00 00 00', gives: 'la ligne « Inscription »', effect: 'registration' },
        { write: 'https://exemple.fr/inscription', gives: 'un lien pour s’inscrire', effect: 'registration' },
      ],
    },
    url: {
      header: 'Lien',
      what: 'Une page web sur l’événement (https://…).',
      required: false,
      accepted: [{ write: 'https://exemple.fr/atelier', gives: 'le lien publié', effect: 'url' }],
    },
    status: {
      header: 'Statut',
      what: 'Vide quand l’événement a lieu comme prévu.',
      required: false,
      accepted: [
        { write: '(vide)', gives: 'confirmé', effect: 'confirmed' },
        { write: 'Annulé', gives: '« Annulé », barré', effect: 'cancelled' },
        { write: 'Reporté', gives: '« Annulé » à cette date', effect: 'cancelled' },
        { write: 'À confirmer', gives: '« À confirmer »', effect: 'tentative' },
        { write: 'Provisoire', gives: '« À confirmer »', effect: 'tentative' },
      ],
    },
    private: {
      header: 'Privé',
      what: 'Pour une ligne qui ne doit jamais être publiée (réunion interne).',
      required: false,
      accepted: [
        { write: 'oui', gives: 'jamais publié', effect: 'private' },
        { write: 'x', gives: 'jamais publié', effect: 'private' },
        { write: '(vide)', gives: 'publié', effect: 'public-row' },
      ],
    },
    uid: {
      header: 'Identifiant',
      what: 'Facultatif : un code propre à chaque ligne, qui ne change jamais. Il garde l’adresse de la page de l’événement quand vous changez son titre ou sa date.',
      required: false,
      accepted: [{ write: 'atelier-tablette-1', gives: 'un événement suivi d’une nuit à l’autre', effect: 'uid' }],
    },
  } satisfies Record<TemplateKey, TemplateColumn>,
  /** The written form of an empty cell in the lists above. */
  emptyCell: '(vide)',
  /**
   * The template's example rows, dated from the build's day (`d(14)`: in two weeks, `jj/mm/aaaa`;
   * `iso(20)`: `aaaa-mm-jj`). One of each kind: a timed workshop, a drop-in, a stage over several
   * days, a cancelled date, a private meeting (never published).
   */
  templateRows: (
    d: (days: number) => string,
    iso: (days: number) => string,
  ): Partial<Record<TemplateKey, string>>[] => [
    {
      title: 'Atelier « Premiers pas sur tablette »',
      date: d(14),
      start: '14h',
      end: '16h',
      location: 'Médiathèque de Janzé',
      commune: 'Janzé',
      description:
        'Allumer la tablette, toucher l’écran, installer une application.\nApportez votre tablette si vous en avez une.',
      theme: 'Tablette',
      public: 'Seniors',
      price: 'Gratuit',
      registration: 'Sur inscription au 02 99 00 00 00',
      url: 'https://exemple.fr/atelier-tablette',
      uid: 'atelier-tablette-1',
    },
    {
      title: 'Permanence démarches en ligne',
      date: iso(20),
      start: '9:30',
      end: '12:00',
      location: 'Mairie de Thourie',
      commune: 'Thourie',
      theme: 'Démarches',
      public: 'Tout public',
      price: 'Gratuit',
      registration: 'Sans rendez-vous',
      uid: 'permanence-thourie-1',
    },
    {
      title: 'Stage impression 3D',
      date: d(30),
      endDate: d(32),
      location: 'FabLab',
      address: '12 rue de la Gare',
      commune: 'Retiers',
      description: 'Trois jours pour dessiner et imprimer un objet.',
      theme: 'Impression 3D',
      public: 'Jeunes',
      price: '15 €',
      registration: 'https://exemple.fr/inscription-stage-3d',
      status: 'À confirmer',
      uid: 'stage-3d-1',
    },
    {
      title: 'Café numérique',
      date: d(21),
      start: '14h30',
      end: '17h',
      location: 'Salle polyvalente',
      commune: 'Marcillé-Robert',
      status: 'Annulé',
      uid: 'cafe-numerique-1',
    },
    {
      title: 'Réunion d’équipe',
      date: d(15),
      start: '10h',
      end: '11h',
      commune: 'Janzé',
      private: 'oui',
      uid: 'reunion-equipe-1',
    },
  ],

  sheetTitle: 'Publier un tableur comme un lien',
  sheetIntro:
    'Le site relit chaque nuit un lien, pas un fichier envoyé une fois : votre tableur doit donc être publié à une adresse fixe.',
  sheetSteps: [
    'Google Sheets : menu « File › Share › Publish to web » ; dans l’onglet « Link », choisissez la feuille des événements et le format « Comma-separated values (.csv) », puis publiez (« Publish ») et copiez le lien obtenu.',
    'Excel ou LibreOffice : enregistrez la feuille au format CSV et déposez le fichier à un endroit qui donne un lien direct vers lui (le site de votre structure, un partage Nextcloud ou Framadrive…). Chaque fois que vous modifiez le tableur, enregistrez et déposez-le de nouveau à la même place.',
    'Dans tous les cas, vérifiez le lien sur la page « Vérifier » : s’il mène à une page web plutôt qu’au tableau lui-même, elle vous le dira.',
  ],

  nightTitle: 'Ce qui se passe chaque nuit',
  nightSteps: [
    'Le site lit le lien de chaque partenaire, avec le même programme que la page « Vérifier ».',
    'Un fichier incomplet (coupé pendant le téléchargement), illisible ou bien trop gros est refusé en entier : les événements de la veille restent affichés, et la page « Partenaires » dit pourquoi.',
    'Si le nombre de dates à venir chute d’un coup (par exemple de moitié), la nouvelle version est retenue quelques nuits par prudence : une erreur de manipulation ne vide pas l’agenda du site. Si la baisse est voulue, elle est acceptée ensuite d’elle-même.',
    'Les événements privés sont écartés, les annulés restent visibles avec la mention « Annulé ».',
    'Le site est reconstruit et mis en ligne ; l’état de chaque agenda est publié sur la page « Partenaires ». Un agenda en panne trois nuits de suite est signalé à l’équipe du site.',
  ],
  nightLimits: (limits: string) => `Limites de chaque agenda : ${limits}. Au-delà, il est refusé en entier.`,

  joinTitle: 'Demander à être ajouté',
  joinIntro: 'Votre structure aide les habitants avec le numérique et vous voulez que vos rendez-vous paraissent ici ?',
  joinSteps: [
    'Vérifiez votre lien sur la page « Vérifier » et corrigez ce qu’elle signale.',
    'Écrivez à Roche aux Fées Communauté (service numérique, 16 rue Louis Pasteur, 35240 Retiers), ou passez par l’animatrice ou l’animateur numérique qui vous accompagne, en donnant : le nom de votre structure, l’adresse du lieu et ses horaires, le lien vérifié, et une personne à contacter si l’agenda ne se lit plus.',
    'Nous ajoutons votre lieu à l’annuaire et votre lien à la lecture de chaque nuit : vos événements paraissent le lendemain, et l’état de votre agenda sur la page « Partenaires ».',
  ],
} as const;
