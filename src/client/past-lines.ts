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

/**
 * Hides the ended lines under `root`, then the days left empty. With `keep`, shows at most `keep`
 * lines not yet ended, in their order (the HTML holds more than it shows, so that a page read days
 * after its build still has lines to show). Returns the number of visible lines.
 */
export function hidePastLines(root: ParentNode, nowMs: number, keep = Infinity): number {
  let shown = 0;
  for (const line of root.querySelectorAll<HTMLElement>('[data-end]')) {
    if (hasEnded(line, nowMs)) line.hidden = true;
    else if (Number.isFinite(keep)) line.hidden = shown++ >= keep;
  }
  return hideEmptyDays(root);
}

/**
 * `<hide-past data-keep="5">`: hides what has ended inside it, now and every minute; when nothing
 * is left, reveals its `[data-none-left]` line (the lines were announced at the last update and
 * have all passed).
 */
class HidePast extends HTMLElement {
  private timer: number | undefined;
  connectedCallback(): void {
    const keep = Number(this.dataset['keep'] ?? Infinity);
    const noneLeft = this.querySelector<HTMLElement>('[data-none-left]');
    const run = () => {
      const visible = hidePastLines(this, Date.now(), Number.isNaN(keep) ? Infinity : keep);
      if (noneLeft !== null) noneLeft.hidden = visible > 0;
    };
    run();
    this.timer = window.setInterval(run, 60_000);
  }
  disconnectedCallback(): void {
    window.clearInterval(this.timer);
  }
}

if (!customElements.get('hide-past')) customElements.define('hide-past', HidePast);
