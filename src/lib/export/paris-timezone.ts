import ICAL from 'ical.js';

/** The one zone of every published time. */
export const PARIS_TZID = 'Europe/Paris';

function observance(
  name: 'daylight' | 'standard',
  from: string,
  to: string,
  tzname: string,
  start: string,
  rule: string,
) {
  const c = new ICAL.Component(name);
  c.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromString(from));
  c.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromString(to));
  c.addPropertyWithValue('tzname', tzname);
  c.addPropertyWithValue('dtstart', ICAL.Time.fromDateTimeString(start));
  c.addPropertyWithValue('rrule', ICAL.Recur.fromString(rule));
  return c;
}

/**
 * VTIMEZONE of Europe/Paris: CET/CEST with the EU rule in force since 1996 (last Sunday of March
 * at 02:00, last Sunday of October at 03:00), which covers every date the site publishes.
 */
export function parisVTimezone(): ICAL.Component {
  const tz = new ICAL.Component('vtimezone');
  tz.addPropertyWithValue('tzid', PARIS_TZID);
  tz.addPropertyWithValue('x-lic-location', PARIS_TZID);
  tz.addSubcomponent(
    observance('daylight', '+01:00', '+02:00', 'CEST', '1970-03-29T02:00:00', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'),
  );
  tz.addSubcomponent(
    observance('standard', '+02:00', '+01:00', 'CET', '1970-10-25T03:00:00', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'),
  );
  return tz;
}
