"""The language of a printout: German (the default, the municipality's documents) or English.

Every fixed text of a printout is written in German in the report and passed through a
``Texts`` (``t = texts(options.language)``): ``t("Partnerliste")`` gives the German text unchanged
or its English line in ``ENGLISH`` below (or in ``ENGLISH_VALUES`` of
``nfg_desktop.domain.choices_english``, shared with the English window). Values the program
fixes (partner kinds, statuses, focus areas, …) go through ``t.value()``, which leaves anything
a user typed as typed; counted nouns through ``t.count()``, dates and numbers through
``t.date()`` and ``t.number()``.

To add a text: write it in German in the report as ``t("…")`` and add its English line here;
tests/reports/test_report_language.py fails on a German text without one.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from nfg_desktop.domain.choices_english import ENGLISH_VALUES
from nfg_desktop.domain.formatting import (
    german_count,
    german_date,
    german_history_value,
    german_value,
)

GERMAN = "de"
ENGLISH_LANGUAGE = "en"
LANGUAGES = (GERMAN, ENGLISH_LANGUAGE)
LANGUAGE_NAMES = {GERMAN: "Deutsch", ENGLISH_LANGUAGE: "Englisch"}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Counted nouns: (German singular, German plural) -> (English singular, English plural).
ENGLISH_COUNTS: dict[tuple[str, str], tuple[str, str]] = {
    ("Partner", "Partner"): ("partner", "partners"),
    ("Projekt", "Projekte"): ("project", "projects"),
    ("Etikett", "Etiketten"): ("label", "labels"),
    ("Ehrenamtliche/r", "Ehrenamtliche"): ("volunteer", "volunteers"),
    ("weitere/r Ehrenamtliche/r", "weitere Ehrenamtliche"): (
        "more volunteer",
        "more volunteers",
    ),
    ("Ehrenamtliche/r engagiert", "Ehrenamtliche engagieren"): (
        "volunteer is",
        "volunteers are",
    ),
}

ENGLISH: dict[str, str] = {
    # --- every page ---------------------------------------------------------------------
    "Seite {number} von {total}": "Page {number} of {total}",
    "vertraulich": "confidential",
    "Für diese Auswahl gibt es keine Einträge.": "There are no entries for this selection.",
    "Ändern Sie die Auswahl (Status, Schwerpunkt, markierte Einträge) und drucken Sie erneut.": (
        "Change the selection (status, focus area, selected entries) and print again."
    ),
    "{title} (Fortsetzung)": "{title} (continued)",
    "keine Einträge": "no entries",
    "keine Einwilligung": "no consent",
    "Status {status}": "status {status}",
    "Name": "Name",
    "Adresse": "Address",
    "Telefon": "Phone",
    "E-Mail": "E-mail",
    "Organisation": "Organisation",
    # --- report titles ------------------------------------------------------------------
    "Partnerliste": "Partner list",
    "Teilnehmerliste": "Attendance list",
    "Projektsteckbrief": "Project profile",
    "Ehrenamtlichenliste": "Volunteer list",
    "Jahresbericht": "Annual report",
    "Adressetiketten": "Address labels",
    "Netzwerkkarte": "Network map",
    # --- Partnerliste -------------------------------------------------------------------
    "nach Schwerpunkt": "by focus area",
    "nach Art": "by kind",
    "Partner": "Partner",
    "Ansprechperson": "Contact person",
    "Telefon / E-Mail": "Phone / e-mail",
    "Schwerpunkte": "Focus areas",
    "Tel.": "Phone",
    # --- Teilnehmerliste ----------------------------------------------------------------
    "Nr.": "No.",
    "Unterschrift": "Signature",
    "{day}, {start} Uhr": "{day}, {start}",
    "{day}, {start}–{end} Uhr": "{day}, {start}–{end}",
    "Ort: {place}": "Place: {place}",
    "Eingeladen: {count} · Bitte tragen Sie sich ein und unterschreiben Sie.": (
        "Invited: {count} · Please enter your name and sign."
    ),
    "Vertretung {organisation}": "Representative of {organisation}",
    (
        "Datenschutzhinweis: Diese Liste dient nur dem Nachweis der Teilnahme an diesem Treffen "
        "(Art. 6 Abs. 1 DSGVO). Sie wird von der Netzwerkkoordination aufbewahrt, nicht "
        "weitergegeben und vernichtet, sobald sie für die Dokumentation nicht mehr gebraucht "
        "wird. Wer sich einträgt, kann jederzeit Auskunft, Berichtigung oder Löschung verlangen."
    ): (
        "Data protection notice: this list only serves as a record of attendance at this meeting "
        "(Art. 6(1) GDPR). It is kept by the network coordination, not passed on, and destroyed "
        "as soon as it is no longer needed for the records. Anyone who signs can ask at any time "
        "for access to, correction or erasure of their data."
    ),
    " Telefonnummern stehen nur dort, wo eine Einwilligung vorliegt.": (
        " Phone numbers are only shown where consent has been given."
    ),
    # --- Projektsteckbrief --------------------------------------------------------------
    "{start} bis {end}": "{start} to {end}",
    "seit {start}": "since {start}",
    "bis {end}": "until {end}",
    "noch offen": "not yet fixed",
    "{count} gesucht": "{count} wanted",
    "zurzeit kein zusätzlicher Bedarf": "no further need at present",
    "Gefragt: {skills}": "Skills wanted: {skills}",
    "{count} sich im Projekt.": "{count} involved in the project.",
    "ja – Ehrenamtliche brauchen ein erweitertes Führungszeugnis (§ 72a SGB VIII)": (
        "yes – volunteers need an extended police clearance certificate (§ 72a SGB VIII)"
    ),
    "nein": "no",
    "Art": "Kind",
    "Status": "Status",
    "Zeitraum": "Period",
    "Ort": "Place",
    "Zielgruppen": "Target groups",
    "Mit Kindern oder Jugendlichen": "With children or young people",
    "Ehrenamtliche": "Volunteers",
    "Bedarf": "Need",
    "Kontakt": "Contact",
    "Ziele": "Goals",
    "Beschreibung": "Description",
    "Partner ({count})": "Partners ({count})",
    "Noch keine Partner eingetragen.": "No partners entered yet.",
    # --- Ehrenamtlichenliste ------------------------------------------------------------
    (
        "Vertraulich: nur für die Netzwerkkoordination, nicht zum Aushängen oder Weitergeben. "
        "Kontaktdaten stehen nur dort, wo die Einwilligung sie abdeckt."
    ): (
        "Confidential: for the network coordination only, not to be posted or passed on. "
        "Contact details are only shown where consent covers them."
    ),
    "Führungszeugnis": "Police clearance",
    "Projekte": "Projects",
    "Jg. {year}": "born {year}",
    "fehlt": "missing",
    "gültig bis {day}": "valid until {day}",
    "läuft am {day} ab": "expires on {day}",
    "abgelaufen seit {day}": "expired on {day}",
    "nicht einwandfrei": "not clean",
    # --- Jahresbericht ------------------------------------------------------------------
    "{invited} eingeladen, findet noch statt": "{invited} invited, yet to take place",
    "{attended} von {invited} Eingeladenen": "{attended} of {invited} invited",
    "Netzwerkpartner (ohne ausgeschiedene)": "Network partners (not counting those who left)",
    "davon neu im Jahr {year}": "of which new in {year}",
    "Projekte und Angebote": "Projects and services",
    "Aktive Ehrenamtliche": "Active volunteers",
    "Geleistete Stunden": "Hours given",
    "Termine": "Meetings",
    "Teilnahmen an Terminen": "Attendances at meetings",
    "übrige {count} Projekte": "other {count} projects",
    "Das Jahr in Zahlen": "The year in figures",
    "Partner nach Art": "Partners by kind",
    "Partner nach Schwerpunkt (ein Partner kann mehrere haben)": (
        "Partners by focus area (a partner can have several)"
    ),
    "Projekte nach Status": "Projects by status",
    "Aktive Ehrenamtliche nach Generation (Alter im Jahr {year})": (
        "Active volunteers by generation (age in {year})"
    ),
    "Stunden nach Monat": "Hours by month",
    "Stunden nach Projekt": "Hours by project",
    "Stunden nach Projekt: keine Einträge in diesem Jahr.": (
        "Hours by project: no entries this year."
    ),
    "Termine und Teilnahme ({count})": "Meetings and attendance ({count})",
    "Keine Termine in diesem Jahr.": "No meetings this year.",
    "Neue Partner im Jahr {year} ({count})": "New partners in {year} ({count})",
    "Keine neuen Partner in diesem Jahr.": "No new partners this year.",
    "Stunden je Projekt": "Hours per project",
    "Keine Einträge.": "No entries.",
    "Jan": "Jan",
    "Feb": "Feb",
    "Mär": "Mar",
    "Apr": "Apr",
    "Mai": "May",
    "Jun": "Jun",
    "Jul": "Jul",
    "Aug": "Aug",
    "Sep": "Sep",
    "Okt": "Oct",
    "Nov": "Nov",
    "Dez": "Dec",
    # --- Adressetiketten ----------------------------------------------------------------
    "{count} 70 × 37 mm ab Position {start}": "{count} 70 × 37 mm from position {start}",
    "z. Hd. {name}": "Attn. {name}",
    # --- Netzwerkkarte ------------------------------------------------------------------
    "auch: {others}": "also: {others}",
    "Teil {number} von {total}": "Part {number} of {total}",
    "Partner {status}": "Partner {status}",
    "Schwerpunkt": "Focus area",
    "Projekt": "Project",
    "arbeitet im Projekt mit": "works in the project",
    "Schwerpunkt, ohne Projekt": "focus area, no project",
    # --- Auskunft (Art. 15 DSGVO) --------------------------------------------------------
    "Auskunft nach Art. 15 DSGVO": "Data subject access under Art. 15 GDPR",
    "Auskunft über gespeicherte Daten (Art. 15 DSGVO)": (
        "Data subject access: your stored data (Art. 15 GDPR)"
    ),
    "Person: {name} ({kind}, Nummer {number})": "Person: {name} ({kind}, number {number})",
    "Verantwortliche Stelle: {controller}": "Controller: {controller}",
    "Stand: {day}": "As of: {day}",
    (
        "Diese Auskunft enthält alle Daten, die im Programm NFG Desktop über Sie gespeichert "
        "sind, einschließlich des Änderungsverlaufs. Sie können die Berichtigung, Löschung "
        "oder Einschränkung der Verarbeitung verlangen und eine Einwilligung jederzeit "
        "widerrufen."
    ): (
        "This statement contains all data stored about you in the program NFG Desktop, "
        "including the change history. You can ask for your data to be corrected or erased or "
        "for its processing to be restricted, and you can withdraw a consent at any time."
    ),
    "ja": "yes",
    # section titles
    "Stammdaten": "Master data",
    "Einwilligung": "Consent",
    "Erweitertes Führungszeugnis": "Extended police clearance certificate",
    "Einsätze (Stunden)": "Assignments (hours)",
    "Qualifizierungen": "Trainings",
    "Termine (Einladungen und Anwesenheit)": "Meetings (invitations and attendance)",
    "Projekte (als Kontakt)": "Projects (as contact)",
    "Änderungsverlauf": "Change history",
    # fields and columns of the Auskunft
    "Nummer": "Number",
    "Fähigkeiten": "Skills",
    "Sprachen": "Languages",
    "Interessen": "Interests",
    "Verfügbarkeit": "Availability",
    "Anonymisiert": "Anonymised",
    "Angelegt am": "Created on",
    "Zuletzt geändert am": "Last changed on",
    "Einwilligung erteilt am": "Consent given on",
    "Kontaktdaten im Netzwerk": "Contact details within the network",
    "Fotos": "Photos",
    "Weitergabe an Partner": "Passing on to partners",
    "Widerrufen am": "Withdrawn on",
    "Ausgestellt am": "Issued on",
    "Eingesehen am": "Inspected on",
    "Einwandfrei": "Clean",
    "Eingesehen von": "Inspected by",
    "Gültig bis": "Valid until",
    "Rolle": "Role",
    "Seit": "Since",
    "Begründung ohne gültiges Führungszeugnis": "Reason without a valid police clearance",
    "Datum": "Date",
    "Stunden": "Hours",
    "Notiz": "Note",
    "Stunden insgesamt": "Hours in total",
    "Anbieter": "Provider",
    "Termin": "Meeting",
    "Beginn": "Start",
    "Anwesend": "Present",
    "Zeitpunkt": "Time",
    "Benutzer": "User",
    "Vorgang": "Action",
    "Datensatz": "Record",
    "Feld": "Field",
    "Alter Wert": "Old value",
    "Neuer Wert": "New value",
    # the declared fields and the change history's names of records, fields and actions
    "Vorname": "First name",
    "Nachname": "Last name",
    "Geburtsjahr": "Year of birth",
    "Straße": "Street",
    "PLZ": "Postcode",
    "Ortsteil": "District",
    "Ortsteile": "Districts",
    "Aktiv seit": "Active since",
    "Ausgeschieden am": "Left on",
    "Notizen": "Notes",
    "Funktion": "Function",
    "Hauptansprechperson": "Main contact person",
    "Absender-Telefon": "Sender's phone",
    "Absenderadresse": "Sender's address",
    "Ansprechperson (Nr.)": "Contact person (no.)",
    "Arbeit mit Kindern oder Jugendlichen": "Work with children or young people",
    "Auswahlliste": "Choice list",
    "Bedarf (Anzahl)": "Need (number)",
    "Bedarf (Fähigkeiten)": "Need (skills)",
    "Begründung ohne Führungszeugnis": "Reason without a police clearance",
    "Bereich": "Area",
    "Ehrenamtliche/r (Nr.)": "Volunteer (no.)",
    "Einladung": "Invitation",
    "Einstellung": "Setting",
    "Eintrag": "Entry",
    "Einwilligung Fotos": "Consent to photos",
    "Einwilligung Kontaktdaten": "Consent to contact details",
    "Einwilligung Weitergabe": "Consent to passing on",
    "Einwilligung am": "Consent on",
    "Einwilligung widerrufen am": "Consent withdrawn on",
    "Einwohnerzahl": "Population",
    "Ende": "End",
    "Fachbereich": "Department",
    "Form": "Form",
    "Fähigkeit": "Skill",
    "Fähigkeit/Sprache/Interesse": "Skill/language/interest",
    "Gesuchte Fähigkeit": "Skill wanted",
    "Kommune": "Municipality",
    "Kooperationsvereinbarung": "Cooperation agreement",
    "Koordination": "Coordination",
    "Koordination (Nr.)": "Coordination (no.)",
    "Landkreis": "District (Landkreis)",
    "Logo": "Logo",
    "Netzwerk": "Network",
    "Netzwerk (Nr.)": "Network (no.)",
    "Partner (Nr.)": "Partner (no.)",
    "Partner seit": "Partner since",
    "Programmstart": "Programme start",
    "Projekt (Nr.)": "Project (no.)",
    "Projekt-Ehrenamtliche": "Project volunteers",
    "Projektpartner": "Project partners",
    "Protokoll": "Minutes",
    "Qualifizierung (Nr.)": "Training (no.)",
    "Reihenfolge": "Order",
    "Stundeneintrag": "Hours entry",
    "Tagesordnung": "Agenda",
    "Tageszeit": "Time of day",
    "Teilnahme an Qualifizierung": "Training attendance",
    "Termin (Nr.)": "Meeting (no.)",
    "Titel": "Title",
    "Website": "Website",
    "Wert": "Value",
    "Wochentag": "Weekday",
    "Zielgruppe": "Target group",
    "angelegt": "created",
    "geändert": "changed",
    "gelöscht": "deleted",
    "gelöscht (Art. 17 DSGVO)": "erased (Art. 17 GDPR)",
    "anonymisiert (Art. 17 DSGVO)": "anonymised (Art. 17 GDPR)",
    "Führungszeugnis-Einträge gelöscht (Frist nach dem Ausscheiden)": (
        "police clearance records deleted (time limit after leaving)"
    ),
}


class Texts:
    """The texts of one printout in one language (German: every text as written)."""

    def __init__(self, language: str = GERMAN) -> None:
        self.language = language
        self.english = language == ENGLISH_LANGUAGE

    def __call__(self, german: str, **values: Any) -> str:
        text = german
        if self.english:
            text = ENGLISH.get(german) or ENGLISH_VALUES.get(german, german)
        return text.format(**values) if values else text

    def value(self, value: str) -> str:
        """A value the program fixes in English; anything a user typed as typed."""
        return ENGLISH_VALUES.get(value, value) if self.english else value

    def values(self, values: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.value(value) for value in values)

    def count(self, count: int, singular: str, plural: str) -> str:
        """„1 Etikett“ / „2 Etiketten“, "1 label" / "2 labels"."""
        if not self.english:
            return german_count(count, singular, plural)
        one, many = ENGLISH_COUNTS.get((singular, plural), (singular, plural))
        return f"{count} {one if count == 1 else many}"

    def date(self, day: date | None) -> str:
        """31.12.2026, or 31 Dec 2026 (day, month and year cannot be mistaken for each other)."""
        if not self.english or day is None:
            return german_date(day)
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"

    def datetime(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        return f"{self.date(moment.date())} {moment:%H:%M}"

    def number(self, value: float) -> str:
        """Whole numbers with thousands separators, others with one decimal: 1.234,5 or
        1,234.5."""
        if float(value).is_integer():
            text = f"{int(value):,}"
        else:
            text = f"{value:,.1f}"
        return self._separators(text)

    def format(self, value: Any) -> str:
        """A stored value as text: ja/nein or yes/no, dates, decimal comma or point."""
        if not self.english:
            return german_value(value)
        if isinstance(value, bool):
            return self("ja") if value else self("nein")
        if isinstance(value, datetime):
            return self.datetime(value)
        if isinstance(value, date):
            return self.date(value)
        if isinstance(value, float):
            return f"{value:.2f}".rstrip("0").rstrip(".")
        return german_value(value)

    def history_value(self, text: str | None) -> str:
        """A value from the change history (ISO dates) as the reader reads them."""
        if not self.english or text is None:
            return german_history_value(text)
        try:
            return self.date(date.fromisoformat(text))
        except ValueError:
            return text

    def percent(self, share: int) -> str:
        """40 % (German puts a space before the sign), 40%."""
        return f"{share}%" if self.english else f"{share} %"

    def hours(self, value: float) -> str:
        """Always one decimal, so that right-aligned figures line up: 1.234,5 or 1,234.5."""
        return self._separators(f"{value:,.1f}")

    def _separators(self, text: str) -> str:
        """``text`` formatted with English separators, in German ones unless English."""
        if self.english:
            return text
        return text.replace(",", "X").replace(".", ",").replace("X", ".")


GERMAN_TEXTS = Texts(GERMAN)


@cache
def texts(language: str = GERMAN) -> Texts:
    return GERMAN_TEXTS if language == GERMAN else Texts(language)
