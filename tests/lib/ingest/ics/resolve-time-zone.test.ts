import { describe, expect, it } from 'vitest';
import { resolveTimeZone } from '../../../../src/lib/ingest/ics/resolve-time-zone.ts';

describe('resolveTimeZone', () => {
  it.each([
    ['Europe/Paris', 'Europe/Paris'],
    ['/mozilla.org/20050126_1/Europe/Paris', 'Europe/Paris'],
    ['/softwarestudio.org/Olson_20011030_5/America/New_York', 'America/New_York'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['romance standard time', 'Europe/Paris'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['"Romance Standard Time"', 'Europe/Paris'],
    ['(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', 'Europe/Paris'],
    ['(UTC+07:00) Bangkok, Hanoi, Jakarta', 'Asia/Bangkok'],
    ['Amsterdam, Belgrade, Berlin, Brussels, Budapest, Madrid, Paris, Prague, Stockholm', 'Europe/Paris'],
    ['UTC+01', 'Etc/GMT-1'],
    ['(GMT +01:00)', 'Etc/GMT-1'],
    ['GMT', 'GMT'],
  ])('maps %s to %s', (tzid, zone) => {
    expect(resolveTimeZone(tzid, 'Europe/Paris')).toBe(zone);
  });

  it.each(['Customized Time Zone', 'Europe/Germany', '', 'UTC+05:30'])('cannot tell the zone of %j', (tzid) => {
    expect(resolveTimeZone(tzid, 'Europe/Paris')).toBeNull();
  });
});
