"""The database schema as tables: what every network file holds, column by column.

The tables are declared here, apart from the classes that ``store.models`` maps onto them, so
that code which only reads plain rows (the printed partner list, the letterhead of every report)
needs neither the ORM nor the mapped classes: importing those is about a tenth of the time of
``report partner-list``. The ORM classes add relationships and behaviour; the columns,
constraints and indexes are only here. Alembic compares the migrations with this ``metadata``.

ON DELETE rules are deliberate:
- parts of a record (contact persons of a partner, tags of a volunteer, invitations of a meeting)
  go with it (CASCADE);
- a partner still used by a project, or a project with logged hours, cannot be deleted (RESTRICT);
  the services explain why;
- hours keep their anonymous figures when a volunteer is erased (SET NULL).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)

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

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def one_of(column: str, choices: type[StrEnum]) -> str:
    """A CHECK constraint's text: the column holds one of a closed list's values (in its order,
    so the text is the one the migrations wrote)."""
    values = ", ".join(f"'{choice.value}'" for choice in choices)
    return f"{column} IN ({values})"


def timestamp_columns() -> tuple[Column[object], ...]:
    """Every editable record: when it was made and last changed, and its version counter.

    The counter goes up with each stored change (``store.models`` makes it the ORM's
    ``version_id_col``): two users who change the same record never overwrite each other
    unnoticed.
    """
    return (
        Column("created_at", DateTime, nullable=False, server_default=func.current_timestamp()),
        Column(
            "updated_at",
            DateTime,
            nullable=False,
            server_default=func.current_timestamp(),
            onupdate=func.current_timestamp(),
        ),
        Column("version", Integer, nullable=False, default=1, server_default="1"),
    )


def address_columns() -> tuple[Column[object], ...]:
    """Where a partner or volunteer is reached: address with Ortsteil, phone, e-mail."""
    return (
        Column("street", String(200), nullable=False, default=""),
        Column("postal_code", String(5), nullable=False, default=""),
        Column("city", String(200), nullable=False, default=""),
        # Ortsteil: the village or district of the municipality.
        Column("locality", String(200), nullable=False, default="", server_default=""),
        Column("phone", String(50), nullable=False, default=""),
        Column("email", String(254), nullable=False, default=""),
    )


def text_list_table(name: str, owner: str, text: str) -> Table:
    """Short texts of a record, one row each (a partner's focus areas, a project's needed
    skills): they go with the record."""
    return Table(
        name,
        metadata,
        Column(
            f"{owner}_id", Integer, ForeignKey(f"{owner}.id", ondelete="CASCADE"), primary_key=True
        ),
        Column(text, String(100), primary_key=True),
    )


def consent_columns() -> tuple[Column[object], ...]:
    """Consent (Einwilligung) of a person: when given, what it covers, when withdrawn."""
    return (
        Column("consent_given_on", Date),
        Column("consent_contact_data", Boolean, nullable=False, default=False),
        Column("consent_photos", Boolean, nullable=False, default=False),
        Column("consent_sharing", Boolean, nullable=False, default=False),
        Column("consent_withdrawn_on", Date),
    )


network = Table(
    "network",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("form", String(200), nullable=False, default=""),
    Column("municipality", String(200), nullable=False, default=""),
    Column("district", String(200), nullable=False, default=""),
    Column("population", Integer),
    Column("program_start", Date),
    Column("notes", Text, nullable=False, default=""),
    # Ortsteile, one per line (villages and districts of the municipality).
    Column("localities", Text, nullable=False, default="", server_default=""),
    # Sender of letters and printouts (address lines, phone).
    Column("sender_address", Text, nullable=False, default="", server_default=""),
    Column("sender_phone", String(50), nullable=False, default="", server_default=""),
    # The logo shown in report headers: PNG or JPEG bytes (size-limited by the service).
    Column("logo", LargeBinary),
    *timestamp_columns(),
)

coordinator = Table(
    "coordinator",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("network_id", Integer, ForeignKey("network.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False, default=1),
    Column("name", String(200), nullable=False),
    Column("function", String(200), nullable=False, default="", server_default=""),
    Column("department", String(200), nullable=False, default=""),
    Column("organisation", String(200), nullable=False, default=""),
    Column("phone", String(50), nullable=False, default=""),
    Column("email", String(254), nullable=False, default=""),
    *timestamp_columns(),
    UniqueConstraint("network_id", "position"),
    CheckConstraint("position IN (1, 2)", name="position"),
)

custom_choice = Table(
    "custom_choice",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("list_name", String(50), nullable=False),
    Column("label", String(200), nullable=False),
    *timestamp_columns(),
    UniqueConstraint("list_name", "label"),
)

setting = Table(
    "setting",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("value", Text, nullable=False, default=""),
    *timestamp_columns(),
)

partner_focus = text_list_table("partner_focus", "partner", "focus")

partner_target_group = text_list_table("partner_target_group", "partner", "target_group")

partner = Table(
    "partner",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("kind", String(100), nullable=False, default=PartnerKind.SONSTIGE.value),
    Column("sector", String(100), nullable=False, default=""),
    *address_columns(),
    Column("website", String(300), nullable=False, default=""),
    Column("status", String(20), nullable=False, default=PartnerStatus.AKTIV.value),
    Column("partner_since", Date),
    Column("agreement_on", Date),
    Column("notes", Text, nullable=False, default=""),
    *timestamp_columns(),
    CheckConstraint(one_of("status", PartnerStatus), name="status"),
    Index("ix_partner_name", "name"),
    Index("ix_partner_status", "status"),
)

contact_person = Table(
    "contact_person",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("partner_id", Integer, ForeignKey("partner.id", ondelete="CASCADE"), nullable=False),
    Column("first_name", String(100), nullable=False, default=""),
    Column("last_name", String(100), nullable=False),
    Column("function", String(200), nullable=False, default=""),
    Column("phone", String(50), nullable=False, default=""),
    Column("email", String(254), nullable=False, default=""),
    Column("is_primary", Boolean, nullable=False, default=False),
    Column("anonymised", Boolean, nullable=False, default=False),
    *consent_columns(),
    *timestamp_columns(),
    Index("ix_contact_person_partner_id", "partner_id"),
)

volunteer_tag = Table(
    "volunteer_tag",
    metadata,
    Column(
        "volunteer_id", Integer, ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("kind", String(20), primary_key=True),
    Column("value", String(100), primary_key=True),
)

volunteer_availability = Table(
    "volunteer_availability",
    metadata,
    Column(
        "volunteer_id", Integer, ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("weekday", String(2), primary_key=True),
    Column("day_part", String(20), primary_key=True),
)

volunteer = Table(
    "volunteer",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("first_name", String(100), nullable=False),
    Column("last_name", String(100), nullable=False),
    Column("birth_year", Integer),
    *address_columns(),
    Column("status", String(20), nullable=False, default=VolunteerStatus.INTERESSIERT.value),
    Column("active_since", Date),
    Column("left_on", Date),
    Column("notes", Text, nullable=False, default=""),
    Column("anonymised", Boolean, nullable=False, default=False),
    *consent_columns(),
    *timestamp_columns(),
    CheckConstraint(one_of("status", VolunteerStatus), name="status"),
    CheckConstraint("birth_year IS NULL OR birth_year >= 1900", name="birth_year"),
    Index("ix_volunteer_name", "last_name", "first_name"),
    Index("ix_volunteer_status", "status"),
)

police_clearance = Table(
    "police_clearance",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("volunteer_id", Integer, ForeignKey("volunteer.id", ondelete="CASCADE"), nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("inspected_on", Date, nullable=False),
    Column("clean", Boolean, nullable=False),
    Column("inspected_by", String(200), nullable=False, default=""),
    *timestamp_columns(),
    CheckConstraint("inspected_on >= issued_on", name="inspected_after_issue"),
    Index("ix_police_clearance_volunteer_id", "volunteer_id"),
)

project_focus = text_list_table("project_focus", "project", "focus")

project_target_group = text_list_table("project_target_group", "project", "target_group")

project_needed_skill = text_list_table("project_needed_skill", "project", "skill")

project = Table(
    "project",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(300), nullable=False),
    Column("kind", String(100), nullable=False, default="Sonstiges"),
    Column("status", String(20), nullable=False, default=ProjectStatus.IDEE.value),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("description", Text, nullable=False, default=""),
    Column("goals", Text, nullable=False, default=""),
    Column("place", String(300), nullable=False, default=""),
    Column("works_with_children", Boolean, nullable=False, default=False),
    Column("need_count", Integer, nullable=False, default=0),
    Column("need_notes", Text, nullable=False, default=""),
    Column("contact_id", Integer, ForeignKey("contact_person.id", ondelete="SET NULL")),
    *timestamp_columns(),
    UniqueConstraint("title"),
    CheckConstraint(one_of("status", ProjectStatus), name="status"),
    CheckConstraint(
        "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"
    ),
    CheckConstraint("need_count >= 0", name="need_count"),
)

project_partner = Table(
    "project_partner",
    metadata,
    Column("project_id", Integer, ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", Integer, ForeignKey("partner.id", ondelete="RESTRICT"), primary_key=True),
    Column("role", String(30), nullable=False, default=PartnerRole.KOOPERATIONSPARTNER.value),
    *timestamp_columns(),
    CheckConstraint(one_of("role", PartnerRole), name="role"),
    Index("ix_project_partner_partner_id", "partner_id"),
)

project_volunteer = Table(
    "project_volunteer",
    metadata,
    Column("project_id", Integer, ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "volunteer_id", Integer, ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("role", String(200), nullable=False, default=""),
    Column("since", Date),
    # Why a volunteer without valid clearance was allowed in a project with children.
    Column("clearance_override_reason", Text, nullable=False, default=""),
    *timestamp_columns(),
    Index("ix_project_volunteer_volunteer_id", "volunteer_id"),
)

hours_entry = Table(
    "hours_entry",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False),
    Column("volunteer_id", Integer, ForeignKey("volunteer.id", ondelete="SET NULL")),
    Column("project_id", Integer, ForeignKey("project.id", ondelete="RESTRICT")),
    Column("hours", Float, nullable=False),
    Column("note", String(500), nullable=False, default=""),
    # Kept when the volunteer is erased, so the statistics by generation stay right.
    Column("birth_year", Integer),
    *timestamp_columns(),
    CheckConstraint("hours > 0 AND hours <= 24", name="hours"),
    Index("ix_hours_entry_day", "day"),
    Index("ix_hours_entry_project_id", "project_id"),
    Index("ix_hours_entry_volunteer_id", "volunteer_id"),
)

meeting = Table(
    "meeting",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(300), nullable=False),
    Column("kind", String(100), nullable=False, default="Netzwerktreffen"),
    Column("starts_at", DateTime, nullable=False),
    Column("ends_at", DateTime),
    Column("place", String(300), nullable=False, default=""),
    Column("agenda", Text, nullable=False, default=""),
    Column("minutes", Text, nullable=False, default=""),
    *timestamp_columns(),
    CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="times"),
    Index("ix_meeting_starts_at", "starts_at"),
)

meeting_invitation = Table(
    "meeting_invitation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
    Column("partner_id", Integer, ForeignKey("partner.id", ondelete="CASCADE")),
    Column("contact_id", Integer, ForeignKey("contact_person.id", ondelete="CASCADE")),
    Column("volunteer_id", Integer, ForeignKey("volunteer.id", ondelete="CASCADE")),
    Column("coordinator_id", Integer, ForeignKey("coordinator.id", ondelete="CASCADE")),
    Column("attended", Boolean, nullable=False, default=False),
    *timestamp_columns(),
    CheckConstraint(
        "partner_id IS NOT NULL OR contact_id IS NOT NULL OR volunteer_id IS NOT NULL"
        " OR coordinator_id IS NOT NULL",
        name="invitee",
    ),
    Index("ix_meeting_invitation_meeting_id", "meeting_id"),
)

training = Table(
    "training",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(300), nullable=False),
    Column("day", Date, nullable=False),
    Column("focus", String(100), nullable=False, default=""),
    Column("provider", String(300), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    *timestamp_columns(),
    Index("ix_training_day", "day"),
)

training_attendee = Table(
    "training_attendee",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("training_id", Integer, ForeignKey("training.id", ondelete="CASCADE"), nullable=False),
    Column("volunteer_id", Integer, ForeignKey("volunteer.id", ondelete="CASCADE")),
    Column("coordinator_id", Integer, ForeignKey("coordinator.id", ondelete="CASCADE")),
    *timestamp_columns(),
    CheckConstraint("(volunteer_id IS NULL) <> (coordinator_id IS NULL)", name="one_attendee"),
    UniqueConstraint("training_id", "volunteer_id", "coordinator_id"),
    Index("ix_training_attendee_training_id", "training_id"),
)

change_record = Table(
    "change_record",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("user", String(200), nullable=False, default=""),
    Column("action", String(20), nullable=False),
    Column("entity", String(50), nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("field", String(100), nullable=False, default=""),
    Column("old_value", Text),
    Column("new_value", Text),
    Index("ix_change_record_at", "at"),
    Index("ix_change_record_entity", "entity", "entity_id"),
)


# --- ids are never reused --------------------------------------------------------------------

# SQLite hands out the highest id plus one, so the id of the newest record that was deleted or
# erased would come back for the next new one, and history or an erase note about the old
# record would then seem to be about the new one. AUTOINCREMENT never gives an id twice
# (migration 0002 rebuilds older files so). Set here once for every table with an own id.
for _table in metadata.tables.values():
    if [column.name for column in _table.primary_key.columns] == ["id"]:
        _table.dialect_kwargs["sqlite_autoincrement"] = True
del _table
