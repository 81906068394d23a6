"""Calendars: CalDAV, ICS over HTTP, local .ics files and vdir folders."""
