import { foldText } from '../../domain/ids.ts';

const FREE_WORDS = /(?:^| )(?:gratuit|gratuite|gratuits|gratuites|libre|free|offert|offerte)(?= |$)/;
// An amount: digits next to a currency word or sign (`5 €`, `5,50 euros`, `EUR 3`).
const AMOUNT = /(\d+(?:[.,]\d{1,2})?)\s*(?:€|eur\b|euros?\b)|(?:€|eur\b)\s*(\d+(?:[.,]\d{1,2})?)/gi;

/**
 * Whether an event is free, from its price as published: `true` for "Gratuit", "Entrée libre",
 * "0 €"; `false` for an amount; `null` when the text says neither (or says both).
 */
export function isFreeFromPrice(price: string | null): boolean | null {
  if (price === null || price.trim() === '') return null;
  const amounts = [...price.matchAll(AMOUNT)].map((m) => Number((m[1] ?? m[2] ?? '').replace(',', '.')));
  const free = FREE_WORDS.test(foldText(price)) || /^\s*0+(?:[.,]0+)?\s*$/.test(price);
  const paid = amounts.some((a) => a > 0);
  if (paid && free) return null;
  if (paid) return false;
  if (free || amounts.length > 0) return true;
  return null;
}
