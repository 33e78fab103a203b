import { expect } from 'vitest';
import type { Expectation } from './corpus-expectations.ts';
import { parseCorpus, utcStart } from './corpus-support.ts';

/** An expectation of EXPECTATIONS.md that does not hold for us, why, and what we give instead. */
export interface KnownFailure extends Expectation {
  reason: string;
  /** Asserts our current, different result, so that a change (a fix) is noticed. */
  stillGives: () => void;
}

export const knownFailures: KnownFailure[] = [
  {
    file: 'node-ical/test_with_multiple_tzids_in_vtimezone.ics',
    says: '§4 floating times read in the only VTIMEZONE (America/Los_Angeles): 2024-06-27T07:00Z → 2024-06-28T06:00Z',
    reason:
      'our rule (DESIGN.md) reads floating times in X-WR-TIMEZONE, else Europe/Paris; node-ical guesses the only VTIMEZONE',
    check: () => {
      expect(
        parseCorpus('node-ical/test_with_multiple_tzids_in_vtimezone.ics', '2024-06-01', '2024-07-01').events.map(
          utcStart,
        ),
      ).toEqual(['2024-06-27T07:00Z']);
    },
    stillGives: () => {
      expect(
        parseCorpus('node-ical/test_with_multiple_tzids_in_vtimezone.ics', '2024-06-01', '2024-07-01').events.map(
          (e) => e.start,
        ),
      ).toEqual(['2024-06-27T00:00:00+02:00']);
    },
  },
  {
    file: 'node-ical/floating-dtstart-custom-vtimezone.ics',
    says: '§4 floating 14:00 read in the only (custom) VTIMEZONE: 2025-06-10T18:00Z',
    reason: 'same rule: floating times are Paris time when the feed names no X-WR-TIMEZONE',
    check: () => {
      expect(
        parseCorpus('node-ical/floating-dtstart-custom-vtimezone.ics', '2025-06-01', '2025-07-01').events.map(utcStart),
      ).toEqual(['2025-06-10T18:00Z']);
    },
    stillGives: () => {
      expect(
        parseCorpus('node-ical/floating-dtstart-custom-vtimezone.ics', '2025-06-01', '2025-07-01').events.map(
          (e) => e.start,
        ),
      ).toEqual(['2025-06-10T14:00:00+02:00']);
    },
  },
  {
    file: 'node-ical/recurrence-sequence.ics',
    says: '§4 two separate overrides on 2024-01-04, at 09:00Z and 15:00Z',
    reason:
      'their RECURRENCE-IDs match no instance of the rule (10:00Z); like ical.js and calendar-js (§3, the "bogus" override) we ignore such overrides',
    check: () => {
      expect(parseCorpus('node-ical/recurrence-sequence.ics', '2024-01-04', '2024-01-05').events.map(utcStart)).toEqual(
        ['2024-01-04T09:00Z', '2024-01-04T15:00Z'],
      );
    },
    stillGives: () => {
      expect(parseCorpus('node-ical/recurrence-sequence.ics', '2024-01-04', '2024-01-05').events.map(utcStart)).toEqual(
        ['2024-01-04T10:00Z'],
      );
    },
  },
  {
    file: 'node-ical/biweekly-exdate-until.ics',
    says: '§4 the second event (14:00Z) excludes 2017-12-18 and 12-19 (EXDATE 06:00 floating)',
    reason:
      'an EXDATE removes the instance starting at that exact time (RFC 5545); 06:00 floating is no instance of a 14:00Z series, node-ical matches by day',
    check: () => {
      const days = parseCorpus('node-ical/biweekly-exdate-until.ics', '2017-12-01', '2018-01-01')
        .events.filter((e) => e.title.includes('bad t'))
        .map((e) => e.start.slice(0, 10));
      expect(days).not.toContain('2017-12-18');
    },
    stillGives: () => {
      const days = parseCorpus('node-ical/biweekly-exdate-until.ics', '2017-12-01', '2018-01-01')
        .events.filter((e) => e.title.includes('bad t'))
        .map((e) => e.start.slice(0, 10));
      expect(days).toEqual(['2017-12-04', '2017-12-05', '2017-12-18', '2017-12-19']);
    },
  },
  {
    file: 'node-ical/multi-event-basic.ics',
    says: '§4 9 VEVENTs, one with DTSTART "Next Year" kept as a raw string',
    reason: 'an event without a readable date cannot be published: it is left out with an error naming its line',
    check: () => {
      expect(parseCorpus('node-ical/multi-event-basic.ics', '1990-01-01', '2030-01-01').events).toHaveLength(9);
    },
    stillGives: () => {
      const result = parseCorpus('node-ical/multi-event-basic.ics', '1990-01-01', '2030-01-01');
      expect(result.events).toHaveLength(8);
      expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'error', line: 71 }));
    },
  },
  {
    file: 'icalendar/issue_156_RDATE_with_PERIOD_TZID_khal.ics',
    says: '§6 RDATE periods every Tuesday from 2018-03-27, 08:00–09:00 America/Chicago',
    reason:
      'ical.js 2.2.1 yields only the first date of this RDATE PERIOD list (in a Windows-named zone without VTIMEZONE); not worked around',
    check: () => {
      expect(
        parseCorpus('icalendar/issue_156_RDATE_with_PERIOD_TZID_khal.ics', '2018-03-01', '2018-05-01').events.length,
      ).toBeGreaterThan(4);
    },
    stillGives: () => {
      expect(
        parseCorpus('icalendar/issue_156_RDATE_with_PERIOD_TZID_khal.ics', '2018-03-01', '2018-05-01').events.map(
          utcStart,
        ),
      ).toEqual(['2018-03-27T13:00Z']);
    },
  },
];

/**
 * §1b, libical `recur.txt`: the one block (1-based) whose count differs: "(NOT IMPLEMENTED)", two
 * EXRULEs expecting 23 weekdays; ical.js does not apply EXRULE (deprecated by RFC 5545), so 31.
 */
export const KNOWN_FAILING_COUNT_BLOCKS = [{ block: 57, expected: 23, actual: 31 }];

/**
 * §1a, libical `icalrecur_test.txt`: 0-based indexes of the RRULE vectors ical.js 2.2.1 expands
 * differently from libical's oracle (BYWEEKNO, BYSETPOS with out-of-order or negative values,
 * INTERVAL with BY* expansion on sub-daily rules, leap days, BYYEARDAY limits). Index 12 (daily,
 * BYMONTHDAY=-1,-2 on a DATE start) makes ical.js loop forever: our guard stops it after its
 * first date, with a warning.
 */
export const KNOWN_FAILING_RRULE_VECTORS = [
  4, 5, 6, 7, 12, 47, 54, 62, 69, 71, 72, 75, 78, 79, 80, 81, 83, 84, 85, 86, 87, 99, 100, 101, 102, 103, 104, 105, 106,
  107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 129, 130, 131,
  132, 133, 134, 135, 136, 137, 138, 139, 141, 142, 143, 144, 145,
];
