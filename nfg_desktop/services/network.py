"""The network itself: name, form, municipality and its 1-2 coordinators."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from nfg_desktop.domain.validation import (
    FieldErrors,
    check_date,
    check_email,
    check_optional_text,
    check_phone,
    check_required,
    clean_multiline,
)
from nfg_desktop.store.models import Coordinator, Network

DEFAULT_NETWORK_NAME = "Netzwerk für Generationen"


@dataclass
class CoordinatorData:
    name: str
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


class NetworkService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self) -> Network:
        """The file's network; a new file gets one with a default name."""
        network = self.session.scalar(select(Network).order_by(Network.id).limit(1))
        if network is None:
            network = Network(name=DEFAULT_NETWORK_NAME)
            self.session.add(network)
            self.session.flush()
        return network

    def name(self) -> str:
        # Through the table, not the class: the window reads its title in its own thread at the
        # end of its start, while the ORM's one-time set-up of all classes (~50 ms) happens in
        # the reader thread's first query instead.
        table = Network.__table__
        name = self.session.scalar(select(table.c.name).order_by(table.c.id).limit(1))
        return name if name is not None else DEFAULT_NETWORK_NAME

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
        if len(data.coordinators) > 2:
            errors.add("coordinators", "Koordination: höchstens zwei Personen (Tandem).")
        coordinators = []
        for index, c in enumerate(data.coordinators[:2]):
            prefix = f"coordinators[{index}]."
            coordinators.append(
                CoordinatorData(
                    name=errors.call(check_required, prefix + "name", "Name", c.name) or "",
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
        )

    def update(self, data: NetworkData) -> Network:
        clean = self.validate(data)
        network = self.get()
        for name in (
            "name",
            "form",
            "municipality",
            "district",
            "population",
            "program_start",
            "notes",
        ):
            setattr(network, name, getattr(clean, name))
        existing = list(network.coordinators)
        coordinators = []
        for position, c in enumerate(clean.coordinators, start=1):
            record = existing[position - 1] if position <= len(existing) else Coordinator(name="")
            record.position = position
            for name in ("name", "department", "organisation", "phone", "email"):
                setattr(record, name, getattr(c, name))
            coordinators.append(record)
        network.coordinators = coordinators
        self.session.flush()
        return network
