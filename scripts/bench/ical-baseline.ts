import ICAL from 'ical.js';
import type { FeedWindow } from '../../src/lib/ingest/types.ts';

/**
 * The reference: ical.js alone parses the feed and expands every event over the window (overrides
 * grouped by UID and passed to each series), returning the number of occurrences found.
 */
export function expandWithIcalJs(text: string, window: FeedWindow): number {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const from = ICAL.Time.fromJSDate(window.from, true);
  const to = ICAL.Time.fromJSDate(window.to, true);
  const masters: ICAL.Component[] = [];
  const exceptions = new Map<string, ICAL.Component[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    if (vevent.hasProperty('recurrence-id')) exceptions.set(uid, [...(exceptions.get(uid) ?? []), vevent]);
    else masters.push(vevent);
  }
  let count = 0;
  for (const vevent of masters) {
    const event = new ICAL.Event(vevent, {
      exceptions: exceptions.get(String(vevent.getFirstPropertyValue('uid'))) ?? [],
    });
    if (!event.isRecurring()) {
      if (event.endDate.compare(from) > 0 && event.startDate.compare(to) < 0) count++;
      continue;
    }
    const iterator = event.iterator();
    // ical.js types `next()` as always returning a time; it returns undefined when the rule ends.
    for (
      let next = iterator.next() as ICAL.Time | undefined;
      next !== undefined;
      next = iterator.next() as ICAL.Time | undefined
    ) {
      const details = event.getOccurrenceDetails(next);
      if (details.startDate.compare(to) >= 0) break;
      if (details.endDate.compare(from) > 0) {
        details.startDate.toJSDate();
        count++;
      }
    }
  }
  ICAL.TimezoneService.reset();
  return count;
}
