/**
 * Between nightly builds, lines of the day that have already ended are hidden in the browser
 * (never removed from the HTML: readers without JavaScript still see them).
 */
import { whenToEpoch } from '../lib/time/zoned-time.ts';

/** `true` when the line (`data-end`) has ended at `nowMs`. */
export function hasEnded(line: HTMLElement, nowMs: number): boolean {
  const end = line.dataset['end'];
  return end !== undefined && end !== '' && whenToEpoch(end) <= nowMs;
}

/** Hides day sections (`[data-day]`) whose lines are all hidden; returns the number of visible lines. */
export function hideEmptyDays(root: ParentNode): number {
  let visible = 0;
  for (const day of root.querySelectorAll<HTMLElement>('[data-day]')) {
    const shown = [...day.querySelectorAll<HTMLElement>('[data-end]')].filter((line) => !line.hidden).length;
    day.hidden = shown === 0;
    visible += shown;
  }
  return visible;
}

/** Hides the ended lines under `root`, then the days left empty. */
export function hidePastLines(root: ParentNode, nowMs: number): number {
  for (const line of root.querySelectorAll<HTMLElement>('[data-end]')) {
    if (hasEnded(line, nowMs)) line.hidden = true;
  }
  return hideEmptyDays(root);
}

/** `<hide-past>`: hides what has ended inside it, now and every minute. */
class HidePast extends HTMLElement {
  private timer: number | undefined;
  connectedCallback(): void {
    const run = () => hidePastLines(this, Date.now());
    run();
    this.timer = window.setInterval(run, 60_000);
  }
  disconnectedCallback(): void {
    window.clearInterval(this.timer);
  }
}

if (!customElements.get('hide-past')) customElements.define('hide-past', HidePast);
