import type { DropHold } from '../domain/status.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const dayOf = (iso: string) => {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
};

/**
 * The status lines' messages: `message` one line of plain French for the partner (what is wrong,
 * what to do), `detail` for the administrator.
 */
export const statusMessages = {
  failed: () => 'Le flux n’a pas pu être lu : les données précédentes sont gardées.',
  readWithIssues: (rejected: number, warnings: number) => {
    const parts = [
      ...(rejected > 0 ? [plural(rejected, 'événement ou ligne ignoré', 'événements ou lignes ignorés')] : []),
      ...(warnings > 0 ? [plural(warnings, 'avertissement', 'avertissements')] : []),
    ];
    return `Flux lu, avec ${parts.join(' et ')} : vérifiez dans votre agenda ou votre tableur les points listés ci-dessous.`;
  },
  held: (hold: DropHold) =>
    `Le flux ne donne plus ${hold.newUpcoming === 0 ? 'aucune date à venir' : `que ${plural(hold.newUpcoming, 'date à venir', 'dates à venir')}`} (contre ${hold.previousUpcoming} auparavant) : par prudence, les données précédentes restent affichées ${
      hold.nightsLeft === 0 ? 'jusqu’à la nuit prochaine' : `encore ${plural(hold.nightsLeft, 'nuit', 'nuits')}`
    }. Si ce n’est pas voulu, vérifiez votre agenda ; sinon, il n’y a rien à faire.`,
  heldDetail: (hold: DropHold) =>
    `baisse soudaine : ${hold.previousUpcoming} → ${hold.newUpcoming} occurrences à venir, retenue depuis ${hold.since}, nuits restantes ${hold.nightsLeft} (hold dans sources.yaml)`,
  dropAccepted: (hold: DropHold) =>
    `Le nombre de dates à venir a fortement baissé (${hold.previousUpcoming} → ${hold.newUpcoming}) depuis le ${dayOf(hold.since)} : la nouvelle version est maintenant publiée. Si c’est une erreur, republiez l’agenda complet.`,
  dropAcceptedDetail: (hold: DropHold) =>
    `baisse soudaine acceptée après sa retenue (depuis ${hold.since}) : ${hold.previousUpcoming} → ${hold.newUpcoming} occurrences à venir`,
};
