import { expect } from 'vitest';
import { parseCorpus, utcEnd, utcRecurrence, utcStart } from './corpus-support.ts';

/** A result stated in ../shared/corpus/EXPECTATIONS.md (section given in `says`), checked in our semantics. */
export interface Expectation {
  file: string;
  says: string;
  check: () => void;
}

const titled = (file: string, from: string, to: string, title: string, timeZone?: string) =>
  parseCorpus(file, from, to, timeZone === undefined ? {} : { timeZone }).events.filter((e) => e.title.includes(title));
const noUnknownZone = (file: string) => {
  expect(
    parseCorpus(file, '1900-01-01', '2100-01-01')
      .issues.map((i) => i.message)
      .join('\n'),
  ).not.toContain('inconnu');
};

/** §4 node-ical: time-zone resolution of Outlook/Exchange files, overrides, SEQUENCE, STATUS. */
const nodeIcal: Expectation[] = [
  {
    file: 'node-ical/exchange_whole_day_moved_recurrence.ics',
    says: '§4 instances on 02-19 and 02-24, the override all-day on 02-27 keyed to 02-26, none on 02-26',
    check: () => {
      const events = parseCorpus(
        'node-ical/exchange_whole_day_moved_recurrence.ics',
        '2026-02-19',
        '2026-03-01',
      ).events;
      expect(events.map((e) => [e.start, e.end, e.recurrenceId])).toEqual([
        ['2026-02-19', '2026-02-20', '2026-02-19'],
        ['2026-02-24', '2026-02-25', '2026-02-24'],
        ['2026-02-27', '2026-02-28', '2026-02-26'],
      ]);
    },
  },
  {
    file: 'node-ical/exchange_whole_day_moved_recurrence_offset_tz.ics',
    says: '§4 same result with TZID "UTC+01"',
    check: () => {
      const events = parseCorpus(
        'node-ical/exchange_whole_day_moved_recurrence_offset_tz.ics',
        '2026-02-19',
        '2026-03-01',
      ).events;
      expect(events.map((e) => [e.start, e.recurrenceId])).toEqual([
        ['2026-02-19', '2026-02-19'],
        ['2026-02-24', '2026-02-24'],
        ['2026-02-27', '2026-02-26'],
      ]);
    },
  },
  {
    file: 'node-ical/bad_ms_tz.ics',
    says: '§4 "Customized Time Zone" with its VTIMEZONE: 2020-08-25T14:35Z → 15:50Z',
    check: () => {
      const [first] = parseCorpus('node-ical/bad_ms_tz.ics', '2020-08-25', '2020-08-26').events;
      expect(first && [utcStart(first), utcEnd(first)]).toEqual(['2020-08-25T14:35Z', '2020-08-25T15:50Z']);
      noUnknownZone('node-ical/bad_ms_tz.ics');
    },
  },
  {
    file: 'node-ical/ms_timezones.ics',
    says: '§4 "Log Yesterday\'s Jira time" ("W. Europe Standard Time", misplaced quote): June 2020, 07:00Z → 07:30Z',
    check: () => {
      const [first] = titled('node-ical/ms_timezones.ics', '2020-06-01', '2020-07-01', 'Jira');
      expect(first && [utcStart(first), utcEnd(first)]).toEqual(['2020-06-09T07:00Z', '2020-06-09T07:30Z']);
    },
  },
  {
    file: 'node-ical/exchange-custom-tz.ics',
    says: '§4 "(UTC+07:00) Bangkok, Hanoi, Jakarta" resolves (to Asia/Bangkok: 09:00 there is 02:00Z)',
    check: () => {
      const [first] = parseCorpus('node-ical/exchange-custom-tz.ics', '2019-04-01', '2019-05-01').events;
      expect(first && utcStart(first)).toBe('2019-04-30T02:00Z');
      noUnknownZone('node-ical/exchange-custom-tz.ics');
    },
  },
  {
    file: 'node-ical/Office-2012-owa.ics',
    says: '§4 " TEST" ends on UTC date 2020-10-28, " TEST 3" on 2020-11-02',
    check: () => {
      const events = parseCorpus('node-ical/Office-2012-owa.ics', '2020-10-01', '2020-11-30').events;
      const endDay = (title: string) => events.filter((e) => e.title === title).map((e) => utcEnd(e).slice(0, 10));
      expect(endDay('TEST')).toEqual(['2020-10-28']);
      expect(endDay('TEST 3')).toEqual(['2020-11-02']);
    },
  },
  {
    file: 'node-ical/vtimezone-year-0001-dtstart.ics',
    says: '§4 VTIMEZONE starting in year 0001: 2024-06-01T08:00Z',
    check: () => {
      expect(
        parseCorpus('node-ical/vtimezone-year-0001-dtstart.ics', '2024-01-01', '2025-01-01').events.map(utcStart),
      ).toEqual(['2024-06-01T08:00Z']);
    },
  },
  {
    file: 'node-ical/test_with_tz_list.ics',
    says: '§4 TZID "Amsterdam, Belgrade, Berlin, … Paris, …" resolves to a Central European zone',
    check: () => {
      noUnknownZone('node-ical/test_with_tz_list.ics');
    },
  },
  {
    file: 'node-ical/multi-era-vtimezone.ics',
    says: '§4 2025 event at 2025-06-10T18:00Z, 1985 event at 1985-10-15T18:00Z',
    check: () => {
      expect(
        parseCorpus('node-ical/multi-era-vtimezone.ics', '1980-01-01', '2030-01-01').events.map(utcStart).sort(),
      ).toEqual(['1985-10-15T18:00Z', '2025-06-10T18:00Z']);
    },
  },
  {
    file: 'node-ical/dst-transition-rules.ics',
    says: '§4 2022-10-09T08:00Z → 09:00Z (file indented before BEGIN:VCALENDAR)',
    check: () => {
      const events = parseCorpus('node-ical/dst-transition-rules.ics', '2022-10-01', '2022-11-01').events;
      expect(events.map((e) => [utcStart(e), utcEnd(e)])).toEqual([['2022-10-09T08:00Z', '2022-10-09T09:00Z']]);
    },
  },
  {
    file: 'node-ical/yearly-party.ics',
    says: '§4 000021a at 2022-07-14T12:00Z (Europe/Berlin), 000021b at 2022-07-15T12:00Z (Etc/GMT-2)',
    check: () => {
      const events = parseCorpus('node-ical/yearly-party.ics', '2022-07-01', '2022-08-01').events;
      expect(events.map((e) => [e.uid, utcStart(e)])).toEqual([
        ['000021a', '2022-07-14T12:00Z'],
        ['000021b', '2022-07-15T12:00Z'],
      ]);
    },
  },
  {
    file: 'node-ical/test_with_forward_TZ.ics',
    says: '§4 Google all-day: DATE 2020-10-17 → 2020-10-18',
    check: () => {
      expect(
        parseCorpus('node-ical/test_with_forward_TZ.ics', '2020-10-17', '2020-10-18').events.map((e) => [
          e.start,
          e.end,
        ]),
      ).toEqual([['2020-10-17', '2020-10-18']]);
    },
  },
  {
    file: 'node-ical/germany_at_end_of_day_repeating.ics',
    says: '§4 TZID "Europe/Germany", daily at 23:00: starts on local date 2024-10-22',
    check: () => {
      expect(
        parseCorpus('node-ical/germany_at_end_of_day_repeating.ics', '2024-01-01', '2025-01-01').events[0]?.start.slice(
          0,
          10,
        ),
      ).toBe('2024-10-22');
    },
  },
  {
    file: 'node-ical/whole_day_moved_over_dst_change_berlin.ics',
    says: '§4 an override on local 2024-10-30, DATE-typed, one day long',
    check: () => {
      const moved = parseCorpus(
        'node-ical/whole_day_moved_over_dst_change_berlin.ics',
        '2024-10-01',
        '2024-12-01',
      ).events.filter((e) => e.start !== e.recurrenceId);
      expect(moved.map((e) => [e.start, e.end, e.allDay])).toEqual([['2024-10-30', '2024-10-31', true]]);
    },
  },
  {
    file: 'node-ical/daily-count-exdate-recurrence-id.ics',
    says: '§4 EXDATE 2015-07-08 and 07-10; the override of 2015-07-07 (19:00Z) is "More Treasure Hunting"',
    check: () => {
      const events = parseCorpus('node-ical/daily-count-exdate-recurrence-id.ics', '2015-07-01', '2015-08-01').events;
      const slots = events.map(utcRecurrence);
      expect(slots).not.toContain('2015-07-08T19:00Z');
      expect(slots).not.toContain('2015-07-10T19:00Z');
      expect(events.find((e) => utcRecurrence(e) === '2015-07-07T19:00Z')?.title).toBe('More Treasure Hunting');
    },
  },
  {
    file: 'node-ical/biweekly-exdate-until.ics',
    says: '§4 comma-separated EXDATE list (US/Central): 2017-07-06, 07-17, 07-20, 08-03 excluded',
    check: () => {
      const days = titled('node-ical/biweekly-exdate-until.ics', '2017-01-01', '2018-01-01', 'comma').map((e) =>
        e.start.slice(0, 10),
      );
      for (const day of ['2017-07-06', '2017-07-17', '2017-07-20', '2017-08-03']) expect(days).not.toContain(day);
      expect(days).toContain('2017-07-03');
    },
  },
  {
    file: 'node-ical/google-calendar-kiev-tz.ics',
    says: '§4 override listed before its master: 2016-08-26 (11:00Z) is "bla bla"',
    check: () => {
      expect(
        parseCorpus('node-ical/google-calendar-kiev-tz.ics', '2016-08-26', '2016-08-27').events.map((e) => [
          utcStart(e),
          e.title,
        ]),
      ).toEqual([['2016-08-26T11:00Z', 'bla bla']]);
    },
  },
  {
    file: 'node-ical/google-recurrence-order.ics',
    says: '§4 the master "TEST RECURR 3" is kept with its override "… - MODIFIED"',
    check: () => {
      const titles = new Set(
        parseCorpus('node-ical/google-recurrence-order.ics', '2000-01-01', '2030-01-01').events.map((e) => e.title),
      );
      expect([...titles].sort()).toEqual(['TEST RECURR 3', 'TEST RECURR 3 - MODIFIED']);
    },
  },
  {
    file: 'node-ical/recurrence-sequence.ics',
    says: '§4 2024-01-02 "Moved to afternoon (SEQUENCE 3)", 2024-01-03 "Newer override (SEQUENCE 5) - should win"',
    check: () => {
      const events = parseCorpus('node-ical/recurrence-sequence.ics', '2024-01-02', '2024-01-04').events;
      expect(events.map((e) => e.title)).toEqual([
        'Moved to afternoon (SEQUENCE 3)',
        'Newer override (SEQUENCE 5) - should win',
      ]);
    },
  },
  {
    file: 'node-ical/duplicate-uid-sequence.ics',
    says: '§4 "Team Meeting (SEQUENCE 2)" at 10:00Z; "Updated version (SEQUENCE 3) - should win" at 14:00Z',
    check: () => {
      expect(
        parseCorpus('node-ical/duplicate-uid-sequence.ics', '2000-01-01', '2030-01-01').events.map((e) => [
          e.title,
          utcStart(e).slice(11),
        ]),
      ).toEqual([
        ['Team Meeting (SEQUENCE 2)', '10:00Z'],
        ['Updated version (SEQUENCE 3) - should win', '14:00Z'],
      ]);
    },
  },
  {
    file: 'node-ical/tentative-apple-calendar.ics',
    says: '§4 STATUS tentative, confirmed, cancelled, absent (confirmed) in file order',
    check: () => {
      expect(
        parseCorpus('node-ical/tentative-apple-calendar.ics', '2000-01-01', '2030-01-01').events.map((e) => e.status),
      ).toEqual(['tentative', 'confirmed', 'cancelled', 'confirmed']);
    },
  },
  {
    file: 'node-ical/mixed-timezone-handling.ics',
    says: '§4 5 VEVENTs: floating, Etc/UTC, America/New_York, DATE (two)',
    check: () => {
      const events = parseCorpus('node-ical/mixed-timezone-handling.ics', '2000-01-01', '2030-01-01').events;
      expect(events.map((e) => e.allDay)).toEqual([false, false, false, true, true]);
    },
  },
  {
    file: 'node-ical/test_date_time_duration.ics',
    says: '§4 Synology DURATION: 2024-02-15T09:00Z → 10:15Z',
    check: () => {
      expect(
        parseCorpus('node-ical/test_date_time_duration.ics', '2024-01-01', '2025-01-01').events.map((e) => [
          utcStart(e),
          utcEnd(e),
        ]),
      ).toEqual([['2024-02-15T09:00Z', '2024-02-15T10:15Z']]);
    },
  },
  {
    file: 'node-ical/test_date_duration.ics',
    says: '§4 Synology DURATION on a date: 2024-02-15 → 2024-02-22',
    check: () => {
      expect(
        parseCorpus('node-ical/test_date_duration.ics', '2024-01-01', '2025-01-01').events.map((e) => [e.start, e.end]),
      ).toEqual([['2024-02-15', '2024-02-22']]);
    },
  },
  {
    file: 'node-ical/non-utc-until.ics',
    says: '§4 UNTIL without Z (2024-12-31T09:00Z in the series zone): the last instance is at or before it',
    check: () => {
      const last = parseCorpus('node-ical/non-utc-until.ics', '2024-01-01', '2026-01-01').events.at(-1);
      expect(last !== undefined && Date.parse(last.start) <= Date.parse('2024-12-31T09:00:00Z')).toBe(true);
    },
  },
  {
    file: 'node-ical/meetup-timed-tz.ics',
    says: '§4 start 2011-11-10T02:00Z (America/Phoenix)',
    check: () => {
      expect(parseCorpus('node-ical/meetup-timed-tz.ics', '2011-11-01', '2011-12-01').events.map(utcStart)).toContain(
        '2011-11-10T02:00Z',
      );
    },
  },
];

/** §5 ical.js: instances (original slots) of its own test files. */
const icalJs: Expectation[] = [
  {
    file: 'ical.js/recur_instances_finite.ics',
    says: '§5 the complete expansion: 2012-10-02T17:00Z, 11-05T18:00Z, 11-06T18:00Z, 11-10T18:00Z, 12-04T18:00Z',
    check: () => {
      expect(
        parseCorpus('ical.js/recur_instances_finite.ics', '2000-01-01', '2030-01-01').events.map(utcRecurrence),
      ).toEqual([
        '2012-10-02T17:00Z',
        '2012-11-05T18:00Z',
        '2012-11-06T18:00Z',
        '2012-11-10T18:00Z',
        '2012-12-04T18:00Z',
      ]);
    },
  },
  {
    file: 'ical.js/rdate_exdate.ics',
    says: '§5 2024-06-09T03:00Z, 06-10T03:00Z, 06-12T03:00Z (EXDATE;VALUE=DATE removes 06-11)',
    check: () => {
      expect(parseCorpus('ical.js/rdate_exdate.ics', '2024-01-01', '2025-01-01').events.map(utcStart)).toEqual([
        '2024-06-09T03:00Z',
        '2024-06-10T03:00Z',
        '2024-06-12T03:00Z',
      ]);
    },
  },
  {
    file: 'ical.js/google_birthday.ics',
    says: '§5 malformed Google birthday series: exactly 2012-12-10, 2013-12-10, 2014-12-10',
    check: () => {
      expect(
        parseCorpus('ical.js/google_birthday.ics', '2000-01-01', '2030-01-01')
          .events.filter((e) => e.uid.startsWith('2014_'))
          .map((e) => e.start),
      ).toEqual(['2012-12-10', '2013-12-10', '2014-12-10']);
    },
  },
  {
    file: 'ical.js/duration_instead_of_dtend.ics',
    says: '§5 DURATION P1D: ends one day after its start',
    check: () => {
      const [event] = parseCorpus('ical.js/duration_instead_of_dtend.ics', '2012-01-01', '2013-01-01').events;
      expect(event && Date.parse(event.end) - Date.parse(event.start)).toBe(86_400_000);
    },
  },
  {
    file: 'ical.js/only_dtstart_date.ics',
    says: '§5 a DATE DTSTART alone lasts one day: 2012-06-30 → 2012-07-01',
    check: () => {
      expect(
        parseCorpus('ical.js/only_dtstart_date.ics', '2012-01-01', '2013-01-01').events.map((e) => [e.start, e.end]),
      ).toEqual([['2012-06-30', '2012-07-01']]);
    },
  },
  {
    file: 'ical.js/only_dtstart_time.ics',
    says: '§5 a DATE-TIME DTSTART alone: end = start',
    check: () => {
      const [event] = parseCorpus('ical.js/only_dtstart_time.ics', '2012-01-01', '2013-01-01').events;
      expect(event?.end).toBe(event?.start);
    },
  },
  {
    file: 'ical.js/minimal.ics',
    says: '§5 exactly one instance',
    check: () => {
      expect(parseCorpus('ical.js/minimal.ics', '1900-01-01', '2100-01-01').events).toHaveLength(1);
    },
  },
];

/** §6 ics-parser, ical4j, python icalendar. */
const others: Expectation[] = [
  {
    file: 'ics-parser/ical-monthly.ics',
    says: '§6 default zone Europe/Berlin: 25 events, the first three on 2018-07-01, 08-01, 09-01',
    check: () => {
      const events = parseCorpus('ics-parser/ical-monthly.ics', '1900-01-01', '2100-01-01', {
        timeZone: 'Europe/Berlin',
      }).events;
      expect(events).toHaveLength(25);
      expect(events.slice(0, 3).map((e) => e.start.slice(0, 10))).toEqual(['2018-07-01', '2018-08-01', '2018-09-01']);
    },
  },
  {
    file: 'ics-parser/issue-196.ics',
    says: '§6 7 events; Berlin starts 11-05 to 11-08 at 19:00, 11-09 17:00 and 11-10 18:00 (overrides)',
    check: () => {
      const events = parseCorpus('ics-parser/issue-196.ics', '1900-01-01', '2100-01-01', { timeZone: 'UTC' }).events;
      expect(events).toHaveLength(7);
      expect(events.slice(0, 6).map((e) => e.start.slice(0, 16))).toEqual([
        '2019-11-05T19:00',
        '2019-11-06T19:00',
        '2019-11-07T19:00',
        '2019-11-08T19:00',
        '2019-11-09T17:00',
        '2019-11-10T18:00',
      ]);
    },
  },
  {
    file: 'ics-parser/issue-340.ics',
    says: '§6 DTEND:None: 1 event, 2023-01-12 18:00 Berlin',
    check: () => {
      expect(parseCorpus('ics-parser/issue-340.ics', '2023-01-01', '2024-01-01').events.map((e) => e.start)).toEqual([
        '2023-01-12T18:00:00+01:00',
      ]);
    },
  },
  {
    file: 'ics-parser/issue-343.ics',
    says: '§6 Exchange, unfolded DESCRIPTION, floating DTSTART read in UTC: 1 event at 2024-09-23T10:00Z, the next biweekly one after UNTIL',
    check: () => {
      expect(
        parseCorpus('ics-parser/issue-343.ics', '2024-01-01', '2025-01-01', { timeZone: 'UTC' }).events.map(utcStart),
      ).toEqual(['2024-09-23T10:00Z']);
    },
  },
  {
    file: 'ical4j/valid_2207678.ics',
    says: '§6 overlaps the days starting 2008-10-31 and 11-07 (Etc/GMT), not 11-01 or 11-08',
    check: () => {
      const on = (day: string) =>
        parseCorpus('ical4j/valid_2207678.ics', `${day}T00:00:00Z`, `${day}T23:59:59Z`).events.length;
      expect([on('2008-10-31'), on('2008-11-07'), on('2008-11-01'), on('2008-11-08')]).toEqual([1, 1, 0, 0]);
    },
  },
  {
    file: 'ical4j/valid_friday13.ics',
    says: '§6 no occurrence within one week of 1997-09-02T09:00',
    check: () => {
      expect(parseCorpus('ical4j/valid_friday13.ics', '1997-09-02T09:00:00Z', '1997-09-09T09:00:00Z').events).toEqual(
        [],
      );
    },
  },
  {
    file: 'ical4j/valid_friday13-NOT.ics',
    says: '§6 non-empty within 52 weeks',
    check: () => {
      expect(
        parseCorpus('ical4j/valid_friday13-NOT.ics', '1997-09-02T09:00:00Z', '1998-09-01T09:00:00Z').events.length,
      ).toBeGreaterThan(0);
    },
  },
  {
    file: 'icalendar/issue_313_globally_unique_tzid.ics',
    says: '§6 on 2020-04-26: Berlin +02:00, New York −04:00, Buenos Aires −03:00 (14:00 local each)',
    check: () => {
      expect(
        parseCorpus('icalendar/issue_313_globally_unique_tzid.ics', '2020-04-26', '2020-04-27').events.map(utcStart),
      ).toEqual(['2020-04-26T12:00Z', '2020-04-26T18:00Z', '2020-04-26T17:00Z']);
    },
  },
  {
    file: 'icalendar/issue_218_bad_tzid.ics',
    says: '§6 2017-02-28 23:00 → 23:30 at +11:00',
    check: () => {
      expect(
        parseCorpus('icalendar/issue_218_bad_tzid.ics', '2017-01-01', '2018-01-01').events.map((e) => [
          utcStart(e),
          utcEnd(e),
        ]),
      ).toEqual([['2017-02-28T12:00Z', '2017-02-28T12:30Z']]);
    },
  },
  {
    file: 'icalendar/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics',
    says: '§6 2017-05-11 13:30 at −03:00',
    check: () => {
      expect(
        parseCorpus(
          'icalendar/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics',
          '2017-01-01',
          '2018-01-01',
        ).events.map(utcStart),
      ).toEqual(['2017-05-11T16:30Z']);
    },
  },
  {
    file: 'icalendar/issue_165_missing_event.ics',
    says: '§6 exactly 1 VEVENT, whose RRULE "BYDAY=MO, TU, WE, TH, FR" has spaces',
    check: () => {
      const result = parseCorpus('icalendar/issue_165_missing_event.ics', '2015-07-01', '2015-07-08');
      expect(new Set(result.events.map((e) => e.uid)).size).toBe(1);
      expect(result.events.map((e) => e.start.slice(0, 10))).toEqual(['2015-07-03', '2015-07-06', '2015-07-07']);
    },
  },
  {
    file: 'icalendar/event_with_recurrence_exdates_on_different_lines.ics',
    says: '§6 EXDATEs 2012-04-03, 04-10, 04-17, 05-01, 05-29 at 10:00 Europe/Vienna are excluded',
    check: () => {
      const days = parseCorpus(
        'icalendar/event_with_recurrence_exdates_on_different_lines.ics',
        '2012-03-01',
        '2012-07-01',
      ).events.map((e) => e.start.slice(0, 10));
      expect(days).toEqual([
        '2012-03-27',
        '2012-04-24',
        '2012-05-08',
        '2012-05-15',
        '2012-05-22',
        '2012-06-05',
        '2012-06-12',
        '2012-06-19',
        '2012-06-26',
      ]);
    },
  },
  {
    file: 'icalendar/issue_127_categories_with_commas.ics',
    says: '§6 3 categories: "Meeting, John", "Work, Sarah", "Project"',
    check: () => {
      expect(
        parseCorpus('icalendar/issue_127_categories_with_commas.ics', '2000-01-01', '2030-01-01').events[0]?.categories,
      ).toEqual(['Meeting, John', 'Work, Sarah', 'Project']);
    },
  },
  {
    file: 'icalendar/issue_350.ics',
    says: '§6 an X-COMMENT after END:VCALENDAR is ignored',
    check: () => {
      const result = parseCorpus('icalendar/issue_350.ics', '2000-01-01', '2030-01-01');
      expect([result.events.length, result.issues]).toEqual([1, []]);
    },
  },
  {
    file: 'icalendar/bom_calendar.ics',
    says: '§6 a file with a byte-order mark parses',
    check: () => {
      const result = parseCorpus('icalendar/bom_calendar.ics', '1900-01-01', '2100-01-01');
      expect([result.fatal, result.issues.filter((i) => i.severity === 'error')]).toEqual([false, []]);
    },
  },
  {
    file: 'icalendar/issue_104_mark_events_broken.ics',
    says: '§6 the broken event is kept and the error is recorded',
    check: () => {
      const result = parseCorpus('icalendar/issue_104_mark_events_broken.ics', '1900-01-01', '2100-01-01');
      expect(result.events.map((e) => e.title)).toEqual(['Broken Eevnt']);
      expect(result.issues.some((i) => i.line === 9)).toBe(true);
    },
  },
];

export const expectations: Expectation[] = [...nodeIcal, ...icalJs, ...others];
