"""Choice lists of the domain, defined once, with the German labels the user sees.

Values are stored as their German label. Lists marked *extendable* accept entries the user added
(stored in the ``custom_choice`` table); the others are closed.
"""

from __future__ import annotations

from enum import StrEnum


class PartnerKind(StrEnum):
    KOMMUNALVERWALTUNG = "Kommunalverwaltung"
    WOHLFAHRTSVERBAND = "Wohlfahrtsverband"
    GEMEINNUETZIGE_ORGANISATION = "Gemeinnützige Organisation"
    KIRCHENGEMEINDE = "Kirchengemeinde"
    MEHRGENERATIONENHAUS = "Mehrgenerationenhaus/Familienzentrum"
    VEREIN = "Verein"
    VERBAND = "Verband"
    SCHULE = "Schule"
    KITA = "Kindertageseinrichtung"
    SENIORENEINRICHTUNG = "Senioreneinrichtung"
    UNTERNEHMEN = "Unternehmen"
    INITIATIVE = "Initiative/Zivilgesellschaft"
    PROGRAMMSTANDORT = "Programmstandort"
    SONSTIGE = "Sonstige"


class Sector(StrEnum):
    ZIVILGESELLSCHAFT = "Zivilgesellschaft"
    WOHLFAHRT = "Wohlfahrt"
    KIRCHE = "Kirche"
    BILDUNG = "Bildung"
    POLITIK_VERWALTUNG = "Politik/Verwaltung"
    WIRTSCHAFT = "Wirtschaft"


class FocusArea(StrEnum):
    GEMEINSCHAFT = "Gemeinschaft stärken"
    FAMILIEN = "Familien unterstützen"
    KINDER = "Kinder fördern"


class TargetGroup(StrEnum):
    KINDER = "Kinder"
    JUGENDLICHE = "Jugendliche"
    FAMILIEN = "Familien"
    ERWACHSENE = "Erwachsene"
    SENIOREN = "Senioren"


class PartnerStatus(StrEnum):
    ANGEFRAGT = "angefragt"
    AKTIV = "aktiv"
    RUHEND = "ruhend"
    AUSGESCHIEDEN = "ausgeschieden"


class ProjectKind(StrEnum):
    FAMILIENBESUCHE = "Familienbesuche"
    PATENSCHAFTEN = "Kultur- und Bildungspatenschaften für Kinder"
    HAUSBESUCHE = "Hausbesuche für Senioren"
    EHRENAMTSLOTSEN = "Ehrenamtslotsen"
    OFFENER_TREFF = "Offener Treff"
    NACHBARSCHAFTSHILFE = "Nachbarschaftshilfe"
    TALENTBOERSE = "Talentbörse"
    SONSTIGES = "Sonstiges"


class ProjectStatus(StrEnum):
    IDEE = "Idee"
    IN_PLANUNG = "in Planung"
    LAEUFT = "läuft"
    PAUSIERT = "pausiert"
    ABGESCHLOSSEN = "abgeschlossen"


class PartnerRole(StrEnum):
    TRAEGER = "Träger"
    KOOPERATIONSPARTNER = "Kooperationspartner"
    UNTERSTUETZER = "Unterstützer"


class VolunteerStatus(StrEnum):
    INTERESSIERT = "interessiert"
    AKTIV = "aktiv"
    PAUSIERT = "pausiert"
    AUSGESCHIEDEN = "ausgeschieden"


class MeetingKind(StrEnum):
    NETZWERKTREFFEN = "Netzwerktreffen"
    STEUERUNGSGRUPPE = "Steuerungsgruppe"
    QUALIFIZIERUNG = "Qualifizierung"
    STANDORTAUSTAUSCH = "Standortaustausch"
    SONSTIGES = "Sonstiges"


class Weekday(StrEnum):
    MO = "Mo"
    DI = "Di"
    MI = "Mi"
    DO = "Do"
    FR = "Fr"
    SA = "Sa"
    SO = "So"


class DayPart(StrEnum):
    VORMITTAGS = "vormittags"
    NACHMITTAGS = "nachmittags"
    ABENDS = "abends"


# The values of the closed lists, listed once: validating an import checks thousands of rows.
SECTORS: list[str] = list(Sector)
PARTNER_STATUSES: list[str] = list(PartnerStatus)
FOCUS_AREAS: list[str] = list(FocusArea)
TARGET_GROUPS: list[str] = list(TargetGroup)
VOLUNTEER_STATUSES: list[str] = list(VolunteerStatus)
WEEKDAYS: list[str] = list(Weekday)
DAY_PARTS: list[str] = list(DayPart)


class TagKind(StrEnum):
    """Free tags of a volunteer; the user adds new values by typing them."""

    SKILL = "Fähigkeit"
    LANGUAGE = "Sprache"
    INTEREST = "Interesse"


class ChoiceList(StrEnum):
    """Lists whose entries the user can extend (stored in ``custom_choice``)."""

    PARTNER_KIND = "partner_kind"
    PROJECT_KIND = "project_kind"
    MEETING_KIND = "meeting_kind"
    SKILL = "skill"
    LANGUAGE = "language"


BUILTIN_CHOICES: dict[ChoiceList, tuple[str, ...]] = {
    ChoiceList.PARTNER_KIND: tuple(PartnerKind),
    ChoiceList.PROJECT_KIND: tuple(ProjectKind),
    ChoiceList.MEETING_KIND: tuple(MeetingKind),
    ChoiceList.SKILL: (
        "Begleitung",
        "Besuchsdienst",
        "Fahrdienst",
        "Handwerk",
        "Hausaufgabenhilfe",
        "Kochen",
        "Computer und Smartphone",
        "Lesen und Vorlesen",
        "Musik",
        "Organisation",
        "Sport und Bewegung",
        "Übersetzen",
    ),
    ChoiceList.LANGUAGE: (
        "Deutsch",
        "Englisch",
        "Französisch",
        "Italienisch",
        "Türkisch",
        "Polnisch",
        "Russisch",
        "Ukrainisch",
        "Arabisch",
        "Vietnamesisch",
        "Kroatisch",
        "Griechisch",
    ),
}


def match_choice(text: str, options: list[str] | tuple[str, ...]) -> str | None:
    """Return the option ``text`` names: exact, case-insensitive, or a unique prefix."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for option in options:
        if option.casefold() == wanted:
            return option
    prefixed = [option for option in options if option.casefold().startswith(wanted)]
    if len(prefixed) == 1:
        return prefixed[0]
    return None
