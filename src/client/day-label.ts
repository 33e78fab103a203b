/**
 * `<day-label data-date="2026-12-01" data-label="mardi 1er décembre" data-suffix=" (suite)"><h2>…</h2></day-label>`:
 * the heading of a day of the agenda, which the HTML writes as a date; at the moment of reading the
 * browser adds « Aujourd’hui » or « Demain » from its own clock.
 */
import { dayHeading } from '../lib/agenda/group-by-day.ts';
import { relativeDayOf } from '../lib/format/format-date.ts';

class DayLabel extends HTMLElement {
  connectedCallback(): void {
    const date = this.dataset['date'] ?? '';
    const label = this.dataset['label'] ?? '';
    const heading = this.querySelector('h2') ?? this;
    heading.textContent = dayHeading(label, relativeDayOf(date, new Date())) + (this.dataset['suffix'] ?? '');
  }
}

if (!customElements.get('day-label')) customElements.define('day-label', DayLabel);
