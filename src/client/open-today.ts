/**
 * `<open-today data-date="2026-12-01" data-until="…" data-counts="…" data-keep="15">`: the home
 * page's « Lieux ouverts … » for the day the page is read, not the day it was built. Each line
 * carries its place's opening intervals (`data-intervals`); the browser lists the first `data-keep`
 * places open today, with today's hours and « Ouvert maintenant » or when they open, and says how
 * many more are open (`data-counts`: places open each day). Past the days the page knows
 * (`data-until`, a page more than five weeks old) or before the build's day (a device's clock set
 * in the past), the build's list stays, under its own date.
 */
import { formatDayLabel } from '../lib/format/format-date.ts';
import { hoursOn } from '../lib/places/day-openings.ts';
import type { OpenInterval } from '../lib/places/open-intervals.ts';
import { describeOpenStatus, openStatusAt } from '../lib/places/open-status.ts';
import { homeText } from '../lib/site/strings/home.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';

class OpenToday extends HTMLElement {
  connectedCallback(): void {
    const now = Date.now();
    if (now >= Number(this.dataset['until'] ?? 0)) return;
    const today = toZonedDate(now);
    // A device whose clock is behind the build (an old phone's wrong date): the build's list stays.
    if (today < (this.dataset['date'] ?? '')) return;
    const keep = Number(this.dataset['keep'] ?? Infinity);
    let open = 0;
    for (const line of this.querySelectorAll<HTMLElement>('[data-intervals]')) {
      const intervals = JSON.parse(line.dataset['intervals'] ?? '[]') as OpenInterval[];
      const hours = hoursOn(intervals, today);
      line.hidden = hours === '' || open >= keep;
      if (line.hidden) continue;
      open++;
      const hoursText = line.querySelector<HTMLElement>('[data-hours]');
      if (hoursText !== null) hoursText.textContent = hours;
      const status = line.querySelector<HTMLElement>('[data-status]');
      if (status === null) continue;
      const state = openStatusAt(intervals, now);
      status.textContent = describeOpenStatus(state, now);
      status.dataset['state'] = state.state;
      status.hidden = false;
    }
    const title = this.querySelector<HTMLElement>('[data-title]');
    if (title !== null) title.textContent = homeText.openNowTitle(formatDayLabel(today));
    const none = this.querySelector<HTMLElement>('[data-none]');
    if (none !== null) none.hidden = open > 0;
    this.sayMore(today);
  }

  /** « Et N autres lieux ouverts ce jour-là » when more places are open today than the list shows. */
  private sayMore(today: string): void {
    const more = this.querySelector<HTMLElement>('[data-more]');
    const link = more?.querySelector('a');
    if (more === null || link === null || link === undefined) return;
    const counts = JSON.parse(this.dataset['counts'] ?? '{}') as Record<string, number>;
    const n = (counts[today] ?? 0) - Number(this.dataset['keep'] ?? 0);
    more.hidden = n <= 0;
    if (n > 0) link.textContent = homeText.moreOpenToday(n);
  }
}

if (!customElements.get('open-today')) customElements.define('open-today', OpenToday);
