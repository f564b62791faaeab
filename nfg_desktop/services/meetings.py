"""Meetings (Termine) with invitations and attendance."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nfg_desktop.domain.choices import ChoiceList
from nfg_desktop.domain.collation import german_sorted
from nfg_desktop.domain.dates import EARLIEST_DATE, LATEST_DATE
from nfg_desktop.domain.fields import MEETING
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.domain.validation import (
    FieldErrors,
    check_optional_text,
    check_required,
    clean_multiline,
)
from nfg_desktop.services.common import add_choice, choice_options, get_or_fail, searched
from nfg_desktop.services.versions import get_for_change, touch
from nfg_desktop.store.models import (
    ContactPerson,
    Coordinator,
    Meeting,
    MeetingInvitation,
    Partner,
    Volunteer,
)


@dataclass
class InvitationData:
    """Exactly one of the ids names who is invited; a contact person implies its partner."""

    partner_id: int | None = None
    contact_id: int | None = None
    volunteer_id: int | None = None
    coordinator_id: int | None = None
    attended: bool = False

    def key(self) -> tuple[int | None, int | None, int | None, int | None]:
        return (self.partner_id, self.contact_id, self.volunteer_id, self.coordinator_id)


@dataclass
class MeetingData:
    title: str
    starts_at: datetime
    kind: str = "Netzwerktreffen"
    ends_at: datetime | None = None
    place: str = ""
    agenda: str = ""
    minutes: str = ""
    # None leaves the stored invitations as they are.
    invitations: list[InvitationData] | None = field(default=None)

    @classmethod
    def from_meeting(cls, meeting: Meeting) -> MeetingData:
        return cls(
            **{name: getattr(meeting, name) for name in MEETING.stored()},
            invitations=[
                InvitationData(
                    i.partner_id, i.contact_id, i.volunteer_id, i.coordinator_id, i.attended
                )
                for i in meeting.invitations
            ],
        )


class MeetingService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, meeting_id: int) -> Meeting:
        return get_or_fail(self.session, Meeting, meeting_id, "Einen Termin")

    def kinds(self) -> list[str]:
        return choice_options(self.session, ChoiceList.MEETING_KIND)

    def validate(self, data: MeetingData) -> MeetingData:
        errors = FieldErrors()
        title = errors.check("title", lambda: check_required("title", "Titel", data.title, 300))
        kind = errors.check("kind", lambda: check_required("kind", "Art", data.kind, 100))
        if not isinstance(data.starts_at, datetime):
            errors.add("starts_at", "Beginn: Bitte Datum und Uhrzeit angeben.")
        elif not EARLIEST_DATE <= data.starts_at.date() <= LATEST_DATE:
            errors.add("starts_at", "Beginn: Das Datum liegt außerhalb des möglichen Bereichs.")
        if (
            data.ends_at is not None
            and isinstance(data.starts_at, datetime)
            and data.ends_at < data.starts_at
        ):
            errors.add("ends_at", "Ende: darf nicht vor dem Beginn liegen.")
        place = errors.check("place", lambda: check_optional_text("place", "Ort", data.place, 300))
        invitations: list[InvitationData] | None = None
        if data.invitations is not None:
            invitations = []
            seen = set()
            for invitation in data.invitations:
                if invitation.key() in seen:
                    continue
                seen.add(invitation.key())
                if not self._invitee_exists(invitation):
                    errors.add("invitations", "Einladungen: Eine eingeladene Person gibt es nicht.")
                invitations.append(invitation)
        errors.raise_if_any()
        return MeetingData(
            title=title or "",
            starts_at=data.starts_at,
            kind=kind or "",
            ends_at=data.ends_at,
            place=place or "",
            agenda=clean_multiline(data.agenda),
            minutes=clean_multiline(data.minutes),
            invitations=invitations,
        )

    def _invitee_exists(self, invitation: InvitationData) -> bool:
        checks = [
            (Partner, invitation.partner_id),
            (ContactPerson, invitation.contact_id),
            (Volunteer, invitation.volunteer_id),
            (Coordinator, invitation.coordinator_id),
        ]
        given = [(model, key) for model, key in checks if key is not None]
        return bool(given) and all(self.session.get(model, key) is not None for model, key in given)

    def create(self, data: MeetingData) -> Meeting:
        meeting = Meeting(title="", starts_at=data.starts_at)
        self.session.add(meeting)
        self._apply(meeting, self.validate(data))
        self.session.flush()
        return meeting

    def update(self, meeting_id: int, data: MeetingData, *, version: int | None = None) -> Meeting:
        meeting = get_for_change(self.session, Meeting, meeting_id, "Einen Termin", version)
        self._apply(meeting, self.validate(data))
        touch(self.session, meeting)
        self.session.flush()
        return meeting

    def _apply(self, meeting: Meeting, data: MeetingData) -> None:
        add_choice(self.session, ChoiceList.MEETING_KIND, data.kind)
        for name in MEETING.stored():
            setattr(meeting, name, getattr(data, name))
        if data.invitations is not None:
            current = {
                (i.partner_id, i.contact_id, i.volunteer_id, i.coordinator_id): i
                for i in meeting.invitations
            }
            kept = []
            for invitation in data.invitations:
                record = current.get(invitation.key()) or MeetingInvitation(
                    partner_id=invitation.partner_id,
                    contact_id=invitation.contact_id,
                    volunteer_id=invitation.volunteer_id,
                    coordinator_id=invitation.coordinator_id,
                )
                record.attended = invitation.attended
                kept.append(record)
            meeting.invitations = kept

    def set_attended(self, invitation_id: int, attended: bool) -> None:
        invitation = get_or_fail(self.session, MeetingInvitation, invitation_id, "Eine Einladung")
        invitation.attended = attended
        self.session.flush()

    def dependents(self, meeting_id: int) -> list[str]:
        meeting = self.get(meeting_id)
        if meeting.invitations:
            return [
                german_count(len(meeting.invitations), "Einladung", "Einladungen")
                + " mit Anwesenheit"
            ]
        return []

    def delete(self, meeting_id: int, *, version: int | None = None) -> None:
        meeting = get_for_change(
            self.session, Meeting, meeting_id, "Einen Termin", version, deleting=True
        )
        self.session.delete(meeting)
        self.session.flush()

    def list(
        self,
        search: str | None = None,
        kind: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> list[Meeting]:
        query = select(Meeting).order_by(Meeting.starts_at.desc())
        if kind:
            query = query.where(Meeting.kind == kind)
        if start:
            query = query.where(Meeting.starts_at >= start)
        if end:
            query = query.where(Meeting.starts_at <= end)
        return searched(
            self.session.scalars(query).all(), search, lambda m: (m.title, m.place, m.kind)
        )

    def invitations(self, meeting_id: int) -> builtins.list[MeetingInvitation]:
        """Invitations with their people loaded, sorted by organisation and name."""
        rows = self.session.scalars(
            select(MeetingInvitation)
            .where(MeetingInvitation.meeting_id == meeting_id)
            .options(
                selectinload(MeetingInvitation.contact).selectinload(ContactPerson.partner),
                selectinload(MeetingInvitation.partner),
                selectinload(MeetingInvitation.volunteer),
                selectinload(MeetingInvitation.coordinator),
            )
        ).all()
        return german_sorted(rows, key=lambda i: (i.organisation_name, i.person_name))
