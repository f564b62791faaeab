"""One user of the lost-update test: random edits of shared partners, as a form makes them.

Run as ``python -m tests.services.edit_worker URL NAME SEED EDITS START_AT ID...``. Each edit
reads a partner and its version (one short transaction), waits a moment as a person would, and
saves with that version (another). The partner's notes keep a counter per user ("p0=12;p1=7"):
each saved edit adds one to the user's own counter, so an edit lost by an overwrite shows as a
counter below the number of saves. Prints what happened as JSON on stdout.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter

from nfg_desktop.domain.errors import ConcurrentEditError
from nfg_desktop.services import versions
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_url

CITIES = ("Horb", "Rottenburg", "Nagold", "Sulz", "Empfingen")


def parse(notes: str) -> Counter[str]:
    counters: Counter[str] = Counter()
    for part in filter(None, notes.split(";")):
        name, _, value = part.partition("=")
        counters[name] = int(value)
    return counters


def render(counters: Counter[str]) -> str:
    return ";".join(f"{name}={counters[name]}" for name in sorted(counters))


def main(argv: list[str]) -> None:
    url, name, seed, edits, start_at = argv[0], argv[1], int(argv[2]), int(argv[3]), argv[4]
    ids = [int(value) for value in argv[5:]]
    rng = random.Random(seed)
    database = open_url(url)
    saved: Counter[int] = Counter()
    conflicts: Counter[int] = Counter()
    stale_versions_named = 0
    while time.time() < float(start_at):
        time.sleep(0.01)
    try:
        for _ in range(edits):
            partner_id = rng.choice(ids)
            with database.read() as session:
                version = versions.current_version(session, "partner", partner_id)
                data = PartnerData.from_partner(PartnerService(session).get(partner_id))
            assert version is not None
            counters = parse(data.notes)
            counters[name] += 1
            data.notes = render(counters)
            data.city = rng.choice(CITIES)
            time.sleep(rng.uniform(0.0, 0.12))  # the person types
            try:
                with database.write() as session:
                    PartnerService(session).update(partner_id, data, version=version)
            except ConcurrentEditError as error:
                conflicts[partner_id] += 1
                if error.current_version > version and error.user:
                    stale_versions_named += 1
            else:
                saved[partner_id] += 1
    finally:
        database.close()
    json.dump(
        {
            "saved": {str(k): v for k, v in saved.items()},
            "conflicts": {str(k): v for k, v in conflicts.items()},
            "named": stale_versions_named,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
