import { describe, expect, it } from 'vitest';
import { icsText, rssText } from '../../../src/lib/site/strings/feeds.ts';
import { capitalised, lowered, shouted, statusText } from '../../../src/lib/site/strings/status.ts';
import { commonText } from '../../../src/lib/site/strings/common.ts';
import { placesText } from '../../../src/lib/site/strings/places.ts';

describe('the status words', () => {
  it('give every form the site prints from one definition', () => {
    expect(statusText.cancelled).toBe('Annulé');
    expect(shouted(statusText.cancelled)).toBe('ANNULÉ');
    expect(lowered(statusText.cancelled)).toBe('annulé');
    expect(capitalised(statusText.toConfirm)).toBe('À confirmer');
  });

  it('make the machine prefixes of the calendars and the RSS feed', () => {
    expect(icsText.cancelled).toBe('ANNULÉ –');
    expect(rssText.cancelled).toBe('ANNULÉ :');
    expect(rssText.cancelledOn).toBe('Annulé le');
  });

  it('are quoted by the notes that explain them', () => {
    expect(commonText.demoNotice).toContain(`« ${statusText.demo} »`);
    expect(placesText.toConfirmNote).toContain(`« ${statusText.toConfirm} »`);
  });
});
