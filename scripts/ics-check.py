#!/usr/bin/env python3
"""Reads an .ics file with Debian's python3-icalendar and prints each event's instants as JSON.

A second, independent reader for the calendar tests (src/shared/calendar): for every VEVENT it
prints the UID, the summary, and DTSTART/DTEND as UTC instants read two ways:
  - "start"/"end": as icalendar resolves them (TZID through the system's tz data, or UTC);
  - "startViaFile"/"endViaFile": the wall-clock value localized with a zone built from the
    file's own VTIMEZONE of that TZID (icalendar's Timezone.to_tz), so the file's zone
    definitions are checked too.
Usage: python3 scripts/ics-check.py <file.ics>
"""
import json
import sys
from datetime import datetime, timezone

from icalendar import Calendar


def utc(value):
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise SystemExit('not an absolute date-time: %r' % (value,))
    return value.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def via_file(prop, zones):
    tzid = prop.params.get('TZID')
    if tzid is None:
        return utc(prop.dt)
    zone = zones.get(str(tzid))
    if zone is None:
        raise SystemExit('TZID %s has no VTIMEZONE in the file' % tzid)
    naive = prop.dt.replace(tzinfo=None)
    return utc(zone.localize(naive))


def main(path):
    with open(path, 'rb') as handle:
        calendar = Calendar.from_ical(handle.read())
    zones = {str(vtz['TZID']): vtz.to_tz() for vtz in calendar.walk('VTIMEZONE')}
    events = []
    for event in calendar.walk('VEVENT'):
        start, end = event['DTSTART'], event['DTEND']
        events.append({
            'uid': str(event['UID']),
            'summary': str(event.get('SUMMARY', '')),
            'start': utc(start.dt),
            'end': utc(end.dt),
            'startViaFile': via_file(start, zones),
            'endViaFile': via_file(end, zones),
        })
    # ASCII JSON: the output stays readable whatever encoding the locale gives stdout.
    json.dump({'zones': sorted(zones), 'events': events}, sys.stdout)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        raise SystemExit('usage: ics-check.py <file.ics>')
    main(sys.argv[1])
