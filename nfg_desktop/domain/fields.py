"""Each entity's fields, declared once.

A field is named here with its German label (export header, import name, Auskunft, change
history), its kind, its import synonyms, whether consent guards it and whether it is a column of
the entity's own table. The lists of the window declare their columns here too (English heading,
translated by the window, and width). The services' stored columns, the list columns, the export
headers, the import mapping, the history labels and the Auskunft are derived from these
declarations: a new plain field is one line here, one in the model and a migration, and its
place in the forms.

Pure Python (no Qt, no SQLAlchemy): importable by every layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum

from nfg_desktop.domain.choices import PartnerRole


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a window text for the translation tools without importing Qt."""
    return text


class FieldKind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    CHOICE = "choice"
    DATE = "date"
    DATETIME = "datetime"
    YEAR = "year"
    NUMBER = "number"  # blank when 0
    COUNT = "count"  # how many related records (shows 0)
    REFERENCE = "reference"  # the id of another record
    BOOL = "bool"
    TAGS = "tags"  # several values, kept in part rows
    POSTAL_CODE = "postal_code"
    PHONE = "phone"
    EMAIL = "email"
    WEBSITE = "website"


class FieldGroup(StrEnum):
    MASTER = "master"  # the record's own data (Stammdaten)
    CONSENT = "consent"  # the person's consent (Einwilligung)


@dataclass(frozen=True)
class Field:
    name: str  # the model's attribute
    label: str  # German
    kind: FieldKind = FieldKind.TEXT
    synonyms: tuple[str, ...] = ()  # further import headers (German and English)
    stored: bool = True  # a column of the entity's own table (False: part rows or derived)
    exported: bool = True
    imported: bool = True
    consent: bool = False  # contact data: shown to others only while consent covers it
    required: bool = False
    group: FieldGroup = FieldGroup.MASTER
    history: str = ""  # the change history's label where it differs from ``label``
    max_length: int = 200

    @property
    def history_label(self) -> str:
        return self.history or self.label

    def names(self) -> tuple[str, ...]:
        """Every header the import maps to this field."""
        return (self.label, *self.synonyms)


@dataclass(frozen=True)
class ListColumn:
    key: str
    title: str  # English; the window translates it (context "ListView")
    width: int = 100
    field: str = ""  # the declared field it shows ("" : a text computed by the list rows)
    filter_all: str = ""  # English; the filter's "any value" entry (no filter: "")

    @property
    def filter(self) -> bool:
        """The list offers a filter of this column's values."""
        return bool(self.filter_all)


@dataclass(frozen=True)
class Entity:
    table: str
    label: str
    fields: tuple[Field, ...]
    columns: tuple[ListColumn, ...] = ()
    # The fields written to others only while consent covers contact data (read for every row
    # of a printed list). Set once, not a cached_property: filling an instance's __dict__ makes
    # every attribute read on it slower (Python 3.11).
    guarded: frozenset[str] = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "guarded", frozenset(f.name for f in self.fields if f.consent))

    def field(self, name: str) -> Field:
        for declared in self.fields:
            if declared.name == name:
                return declared
        raise KeyError(name)

    def stored(self) -> tuple[str, ...]:
        """The entity's own columns that its services write (model attribute names)."""
        return tuple(f.name for f in self.fields if f.stored)

    def exported(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.exported)

    def imported(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.imported)

    def plain_texts(self) -> tuple[Field, ...]:
        """Stored one-line texts without a rule of their own: checked only for length."""
        return tuple(
            f for f in self.fields if f.stored and f.kind == FieldKind.TEXT and not f.required
        )

    def in_group(self, group: FieldGroup) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.group == group)

    def column_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    def filters(self) -> tuple[ListColumn, ...]:
        return tuple(c for c in self.columns if c.filter)


_NOTES_SYNONYMS = (
    "Notiz",
    "Bemerkung",
    "Bemerkungen",
    "Anmerkungen",
    "Kommentar",
    "Hinweise",
    "Notes",
    "Comment",
)
_EMAIL_SYNONYMS = ("Mail", "Email", "E-Mail-Adresse", "Mailadresse", "E-mail")
_LOCALITY_SYNONYMS = ("Teilort", "Stadtteil", "Ortschaft", "District", "Village")


def _consent_fields(*, imported: bool = True) -> tuple[Field, ...]:
    consent = FieldGroup.CONSENT
    return (
        Field(
            "consent_given_on",
            "Einwilligung am",
            FieldKind.DATE,
            ("Einwilligung", "Einverständnis", "Consent") if imported else (),
            group=consent,
        ),
        Field("consent_contact_data", "Einwilligung Kontaktdaten", FieldKind.BOOL, group=consent),
        Field("consent_photos", "Einwilligung Fotos", FieldKind.BOOL, group=consent),
        Field("consent_sharing", "Einwilligung Weitergabe", FieldKind.BOOL, group=consent),
        Field(
            "consent_withdrawn_on",
            "Einwilligung widerrufen am",
            FieldKind.DATE,
            ("Widerrufen am",) if imported else (),
            group=consent,
        ),
    )


PARTNER = Entity(
    "partner",
    "Partner",
    (
        Field(
            "name",
            "Name",
            synonyms=(
                "Organisation",
                "Einrichtung",
                "Institution",
                "Partner",
                "Partnerorganisation",
                "Netzwerkpartner",
                "Name der Organisation",
                "Firma",
                "Verein",
                "Organization",
                "Organisation name",
                "Company",
            ),
            max_length=300,
            required=True,
        ),
        Field(
            "kind",
            "Art",
            FieldKind.CHOICE,
            ("Typ", "Kategorie", "Organisationsart", "Type", "Kind"),
        ),
        Field("sector", "Sektor", FieldKind.CHOICE, ("Bereich", "Sector"), history="Bereich"),
        Field(
            "street",
            "Straße",
            synonyms=(
                "Str.",
                "Str",
                "Strasse",
                "Straße und Hausnummer",
                "Adresse",
                "Anschrift",
                "Street",
                "Address",
            ),
        ),
        Field(
            "postal_code",
            "PLZ",
            FieldKind.POSTAL_CODE,
            ("Postleitzahl", "Zip", "ZIP code", "Postal code", "Postcode"),
        ),
        Field("city", "Ort", synonyms=("Stadt", "Gemeinde", "Wohnort", "City", "Town")),
        Field("locality", "Ortsteil", synonyms=_LOCALITY_SYNONYMS),
        Field(
            "phone",
            "Telefon",
            FieldKind.PHONE,
            ("Tel.", "Tel", "Telefonnummer", "Fon", "Phone", "Telephone"),
        ),
        Field("email", "E-Mail", FieldKind.EMAIL, _EMAIL_SYNONYMS),
        Field(
            "website",
            "Webseite",
            FieldKind.WEBSITE,
            ("Website", "Homepage", "Internet", "Internetseite", "URL", "Web"),
            history="Website",
        ),
        Field("status", "Status", FieldKind.CHOICE, ("State",)),
        Field(
            "partner_since",
            "Partner seit",
            FieldKind.DATE,
            ("Seit", "Beitritt", "Partner since", "Since"),
        ),
        Field(
            "agreement_on",
            "Kooperationsvereinbarung",
            FieldKind.DATE,
            ("Kooperationsvereinbarung am", "Vereinbarung", "Cooperation agreement", "Agreement"),
        ),
        Field(
            "focus_areas",
            "Schwerpunkte",
            FieldKind.TAGS,
            ("Schwerpunkt", "Handlungsfelder", "Focus areas", "Focus"),
            stored=False,
        ),
        Field(
            "target_groups",
            "Zielgruppen",
            FieldKind.TAGS,
            ("Zielgruppe", "Generationen", "Target groups"),
            stored=False,
        ),
        Field("notes", "Notizen", FieldKind.MULTILINE, (*_NOTES_SYNONYMS, "Comments")),
    ),
    (
        ListColumn("name", QT_TRANSLATE_NOOP("ListView", "Name"), 240, "name"),
        ListColumn("kind", QT_TRANSLATE_NOOP("ListView", "Kind"), 170, "kind"),
        ListColumn("sector", QT_TRANSLATE_NOOP("ListView", "Sector"), 100, "sector"),
        ListColumn("status", QT_TRANSLATE_NOOP("ListView", "Status"), 100, "status"),
        ListColumn("city", QT_TRANSLATE_NOOP("ListView", "Town"), 100, "city"),
        ListColumn(
            "locality",
            QT_TRANSLATE_NOOP("ListView", "District"),
            110,
            "locality",
            QT_TRANSLATE_NOOP("ListView", "All districts"),
        ),
        ListColumn("contact", QT_TRANSLATE_NOOP("ListView", "Contact person"), 150),
        ListColumn("phone", QT_TRANSLATE_NOOP("ListView", "Phone"), 100),
        ListColumn("email", QT_TRANSLATE_NOOP("ListView", "E-mail"), 200),
        ListColumn("focus", QT_TRANSLATE_NOOP("ListView", "Focus areas"), 220),
    ),
)

# A partner's contact person. Its import names are those of the partner import's contact columns
# (``CONTACT_PREFIX`` + name, headed "Ansprechperson " + label).
CONTACT = Entity(
    "contact_person",
    "Ansprechperson",
    (
        Field(
            "name",
            "Name",
            synonyms=(
                "Ansprechpartner",
                "Ansprechpartnerin",
                "Ansprechpartner/in",
                "Ansprechperson",
                "Kontakt",
                "Kontaktperson",
                "Contact",
                "Contact person",
            ),
            stored=False,
            exported=False,
        ),
        Field(
            "first_name",
            "Vorname",
            synonyms=("Vorname", "Vorname Ansprechpartner", "Contact first name"),
            max_length=100,
        ),
        Field(
            "last_name",
            "Nachname",
            synonyms=("Nachname", "Nachname Ansprechpartner", "Contact last name"),
            max_length=100,
            required=True,
        ),
        Field(
            "function",
            "Funktion",
            synonyms=("Funktion", "Position", "Rolle", "Function", "Job title"),
        ),
        Field(
            "phone",
            "Telefon",
            FieldKind.PHONE,
            ("Telefon Ansprechpartner", "Tel. Ansprechpartner", "Kontakt Telefon", "Contact phone"),
            consent=True,
        ),
        Field(
            "email",
            "E-Mail",
            FieldKind.EMAIL,
            ("E-Mail Ansprechpartner", "Mail Ansprechpartner", "Kontakt E-Mail", "Contact email"),
            consent=True,
        ),
        Field("is_primary", "Hauptansprechperson", FieldKind.BOOL, imported=False),
        *_consent_fields(imported=False),
    ),
)
CONTACT_PREFIX = "contact_"
CONTACT_LABEL_PREFIX = "Ansprechperson "

VOLUNTEER = Entity(
    "volunteer",
    "Ehrenamtliche/r",
    (
        Field(
            "first_name",
            "Vorname",
            synonyms=("First name", "Given name", "Firstname"),
            max_length=100,
            required=True,
        ),
        Field(
            "last_name",
            "Nachname",
            synonyms=("Familienname", "Last name", "Surname", "Lastname"),
            max_length=100,
            required=True,
        ),
        Field(
            "full_name",
            "Vor- und Nachname",
            synonyms=("Name", "Vollständiger Name", "Full name"),
            stored=False,
            exported=False,
        ),
        Field(
            "birth_year",
            "Geburtsjahr",
            FieldKind.YEAR,
            (
                "Jahrgang",
                "Geburtsdatum",
                "Geboren",
                "Geb.",
                "Year of birth",
                "Birth year",
                "Date of birth",
            ),
        ),
        Field(
            "street",
            "Straße",
            synonyms=("Str.", "Str", "Strasse", "Adresse", "Anschrift", "Street", "Address"),
            consent=True,
        ),
        Field(
            "postal_code",
            "PLZ",
            FieldKind.POSTAL_CODE,
            ("Postleitzahl", "Zip", "Postal code", "Postcode"),
            consent=True,
        ),
        Field(
            "city", "Ort", synonyms=("Wohnort", "Stadt", "Gemeinde", "City", "Town"), consent=True
        ),
        Field("locality", "Ortsteil", synonyms=_LOCALITY_SYNONYMS, consent=True),
        Field(
            "phone",
            "Telefon",
            FieldKind.PHONE,
            ("Tel.", "Tel", "Telefonnummer", "Handy", "Mobil", "Mobiltelefon", "Phone", "Mobile"),
            consent=True,
        ),
        Field("email", "E-Mail", FieldKind.EMAIL, _EMAIL_SYNONYMS, consent=True),
        Field("status", "Status", FieldKind.CHOICE, ("State",)),
        Field(
            "active_since",
            "Aktiv seit",
            FieldKind.DATE,
            ("Seit", "Eintritt", "Dabei seit", "Active since"),
        ),
        Field("left_on", "Ausgeschieden am", FieldKind.DATE, ("Austritt", "Left on")),
        Field(
            "skills",
            "Fähigkeiten",
            FieldKind.TAGS,
            ("Fähigkeit", "Kenntnisse", "Kompetenzen", "Skills"),
            stored=False,
        ),
        Field(
            "languages",
            "Sprachen",
            FieldKind.TAGS,
            ("Sprache", "Sprachkenntnisse", "Languages"),
            stored=False,
        ),
        Field("interests", "Interessen", FieldKind.TAGS, ("Interesse", "Interests"), stored=False),
        Field(
            "availability",
            "Verfügbarkeit",
            FieldKind.TAGS,
            ("Verfügbar", "Zeiten", "Availability"),
            stored=False,
        ),
        *_consent_fields(),
        Field("notes", "Notizen", FieldKind.MULTILINE, _NOTES_SYNONYMS),
    ),
    (
        ListColumn("last_name", QT_TRANSLATE_NOOP("ListView", "Last name"), 130, "last_name"),
        ListColumn("first_name", QT_TRANSLATE_NOOP("ListView", "First name"), 110, "first_name"),
        ListColumn("status", QT_TRANSLATE_NOOP("ListView", "Status"), 100, "status"),
        ListColumn("city", QT_TRANSLATE_NOOP("ListView", "Town"), 100, "city"),
        ListColumn(
            "locality",
            QT_TRANSLATE_NOOP("ListView", "District"),
            110,
            "locality",
            QT_TRANSLATE_NOOP("ListView", "All districts"),
        ),
        ListColumn("phone", QT_TRANSLATE_NOOP("ListView", "Phone"), 100, "phone"),
        ListColumn("email", QT_TRANSLATE_NOOP("ListView", "E-mail"), 200, "email"),
        ListColumn("birth_year", QT_TRANSLATE_NOOP("ListView", "Born"), 100, "birth_year"),
        ListColumn("tags", QT_TRANSLATE_NOOP("ListView", "Skills and languages"), 220),
        ListColumn("clearance", QT_TRANSLATE_NOOP("ListView", "Police clearance"), 100),
    ),
)

PROJECT = Entity(
    "project",
    "Projekt",
    (
        Field("title", "Titel", required=True, max_length=300),
        Field("kind", "Art", FieldKind.CHOICE),
        Field("status", "Status", FieldKind.CHOICE),
        Field("start_date", "Beginn", FieldKind.DATE),
        Field("end_date", "Ende", FieldKind.DATE),
        Field("place", "Ort", max_length=300),
        Field("focus_areas", "Schwerpunkte", FieldKind.TAGS, stored=False),
        Field("target_groups", "Zielgruppen", FieldKind.TAGS, stored=False),
        # The partners in each role and the number of volunteers: from the project's links.
        *(
            Field(f"partners_{role.name.lower()}", role.value, FieldKind.TAGS, stored=False)
            for role in PartnerRole
        ),
        Field("volunteer_count", "Ehrenamtliche", FieldKind.COUNT, stored=False),
        Field("need_count", "Bedarf (Personen)", FieldKind.NUMBER, history="Bedarf (Anzahl)"),
        Field("needed_skills", "Benötigte Fähigkeiten", FieldKind.TAGS, stored=False),
        Field(
            "works_with_children",
            "Arbeit mit Kindern/Jugendlichen",
            FieldKind.BOOL,
            history="Arbeit mit Kindern oder Jugendlichen",
        ),
        Field("description", "Beschreibung", FieldKind.MULTILINE),
        Field("goals", "Ziele", FieldKind.MULTILINE),
        Field("need_notes", "Bedarf (Fähigkeiten)", FieldKind.MULTILINE, exported=False),
        Field("contact_id", "Ansprechperson (Nr.)", FieldKind.REFERENCE, exported=False),
    ),
    (
        ListColumn("title", QT_TRANSLATE_NOOP("ListView", "Title"), 240, "title"),
        ListColumn("kind", QT_TRANSLATE_NOOP("ListView", "Kind"), 170, "kind"),
        ListColumn("status", QT_TRANSLATE_NOOP("ListView", "Status"), 100, "status"),
        ListColumn("lead", QT_TRANSLATE_NOOP("ListView", "Lead partner"), 180),
        ListColumn("place", QT_TRANSLATE_NOOP("ListView", "Place"), 100, "place"),
        ListColumn("start", QT_TRANSLATE_NOOP("ListView", "Start"), 100, "start_date"),
        ListColumn("end", QT_TRANSLATE_NOOP("ListView", "End"), 100, "end_date"),
        ListColumn(
            "volunteers", QT_TRANSLATE_NOOP("ListView", "Volunteers"), 100, "volunteer_count"
        ),
        ListColumn("need", QT_TRANSLATE_NOOP("ListView", "Needed"), 100, "need_count"),
        ListColumn("focus", QT_TRANSLATE_NOOP("ListView", "Focus areas"), 220),
    ),
)

MEETING = Entity(
    "meeting",
    "Termin",
    (
        Field("title", "Titel", required=True, max_length=300),
        Field("kind", "Art", FieldKind.CHOICE),
        Field("starts_at", "Beginn", FieldKind.DATETIME),
        Field("ends_at", "Ende", FieldKind.DATETIME),
        Field("place", "Ort", max_length=300),
        Field("invited_count", "Eingeladen", FieldKind.COUNT, stored=False),
        Field("attended_count", "Anwesend", FieldKind.COUNT, stored=False),
        Field("agenda", "Tagesordnung", FieldKind.MULTILINE),
        Field("minutes", "Protokoll", FieldKind.MULTILINE),
    ),
    (
        ListColumn("date", QT_TRANSLATE_NOOP("ListView", "Date"), 120, "starts_at"),
        ListColumn("title", QT_TRANSLATE_NOOP("ListView", "Title"), 240, "title"),
        ListColumn("kind", QT_TRANSLATE_NOOP("ListView", "Kind"), 170, "kind"),
        ListColumn("place", QT_TRANSLATE_NOOP("ListView", "Place"), 100, "place"),
        ListColumn("invited", QT_TRANSLATE_NOOP("ListView", "Invited"), 100, "invited_count"),
        ListColumn("attended", QT_TRANSLATE_NOOP("ListView", "Attended"), 100, "attended_count"),
    ),
)

TRAINING = Entity(
    "training",
    "Qualifizierung",
    (
        Field("title", "Titel", required=True, max_length=300),
        Field("day", "Datum", FieldKind.DATE),
        Field("focus", "Schwerpunkt", FieldKind.CHOICE),
        Field("provider", "Anbieter", max_length=300),
        Field("notes", "Notizen", FieldKind.MULTILINE),
        Field("attendee_count", "Teilnehmende", FieldKind.COUNT, stored=False, exported=False),
    ),
    (
        ListColumn("date", QT_TRANSLATE_NOOP("ListView", "Date"), 120, "day"),
        ListColumn("title", QT_TRANSLATE_NOOP("ListView", "Title"), 240, "title"),
        ListColumn("focus_area", QT_TRANSLATE_NOOP("ListView", "Focus area"), 170, "focus"),
        ListColumn("provider", QT_TRANSLATE_NOOP("ListView", "Provider"), 180, "provider"),
        ListColumn("attendees", QT_TRANSLATE_NOOP("ListView", "Attendees"), 100, "attendee_count"),
    ),
)

# The entities of the window's lists, by list kind.
LISTS: dict[str, Entity] = {
    "partner": PARTNER,
    "project": PROJECT,
    "volunteer": VOLUNTEER,
    "meeting": MEETING,
    "training": TRAINING,
}


def history_labels() -> dict[str, str]:
    """The change history's German label of every declared stored field, by column name.

    The history names a column without its table, so one name has one label across entities.
    """
    labels: dict[str, str] = {}
    for entity in (PARTNER, CONTACT, VOLUNTEER, PROJECT, MEETING, TRAINING):
        for declared in entity.fields:
            if declared.stored:
                labels.setdefault(declared.name, declared.history_label)
    return labels
