"""Logged hours belong to a project the volunteer works in (issue 16, item 12)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.services.hours import HoursData, HoursService, NotInProjectError
from nfg_desktop.services.projects import ProjectData, ProjectService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import HoursEntry, ProjectVolunteer

TODAY = date(2026, 11, 20)


def _setup(db: Database, works_with_children: bool = False) -> tuple[int, int]:
    with db.write() as session:
        volunteer = VolunteerService(session).create(
            VolunteerData(first_name="Anna", last_name="Ährenfeld"), today=TODAY
        )
        project = ProjectService(session).create(
            ProjectData(title="Lesepaten", works_with_children=works_with_children), today=TODAY
        )
        return volunteer.id, project.id


def test_hours_for_a_project_the_volunteer_is_not_in_are_refused(db: Database) -> None:
    volunteer_id, project_id = _setup(db)
    with pytest.raises(NotInProjectError) as refused, db.write() as session:
        HoursService(session).add(HoursData(TODAY, 2.5, volunteer_id, project_id), today=TODAY)
    assert refused.value.message == "Anna Ährenfeld ist nicht im Projekt „Lesepaten“."
    with db.read() as session:
        assert session.scalars(select(HoursEntry)).all() == []
        assert session.scalars(select(ProjectVolunteer)).all() == []


def test_told_to_add_the_volunteer_joins_the_project_and_the_hours_are_logged(
    db: Database,
) -> None:
    volunteer_id, project_id = _setup(db)
    with db.write() as session:
        HoursService(session).add(
            HoursData(TODAY, 2.5, volunteer_id, project_id), join_project=True, today=TODAY
        )
    with db.read() as session:
        link = session.scalars(select(ProjectVolunteer)).one()
        assert (link.project_id, link.volunteer_id, link.since) == (project_id, volunteer_id, TODAY)
        assert [e.hours for e in HoursService(session).of_volunteer(volunteer_id)] == [2.5]
    # Now in the project: more hours need no question.
    with db.write() as session:
        HoursService(session).add(HoursData(TODAY, 1, volunteer_id, project_id), today=TODAY)


def test_no_volunteer_joins_a_project_with_children_without_clearance(db: Database) -> None:
    volunteer_id, project_id = _setup(db, works_with_children=True)
    with pytest.raises(DomainError) as refused, db.write() as session:
        HoursService(session).add(
            HoursData(TODAY, 2.5, volunteer_id, project_id), join_project=True, today=TODAY
        )
    assert "§ 72a SGB VIII" in refused.value.message
    with db.read() as session:
        assert session.scalars(select(ProjectVolunteer)).all() == []


def test_hours_without_a_project_need_no_membership(db: Database) -> None:
    volunteer_id, _project_id = _setup(db)
    with db.write() as session:
        HoursService(session).add(HoursData(TODAY, 1.5, volunteer_id), today=TODAY)
