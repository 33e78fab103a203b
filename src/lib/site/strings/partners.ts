/**
 * Strings of the partners' space shared by its three pages, and of `/partenaires/` (each feed's
 * health). The guides are in `partners-publish.ts`, the checker's words in `partners-check.ts`.
 */
import type { RichText } from './rich-text.ts';

/** Words of the budget's fields (status.json `usage` and `budget`). */
const budgetFields = {
  bytes: 'taille du fichier',
  events: 'événements lus',
  occurrences: 'dates gardées',
  series: 'événements différents',
} as const;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

export const partnersText = {
  /** Names of the three pages (menus, site map, titles). */
  pages: {
    health: 'Partenaires : l’état de vos agendas',
    healthShort: 'Espace partenaires',
    publish: 'Publier votre agenda sur le site',
    publishShort: 'Publier',
    check: 'Vérifier votre agenda avant de le donner',
    checkShort: 'Vérifier',
  },
  /** The small menu of the partners' space. */
  navLabel: 'Espace partenaires',

  healthDescription:
    'Chaque nuit, le site relit l’agenda de chaque partenaire : ce qui a été lu, ce qui bloque et quoi faire.',
  healthIntro:
    'Médiathèques, FabLab, France Services, associations : chaque nuit, le site relit l’agenda que vous tenez déjà. Voici, pour chaque agenda, ce que la dernière lecture a donné et, si quelque chose bloque, quoi faire.',
  lastRun: (when: string) => `Dernière lecture des agendas : ${when}.`,
  noRun: 'Les agendas n’ont pas encore été lus.',
  /** Before the counts of each state. */
  summary: (total: number) => `${plural(total, 'agenda suivi', 'agendas suivis')}, par état :`,
  demoNote:
    'Les agendas marqués « exemple » sont des données de démonstration livrées avec le site, pas le programme d’un partenaire.',
  tableCaption: 'Les agendas qui demandent votre attention, les plus graves en premier',
  /** The state counts at the top of every page. */
  countsLabel: 'Les agendas par état',
  attentionTitle: (n: number) =>
    n === 0
      ? 'Aucun agenda ne demande votre attention'
      : `${plural(n, 'agenda demande', 'agendas demandent')} votre attention`,
  healthyTitle: (n: number) => `${plural(n, 'agenda', 'agendas')} sans problème`,
  healthyCaption: 'Les agendas sans problème : à jour ou désactivés',
  pagination: 'Pages de l’état des agendas',
  nextEvent: 'Prochain :',
  columns: {
    source: 'Agenda et partenaire',
    format: 'Format',
    lastSuccess: 'Dernière mise à jour réussie',
    upcoming: 'Dates à venir',
    budget: 'Part de la limite utilisée',
    status: 'État',
  },
  partnerOf: 'Partenaire :',
  formats: { ics: 'Agenda iCal (.ics)', csv: 'Tableur (CSV)' },
  never: 'jamais',
  upcomingCount: (n: number) => plural(n, 'date', 'dates'),
  nextEvents: 'Prochains événements :',
  moreEvents: (n: number) => `et ${plural(n, 'autre', 'autres')}`,
  noEvents: 'aucun événement à venir',
  budgetFields,
  budgetShare: (percent: number, field: keyof typeof budgetFields) =>
    `${percent < 1 ? 'moins de 1' : percent.toLocaleString('fr-FR')} % (${budgetFields[field]})`,
  budgetOver: (field: keyof typeof budgetFields, used: string, limit: string) =>
    `Limite dépassée : ${budgetFields[field]}, ${used} pour ${limit} au plus`,
  budgetUnknown: 'pas encore mesurée',
  /** Bytes in French units. */
  size: (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`
      : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} Ko`,
  /** The plain status of a feed, by kind. */
  states: {
    ok: 'À jour',
    warning: 'À jour, avec des remarques',
    held: 'Retenu : chute soudaine',
    error: 'En erreur',
    never: 'Pas encore lu',
    disabled: 'Désactivé',
  },
  /** How many feeds are in each state, in the counts at the top of the page. */
  counted: {
    ok: 'à jour',
    warning: 'avec des remarques',
    held: 'retenu',
    error: 'en erreur',
    never: 'pas encore lu',
    disabled: 'désactivé',
  },
  /** What the feed's data is since it failed or was held. */
  keptSince: (day: string) => `Données conservées depuis le ${day}.`,
  failedNights: (n: number) => `${plural(n, 'nuit', 'nuits')} de suite sans lecture.`,
  notTriedLastRun: (day: string) => `Pas relu lors de la dernière nuit (dernier essai le ${day}).`,
  heldDetail: (previous: number, next: number) =>
    `Le flux ne donne plus que ${plural(next, 'date à venir', 'dates à venir')}, contre ${previous.toLocaleString('fr-FR')} avant.`,
  neverDetail: 'Il sera lu la nuit prochaine.',
  disabledDetail: 'Cet agenda n’est plus relu : ses derniers événements ne sont plus publiés.',
  failedFallback: 'Le flux n’a pas pu être lu : les données précédentes sont gardées.',
  errorAdvice: 'Vérifiez le lien ou le fichier avec la page « Vérifier », puis corrigez-le dans votre agenda.',
  issuesTitle: (n: number) => `${plural(n, 'remarque', 'remarques')} de la dernière lecture`,
  issueLine: (line: number) => `ligne ${line.toLocaleString('fr-FR')} :`,
  moreIssues: (n: number) => `et ${plural(n, 'autre remarque', 'autres remarques')}`,
  setAside: 'Le fichier précédent était abîmé : il a été mis de côté pour l’administrateur.',
  helpTitle: 'Votre agenda n’est pas encore là, ou il bloque ?',
  help: [
    [
      'Pour donner votre agenda, ou pour savoir comment y marquer un événement annulé, gratuit ou privé : ',
      { key: 'publish' },
      '.',
    ],
    ['Pour voir, avant de le donner, ce que le site comprendra de votre agenda : ', { key: 'check' }, '.'],
  ] as const,
} as const;

/** A paragraph of the partners' pages whose links name one of the three pages. */
export type PartnersParagraph = readonly (string | { key: keyof typeof partnersText.pages })[];

/** A paragraph with its page links filled in. */
export function withPageLinks(
  paragraph: PartnersParagraph,
  links: Record<'health' | 'publish' | 'check', string>,
): RichText {
  return paragraph.map((part) =>
    typeof part === 'string'
      ? part
      : { href: links[part.key as 'health' | 'publish' | 'check'], text: partnersText.pages[part.key] },
  );
}
