/**
 * `<page-age data-updated="ISO" data-label="mardi 1er décembre 2026 à 9 h">`: on a page read more
 * than two days after its data was updated (a missed night, a tab left open, a saved page), shows
 * its notice with that date. The footer of every page gives the date without JavaScript.
 */
import { isStale } from '../lib/site/data-date.ts';
import { freshnessText } from '../lib/site/strings/freshness.ts';

class PageAge extends HTMLElement {
  connectedCallback(): void {
    const updated = Date.parse(this.dataset['updated'] ?? '');
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    if (notice === null || Number.isNaN(updated) || !isStale(updated, Date.now())) return;
    notice.textContent = freshnessText.stale(this.dataset['label'] ?? '');
    notice.hidden = false;
  }
}

if (!customElements.get('page-age')) customElements.define('page-age', PageAge);
