import { describeOpenStatus, openStatusAt } from '../lib/places/open-status.ts';
import type { OpenInterval } from '../lib/places/open-intervals.ts';

/**
 * `<open-status data-intervals="[[start, end], …]">`: says "Ouvert maintenant" or when the place
 * opens next, at the time the page is read (the build may be a day old). The weekly hours next to
 * it stay the reference without JavaScript.
 */
class OpenStatusElement extends HTMLElement {
  connectedCallback(): void {
    const output = this.querySelector<HTMLElement>('[data-status]');
    if (output === null) return;
    const intervals = JSON.parse(this.dataset['intervals'] ?? '[]') as OpenInterval[];
    const now = Date.now();
    const status = openStatusAt(intervals, now);
    output.textContent = describeOpenStatus(status, now);
    output.dataset['state'] = status.state;
    output.hidden = false;
  }
}

customElements.define('open-status', OpenStatusElement);
