"""Soak test: thousands of random edits through the service layer, with random hard crashes.

    .venv/bin/python benchmarks/soak.py [--edits 10000] [--seed 1] [--crash-rate 0.006]

A worker process performs the edits (partners, volunteers, hours: create, update, delete), each
as one transaction through the services, and confirms each one after its commit returned. The
controller keeps a model of every confirmed edit. At random moments it kills the worker with
SIGKILL, sometimes in the middle of an edit. After each crash and at the end it checks the file:
the integrity check passes, and the stored partners, volunteers and hours are exactly the model
(the one edit in flight at the crash may have been stored or not, never half). POSIX only.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

Row = tuple[Any, ...]
Op = tuple[Any, ...]


# --- the worker (runs in the killed process) -------------------------------------------------


def worker(db_path: str, ops: Connection) -> None:
    from nfg_desktop.services.hours import HoursData, HoursService
    from nfg_desktop.services.partners import PartnerData, PartnerService
    from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
    from nfg_desktop.store.database import open_database

    logging.getLogger().addHandler(logging.NullHandler())  # taking over the lock is expected
    database = open_database(Path(db_path), lock=True, take_over=True)
    while True:
        op = ops.recv()
        kind = op[0]
        with database.write() as session:
            new_id = None
            if kind == "partner+":
                new_id = (
                    PartnerService(session)
                    .create(PartnerData(name=op[1], status=op[2], notes=op[3]))
                    .id
                )
            elif kind == "partner~":
                PartnerService(session).update(
                    op[1], PartnerData(name=op[2], status=op[3], notes=op[4])
                )
            elif kind == "partner-":
                PartnerService(session).delete(op[1])
            elif kind == "volunteer+":
                new_id = (
                    VolunteerService(session)
                    .create(
                        VolunteerData(first_name=op[1], last_name=op[2], status=op[3], notes=op[4])
                    )
                    .id
                )
            elif kind == "volunteer~":
                VolunteerService(session).update(
                    op[1],
                    VolunteerData(first_name=op[2], last_name=op[3], status=op[4], notes=op[5]),
                )
            elif kind == "volunteer-":
                VolunteerService(session).delete(op[1])
            elif kind == "hours+":
                new_id = (
                    HoursService(session)
                    .add(
                        HoursData(
                            day=date(2026, 11, 1), hours=op[2], volunteer_id=op[1], note=op[3]
                        )
                    )
                    .id
                )
            elif kind == "hours-":
                HoursService(session).delete(op[1])
        ops.send(("ok", new_id))  # only after the commit returned


# --- the model of confirmed edits ------------------------------------------------------------


@dataclass
class Model:
    partners: dict[int, Row] = field(default_factory=dict)  # id -> (name, status, notes)
    volunteers: dict[int, Row] = field(default_factory=dict)  # id -> (first, last, status, notes)
    hours: dict[int, Row] = field(default_factory=dict)  # id -> (volunteer_id, hours, note)

    def copy(self) -> Model:
        return Model(dict(self.partners), dict(self.volunteers), dict(self.hours))

    def apply(self, op: Op, new_id: int | None) -> None:
        kind = op[0]
        if kind == "partner+":
            self.partners[new_id] = tuple(op[1:4])  # type: ignore[index]
        elif kind == "partner~":
            self.partners[op[1]] = tuple(op[2:5])
        elif kind == "partner-":
            del self.partners[op[1]]
        elif kind == "volunteer+":
            self.volunteers[new_id] = tuple(op[1:5])  # type: ignore[index]
        elif kind == "volunteer~":
            self.volunteers[op[1]] = tuple(op[2:6])
        elif kind == "volunteer-":
            del self.volunteers[op[1]]
            for entry_id, (volunteer_id, hours, note) in list(self.hours.items()):
                if volunteer_id == op[1]:  # hours stay as anonymous figures
                    self.hours[entry_id] = (None, hours, note)
        elif kind == "hours+":
            self.hours[new_id] = (op[1], op[2], op[3])  # type: ignore[index]
        elif kind == "hours-":
            del self.hours[op[1]]


def read_file(path: Path) -> tuple[Model, bool]:
    connection = sqlite3.connect(path)
    try:
        healthy = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        model = Model(
            {
                r[0]: tuple(r[1:])
                for r in connection.execute("SELECT id, name, status, notes FROM partner")
            },
            {
                r[0]: tuple(r[1:])
                for r in connection.execute(
                    "SELECT id, first_name, last_name, status, notes FROM volunteer"
                )
            },
            {
                r[0]: (r[1], float(r[2]), r[3])
                for r in connection.execute("SELECT id, volunteer_id, hours, note FROM hours_entry")
            },
        )
    finally:
        connection.close()
    return model, healthy


def new_id_in(stored: Model, model: Model, op: Op) -> int | None:
    table = {"partner+": "partners", "volunteer+": "volunteers", "hours+": "hours"}.get(op[0])
    if table is None:
        return None
    extra = set(getattr(stored, table)) - set(getattr(model, table))
    return extra.pop() if len(extra) == 1 else None


# --- random edits ----------------------------------------------------------------------------

FIRST = ["Anna", "Şükrü", "Łukasz", "Nguyễn Thị", "Jürgen", "Maria", "Emre", "Olga"]
LAST = ["Müller", "Yıldırım", "Wróbel", "Lan", "Groß", "Schäfer", "Kaya", "Petrova"]
KINDS = ["Caritas", "Diakonie", "Turnverein", "Kita Sonnenschein", "Seniorenzentrum", "Tafel"]
PARTNER_STATUS = ["angefragt", "aktiv", "ruhend", "ausgeschieden"]
VOLUNTEER_STATUS = ["interessiert", "aktiv", "pausiert"]


def random_op(rng: random.Random, model: Model, number: int) -> Op:
    while True:
        roll = rng.random()
        text = f"Änderung {number}: " + "ä" * rng.randrange(1, 300)
        if roll < 0.15:
            return ("partner+", f"{rng.choice(KINDS)} {number}", rng.choice(PARTNER_STATUS), text)
        if roll < 0.40 and model.partners:
            pid = rng.choice(list(model.partners))
            return (
                "partner~",
                pid,
                f"{rng.choice(KINDS)} {number}",
                rng.choice(PARTNER_STATUS),
                text,
            )
        if roll < 0.45 and model.partners:
            return ("partner-", rng.choice(list(model.partners)))
        if roll < 0.60:
            return (
                "volunteer+",
                rng.choice(FIRST),
                rng.choice(LAST),
                rng.choice(VOLUNTEER_STATUS),
                text,
            )
        if roll < 0.80 and model.volunteers:
            vid = rng.choice(list(model.volunteers))
            return (
                "volunteer~",
                vid,
                rng.choice(FIRST),
                f"{rng.choice(LAST)} {number}",
                rng.choice(VOLUNTEER_STATUS),
                text,
            )
        if roll < 0.84 and model.volunteers:
            return ("volunteer-", rng.choice(list(model.volunteers)))
        if roll < 0.96 and model.volunteers:
            return (
                "hours+",
                rng.choice(list(model.volunteers)),
                rng.choice([0.5, 1.0, 2.5, 4.0]),
                f"Einsatz {number}",
            )
        if model.hours:
            return ("hours-", rng.choice(list(model.hours)))


# --- the controller --------------------------------------------------------------------------


@dataclass
class Figures:
    edits: int = 0
    confirmed: int = 0
    crashes: int = 0
    crashes_mid_edit: int = 0
    in_flight_stored: int = 0
    in_flight_not_stored: int = 0
    checks: int = 0
    seconds: float = 0.0


def run(db_path: Path, edits: int, seed: int, crash_rate: float) -> Figures:
    from nfg_desktop.store.database import open_database

    open_database(db_path).close()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(
        [
            "nfg_desktop.store.database",
            "nfg_desktop.services.partners",
            "nfg_desktop.services.volunteers",
            "nfg_desktop.services.hours",
        ]
    )
    rng = random.Random(seed)
    model = Model()
    figures = Figures()
    started = time.perf_counter()

    def start() -> tuple[Any, Connection]:
        here, there = context.Pipe()
        process = context.Process(target=worker, args=(str(db_path), there), daemon=True)
        process.start()
        there.close()
        return process, here

    def check(in_flight: Op | None) -> None:
        nonlocal model
        stored, healthy = read_file(db_path)
        figures.checks += 1
        if not healthy:
            raise SystemExit(f"Integritätsprüfung fehlgeschlagen nach {figures.edits} Änderungen")
        if stored == model:
            if in_flight is not None:
                figures.in_flight_not_stored += 1
            return
        if in_flight is not None:
            applied = model.copy()
            applied.apply(in_flight, new_id_in(stored, model, in_flight))
            if stored == applied:
                figures.in_flight_stored += 1
                model = applied
                return
        for table in ("partners", "volunteers", "hours"):
            want, got = getattr(model, table), getattr(stored, table)
            for key in sorted(set(want) | set(got)):
                if want.get(key) != got.get(key):
                    print(
                        f"{table} {key}: bestätigt {want.get(key)!r}, gespeichert {got.get(key)!r}"
                    )
        print(f"in Arbeit: {in_flight!r}")
        raise SystemExit(
            f"Bestätigte Änderungen fehlen oder sind verändert (nach {figures.edits} Änderungen)"
        )

    process, pipe = start()
    while figures.edits < edits:
        op = random_op(rng, model, figures.edits)
        figures.edits += 1
        pipe.send(op)
        if rng.random() < crash_rate:
            # A hard crash while the edit is under way (or just after it).
            time.sleep(rng.uniform(0.0, 0.02))
            os.kill(process.pid, signal.SIGKILL)
            process.join()
            try:
                reply = pipe.recv() if pipe.poll() else None
            except (EOFError, OSError):  # killed before it could answer
                reply = None
            pipe.close()
            figures.crashes += 1
            if reply is not None:
                model.apply(op, reply[1])
                figures.confirmed += 1
                check(None)
            else:
                figures.crashes_mid_edit += 1
                check(op)
            process, pipe = start()
            continue
        status, new_id = pipe.recv()
        assert status == "ok"
        model.apply(op, new_id)
        figures.confirmed += 1
    os.kill(process.pid, signal.SIGKILL)
    process.join()
    figures.crashes += 1
    check(None)
    figures.seconds = time.perf_counter() - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--crash-rate", type=float, default=0.006)
    parser.add_argument("--db", type=Path, default=None, help="file to use (default: temporary)")
    args = parser.parse_args()
    if sys.platform == "win32":
        print("Nur unter Linux/macOS (SIGKILL).")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("NFG_HOME", folder)
        db_path = args.db or Path(folder) / "soak.sqlite"
        figures = run(db_path, args.edits, args.seed, args.crash_rate)
    print(
        f"{figures.edits} Änderungen, {figures.confirmed} bestätigt, {figures.crashes} Abstürze "
        f"(davon {figures.crashes_mid_edit} mitten in einer Änderung: "
        f"{figures.in_flight_stored} ganz gespeichert, {figures.in_flight_not_stored} gar nicht), "
        f"{figures.checks} Prüfungen, nichts Bestätigtes verloren; "
        f"{figures.seconds:.1f} s ({figures.edits / figures.seconds:.0f} Änderungen/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
