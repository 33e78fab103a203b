/** The observatory's numbers in French, the same text in charts, tables and CSV files. */
import type { Tally } from '../domain/index.ts';

const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const whole = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** Hours of a number of minutes, one decimal at most: `12,5`. */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

/** A number with at most one decimal, French style (`1 234,5`, narrow no-break space). */
export function formatDecimal(value: number): string {
  return oneDecimal.format(value);
}

/** A whole number, French style (`1 234`). */
export function formatCount(value: number): string {
  return whole.format(value);
}

/** Hours of a tally: `12,5`. */
export function formatHours(minutes: number): string {
  return formatDecimal(hoursOf(minutes));
}

/** A value per 1 000 inhabitants, rounded to one decimal (`null` without inhabitants). */
export function perThousand(value: number, population: number): number | null {
  return population <= 0 ? null : Math.round((value * 10_000) / population) / 10;
}

/**
 * A share 0–1 as a percentage with one decimal at most (`12,5 %`); a share above zero never reads
 * as `0 %` (`< 0,1 %`): one cancelled session out of 2 000 is not none.
 */
export function formatShare(share: number): string {
  const percent = Math.round(share * 1000) / 10;
  if (share > 0 && percent === 0) return `< ${oneDecimal.format(0.1)} %`;
  return `${oneDecimal.format(percent)} %`;
}

/** Sessions per 1 000 inhabitants of a tally, rounded to one decimal. */
export function sessionsPerThousand(tally: Tally, population: number): number | null {
  return perThousand(tally.sessions, population);
}

/** Hours per 1 000 inhabitants of a tally, rounded to one decimal. */
export function hoursPerThousand(tally: Tally, population: number): number | null {
  return population <= 0 ? null : Math.round(((tally.minutes / 60) * 10_000) / population) / 10;
}
