import ICAL from 'ical.js';
import { installRecurIteratorGuard } from '../../src/lib/ingest/ics/install-recur-iterator-guard.ts';
import type { FeedWindow } from '../../src/lib/ingest/types.ts';

/**
 * The reference: ical.js alone parses the feed and expands every event over the window (overrides
 * grouped by UID and passed to each series) into `{ uid, start, end }` records; returns how many.
 */
export function expandWithIcalJs(text: string, window: FeedWindow): number {
  // Iterating rules, as our parser does: same guard, so both sides run the same ical.js code.
  installRecurIteratorGuard();
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
  // The least any consumer needs of each occurrence: which event, when it starts and ends.
  const occurrences: { uid: string; start: Date; end: Date }[] = [];
  for (const vevent of masters) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    const event = new ICAL.Event(vevent, { exceptions: exceptions.get(uid) ?? [] });
    if (!event.isRecurring()) {
      if (event.endDate.compare(from) > 0 && event.startDate.compare(to) < 0) {
        occurrences.push({ uid, start: event.startDate.toJSDate(), end: event.endDate.toJSDate() });
      }
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
        occurrences.push({ uid, start: details.startDate.toJSDate(), end: details.endDate.toJSDate() });
      }
    }
  }
  ICAL.TimezoneService.reset();
  return occurrences.length;
}
