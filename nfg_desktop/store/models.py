"""The database schema: SQLAlchemy 2 typed models of everything a network keeps.

ON DELETE rules are deliberate:
- parts of a record (contact persons of a partner, tags of a volunteer, invitations of a meeting)
  go with it (CASCADE);
- a partner still used by a project, or a project with logged hours, cannot be deleted (RESTRICT);
  the services explain why;
- hours keep their anonymous figures when a volunteer is erased (SET NULL).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from nfg_desktop.domain.choices import (
    PartnerKind,
    PartnerRole,
    PartnerStatus,
    ProjectStatus,
    VolunteerStatus,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _one_of(column: str, choices: type[StrEnum]) -> str:
    """A CHECK constraint's text: the column holds one of a closed list's values (in its order,
    so the text is the one the migrations wrote)."""
    values = ", ".join(f"'{choice.value}'" for choice in choices)
    return f"{column} IN ({values})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Every editable record: when it was made and last changed, and its version counter.

    The counter (SQLAlchemy's ``version_id_col``) goes up with each stored change, and every
    UPDATE and DELETE of the ORM names the version it read (``... WHERE version = ?``): two
    users who change the same record never overwrite each other unnoticed (a form remembers
    the version it showed, see ``services.versions``).
    """

    created_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime,
        nullable=False,
        server_default=func.current_timestamp(),
        onupdate=func.current_timestamp(),
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes the class
        return {"version_id_col": cls.version}


class ConsentColumns:
    """Consent (Einwilligung) of a person: when given, what it covers, when withdrawn."""

    consent_given_on: Mapped[date | None] = mapped_column(Date)
    consent_contact_data: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_sharing: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    consent_withdrawn_on: Mapped[date | None] = mapped_column(Date)


# --- network -------------------------------------------------------------------------------


class Network(Timestamped, Base):
    """The one network this file is about."""

    __tablename__ = "network"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    form: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    municipality: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    district: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    population: Mapped[int | None] = mapped_column(Integer)
    program_start: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Ortsteile, one per line (villages and districts of the municipality).
    localities: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    # Sender of letters and printouts (address lines, phone).
    sender_address: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    sender_phone: Mapped[str] = mapped_column(
        String(50), nullable=False, default="", server_default=""
    )
    # The logo shown in report headers: PNG or JPEG bytes (size-limited by the service).
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)

    coordinators: Mapped[list[Coordinator]] = relationship(
        back_populates="network",
        cascade="all, delete-orphan",
        order_by="Coordinator.position",
    )


class Coordinator(Timestamped, Base):
    """One of the 1-2 persons who coordinate the network (Koordination)."""

    __tablename__ = "coordinator"
    __table_args__ = (
        UniqueConstraint("network_id", "position"),
        CheckConstraint("position IN (1, 2)", name="position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    function: Mapped[str] = mapped_column(
        String(200), nullable=False, default="", server_default=""
    )
    department: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    organisation: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")

    network: Mapped[Network] = relationship(back_populates="coordinators")


class CustomChoice(Timestamped, Base):
    """An entry the user added to an extendable choice list (own partner kinds, skills, ...)."""

    __tablename__ = "custom_choice"
    __table_args__ = (UniqueConstraint("list_name", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_name: Mapped[str] = mapped_column(String(50), nullable=False)
    label: Mapped[str] = mapped_column(String(200), nullable=False)


class Setting(Timestamped, Base):
    """Per-file settings (e.g. remembered import mappings, retention periods)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")


# --- partners ------------------------------------------------------------------------------


class PartnerFocus(Base):
    __tablename__ = "partner_focus"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True
    )
    focus: Mapped[str] = mapped_column(String(100), primary_key=True)


class PartnerTargetGroup(Base):
    __tablename__ = "partner_target_group"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True
    )
    target_group: Mapped[str] = mapped_column(String(100), primary_key=True)


class Partner(Timestamped, Base):
    """A partner organisation of the network (Netzwerkpartner)."""

    __tablename__ = "partner"
    __table_args__ = (
        Index("ix_partner_name", "name"),
        Index("ix_partner_status", "status"),
        CheckConstraint(_one_of("status", PartnerStatus), name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(
        String(100), nullable=False, default=PartnerKind.SONSTIGE.value
    )
    sector: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # Ortsteil: the village or district of the municipality.
    locality: Mapped[str] = mapped_column(
        String(200), nullable=False, default="", server_default=""
    )
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    website: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default=PartnerStatus.AKTIV.value
    )
    partner_since: Mapped[date | None] = mapped_column(Date)
    agreement_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

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

    __tablename__ = "contact_person"
    __table_args__ = (Index("ix_contact_person_partner_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), nullable=False
    )
    first_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    function: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    anonymised: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    partner: Mapped[Partner] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# --- volunteers ----------------------------------------------------------------------------


class VolunteerTag(Base):
    """A skill, language or interest of a volunteer (free tags)."""

    __tablename__ = "volunteer_tag"

    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(100), primary_key=True)


class VolunteerAvailability(Base):
    """A weekday and time of day on which a volunteer is available."""

    __tablename__ = "volunteer_availability"

    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[str] = mapped_column(String(2), primary_key=True)
    day_part: Mapped[str] = mapped_column(String(20), primary_key=True)


class Volunteer(ConsentColumns, Timestamped, Base):
    """A volunteer (Ehrenamtliche/r). Only the birth year is kept (data minimisation)."""

    __tablename__ = "volunteer"
    __table_args__ = (
        Index("ix_volunteer_name", "last_name", "first_name"),
        Index("ix_volunteer_status", "status"),
        CheckConstraint(_one_of("status", VolunteerStatus), name="status"),
        CheckConstraint("birth_year IS NULL OR birth_year >= 1900", name="birth_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    street: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(5), nullable=False, default="")
    city: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # Ortsteil: the village or district of the municipality.
    locality: Mapped[str] = mapped_column(
        String(200), nullable=False, default="", server_default=""
    )
    phone: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default=VolunteerStatus.INTERESSIERT.value
    )
    active_since: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    anonymised: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

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

    __tablename__ = "police_clearance"
    __table_args__ = (
        Index("ix_police_clearance_volunteer_id", "volunteer_id"),
        CheckConstraint("inspected_on >= issued_on", name="inspected_after_issue"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), nullable=False
    )
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    inspected_on: Mapped[date] = mapped_column(Date, nullable=False)
    clean: Mapped[bool] = mapped_column(Boolean, nullable=False)
    inspected_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    volunteer: Mapped[Volunteer] = relationship(back_populates="clearances")


# --- projects ------------------------------------------------------------------------------


class ProjectFocus(Base):
    __tablename__ = "project_focus"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    focus: Mapped[str] = mapped_column(String(100), primary_key=True)


class ProjectTargetGroup(Base):
    __tablename__ = "project_target_group"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    target_group: Mapped[str] = mapped_column(String(100), primary_key=True)


class ProjectNeededSkill(Base):
    __tablename__ = "project_needed_skill"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    skill: Mapped[str] = mapped_column(String(100), primary_key=True)


class Project(Timestamped, Base):
    """A project or offer (Projekt / Angebot) of the network."""

    __tablename__ = "project"
    __table_args__ = (
        UniqueConstraint("title"),
        CheckConstraint(_one_of("status", ProjectStatus), name="status"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", "dates"
        ),
        CheckConstraint("need_count >= 0", name="need_count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(100), nullable=False, default="Sonstiges")
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default=ProjectStatus.IDEE.value
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    works_with_children: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    need_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    need_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )

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

    __tablename__ = "project_partner"
    __table_args__ = (
        Index("ix_project_partner_partner_id", "partner_id"),
        CheckConstraint(_one_of("role", PartnerRole), name="role"),
    )

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="RESTRICT"), primary_key=True
    )
    role: Mapped[str] = mapped_column(
        String(30), nullable=False, default=PartnerRole.KOOPERATIONSPARTNER.value
    )

    project: Mapped[Project] = relationship(back_populates="partner_links")
    partner: Mapped[Partner] = relationship(back_populates="project_links")


class ProjectVolunteer(Timestamped, Base):
    """A volunteer working in a project, with role and since when."""

    __tablename__ = "project_volunteer"
    __table_args__ = (Index("ix_project_volunteer_volunteer_id", "volunteer_id"),)

    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    since: Mapped[date | None] = mapped_column(Date)
    # Why a volunteer without valid clearance was allowed in a project with children.
    clearance_override_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    project: Mapped[Project] = relationship(back_populates="volunteer_links")
    volunteer: Mapped[Volunteer] = relationship(back_populates="project_links")


class HoursEntry(Timestamped, Base):
    """Logged volunteer hours (Einsatz). Kept anonymously when a volunteer is erased."""

    __tablename__ = "hours_entry"
    __table_args__ = (
        Index("ix_hours_entry_day", "day"),
        Index("ix_hours_entry_volunteer_id", "volunteer_id"),
        Index("ix_hours_entry_project_id", "project_id"),
        CheckConstraint("hours > 0 AND hours <= 24", name="hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL")
    )
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="RESTRICT"))
    hours: Mapped[float] = mapped_column(Float, nullable=False)
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    # Kept when the volunteer is erased, so the statistics by generation stay right.
    birth_year: Mapped[int | None] = mapped_column(Integer)

    volunteer: Mapped[Volunteer | None] = relationship()
    project: Mapped[Project | None] = relationship()


# --- meetings and trainings ----------------------------------------------------------------


class Meeting(Timestamped, Base):
    """A meeting (Termin): network meeting, steering group, exchange with other sites, ..."""

    __tablename__ = "meeting"
    __table_args__ = (
        Index("ix_meeting_starts_at", "starts_at"),
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="times"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(100), nullable=False, default="Netzwerktreffen")
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    agenda: Mapped[str] = mapped_column(Text, nullable=False, default="")
    minutes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    invitations: Mapped[list[MeetingInvitation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingInvitation(Timestamped, Base):
    """Who was invited to a meeting (a partner, one of its contact persons, a volunteer or a
    coordinator) and whether they attended."""

    __tablename__ = "meeting_invitation"
    __table_args__ = (
        Index("ix_meeting_invitation_meeting_id", "meeting_id"),
        CheckConstraint(
            "partner_id IS NOT NULL OR contact_id IS NOT NULL OR volunteer_id IS NOT NULL"
            " OR coordinator_id IS NOT NULL",
            name="invitee",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False
    )
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="CASCADE")
    )
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"))
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("coordinator.id", ondelete="CASCADE")
    )
    attended: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

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

    __tablename__ = "training"
    __table_args__ = (Index("ix_training_day", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    focus: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    provider: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    attendees: Mapped[list[TrainingAttendee]] = relationship(
        back_populates="training", cascade="all, delete-orphan", passive_deletes=True
    )


class TrainingAttendee(Timestamped, Base):
    __tablename__ = "training_attendee"
    __table_args__ = (
        Index("ix_training_attendee_training_id", "training_id"),
        CheckConstraint("(volunteer_id IS NULL) <> (coordinator_id IS NULL)", name="one_attendee"),
        UniqueConstraint("training_id", "volunteer_id", "coordinator_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    training_id: Mapped[int] = mapped_column(
        ForeignKey("training.id", ondelete="CASCADE"), nullable=False
    )
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id", ondelete="CASCADE"))
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("coordinator.id", ondelete="CASCADE")
    )

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

    __tablename__ = "change_record"
    __table_args__ = (
        Index("ix_change_record_entity", "entity", "entity_id"),
        Index("ix_change_record_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    user: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    entity: Mapped[str] = mapped_column(String(50), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    field: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


# --- ids are never reused --------------------------------------------------------------------

# SQLite hands out the highest id plus one, so the id of the newest record that was deleted or
# erased would come back for the next new one, and history or an erase note about the old
# record would then seem to be about the new one. AUTOINCREMENT never gives an id twice
# (migration 0002 rebuilds older files so). Set here once for every table with an own id.
for _table in Base.metadata.tables.values():
    if [column.name for column in _table.primary_key.columns] == ["id"]:
        _table.dialect_kwargs["sqlite_autoincrement"] = True
del _table
