"""The one entry point: arguments -> paths -> logging -> database -> window or command."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from nfg_desktop import gcpolicy, paths
from nfg_desktop.cli.console import make_output_safe
from nfg_desktop.cli.parser import build_parser
from nfg_desktop.logs import setup_logging

log = logging.getLogger("nfg_desktop")


def import_data_layer() -> None:
    """What the window needs of the data layer before its first paint (opening the file),
    imported before Qt: once PySide6 is loaded, its import hook makes every later import about
    a fifth slower. The ORM and the data model come after the first paint (MainWindow)."""
    import sqlalchemy.dialects.sqlite  # noqa: F401  (found by its name when the file is opened)

    import nfg_desktop.store.backup
    import nfg_desktop.store.database  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    # Paused while the program starts: until the window's start is over
    # (gui.app.open_start_window), or until a command has run (below).
    gcpolicy.pause_for_start()
    make_output_safe()
    try:
        args = build_parser(argv).parse_args(argv)
    except SystemExit:  # --help, --version or wrong usage: nothing more to start
        gcpolicy.start_over()
        raise
    db_path = Path(args.db).expanduser() if args.db else paths.default_db_path()
    log_path = setup_logging()
    if args.command is None:
        import_data_layer()
        from nfg_desktop.gui.app import run_gui

        # Without --db / NFG_DB the window reopens the file used last.
        return run_gui(
            db_path,
            use_last=not args.db and not args.db_url and not os.environ.get("NFG_DB"),
            db_url=args.db_url,
        )
    from nfg_desktop.cli.context import CommandContext

    context = CommandContext(db_path=db_path, db_url=args.db_url)
    from nfg_desktop.domain.errors import DomainError

    try:
        return int(args.handler(args, context))
    except DomainError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early; that is not an error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1
    except Exception:
        log.exception("Unerwarteter Fehler im Befehl %s", args.command)
        where = f" Einzelheiten stehen in {log_path}." if log_path else ""
        print(f"Fehler: Ein unerwarteter Fehler ist aufgetreten.{where}", file=sys.stderr)
        return 1
    finally:
        context.close()
        gcpolicy.start_over()


if __name__ == "__main__":
    sys.exit(main())
