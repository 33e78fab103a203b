/**
 * Messages of the CSV reader, in plain French for the partner who keeps the spreadsheet: what is
 * wrong, where, and what to change. Lines are given by the issue's `line`.
 */

const quote = (text: string) => `« ${text} »`;
const list = (items: readonly string[]) => items.map(quote).join(', ');

/** Names suggested for each missing column. */
const EXPECTED = {
  title: ['Titre', 'Intitulé', 'Title', 'Subject'],
  date: ['Date', 'Date de début', 'Jour', 'Start Date'],
  start: ['Début', 'Heure de début', 'Start Time'],
};

function foundHeaders(headers: readonly string[]): string {
  const named = headers.map((h) => h.trim()).filter((h) => h !== '');
  return named.length === 0 ? 'aucun nom de colonne sur la première ligne' : `colonnes trouvées : ${list(named)}`;
}

export const csvMessages = {
  empty: () => 'Le fichier est vide : aucune ligne à lire.',
  notTable: () =>
    'Ce fichier n’est pas un tableau CSV (il ressemble à une page web ou à un fichier binaire). Enregistrez le tableur au format « CSV ».',
  missingTitle: (headers: readonly string[]) =>
    `Colonne du titre introuvable (${foundHeaders(headers)}). Nommez-la par exemple ${list(EXPECTED.title)}, ou indiquez son nom dans la configuration de la source.`,
  missingDate: (headers: readonly string[]) =>
    `Colonne de la date introuvable (${foundHeaders(headers)}). Nommez-la par exemple ${list(EXPECTED.date)}, ou indiquez son nom dans la configuration de la source.`,
  endWithoutStart: (headers: readonly string[]) =>
    `Il y a une colonne d’heure de fin mais pas de colonne d’heure de début (${foundHeaders(headers)}). Nommez-la par exemple ${list(EXPECTED.start)}.`,
  duplicateHeader: (header: string) =>
    `Deux colonnes s’appellent ${quote(header)} : on ne sait pas laquelle lire. Renommez ou supprimez l’une d’elles.`,
  mappedHeaderMissing: (field: string, header: string) =>
    `La colonne ${quote(header)} indiquée dans la configuration (champ ${field}) n’existe pas dans le fichier.`,
  linesAboveHeader: (line: number) =>
    `Les lignes au-dessus de la ligne ${line} (un titre ?) ont été ignorées : les noms des colonnes ont été lus ligne ${line}.`,
  unknownColumns: (headers: readonly string[]) =>
    `Colonnes ignorées (non reconnues) : ${list(headers)}. Si l’une d’elles est utile, renommez-la ou indiquez-la dans la configuration de la source.`,
  unknownTimeZone: (zone: string) =>
    `Fuseau horaire ${quote(zone)} inconnu dans la configuration de la source : les heures sont lues à l’heure de Paris.`,
  monthFirst: () =>
    'Les dates ont été lues au format américain mois/jour/année (heures en AM/PM, ou un jour supérieur à 12 en deuxième position). Préférez jj/mm/aaaa.',
  missingTitleCell: () => 'Ligne ignorée : le titre est vide.',
  missingDateCell: () => 'Ligne ignorée : la date est vide.',
  badDate: (text: string) =>
    `Ligne ignorée : date ${quote(text)} illisible ou inexistante. Écrivez-la jj/mm/aaaa (03/12/2026) ou aaaa-mm-jj (2026-12-03).`,
  badEndDate: (text: string) =>
    `Ligne ignorée : date de fin ${quote(text)} illisible ou inexistante. Écrivez-la jj/mm/aaaa (03/12/2026) ou aaaa-mm-jj (2026-12-03).`,
  badTime: (what: 'début' | 'fin', text: string) =>
    `Ligne ignorée : heure de ${what} ${quote(text)} illisible. Écrivez-la 14h, 14h30 ou 14:30.`,
  endTimeWithoutStart: () => 'Ligne ignorée : une heure de fin est donnée sans heure de début.',
  endTimeMissing: () =>
    'Ligne ignorée : l’événement se termine un autre jour mais l’heure de fin est vide. Indiquez l’heure de fin.',
  endBeforeStart: (start: string, end: string) =>
    `Ligne ignorée : la fin (${end}) est avant le début (${start}). Vérifiez les dates et les heures (un événement qui finit après minuit doit avoir une date de fin).`,
  badTimings: (text: string) =>
    `Ligne ignorée : horaires ${quote(text)} illisibles (attendu : « début -> fin » en ISO 8601, séparés par « | »).`,
  tooManyCells: (cells: number, columns: number, delimiter: string) =>
    `Ligne ignorée : elle a ${cells} cellules alors que l’en-tête a ${columns} colonnes. Un texte qui contient ${quote(delimiter)} doit être entre guillemets.`,
  unclosedQuote: () =>
    'Un guillemet ouvert sur cette ligne n’est jamais fermé : la suite du fichier n’a pas pu être lue. Fermez le guillemet ou retirez-le.',
  unsafeUrl: (text: string) =>
    `Lien ${quote(text)} non publié : seules les adresses http(s)://, mailto: et tel: sont acceptées.`,
  duplicateUid: (uid: string, firstLine: number) =>
    `L’identifiant ${quote(uid)} est déjà utilisé ligne ${firstLine} : chaque ligne doit avoir son propre identifiant.`,
  privateRows: (count: number, lines: readonly number[]) =>
    `${count} ligne${count > 1 ? 's marquées privées n’ont' : ' marquée privée n’a'} pas été publiée${count > 1 ? 's' : ''} (ligne${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${count > lines.length ? '…' : ''}).`,
  timingsCapped: (cap: number) => `Plus de ${cap} horaires pour cet événement : seuls les ${cap} premiers sont lus.`,
  tooManyRows: (max: number) =>
    `Le fichier a plus de ${max} lignes : seules les ${max} premières ont été lues. Publiez un fichier plus court (les événements à venir seulement).`,
  incomplete: () =>
    'Le fichier reçu est incomplet (sa dernière ligne est coupée) : il est refusé et les données précédentes sont gardées. Si cela se répète, vérifiez que le lien donne le fichier entier.',
  moreRowErrors: (count: number) => `${count} autres lignes ont été ignorées pour des erreurs du même genre.`,
};
