"""The network itself: name, form, municipality, Ortsteile, the sender of letters and
printouts, the logo of the report headers and its 1-2 coordinators (Netzwerk-Einstellungen)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from nfg_desktop.domain.errors import ValidationError
from nfg_desktop.domain.validation import (
    FieldErrors,
    check_date,
    check_email,
    check_optional_text,
    check_phone,
    check_required,
    clean_multiline,
)
from nfg_desktop.services import letterhead
from nfg_desktop.services.letterhead import DEFAULT_NETWORK_NAME
from nfg_desktop.services.versions import get_for_change, touch
from nfg_desktop.store.models import Coordinator, Network

MAX_LOGO_BYTES = 1024 * 1024
MAX_LOGO_PIXELS = 4000  # per side
MAX_LOCALITIES = 100
LOGO_FORMATS = {"PNG": "PNG", "JPEG": "JPEG"}


@dataclass
class CoordinatorData:
    name: str
    function: str = ""
    department: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class NetworkData:
    name: str
    form: str = ""
    municipality: str = ""
    district: str = ""
    population: int | None = None
    program_start: date | None = None
    notes: str = ""
    coordinators: list[CoordinatorData] = field(default_factory=list)
    localities: list[str] = field(default_factory=list)
    sender_address: str = ""
    sender_phone: str = ""
    logo: bytes | None = None


def split_localities(text: str) -> list[str]:
    """Ortsteile typed as "A; B" or one per line."""
    parts = text.replace("\n", ";").split(";")
    return [part.strip() for part in parts if part.strip()]


def check_logo(field_name: str, logo: bytes | None) -> bytes | None:
    """A PNG or JPEG image of at most 1 MB; anything else is refused in German."""
    if logo is None:
        return None
    if len(logo) > MAX_LOGO_BYTES:
        raise ValidationError(
            {
                field_name: f"Logo: Die Datei ist {len(logo) / 1024 / 1024:.1f} MB groß; "
                "erlaubt ist höchstens 1 MB. Bitte ein kleineres Bild wählen."
            }
        )
    # Pillow comes with reportlab, which draws the logo.
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(logo)) as image:
            kind = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            {field_name: "Logo: Die Datei ist kein lesbares Bild (erlaubt sind PNG und JPEG)."}
        ) from error
    if kind not in LOGO_FORMATS:
        raise ValidationError(
            {field_name: f"Logo: {kind}-Bilder gehen nicht; bitte ein PNG- oder JPEG-Bild."}
        )
    if max(width, height) > MAX_LOGO_PIXELS:
        raise ValidationError(
            {
                field_name: f"Logo: {width} × {height} Pixel sind zu groß; höchstens "
                f"{MAX_LOGO_PIXELS} Pixel je Seite."
            }
        )
    return logo


def read_logo_file(path: Path) -> bytes:
    """The bytes of a logo file, or a German message why it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            check_logo("logo", b"\0" * (MAX_LOGO_BYTES + 1))  # says how large is allowed
        return path.read_bytes()
    except FileNotFoundError as error:
        raise ValidationError({"logo": f"Logo: Die Datei „{path}“ gibt es nicht."}) from error
    except OSError as error:
        raise ValidationError(
            {"logo": f"Logo: Die Datei „{path}“ kann nicht gelesen werden."}
        ) from error


class NetworkService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _stored(self) -> Network | None:
        """The file's network, if it has one yet (only reads)."""
        return self.session.scalar(select(Network).order_by(Network.id).limit(1))

    def get(self) -> Network:
        """The file's network; a new file gets one with a default name."""
        network = self._stored()
        if network is None:
            network = Network(name=DEFAULT_NETWORK_NAME)
            self.session.add(network)
            self.session.flush()
        return network

    def coordinators(self) -> list[Coordinator]:
        """The coordinators' tandem. Only reads: a file without settings yet has none (it may
        be open read-only)."""
        return list(
            self.session.scalars(
                select(Coordinator).order_by(Coordinator.network_id, Coordinator.position)
            )
        )

    def name(self) -> str:
        return letterhead.network_name(self.session)

    def localities(self) -> list[str]:
        """The network's Ortsteile (the forms offer them); only reads."""
        table = Network.__table__
        text = self.session.scalar(select(table.c.localities).order_by(table.c.id).limit(1))
        return split_localities(text or "")

    def data(self) -> NetworkData:
        """The stored settings, as the settings dialog and `settings` show them. Only reads:
        a file without settings yet shows the defaults (it may be open read-only)."""
        network = self._stored()
        if network is None:
            return NetworkData(name=DEFAULT_NETWORK_NAME)
        return NetworkData(
            name=network.name,
            form=network.form,
            municipality=network.municipality,
            district=network.district,
            population=network.population,
            program_start=network.program_start,
            notes=network.notes,
            coordinators=[
                CoordinatorData(
                    name=c.name,
                    function=c.function,
                    department=c.department,
                    organisation=c.organisation,
                    phone=c.phone,
                    email=c.email,
                )
                for c in network.coordinators
            ],
            localities=split_localities(network.localities),
            sender_address=network.sender_address,
            sender_phone=network.sender_phone,
            logo=network.logo,
        )

    def validate(self, data: NetworkData) -> NetworkData:
        errors = FieldErrors()
        name = errors.check("name", lambda: check_required("name", "Name des Netzwerks", data.name))
        form = errors.check("form", lambda: check_optional_text("form", "Form", data.form))
        municipality = errors.check(
            "municipality",
            lambda: check_optional_text("municipality", "Kommune", data.municipality),
        )
        district = errors.check(
            "district", lambda: check_optional_text("district", "Landkreis", data.district)
        )
        if data.population is not None and not 0 <= data.population <= 10_000_000:
            errors.add("population", "Einwohnerzahl: Bitte eine Zahl zwischen 0 und 10 Mio.")
        start = errors.check(
            "program_start",
            lambda: check_date("program_start", data.program_start, "Programmstart"),
        )
        localities: list[str] = []
        for locality in data.localities:
            cleaned = errors.call(check_required, "localities", "Ortsteil", locality, 100)
            if cleaned and cleaned.casefold() not in {x.casefold() for x in localities}:
                localities.append(cleaned)
        if len(localities) > MAX_LOCALITIES:
            errors.add("localities", f"Ortsteile: höchstens {MAX_LOCALITIES}.")
        sender_address = clean_multiline(data.sender_address)
        if len(sender_address) > 500:
            errors.add("sender_address", "Absenderadresse: höchstens 500 Zeichen.")
        sender_phone = errors.call(
            check_phone, "sender_phone", data.sender_phone, "Absender-Telefon"
        )
        logo = errors.call(check_logo, "logo", data.logo)
        if len(data.coordinators) > 2:
            errors.add("coordinators", "Koordination: höchstens zwei Personen (Tandem).")
        coordinators = []
        for index, c in enumerate(data.coordinators[:2]):
            prefix = f"coordinators[{index}]."
            coordinators.append(
                CoordinatorData(
                    name=errors.call(check_required, prefix + "name", "Name", c.name) or "",
                    function=errors.call(
                        check_optional_text, prefix + "function", "Funktion", c.function
                    )
                    or "",
                    department=errors.call(
                        check_optional_text, prefix + "department", "Fachbereich", c.department
                    )
                    or "",
                    organisation=errors.call(
                        check_optional_text, prefix + "organisation", "Organisation", c.organisation
                    )
                    or "",
                    phone=errors.call(check_phone, prefix + "phone", c.phone) or "",
                    email=errors.call(check_email, prefix + "email", c.email) or "",
                )
            )
        errors.raise_if_any()
        return NetworkData(
            name=name or "",
            form=form or "",
            municipality=municipality or "",
            district=district or "",
            population=data.population,
            program_start=start,
            notes=clean_multiline(data.notes),
            coordinators=coordinators,
            localities=localities,
            sender_address=sender_address,
            sender_phone=sender_phone or "",
            logo=logo,
        )

    def version(self) -> int | None:
        """The version of the stored settings (None: none stored yet); the settings dialog
        hands it back to ``update``, see ``services.versions``."""
        network = self._stored()
        return None if network is None else network.version

    def update(self, data: NetworkData, *, version: int | None = None) -> Network:
        clean = self.validate(data)
        stored = self._stored()
        if stored is None:
            network = self.get()
        else:
            network = get_for_change(self.session, Network, stored.id, "Das Netzwerk", version)
        for name in (
            "name",
            "form",
            "municipality",
            "district",
            "population",
            "program_start",
            "notes",
            "sender_address",
            "sender_phone",
            "logo",
        ):
            setattr(network, name, getattr(clean, name))
        network.localities = "\n".join(clean.localities)
        existing = list(network.coordinators)
        coordinators = []
        for position, c in enumerate(clean.coordinators, start=1):
            record = existing[position - 1] if position <= len(existing) else Coordinator(name="")
            record.position = position
            for name in ("name", "function", "department", "organisation", "phone", "email"):
                setattr(record, name, getattr(c, name))
            coordinators.append(record)
        network.coordinators = coordinators
        touch(self.session, network)
        self.session.flush()
        return network
