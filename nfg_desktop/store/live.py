"""Others' changes, as they happen: the server's notifications, or a local file's data version.

On PostgreSQL every table has a trigger (``install_triggers``; migration ``0006_notify`` and
new databases) that sends ``NOTIFY nfg_changes`` with a small JSON payload: table, id, version,
user. :class:`ServerListener` listens on a connection of its own (autocommit) in a thread,
gathers what arrives within a moment into one batch and hands it on; it notices a lost
connection, says so, and connects again. Notifications of this program's own connections are
left out (their backend pids): its own saves are announced in-process already.

On a local file opened read-only beside another program that writes it, :class:`FileWatcher`
asks SQLite's ``PRAGMA data_version`` twice a second; it changes when another connection has
committed. SQLite does not say what changed, so the batch names every table (``ANY_TABLE``).

Nothing here imports Qt: the callbacks are called in the feed's thread; the window hands them
to its own thread (``gui/live.py``).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

CHANNEL = "nfg_changes"
TRIGGER = "nfg_notify"
FUNCTION = "nfg_notify_change"
ANY_TABLE = "*"
# A batch collects what arrives within this time after its first notification (an import of
# thousands of rows is one reload, not thousands); well below the two seconds promised.
BATCH_WINDOW_S = 0.02
BATCH_LIMIT_S = 0.3
WAIT_S = 0.25  # how long a wait lasts before the feed looks whether it should stop
PING_S = 5.0  # an idle connection is tried this often (a silently dropped network)
RETRY_S = 2.0
POLL_S = 0.5  # PRAGMA data_version


@dataclass(frozen=True)
class Change:
    """One changed row: its table, id and version, and the database user who changed it."""

    table: str
    id: int | None = None
    version: int | None = None
    user: str = ""

    @classmethod
    def from_payload(cls, payload: str) -> Change:
        data = json.loads(payload)
        return cls(
            table=str(data.get("table", ANY_TABLE)),
            id=_int_or_none(data.get("id")),
            version=_int_or_none(data.get("version")),
            user=str(data.get("user") or ""),
        )


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


ChangesCallback = Callable[[Sequence[Change]], None]
StateCallback = Callable[[bool], None]


class ChangeFeed(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...


# --- the triggers -------------------------------------------------------------------------

_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
    END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME,
        'id', changed -> 'id',
        'version', changed -> 'version',
        'user', current_user,
        'op', lower(TG_OP))::text);
    RETURN NULL;
END
$$
"""


def install_triggers(connection: Connection) -> None:
    """The notification trigger on every table of the schema (PostgreSQL; nothing on SQLite).

    Idempotent: a later migration that adds a table calls it again."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(_FUNCTION_SQL)
    tables = connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename <> 'alembic_version' ORDER BY tablename"
    ).scalars()
    for table in list(tables):
        quoted = '"' + table.replace('"', '""') + '"'
        for suffix, when in (("", "INSERT OR UPDATE OR DELETE"), ("_truncate", "TRUNCATE")):
            level = "ROW" if not suffix else "STATEMENT"
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}{suffix} ON {quoted}")
            connection.exec_driver_sql(
                f"CREATE TRIGGER {TRIGGER}{suffix} AFTER {when} ON {quoted} "
                f"FOR EACH {level} EXECUTE FUNCTION {FUNCTION}()"
            )


def remove_triggers(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {FUNCTION}() CASCADE")


# --- the server's notifications -----------------------------------------------------------


class ServerListener:
    """LISTEN on a connection of its own, in a thread; see the module docstring."""

    def __init__(
        self,
        engine: Engine,
        on_changes: ChangesCallback,
        on_state: StateCallback,
        own_pids: Callable[[], set[int]],
        connect_args: dict[str, Any] | None = None,
    ) -> None:
        self.engine = engine
        self.on_changes = on_changes
        self.on_state = on_state
        self.own_pids = own_pids
        self.connect_args = connect_args or {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected: bool | None = None  # None until the first attempt
        self.ready = threading.Event()  # LISTEN is in place (tests, benchmarks)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="nfg-mithoeren", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _connect(self) -> Any:
        import psycopg

        args, kwargs = self.engine.dialect.create_connect_args(self.engine.url)
        kwargs = {**kwargs, **self.connect_args}
        connection = psycopg.connect(*args, autocommit=True, **kwargs)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            was = self.connected
            self.connected = connected
            if was is not None or not connected:
                self.on_state(connected)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                connection = self._connect()
            except Exception as error:
                log.info("Mithören: keine Verbindung (%s)", error)
                self._set_connected(False)
                self._stop.wait(RETRY_S)
                continue
            self._set_connected(True)
            self.ready.set()
            try:
                self._listen(connection)
            except Exception as error:
                log.warning("Mithören: Verbindung verloren (%s)", error)
                self.ready.clear()
                self._set_connected(False)
            finally:
                try:
                    connection.close()
                except Exception:
                    log.debug("Mithören: Schließen fehlgeschlagen", exc_info=True)

    def _listen(self, connection: Any) -> None:
        idle = 0.0
        while not self._stop.is_set():
            first = list(connection.notifies(timeout=WAIT_S, stop_after=1))
            if not first:
                idle += WAIT_S
                if idle >= PING_S:
                    idle = 0.0
                    connection.execute("SELECT 1")
                continue
            idle = 0.0
            batch = first
            gathered = 0.0
            while gathered < BATCH_LIMIT_S:
                more = list(connection.notifies(timeout=BATCH_WINDOW_S))
                if not more:
                    break
                batch.extend(more)
                gathered += BATCH_WINDOW_S
            self._deliver(batch)

    def _deliver(self, notifications: list[Any]) -> None:
        own = self.own_pids()
        changes: list[Change] = []
        for notification in notifications:
            if notification.pid in own:
                continue
            try:
                changes.append(Change.from_payload(notification.payload))
            except (ValueError, TypeError):
                log.warning("Mithören: unlesbare Nachricht %r", notification.payload)
        if changes:
            self.on_changes(changes)


# --- a local file's data version ----------------------------------------------------------


class FileWatcher:
    """Polls ``PRAGMA data_version`` of a local file on a read-only connection of its own."""

    def __init__(self, path: Path, on_changes: ChangesCallback) -> None:
        self.path = path
        self.on_changes = on_changes
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="nfg-dateistand", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        uri = f"file:{quote(self.path.as_posix())}?mode=ro"
        connection: sqlite3.Connection | None = None
        seen: int | None = None
        try:
            while not self._stop.wait(POLL_S):
                try:
                    if connection is None:
                        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
                    version = int(connection.execute("PRAGMA data_version").fetchone()[0])
                except sqlite3.Error as error:
                    if seen is not None or connection is not None:  # once, not twice a second
                        log.info("Dateistand nicht lesbar (%s)", error)
                    if connection is not None:
                        connection.close()
                    connection, seen = None, None
                    continue
                if seen is not None and version != seen:
                    self.on_changes([Change(ANY_TABLE)])
                seen = version
        finally:
            if connection is not None:
                connection.close()
