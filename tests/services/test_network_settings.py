"""Network settings: checks before writing, the logo's limits, and files of older versions."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from nfg_desktop.domain.errors import ValidationError
from nfg_desktop.services.network import (
    MAX_LOGO_BYTES,
    CoordinatorData,
    NetworkData,
    NetworkService,
)
from nfg_desktop.store.database import Database, open_database
from tests.store.old_files import file_at_revision


def image(kind: str, size: tuple[int, int] = (60, 20)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 80, 20)).save(buffer, kind)
    return buffer.getvalue()


def test_settings_are_stored_and_read_back(db: Database) -> None:
    with db.write() as session:
        NetworkService(session).update(
            NetworkData(
                name="  Caring Community Musterhausen ",
                municipality="Musterhausen",
                localities=["Nord", " Süd ", "nord"],
                sender_address="Rathaus\n\nMarktplatz 1",
                logo=image("JPEG"),
                coordinators=[CoordinatorData(name="Anna Berg", function="Koordinatorin")],
            )
        )
    with db.read() as session:
        data = NetworkService(session).data()
        assert NetworkService(session).name() == "Caring Community Musterhausen"
    assert data.localities == ["Nord", "Süd"]
    assert data.logo is not None and data.logo.startswith(b"\xff\xd8")
    assert data.coordinators[0].function == "Koordinatorin"


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        (image("GIF"), "GIF-Bilder gehen nicht"),
        (b"not an image", "kein lesbares Bild"),
        (b"\x89PNG" + b"\0" * MAX_LOGO_BYTES, "höchstens 1 MB"),
    ],
)
def test_a_logo_that_is_no_small_png_or_jpeg_is_refused(
    db: Database, logo: bytes, message: str
) -> None:
    with db.write() as session, pytest.raises(ValidationError) as caught:
        NetworkService(session).update(NetworkData(name="Netz", logo=logo))
    assert message in caught.value.field_errors["logo"]


def test_three_coordinators_and_an_empty_name_are_refused(db: Database) -> None:
    people = [CoordinatorData(name=f"Person {n}") for n in range(3)]
    with db.write() as session, pytest.raises(ValidationError) as caught:
        NetworkService(session).update(NetworkData(name=" ", coordinators=people))
    assert set(caught.value.field_errors) >= {"name", "coordinators"}


def test_a_file_of_the_first_version_is_backed_up_then_gains_the_settings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "alt.sqlite"
    file_at_revision(path, "0001")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO network (id, name, form, municipality, district, notes) "
        "VALUES (1, 'Bürgernetz Alt', '', 'Altdorf', '', '')"
    )
    connection.commit()
    connection.close()
    database = open_database(path)
    try:
        assert database.migration_backup is not None and database.migration_backup.exists()
        with database.write() as session:
            service = NetworkService(session)
            data = service.data()
            assert (data.name, data.municipality, data.localities) == (
                "Bürgernetz Alt",
                "Altdorf",
                [],
            )
            data.sender_phone = "07123 4567"
            service.update(data)
    finally:
        database.close()
