"""Opening a server that refuses us: a German message, never a driver's traceback."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from nfg_desktop.store.database import open_url
from nfg_desktop.store.server import (
    ServerAddress,
    ServerConnectionError,
    connection_error,
    is_connection_error,
)
from tests.postgres import PostgresCluster

PASSWORD_USER = "nfg_kennwort"


def password_user(cluster: PostgresCluster, database: str) -> str:
    """A user who must give the password „geheim“ (pg_hba.conf asks only this user for one);
    the URL to ``database`` as that user, without the password."""
    hba = cluster.data / "pg_hba.conf"
    rule = f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
    text = hba.read_text()
    if rule not in text:
        cluster.admin(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD 'geheim'")
        hba.write_text(rule + text)  # before the trust rules: the first match counts
        done = cluster._run("pg_ctl", "-D", str(cluster.data), "reload")
        assert done.returncode == 0, done.stderr
    cluster.admin(f'GRANT ALL ON DATABASE "{database}" TO {PASSWORD_USER}')
    cluster.admin(f"GRANT ALL ON SCHEMA public TO {PASSWORD_USER}", database=database)
    return cluster.url(database, user=PASSWORD_USER)


def _refusal(url: str) -> ServerConnectionError:
    with pytest.raises(ServerConnectionError) as caught:
        open_url(url)
    return caught.value


@pytest.mark.postgres
def test_password_missing_wrong_and_right(pg_cluster: PostgresCluster, pg_url: str) -> None:
    url = make_url(password_user(pg_cluster, make_url(pg_url).database or ""))
    missing = _refusal(url.render_as_string(hide_password=False))
    assert missing.needs_password and "verlangt ein Kennwort" in missing.message
    wrong = _refusal(url.set(password="falsch").render_as_string(hide_password=False))
    assert wrong.wrong_login and not wrong.needs_password
    assert "Benutzername oder Kennwort stimmen nicht" in wrong.message
    open_url(url.set(password="geheim")).close()


@pytest.mark.postgres
def test_missing_database_unknown_user_and_closed_port(pg_cluster: PostgresCluster) -> None:
    assert "Datenbank „gibtsnicht“ gibt es auf dem Server nicht" in (
        _refusal(pg_cluster.url("gibtsnicht")).message
    )
    assert "Benutzer „niemand“ kennt der Server nicht" in (
        _refusal(pg_cluster.url("postgres", user="niemand")).message
    )
    closed = pg_cluster.url("postgres").replace(f":{pg_cluster.port}/", ":1/")
    assert "nimmt auf Port 1 keine Verbindungen an" in _refusal(closed).message


def test_unknown_host_and_german_server_texts() -> None:
    address = ServerAddress(host="rathaus-db", database="nfg", user="anna")
    unknown = connection_error(
        OSError("failed to resolve host 'rathaus-db': Name or service not known"), address
    )
    assert unknown.message.startswith("Den Server „rathaus-db“ gibt es nicht")
    german = connection_error(
        OSError("FATAL:  Passwort-Authentifizierung für Benutzer »anna« fehlgeschlagen"), address
    )
    assert german.wrong_login
    other = connection_error(OSError("something new"), address)
    assert "nicht zustande gekommen" in other.message


def test_only_psycopg_connection_errors_count_as_a_lost_connection() -> None:
    import psycopg

    assert is_connection_error(psycopg.OperationalError("server closed the connection"))
    assert not is_connection_error(psycopg.errors.SerializationFailure("retry"))
    assert not is_connection_error(OSError("disk"))
    assert not is_connection_error(None)


def test_libpq_and_system_messages_in_german_are_understood() -> None:
    from nfg_desktop.store import server

    address = server.ServerAddress(host="rathaus", port=5433, database="nfg", user="anna")
    refused = RuntimeError(
        "Verbindung zum Server auf „127.0.0.1“, Port 1 fehlgeschlagen: Verbindungsaufbau abgelehnt"
    )
    assert "nimmt auf Port 5433 keine Verbindungen an" in (
        server.connection_error(refused, address).message
    )
    unknown = RuntimeError(
        "konnte Hostnamen „rathaus“ nicht in Adresse übersetzen: Der Name oder der Dienst ist "
        "nicht bekannt"
    )
    assert "gibt es nicht oder er ist nicht erreichbar" in (
        server.connection_error(unknown, address).message
    )
