"""The form of a project: partners with role, volunteers with role and since, need.

A project that works with children or young people needs volunteers with a valid extended police
clearance (§ 72a SGB VIII). Assigning one without it shows the problem at once and asks for a
reason; saving checks again (``ProjectService.check_clearances``) and asks for the volunteers
still without a noted reason (``clearance_override_reason``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import (
    ChoiceList,
    FocusArea,
    PartnerRole,
    ProjectKind,
    ProjectStatus,
    TargetGroup,
)
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.domain.formatting import german_date
from nfg_desktop.gui.editors import common, dialogs
from nfg_desktop.gui.forms.ui_project_editor import Ui_ProjectEditor
from nfg_desktop.gui.language.messages import shown, shown_value
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.services import pickers
from nfg_desktop.services.common import choice_options
from nfg_desktop.services.projects import (
    ProjectData,
    ProjectPartnerData,
    ProjectService,
    ProjectVolunteerData,
    clearance_problems,
)
from nfg_desktop.services.volunteers import VolunteerService, clearance_facts
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import ContactPerson

# Suggestions for a volunteer's role in a project (German data; any other text is allowed).
VOLUNTEER_ROLES = ("Patin/Pate", "Besuchsdienst", "Begleitung", "Mitarbeit", "Leitung")


@dataclass
class VolunteerInfo:
    name: str
    clearance: str
    problem: str  # German message from clearance_problems, "" when the clearance is valid


class ProjectEditor(RecordEditor):
    kind = "project"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_ProjectEditor()
        self.ui.setupUi(self)
        self.today = date.today
        self._title = ""
        self._partners: list[ProjectPartnerData] = []
        self._volunteers: list[ProjectVolunteerData] = []
        self._partner_names: dict[int, str] = {}
        self._partner_contacts: dict[int, list[tuple[int, str]]] = {}
        self._volunteer_info: dict[int, VolunteerInfo] = {}
        ui = self.ui
        ui.focusChecks.set_options(list(FocusArea))
        ui.targetChecks.set_options(list(TargetGroup))
        ui.targetChecks.place_after(ui.focusChecks.place_after(ui.contactCombo))
        common.setup_table(ui.partnersTable)
        common.setup_table(ui.volunteersTable, stretch=(0, 3))
        ui.clearanceLabel.setStyleSheet(colours.warning_style())
        ui.clearanceLabel.hide()
        for name, widget in (
            ("title", ui.titleEdit),
            ("kind", ui.kindCombo),
            ("status", ui.statusCombo),
            ("start_date", ui.startEdit),
            ("end_date", ui.endEdit),
            ("place", ui.placeEdit),
            ("contact_id", ui.contactCombo),
            ("focus_areas", ui.focusChecks),
            ("target_groups", ui.targetChecks),
            ("description", ui.descriptionEdit),
            ("goals", ui.goalsEdit),
            ("partners", ui.partnersTable),
            ("works_with_children", ui.childrenCheck),
            ("volunteers", ui.volunteersTable),
            ("need_count", ui.needCountSpin),
            ("needed_skills", ui.neededSkillsEdit),
            ("need_notes", ui.needNotesEdit),
        ):
            self.register_field(name, widget)
        for widget in (
            ui.startEdit,
            ui.endEdit,
            ui.focusChecks,
            ui.targetChecks,
            ui.neededSkillsEdit,
        ):
            widget.on_changed(self.on_form_changed)
        ui.childrenCheck.toggled.connect(lambda _on: self._show_volunteers())
        ui.addPartnerButton.clicked.connect(self.add_partner)
        ui.partnerRoleButton.clicked.connect(self.change_partner_role)
        ui.removePartnerButton.clicked.connect(self.remove_partner)
        ui.addVolunteerButton.clicked.connect(self.add_volunteer)
        ui.editVolunteerButton.clicked.connect(self.edit_volunteer)
        ui.removeVolunteerButton.clicked.connect(self.remove_volunteer)
        ui.partnersTable.doubleClicked.connect(lambda _i: self.change_partner_role())
        ui.volunteersTable.doubleClicked.connect(lambda _i: self.edit_volunteer())
        ui.partnersTable.itemSelectionChanged.connect(self._update_buttons_of_lists)
        ui.volunteersTable.itemSelectionChanged.connect(self._update_buttons_of_lists)
        self._update_buttons_of_lists()
        common.prepare_editor(self)

    # --- RecordEditor hooks -------------------------------------------------------------------

    def fill(self, session: Session, record_id: int | None) -> None:
        ui = self.ui
        self._partner_names = {}
        self._partner_contacts = {}
        self._volunteer_info = {}
        if record_id is None:
            data = ProjectData(
                title="", kind=ProjectKind.SONSTIGES.value, partners=[], volunteers=[]
            )
        else:
            project = ProjectService(session).get(record_id)
            data = ProjectData.from_project(project)
            for link in project.partner_links:
                self._remember_partner(link.partner_id, link.partner.name, link.partner.contacts)
            today = self.today()
            problems = clearance_problems(
                session, [link.volunteer_id for link in project.volunteer_links], today
            )
            for vlink in project.volunteer_links:
                volunteer = vlink.volunteer
                self._volunteer_info[volunteer.id] = VolunteerInfo(
                    volunteer.full_name,
                    shown(clearance.describe_short(clearance_facts(volunteer), today)),
                    problems.get(volunteer.id, ""),
                )
            if project.contact is not None and project.contact.partner_id not in (
                self._partner_contacts
            ):
                contact = project.contact
                self._partner_contacts.setdefault(-1, []).append(
                    (contact.id, f"{contact.full_name} ({contact.partner.name})")
                )
        self._title = data.title
        ui.titleEdit.setText(data.title)
        common.fill_combo(ui.kindCombo, choice_options(session, ChoiceList.PROJECT_KIND), data.kind)
        common.fill_combo(ui.statusCombo, list(ProjectStatus), data.status)
        ui.startEdit.set_value(data.start_date)
        ui.endEdit.set_value(data.end_date)
        ui.placeEdit.setText(data.place)
        ui.focusChecks.set_values(data.focus_areas)
        ui.targetChecks.set_values(data.target_groups)
        ui.descriptionEdit.setPlainText(data.description)
        ui.goalsEdit.setPlainText(data.goals)
        ui.childrenCheck.setChecked(data.works_with_children)
        ui.needCountSpin.setValue(data.need_count)
        ui.neededSkillsEdit.set_completions(choice_options(session, ChoiceList.SKILL))
        ui.neededSkillsEdit.set_values(data.needed_skills)
        ui.needNotesEdit.setPlainText(data.need_notes)
        self._partners = list(data.partners or [])
        self._volunteers = list(data.volunteers or [])
        self._fill_contacts(data.contact_id)
        self._show_partners()
        self._show_volunteers()
        common.show_text_starts(self)

    def collect(self) -> ProjectData:
        ui = self.ui
        return ProjectData(
            title=ui.titleEdit.text(),
            kind=common.combo_value(ui.kindCombo),
            status=common.combo_value(ui.statusCombo),
            start_date=ui.startEdit.value(),
            end_date=ui.endEdit.value(),
            description=ui.descriptionEdit.toPlainText(),
            goals=ui.goalsEdit.toPlainText(),
            place=ui.placeEdit.text(),
            works_with_children=ui.childrenCheck.isChecked(),
            need_count=ui.needCountSpin.value(),
            need_notes=ui.needNotesEdit.toPlainText(),
            needed_skills=ui.neededSkillsEdit.values(),
            focus_areas=ui.focusChecks.values(),
            target_groups=ui.targetChecks.values(),
            contact_id=common.combo_id(ui.contactCombo),
            partners=copy.deepcopy(self._partners),
            volunteers=copy.deepcopy(self._volunteers),
        )

    def validate(self, session: Session, data: ProjectData) -> None:
        ProjectService(session).validate(data, self.record_id())

    def store(self, session: Session, data: ProjectData, record_id: int | None) -> int:
        service = ProjectService(session)
        today = self.today()
        if record_id is None:
            return service.create(data, today).id
        return service.update(record_id, data, today, version=self.loaded_version()).id

    def dependents(self, session: Session, record_id: int) -> list[str]:
        return ProjectService(session).dependents(record_id)

    def remove(self, session: Session, record_id: int) -> None:
        ProjectService(session).delete(record_id, version=self.loaded_version())

    def stored(self, session: Session, record_id: int) -> ProjectData:
        return ProjectData.from_project(ProjectService(session).get(record_id))

    def describe(self) -> str:
        return self.tr("“%1”").replace("%1", self._title) if self._title else ""

    def apply_read_only(self, read_only: bool) -> None:
        self.ui.partnersTable.setEnabled(True)
        self.ui.volunteersTable.setEnabled(True)
        self._update_buttons_of_lists()

    def save(self) -> bool:
        """Ask about volunteers without valid clearance (with a reason to note), then save."""
        if self.is_read_only():
            return False
        if not self.is_valid():
            return super().save()  # shows what is wrong; nothing to ask about yet
        data = self.collect()
        try:
            with self.database.read() as session:
                problems = ProjectService(session).check_clearances(data, self.today())
        except DomainError:
            problems = {}
        if problems:
            dialog = dialogs.ClearanceDialog(problems, self)
            if not common.run_dialog(dialog):
                return False
            reason = dialog.reason()
            for link in self._volunteers:
                if link.volunteer_id in problems and not link.clearance_override_reason:
                    link.clearance_override_reason = reason
            self._show_volunteers()
        return super().save()

    # --- partners -----------------------------------------------------------------------------

    def _remember_partner(self, partner_id: int, name: str, contacts: list[ContactPerson]) -> None:
        self._partner_names[partner_id] = name
        self._partner_contacts[partner_id] = [
            (c.id, f"{c.full_name} ({name})") for c in contacts if not c.anonymised
        ]

    def _fill_contacts(self, current: int | None) -> None:
        entries: list[tuple[int, str]] = []
        wanted = [p.partner_id for p in self._partners] + [-1]
        for partner_id in wanted:
            for entry in self._partner_contacts.get(partner_id, []):
                if entry not in entries:
                    entries.append(entry)
        common.fill_id_combo(self.ui.contactCombo, entries, current, self.tr("(none)"))

    def _show_partners(self) -> None:
        rows = [
            [self._partner_names.get(p.partner_id, "?"), shown_value(p.role)]
            for p in self._partners
        ]
        common.set_rows(self.ui.partnersTable, rows, [p.partner_id for p in self._partners])
        self._update_buttons_of_lists()

    def _partners_changed(self) -> None:
        self._show_partners()
        self._fill_contacts(common.combo_id(self.ui.contactCombo))
        self.on_form_changed()

    def add_partner(self) -> None:
        if self.is_read_only():
            return
        taken = {p.partner_id for p in self._partners}
        with self.database.read() as session:
            candidates = [
                (pid, name) for pid, name, _kind in pickers.partners(session) if pid not in taken
            ]
        if not candidates:
            self._nothing_to_choose(
                self.tr("Add partner"),
                self.tr("Every partner organisation is already in this project.")
                if taken
                else self.tr(
                    "There are no partner organisations yet. Enter them in the list "
                    "„Partner“ (or import a list), then add them here."
                ),
            )
            return
        has_lead = any(p.role == PartnerRole.TRAEGER for p in self._partners)
        role = PartnerRole.KOOPERATIONSPARTNER if has_lead else PartnerRole.TRAEGER
        dialog = dialogs.AssignDialog(
            self.tr("Add partner"), candidates, list(PartnerRole), role.value, parent=self
        )
        if not common.run_dialog(dialog):
            return
        chosen = dialog.result_assignment()
        if chosen is None:
            return
        name = dict(candidates)[chosen.record_id]
        with self.database.read() as session:
            contacts = pickers.contacts(session, [chosen.record_id])
        self._partner_names[chosen.record_id] = name
        self._partner_contacts[chosen.record_id] = [
            (cid, f"{person} ({name})") for cid, person, _org in contacts
        ]
        self._partners.append(ProjectPartnerData(chosen.record_id, chosen.role))
        self._partners_changed()
        common.select_key(self.ui.partnersTable, chosen.record_id)

    def _nothing_to_choose(self, title: str, reason: str) -> None:
        """A choice dialog without anything to choose says why instead of opening empty."""
        QMessageBox.information(self, title, reason)

    def change_partner_role(self) -> None:
        partner_id = common.selected_key(self.ui.partnersTable)
        if self.is_read_only() or partner_id is None:
            return
        link = next(p for p in self._partners if p.partner_id == partner_id)
        dialog = dialogs.AssignDialog(
            self.tr("Role of the partner"),
            [],
            list(PartnerRole),
            link.role,
            fixed=(partner_id, self._partner_names.get(partner_id, "?")),
            parent=self,
        )
        if not common.run_dialog(dialog):
            return
        chosen = dialog.result_assignment()
        if chosen is not None:
            link.role = chosen.role
            self._partners_changed()

    def remove_partner(self) -> None:
        partner_id = common.selected_key(self.ui.partnersTable)
        if self.is_read_only() or partner_id is None:
            return
        self._partners = [p for p in self._partners if p.partner_id != partner_id]
        self._partners_changed()

    # --- volunteers ---------------------------------------------------------------------------

    def _problem_of(self, volunteer_id: int) -> str | None:
        """The clearance problem of a volunteer, if this project works with children."""
        if not self.ui.childrenCheck.isChecked():
            return None
        info = self._volunteer_info.get(volunteer_id)
        if info is None:
            self._load_volunteer_info([volunteer_id])
            info = self._volunteer_info.get(volunteer_id)
        return info.problem if info and info.problem else None

    def _load_volunteer_info(self, volunteer_ids: list[int]) -> None:
        today = self.today()
        with self.database.read() as session:
            problems = clearance_problems(session, volunteer_ids, today)
            service = VolunteerService(session)
            for volunteer_id in volunteer_ids:
                volunteer = service.get(volunteer_id)
                self._volunteer_info[volunteer_id] = VolunteerInfo(
                    volunteer.full_name,
                    shown(clearance.describe_short(clearance_facts(volunteer), today)),
                    problems.get(volunteer_id, ""),
                )

    def _show_volunteers(self) -> None:
        children = self.ui.childrenCheck.isChecked()
        rows = []
        missing: list[str] = []
        for link in self._volunteers:
            info = self._volunteer_info.get(link.volunteer_id) or VolunteerInfo("?", "", "")
            state = info.clearance
            if children and info.problem:
                if link.clearance_override_reason:
                    state += " – " + self.tr("exception: %1").replace(
                        "%1", link.clearance_override_reason
                    )
                else:
                    missing.append(info.problem)
            rows.append([info.name, link.role, german_date(link.since), state])
        table = self.ui.volunteersTable
        common.set_rows(table, rows, [v.volunteer_id for v in self._volunteers])
        for row, link in enumerate(self._volunteers):
            info = self._volunteer_info.get(link.volunteer_id)
            if children and info is not None and info.problem:
                item = table.item(row, 3)
                item.setForeground(QBrush(colours.error_colour()))
        label = self.ui.clearanceLabel
        if missing:
            label.setText(
                self.tr(
                    "Warning: this project works with children or young people. These "
                    "volunteers have no valid extended police clearance (§ 72a SGB VIII):"
                )
                + "\n"
                + "\n".join(missing)
            )
        label.setVisible(bool(missing))
        self._update_buttons_of_lists()

    def clearance_warning(self) -> str:
        """The warning shown below the volunteers ("" when none)."""
        label = self.ui.clearanceLabel
        return "" if label.isHidden() else label.text()

    def add_volunteer(self) -> None:
        if self.is_read_only():
            return
        taken = {v.volunteer_id for v in self._volunteers}
        with self.database.read() as session:
            candidates = [
                (vid, name)
                for vid, name, _status in pickers.volunteers(session)
                if vid not in taken
            ]
        if not candidates:
            self._nothing_to_choose(
                self.tr("Assign volunteer"),
                self.tr("Every volunteer is already in this project.")
                if taken
                else self.tr(
                    "There are no volunteers yet. Enter them in the list „Volunteers“ (or "
                    "import a list), then assign them here."
                ),
            )
            return
        dialog = dialogs.AssignDialog(
            self.tr("Assign volunteer"),
            candidates,
            self._role_suggestions(),
            roles_editable=True,
            with_since=True,
            since=self.today(),
            problem_of=self._problem_of,
            parent=self,
        )
        if not common.run_dialog(dialog):
            return
        chosen = dialog.result_assignment()
        if chosen is None:
            return
        if chosen.record_id not in self._volunteer_info:
            self._load_volunteer_info([chosen.record_id])
        self._volunteers.append(
            ProjectVolunteerData(chosen.record_id, chosen.role, chosen.since, chosen.reason)
        )
        self._show_volunteers()
        common.select_key(self.ui.volunteersTable, chosen.record_id)
        self.on_form_changed()

    def edit_volunteer(self) -> None:
        volunteer_id = common.selected_key(self.ui.volunteersTable)
        if self.is_read_only() or volunteer_id is None:
            return
        link = next(v for v in self._volunteers if v.volunteer_id == volunteer_id)
        info = self._volunteer_info.get(volunteer_id)
        dialog = dialogs.AssignDialog(
            self.tr("Volunteer in the project"),
            [],
            self._role_suggestions(),
            link.role,
            roles_editable=True,
            with_since=True,
            since=link.since,
            problem_of=self._problem_of,
            fixed=(volunteer_id, info.name if info else "?"),
            reason=link.clearance_override_reason,
            parent=self,
        )
        if not common.run_dialog(dialog):
            return
        chosen = dialog.result_assignment()
        if chosen is None:
            return
        link.role = chosen.role
        link.since = chosen.since
        link.clearance_override_reason = chosen.reason
        self._show_volunteers()
        self.on_form_changed()

    def remove_volunteer(self) -> None:
        volunteer_id = common.selected_key(self.ui.volunteersTable)
        if self.is_read_only() or volunteer_id is None:
            return
        self._volunteers = [v for v in self._volunteers if v.volunteer_id != volunteer_id]
        self._show_volunteers()
        self.on_form_changed()

    def _role_suggestions(self) -> list[str]:
        roles = list(VOLUNTEER_ROLES)
        for link in self._volunteers:
            if link.role and link.role not in roles:
                roles.append(link.role)
        return roles

    def _update_buttons_of_lists(self) -> None:
        writable = not self.is_read_only()
        partner = common.selected_row(self.ui.partnersTable) >= 0
        volunteer = common.selected_row(self.ui.volunteersTable) >= 0
        self.ui.addPartnerButton.setEnabled(writable)
        self.ui.partnerRoleButton.setEnabled(writable and partner)
        self.ui.removePartnerButton.setEnabled(writable and partner)
        self.ui.addVolunteerButton.setEnabled(writable)
        self.ui.editVolunteerButton.setEnabled(writable and volunteer)
        self.ui.removeVolunteerButton.setEnabled(writable and volunteer)
