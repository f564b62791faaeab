"""`list partners|projects|volunteers|meetings|trainings`: one `id<TAB>name` line each.

Names in German alphabetical order (people by last name), meetings and trainings by date."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.collation import german_sorted, sort_key
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
            partners = session.execute(select(Partner.id, Partner.name)).all()
            return [f"{pid}\t{name}" for pid, name in german_sorted(partners, lambda p: p[1])]
        if kind == "projects":
            projects = session.execute(select(Project.id, Project.title)).all()
            return [f"{pid}\t{title}" for pid, title in german_sorted(projects, lambda p: p[1])]
        if kind == "volunteers":
            people = session.execute(
                select(Volunteer.id, Volunteer.first_name, Volunteer.last_name)
            ).all()
            return [
                f"{vid}\t{first} {last}"
                for vid, first, last in german_sorted(people, lambda p: (p[2], p[1]))
            ]
        if kind == "meetings":
            meetings = session.execute(select(Meeting.id, Meeting.title, Meeting.starts_at)).all()
            return [
                f"{mid}\t{title} ({starts:%d.%m.%Y})"
                for mid, title, starts in sorted(meetings, key=lambda m: (m[2], sort_key(m[1])))
            ]
        trainings = session.execute(select(Training.id, Training.title, Training.day)).all()
        return [
            f"{tid}\t{title} ({day:%d.%m.%Y})"
            for tid, title, day in sorted(trainings, key=lambda t: (t[2], sort_key(t[1])))
        ]


def run(args: argparse.Namespace, context: CommandContext) -> int:
    for line in lines(context, args.kind):
        context.print(line)
    return 0
