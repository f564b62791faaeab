"""The English wording of the values the program fixes (``choices``, clearance states and the
reports' own group names), one home for the English window and the English printouts.

What is stored, searched for duplicates, exported and imported stays the German value; only
what is shown (English window) or printed (English printout) uses this wording.
"""

from __future__ import annotations

# The values the program fixes (choice lists and the reports' own group names). Anything else
# in those places (a kind a user added) is shown and printed as typed.
ENGLISH_VALUES: dict[str, str] = {
    # partner kinds
    "Kommunalverwaltung": "Municipal administration",
    "Wohlfahrtsverband": "Welfare association",
    "Gemeinnützige Organisation": "Non-profit organisation",
    "Kirchengemeinde": "Church parish",
    "Mehrgenerationenhaus/Familienzentrum": "Multi-generation house/family centre",
    "Verein": "Club/association",
    "Verband": "Federation",
    "Schule": "School",
    "Kindertageseinrichtung": "Day-care centre",
    "Senioreneinrichtung": "Senior citizens' facility",
    "Unternehmen": "Business",
    "Initiative/Zivilgesellschaft": "Initiative/civil society",
    "Programmstandort": "Programme site",
    "Sonstige": "Other",
    # focus areas
    "Gemeinschaft stärken": "Strengthening community",
    "Familien unterstützen": "Supporting families",
    "Kinder fördern": "Supporting children",
    "ohne Schwerpunkt": "no focus area",
    # target groups
    "Kinder": "Children",
    "Jugendliche": "Young people",
    "Familien": "Families",
    "Erwachsene": "Adults",
    "Senioren": "Senior citizens",
    # sectors
    "Zivilgesellschaft": "Civil society",
    "Wohlfahrt": "Welfare",
    "Kirche": "Church",
    "Bildung": "Education",
    "Politik/Verwaltung": "Politics/administration",
    "Wirtschaft": "Economy",
    # partner and volunteer statuses
    "angefragt": "asked",
    "aktiv": "active",
    "ruhend": "dormant",
    "ausgeschieden": "left",
    "interessiert": "interested",
    "pausiert": "paused",
    # project kinds and statuses
    "Familienbesuche": "Family visits",
    "Kultur- und Bildungspatenschaften für Kinder": "Culture and learning mentorships for children",
    "Hausbesuche für Senioren": "Home visits for senior citizens",
    "Ehrenamtslotsen": "Volunteer guides",
    "Offener Treff": "Open meeting place",
    "Nachbarschaftshilfe": "Neighbourly help",
    "Talentbörse": "Talent exchange",
    "Sonstiges": "Other",
    "Idee": "idea",
    "in Planung": "being planned",
    "läuft": "running",
    "abgeschlossen": "completed",
    "ohne Projekt": "no project",
    # partner roles in a project
    "Träger": "Lead partner",
    "Kooperationspartner": "Cooperation partner",
    "Unterstützer": "Supporter",
    # meeting kinds
    "Netzwerktreffen": "Network meeting",
    "Steuerungsgruppe": "Steering group",
    "Qualifizierung": "Training",
    "Standortaustausch": "Exchange between sites",
    # generations (age bands)
    "unter 18": "under 18",
    "80 und älter": "80 and over",
    "unbekannt": "unknown",
    # a volunteer in the organisation column of a meeting
    "Ehrenamtliche/r": "Volunteer",
    # police clearance states
    "gültig": "valid",
    "läuft bald ab": "expires soon",
    "abgelaufen": "expired",
    "fehlt": "missing",
    "nicht einwandfrei": "not clean",
    # weekdays and times of day (availability)
    "Mo": "Mon",
    "Di": "Tue",
    "Mi": "Wed",
    "Do": "Thu",
    "Fr": "Fri",
    "Sa": "Sat",
    "So": "Sun",
    "vormittags": "mornings",
    "nachmittags": "afternoons",
    "abends": "evenings",
}
