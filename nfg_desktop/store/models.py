"""The mapped classes: SQLAlchemy 2 typed ORM classes of everything a network keeps.

The columns, constraints and indexes are declared once, in ``store.tables``; each class here is
mapped onto its table and adds what the ORM needs: relationships, association proxies, the
version counter and a few derived properties. The annotations only say the attributes' types.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Table
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, relationship

from nfg_desktop.store import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class Timestamped:
    """Every editable record: when it was made and last changed, and its version counter.

    The counter (SQLAlchemy's ``version_id_col``) goes up with each stored change, and every
    UPDATE and DELETE of the ORM names the version it read (``... WHERE version = ?``): two
    users who change the same record never overwrite each other unnoticed (a form remembers
    the version it showed, see ``services.versions``).
    """

    __table__: ClassVar[Table]

    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes the class
        return {"version_id_col": cls.__table__.c.version}


class AddressColumns:
    """Where a partner or volunteer is reached (``tables.address_columns``)."""

    street: Mapped[str]
    postal_code: Mapped[str]
    city: Mapped[str]
    locality: Mapped[str]
    phone: Mapped[str]
    email: Mapped[str]


class ConsentColumns:
    """Consent (Einwilligung) of a person: when given, what it covers, when withdrawn."""

    consent_given_on: Mapped[date | None]
    consent_contact_data: Mapped[bool]
    consent_photos: Mapped[bool]
    consent_sharing: Mapped[bool]
    consent_withdrawn_on: Mapped[date | None]


# --- network -------------------------------------------------------------------------------


class Network(Timestamped, Base):
    """The one network this file is about."""

    __table__ = tables.network

    id: Mapped[int]
    name: Mapped[str]
    form: Mapped[str]
    municipality: Mapped[str]
    district: Mapped[str]
    population: Mapped[int | None]
    program_start: Mapped[date | None]
    notes: Mapped[str]
    localities: Mapped[str]
    sender_address: Mapped[str]
    sender_phone: Mapped[str]
    logo: Mapped[bytes | None]

    coordinators: Mapped[list[Coordinator]] = relationship(
        back_populates="network",
        cascade="all, delete-orphan",
        order_by="Coordinator.position",
    )


class Coordinator(Timestamped, Base):
    """One of the 1-2 persons who coordinate the network (Koordination)."""

    __table__ = tables.coordinator

    id: Mapped[int]
    network_id: Mapped[int]
    position: Mapped[int]
    name: Mapped[str]
    function: Mapped[str]
    department: Mapped[str]
    organisation: Mapped[str]
    phone: Mapped[str]
    email: Mapped[str]

    network: Mapped[Network] = relationship(back_populates="coordinators")


class CustomChoice(Timestamped, Base):
    """An entry the user added to an extendable choice list (own partner kinds, skills, ...)."""

    __table__ = tables.custom_choice

    id: Mapped[int]
    list_name: Mapped[str]
    label: Mapped[str]


class Setting(Timestamped, Base):
    """Per-file settings (e.g. remembered import mappings, retention periods)."""

    __table__ = tables.setting

    key: Mapped[str]
    value: Mapped[str]


# --- partners ------------------------------------------------------------------------------


class PartnerFocus(Base):
    __table__ = tables.partner_focus

    partner_id: Mapped[int]
    focus: Mapped[str]


class PartnerTargetGroup(Base):
    __table__ = tables.partner_target_group

    partner_id: Mapped[int]
    target_group: Mapped[str]


class Partner(AddressColumns, Timestamped, Base):
    """A partner organisation of the network (Netzwerkpartner)."""

    __table__ = tables.partner

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    sector: Mapped[str]
    website: Mapped[str]
    status: Mapped[str]
    partner_since: Mapped[date | None]
    agreement_on: Mapped[date | None]
    notes: Mapped[str]

    focus_links: Mapped[list[PartnerFocus]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    target_group_links: Mapped[list[PartnerTargetGroup]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="partner",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(ContactPerson.is_primary.desc(), ContactPerson.last_name)",
    )
    project_links: Mapped[list[ProjectPartner]] = relationship(
        back_populates="partner", passive_deletes="all"
    )

    focus_areas: AssociationProxy[list[str]] = association_proxy(
        "focus_links", "focus", creator=lambda focus: PartnerFocus(focus=focus)
    )
    target_groups: AssociationProxy[list[str]] = association_proxy(
        "target_group_links",
        "target_group",
        creator=lambda group: PartnerTargetGroup(target_group=group),
    )

    @property
    def primary_contact(self) -> ContactPerson | None:
        for contact in self.contacts:
            if contact.is_primary:
                return contact
        return self.contacts[0] if self.contacts else None


class ContactPerson(ConsentColumns, Timestamped, Base):
    """A contact person (Ansprechperson) of a partner organisation."""

    __table__ = tables.contact_person

    id: Mapped[int]
    partner_id: Mapped[int]
    first_name: Mapped[str]
    last_name: Mapped[str]
    function: Mapped[str]
    phone: Mapped[str]
    email: Mapped[str]
    is_primary: Mapped[bool]
    anonymised: Mapped[bool]

    partner: Mapped[Partner] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# --- volunteers ----------------------------------------------------------------------------


class VolunteerTag(Base):
    """A skill, language or interest of a volunteer (free tags)."""

    __table__ = tables.volunteer_tag

    volunteer_id: Mapped[int]
    kind: Mapped[str]
    value: Mapped[str]


class VolunteerAvailability(Base):
    """A weekday and time of day on which a volunteer is available."""

    __table__ = tables.volunteer_availability

    volunteer_id: Mapped[int]
    weekday: Mapped[str]
    day_part: Mapped[str]


class Volunteer(AddressColumns, ConsentColumns, Timestamped, Base):
    """A volunteer (Ehrenamtliche/r). Only the birth year is kept (data minimisation)."""

    __table__ = tables.volunteer

    id: Mapped[int]
    first_name: Mapped[str]
    last_name: Mapped[str]
    birth_year: Mapped[int | None]
    status: Mapped[str]
    active_since: Mapped[date | None]
    left_on: Mapped[date | None]
    notes: Mapped[str]
    anonymised: Mapped[bool]

    tags: Mapped[list[VolunteerTag]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    availability: Mapped[list[VolunteerAvailability]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    clearances: Mapped[list[PoliceClearance]] = relationship(
        back_populates="volunteer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PoliceClearance.inspected_on.desc()",
    )
    project_links: Mapped[list[ProjectVolunteer]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def tag_values(self, kind: str) -> list[str]:
        return sorted(tag.value for tag in self.tags if tag.kind == kind)

    @property
    def current_clearance(self) -> PoliceClearance | None:
        return max(self.clearances, key=lambda c: c.inspected_on, default=None)


class PoliceClearance(Timestamped, Base):
    """That an extended police clearance was seen: nothing else may be recorded."""

    __table__ = tables.police_clearance

    id: Mapped[int]
    volunteer_id: Mapped[int]
    issued_on: Mapped[date]
    inspected_on: Mapped[date]
    clean: Mapped[bool]
    inspected_by: Mapped[str]

    volunteer: Mapped[Volunteer] = relationship(back_populates="clearances")


# --- projects ------------------------------------------------------------------------------


class ProjectFocus(Base):
    __table__ = tables.project_focus

    project_id: Mapped[int]
    focus: Mapped[str]


class ProjectTargetGroup(Base):
    __table__ = tables.project_target_group

    project_id: Mapped[int]
    target_group: Mapped[str]


class ProjectNeededSkill(Base):
    __table__ = tables.project_needed_skill

    project_id: Mapped[int]
    skill: Mapped[str]


class Project(Timestamped, Base):
    """A project or offer (Projekt / Angebot) of the network."""

    __table__ = tables.project

    id: Mapped[int]
    title: Mapped[str]
    kind: Mapped[str]
    status: Mapped[str]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    description: Mapped[str]
    goals: Mapped[str]
    place: Mapped[str]
    works_with_children: Mapped[bool]
    need_count: Mapped[int]
    need_notes: Mapped[str]
    contact_id: Mapped[int | None]

    focus_links: Mapped[list[ProjectFocus]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    target_group_links: Mapped[list[ProjectTargetGroup]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    needed_skill_links: Mapped[list[ProjectNeededSkill]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    partner_links: Mapped[list[ProjectPartner]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True
    )
    volunteer_links: Mapped[list[ProjectVolunteer]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True
    )
    contact: Mapped[ContactPerson | None] = relationship()

    focus_areas: AssociationProxy[list[str]] = association_proxy(
        "focus_links", "focus", creator=lambda focus: ProjectFocus(focus=focus)
    )
    target_groups: AssociationProxy[list[str]] = association_proxy(
        "target_group_links",
        "target_group",
        creator=lambda group: ProjectTargetGroup(target_group=group),
    )
    needed_skills: AssociationProxy[list[str]] = association_proxy(
        "needed_skill_links", "skill", creator=lambda skill: ProjectNeededSkill(skill=skill)
    )


class ProjectPartner(Timestamped, Base):
    """A partner's part in a project: Träger, Kooperationspartner or Unterstützer."""

    __table__ = tables.project_partner

    project_id: Mapped[int]
    partner_id: Mapped[int]
    role: Mapped[str]

    project: Mapped[Project] = relationship(back_populates="partner_links")
    partner: Mapped[Partner] = relationship(back_populates="project_links")


class ProjectVolunteer(Timestamped, Base):
    """A volunteer working in a project, with role and since when."""

    __table__ = tables.project_volunteer

    project_id: Mapped[int]
    volunteer_id: Mapped[int]
    role: Mapped[str]
    since: Mapped[date | None]
    clearance_override_reason: Mapped[str]

    project: Mapped[Project] = relationship(back_populates="volunteer_links")
    volunteer: Mapped[Volunteer] = relationship(back_populates="project_links")


class HoursEntry(Timestamped, Base):
    """Logged volunteer hours (Einsatz). Kept anonymously when a volunteer is erased."""

    __table__ = tables.hours_entry

    id: Mapped[int]
    day: Mapped[date]
    volunteer_id: Mapped[int | None]
    project_id: Mapped[int | None]
    hours: Mapped[float]
    note: Mapped[str]
    birth_year: Mapped[int | None]

    volunteer: Mapped[Volunteer | None] = relationship()
    project: Mapped[Project | None] = relationship()


# --- meetings and trainings ----------------------------------------------------------------


class Meeting(Timestamped, Base):
    """A meeting (Termin): network meeting, steering group, exchange with other sites, ..."""

    __table__ = tables.meeting

    id: Mapped[int]
    title: Mapped[str]
    kind: Mapped[str]
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    place: Mapped[str]
    agenda: Mapped[str]
    minutes: Mapped[str]

    invitations: Mapped[list[MeetingInvitation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingInvitation(Timestamped, Base):
    """Who was invited to a meeting (a partner, one of its contact persons, a volunteer or a
    coordinator) and whether they attended."""

    __table__ = tables.meeting_invitation

    id: Mapped[int]
    meeting_id: Mapped[int]
    partner_id: Mapped[int | None]
    contact_id: Mapped[int | None]
    volunteer_id: Mapped[int | None]
    coordinator_id: Mapped[int | None]
    attended: Mapped[bool]

    meeting: Mapped[Meeting] = relationship(back_populates="invitations")
    partner: Mapped[Partner | None] = relationship()
    contact: Mapped[ContactPerson | None] = relationship()
    volunteer: Mapped[Volunteer | None] = relationship()
    coordinator: Mapped[Coordinator | None] = relationship()

    @property
    def person_name(self) -> str:
        if self.contact is not None:
            return self.contact.full_name
        if self.volunteer is not None:
            return self.volunteer.full_name
        if self.coordinator is not None:
            return self.coordinator.name
        return ""

    @property
    def organisation_name(self) -> str:
        if self.contact is not None:
            return self.contact.partner.name
        if self.partner is not None:
            return self.partner.name
        if self.coordinator is not None:
            return self.coordinator.organisation or self.coordinator.department
        if self.volunteer is not None:
            return "Ehrenamtliche/r"
        return ""


class Training(Timestamped, Base):
    """A training (Qualifizierung) that coordinators or volunteers attended."""

    __table__ = tables.training

    id: Mapped[int]
    title: Mapped[str]
    day: Mapped[date]
    focus: Mapped[str]
    provider: Mapped[str]
    notes: Mapped[str]

    attendees: Mapped[list[TrainingAttendee]] = relationship(
        back_populates="training", cascade="all, delete-orphan", passive_deletes=True
    )


class TrainingAttendee(Timestamped, Base):
    __table__ = tables.training_attendee

    id: Mapped[int]
    training_id: Mapped[int]
    volunteer_id: Mapped[int | None]
    coordinator_id: Mapped[int | None]

    training: Mapped[Training] = relationship(back_populates="attendees")
    volunteer: Mapped[Volunteer | None] = relationship()
    coordinator: Mapped[Coordinator | None] = relationship()

    @property
    def person_name(self) -> str:
        if self.volunteer is not None:
            return self.volunteer.full_name
        if self.coordinator is not None:
            return self.coordinator.name
        return ""


# --- change history ------------------------------------------------------------------------


class ChangeRecord(Base):
    """One field's change: who (OS user), when, which record, old and new value."""

    __table__ = tables.change_record

    id: Mapped[int]
    at: Mapped[datetime]
    user: Mapped[str]
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[int]
    field: Mapped[str]
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
