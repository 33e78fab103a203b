import type { FeedBudget } from '../domain/status.ts';
import type { ParseResult } from './types.ts';

const number = (n: number) => n.toLocaleString('fr-FR').replace(/[\u202F\u00A0]/g, ' ');
/** A size in French units: `10 Mo`, `98 Ko`. */
const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${number(Math.round(bytes / 1024 / 1024))} Mo`
    : `${number(Math.max(1, Math.round(bytes / 1024)))} Ko`;

/**
 * The partner's one-line message for a feed over one of its limits: what is too big and what to
 * change. The feed is refused whole and the previous data kept: a partial feed would look complete.
 */
export const overBudgetMessages: Record<keyof FeedBudget, (limit: number) => string> = {
  bytes: (limit) =>
    `Le flux dépasse ${size(limit)} : il est refusé et les données précédentes sont gardées. Publiez une période plus courte (par exemple l’année à venir).`,
  events: (limit) =>
    `Le flux contient plus de ${number(limit)} événements (VEVENT ou lignes) : il est refusé et les données précédentes sont gardées. Publiez seulement les événements récents et à venir, pas tout l’historique.`,
  occurrences: (limit) =>
    `Le flux donne plus de ${number(limit)} dates sur la période lue (le mois passé et l’année à venir) : il est refusé et les données précédentes sont gardées. Vérifiez les événements répétés (une répétition quotidienne sans fin ?).`,
  series: (limit) =>
    `Le flux contient plus de ${number(limit)} événements différents sur la période lue : il est refusé et les données précédentes sont gardées. Regroupez les séances d’un même atelier en un événement répété.`,
};

/** How much was counted when the limit was passed: exactly, or at least (counting stopped there). */
export interface Overrun {
  counted: number;
  atLeast: boolean;
}

/** Technical detail of an overrun, for the administrator (the limit is `budget.<field>` in sources.yaml). */
export function overBudgetDetail(field: keyof FeedBudget, limit: number, overrun: Overrun): string {
  const counted = `${overrun.atLeast ? 'au moins ' : ''}${overrun.counted}`;
  return `budget.${field} dépassé : ${counted} pour une limite de ${limit} (à relever dans sources.yaml si le flux est légitime)`;
}

/** A parse result refusing a feed over its events or occurrences budget. */
export function refuseOverBudget(
  field: 'events' | 'occurrences',
  limit: number,
  overrun: Overrun,
  eventCount: number,
): ParseResult {
  return {
    events: [],
    issues: [{ severity: 'error', message: overBudgetMessages[field](limit) }],
    fatal: true,
    eventCount,
    refusal: { kind: 'over-budget', field, limit, detail: overBudgetDetail(field, limit, overrun) },
  };
}
