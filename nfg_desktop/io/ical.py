"""Meetings as iCalendar (RFC 5545) for Outlook and other calendars.

Times are German local time (``TZID=Europe/Berlin`` with its VTIMEZONE), as the user typed them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from nfg_desktop.io.textformat import escape, lines_to_text
from nfg_desktop.store.models import Meeting

PRODID = "-//NFG Desktop//Netzwerk fuer Generationen//DE"
TZID = "Europe/Berlin"
_NAMESPACE = uuid.UUID("0d3b6c0a-4f3e-4b7e-8f0c-2d1a9e6b5c47")

VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def _local(value: datetime) -> str:
    return f"TZID={TZID}:{value:%Y%m%dT%H%M%S}"


def meeting_event(meeting: Meeting, stamp: datetime) -> list[str]:
    created = meeting.created_at.isoformat() if meeting.created_at else ""
    uid = uuid.uuid5(_NAMESPACE, f"meeting:{meeting.id}:{created}")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}@nfg-desktop",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;{_local(meeting.starts_at)}",
    ]
    if meeting.ends_at is not None and meeting.ends_at > meeting.starts_at:
        lines.append(f"DTEND;{_local(meeting.ends_at)}")
    lines.append(f"SUMMARY:{escape(meeting.title)}")
    if meeting.place:
        lines.append(f"LOCATION:{escape(meeting.place)}")
    description = meeting.kind
    if meeting.agenda:
        description += "\n\nTagesordnung:\n" + meeting.agenda
    lines.append(f"DESCRIPTION:{escape(description)}")
    if meeting.kind:
        lines.append(f"CATEGORIES:{escape(meeting.kind)}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT"]
    return lines


def meetings_ics(meetings: Iterable[Meeting], now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *VTIMEZONE,
    ]
    for meeting in meetings:
        lines += meeting_event(meeting, stamp)
    lines.append("END:VCALENDAR")
    return lines_to_text(lines)
