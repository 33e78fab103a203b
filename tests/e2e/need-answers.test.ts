import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openOnPhone } from '../support/phone-page.ts';
import { root } from '../support/paths.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Issue 13, point 1: a need's answer ranks what serves the commune — its own places, the stops of
 * itinerant services there, the territory's reference service for the need (taxonomy.yaml), then
 * distance — and never drops the reference service. Read as a resident reads it, at 360 px.
 */
const site = useServedSite(territorySite);
const REFERENCE = 'Maison France Services de Roche aux Fées';

interface Card {
  name: string;
  note: string;
  km: number;
}

/** The answer's cards, in order: name, why it is listed, distance in km. */
async function cardsOf(page: Page): Promise<Card[]> {
  return page.locator('.place-card').evaluateAll((cards) =>
    cards.map((card) => {
      const distance = card.querySelector('.distance')?.textContent ?? '';
      const match = /([\d,]+)\s*(k?m)/.exec(distance);
      const value = Number((match?.[1] ?? 'NaN').replace(',', '.'));
      return {
        name: card.querySelector('h2, h3')?.textContent.trim() ?? '',
        note: card.querySelector('.rank-note')?.textContent.trim() ?? '',
        km: match?.[2] === 'm' ? value / 1000 : value,
      };
    }),
  );
}

async function communes(): Promise<{ slug: string; name: string }[]> {
  return JSON.parse(await readFile(path.join(root, 'content/communes.json'), 'utf8')) as {
    slug: string;
    name: string;
  }[];
}

/** The group of a card: 0 in the commune, 1 stopping there, 2 the reference, 3 the others. */
function groupOf(card: Card): number {
  if (card.note.startsWith('Dans la commune')) return 0;
  if (card.note.startsWith('Passe')) return 1;
  if (card.note === 'Le service de référence du territoire pour ce besoin') return 2;
  return 3;
}

describe('« Faire mes démarches en ligne » in every commune (issue 13, point 1)', () => {
  it('always lists France Services, after what is in or comes to the commune, then the rest by distance', async () => {
    for (const commune of await communes()) {
      const page = await openOnPhone(site, `/communes/${commune.slug}/demarches/`, { javaScript: false });
      const cards = await cardsOf(page);
      await page.context().close();
      const where = `/communes/${commune.slug}/demarches/`;
      expect(
        cards.map((c) => c.name),
        where,
      ).toContain(REFERENCE);
      const reference = cards.find((c) => c.name === REFERENCE);
      expect(reference?.note, where).toMatch(/le service de référence du territoire pour ce besoin/i);
      const groups = cards.map(groupOf);
      expect(groups, where).toEqual([...groups].sort((a, b) => a - b));
      const rest = cards.filter((c) => groupOf(c) === 3).map((c) => c.km);
      expect(rest, where).toEqual([...rest].sort((a, b) => a - b));
    }
  });

  it('answers Thourie with its mairie, then the bus at its Thourie stop, then France Services', async () => {
    const page = await openOnPhone(site, '/communes/thourie/demarches/');
    const cards = await cardsOf(page);
    const names = cards.map((c) => c.name);
    const [mairie, bus, reference] = ['Mairie de Thourie', 'Bus France Services', REFERENCE].map((n) =>
      names.indexOf(n),
    );
    expect(mairie).toBeGreaterThanOrEqual(0);
    expect(bus).toBeGreaterThan(mairie ?? -1);
    expect(reference).toBeGreaterThan(bus ?? -1);
    expect(cards[bus ?? 0]?.note).toBe('Passe à Thourie');
    expect(
      await page
        .locator('.place-card')
        .nth(bus ?? 0)
        .innerText(),
    ).toMatch(/Arrêt du bus : [^\n]*, Thourie/);
    await page.context().close();
  });

  it('no longer sends Janzé to the Mairie de Thourie, 11 km away, instead of France Services', async () => {
    const page = await openOnPhone(site, '/communes/janze/demarches/');
    const names = (await cardsOf(page)).map((c) => c.name);
    expect(names).toContain(REFERENCE);
    const thourie = names.indexOf('Mairie de Thourie');
    if (thourie >= 0) expect(names.indexOf(REFERENCE)).toBeLessThan(thourie);
    await page.context().close();
  });

  it('keeps the reference service of the other needs that have one', async () => {
    const taxonomy = await readFile(path.join(root, 'content/taxonomy.yaml'), 'utf8');
    expect(taxonomy).toMatch(/reference: pij-janze/);
    const page = await openOnPhone(site, '/communes/martigne-ferchaud/jeunes/', { javaScript: false });
    const cards = await cardsOf(page);
    expect(cards.find((c) => c.name === 'Point Information Jeunesse')?.note).toBe(
      'Le service de référence du territoire pour ce besoin',
    );
    await page.context().close();
  });
});
