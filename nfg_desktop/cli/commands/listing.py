"""`list partners|projects|volunteers|meetings|trainings`: one `id<TAB>name` line each."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.store.models import Meeting, Partner, Project, Training, Volunteer

KINDS = ("partners", "projects", "volunteers", "meetings", "trainings")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "list",
        help="Einträge auflisten, eine Zeile je Eintrag: Nummer<TAB>Name",
        description="Listet Einträge für Skripte auf: Nummer, Tabulator, Name (UTF-8).",
    )
    parser.add_argument("kind", choices=KINDS, help="was aufgelistet wird")
    parser.set_defaults(handler=run)


def lines(context: CommandContext, kind: str) -> list[str]:
    with context.read() as session:
        if kind == "partners":
            return [
                f"{pid}\t{name}"
                for pid, name in session.execute(
                    select(Partner.id, Partner.name).order_by(Partner.id)
                )
            ]
        if kind == "projects":
            return [
                f"{pid}\t{title}"
                for pid, title in session.execute(
                    select(Project.id, Project.title).order_by(Project.id)
                )
            ]
        if kind == "volunteers":
            return [
                f"{vid}\t{first} {last}"
                for vid, first, last in session.execute(
                    select(Volunteer.id, Volunteer.first_name, Volunteer.last_name).order_by(
                        Volunteer.id
                    )
                )
            ]
        if kind == "meetings":
            return [
                f"{mid}\t{title} ({starts:%d.%m.%Y})"
                for mid, title, starts in session.execute(
                    select(Meeting.id, Meeting.title, Meeting.starts_at).order_by(Meeting.id)
                )
            ]
        return [
            f"{tid}\t{title} ({day:%d.%m.%Y})"
            for tid, title, day in session.execute(
                select(Training.id, Training.title, Training.day).order_by(Training.id)
            )
        ]


def run(args: argparse.Namespace, context: CommandContext) -> int:
    for line in lines(context, args.kind):
        context.print(line)
    return 0
