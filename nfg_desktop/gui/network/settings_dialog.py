"""Datei > Netzwerk-Einstellungen…: the network's name, municipality, Ortsteile, the sender of
letters and printouts, the logo of the report headers and the coordinators (a tandem of two).

Everything is checked by ``NetworkService`` before it is written; its German messages are shown
beside the fields. One save is one transaction and is recorded in the change history.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.errors import ConcurrentEditError, DomainError, ValidationError
from nfg_desktop.gui.editors.fields import DateField
from nfg_desktop.gui.language.messages import error_text, field_messages
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.mnemonics import assign_window
from nfg_desktop.services import versions
from nfg_desktop.services.network import (
    CoordinatorData,
    NetworkData,
    NetworkService,
    check_logo,
    read_logo_file,
    split_localities,
)
from nfg_desktop.store.database import Database

COORDINATOR_FIELDS = ("name", "function", "department", "organisation", "phone", "email")
LOGO_PREVIEW = (240, 72)


class NetworkSettingsDialog(QDialog):
    """Edit the settings of ``database``'s network; ``saved`` is True after a successful save."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("networkSettingsDialog")
        self.setWindowTitle(self.tr("Network settings"))
        self.database = database
        self.read_only = read_only or database.read_only
        self.saved = False
        self._version: int | None = None  # of the settings shown (see services.versions)
        self.logo: bytes | None = None
        self.fields: dict[str, QWidget] = {}
        self._tab_of: dict[str, int] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The name appears in the window title and on every printout; the sender and "
                "the logo on letters and printouts; the coordinators can be invited to meetings."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Network settings"))
        self.tabs.addTab(self._network_tab(), self.tr("Network"))
        self.tabs.addTab(self._sender_tab(), self.tr("Sender and logo"))
        self.tabs.addTab(self._coordinators_tab(), self.tr("Coordination"))
        layout.addWidget(self.tabs, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(colours.error_style())
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        # The space for messages is kept, so that nothing moves when one appears.
        self.error_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()
        if self.read_only:
            self._set_read_only()
        # Wide enough for two coordinators side by side; fits a window of 1024 × 700.
        hint = self.sizeHint()
        self.resize(max(hint.width(), 760), max(hint.height(), 520))
        # Alt+letter for every label (after all texts are set)
        assign_window(self)

    # --- building ---------------------------------------------------------------------------

    def _line(self, key: str, tab: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"{key}Edit")
        edit.setPlaceholderText(placeholder)
        self._register(key, edit, tab)
        return edit

    def _register(self, key: str, widget: QWidget, tab: int) -> None:
        self.fields[key] = widget
        self._tab_of[key] = tab

    def _network_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit = self._line("name", 0, self.tr("e.g. Runder Tisch der Generationen"))
        form.addRow(self.tr("Name of the network *"), self.name_edit)
        self.form_edit = self._line("form", 0, self.tr("e.g. Bürgernetzwerk, Caring Community"))
        form.addRow(self.tr("Form"), self.form_edit)
        self.municipality_edit = self._line("municipality", 0)
        form.addRow(self.tr("Municipality"), self.municipality_edit)
        self.district_edit = self._line("district", 0)
        form.addRow(self.tr("District (Landkreis)"), self.district_edit)
        self.population_edit = self._line("population", 0, self.tr("e.g. 12480"))
        form.addRow(self.tr("Population"), self.population_edit)
        # The one German date field of the forms: typed dates, a calendar, „kein Datum“.
        self.program_start_edit = DateField(page)
        self.program_start_edit.setObjectName("program_startEdit")
        self.program_start_edit.setAccessibleName(self.tr("Program start"))
        self._register("program_start", self.program_start_edit, 0)
        form.addRow(self.tr("Program start"), self.program_start_edit)
        self.localities_edit = QPlainTextEdit(page)
        self.localities_edit.setObjectName("localitiesEdit")
        self.localities_edit.setPlaceholderText(self.tr("One Ortsteil per line"))
        self.localities_edit.setTabChangesFocus(True)
        self.localities_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self._register("localities", self.localities_edit, 0)
        form.addRow(self.tr("Ortsteile"), self.localities_edit)
        return page

    def _sender_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sender_address_edit = QPlainTextEdit(page)
        self.sender_address_edit.setObjectName("senderAddressEdit")
        self.sender_address_edit.setPlaceholderText(
            self.tr("Stadtverwaltung Musterhausen\nMarktplatz 1\n71234 Musterhausen")
        )
        self.sender_address_edit.setTabChangesFocus(True)
        self.sender_address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._register("sender_address", self.sender_address_edit, 1)
        form.addRow(self.tr("Sender address"), self.sender_address_edit)
        self.sender_phone_edit = self._line("sender_phone", 1)
        form.addRow(self.tr("Sender phone"), self.sender_phone_edit)

        logo_box = QWidget(page)
        logo_layout = QVBoxLayout(logo_box)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(logo_box)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setMinimumSize(*LOGO_PREVIEW)
        self.logo_preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._register("logo", self.logo_preview, 1)
        logo_layout.addWidget(self.logo_preview)
        row = QHBoxLayout()
        self.choose_logo_button = QPushButton(self.tr("Choose image…"), logo_box)
        self.choose_logo_button.setObjectName("chooseLogoButton")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"), logo_box)
        self.remove_logo_button.setObjectName("removeLogoButton")
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        row.addWidget(self.choose_logo_button)
        row.addWidget(self.remove_logo_button)
        row.addStretch(1)
        logo_layout.addLayout(row)
        hint = QLabel(
            self.tr("PNG or JPEG, at most 1 MB. Shown top right on every printout."), logo_box
        )
        hint.setWordWrap(True)
        logo_layout.addWidget(hint)
        logo_layout.addStretch(1)
        form.addRow(self.tr("Logo"), logo_box)
        return page

    def _coordinators_tab(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Usually a tandem of two people, often from different departments. Leave the "
                "second person empty if you coordinate alone."
            ),
            page,
        )
        hint.setWordWrap(True)
        outer.addWidget(hint)
        row = QHBoxLayout()
        labels = {
            "name": self.tr("Name"),
            "function": self.tr("Function"),
            "department": self.tr("Department"),
            "organisation": self.tr("Organisation"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
        }
        self.coordinator_edits: list[dict[str, QLineEdit]] = []
        for index in range(2):
            box = QGroupBox(self.tr("Person %1").replace("%1", str(index + 1)), page)
            box.setObjectName(f"coordinator{index + 1}Box")
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            edits: dict[str, QLineEdit] = {}
            for key in COORDINATOR_FIELDS:
                edit = self._line(f"coordinators[{index}].{key}", 2)
                edit.setObjectName(f"coordinator{index + 1}_{key}")
                edit.setMinimumWidth(120)
                edits[key] = edit
                form.addRow(labels[key], edit)
            self.coordinator_edits.append(edits)
            row.addWidget(box, 1)
        outer.addLayout(row)
        outer.addStretch(1)
        return page

    # --- data -------------------------------------------------------------------------------

    def load(self) -> None:
        with self.database.read() as session:
            service = NetworkService(session)
            self._version = service.version()
            data = service.data()
        self.name_edit.setText(data.name)
        self.form_edit.setText(data.form)
        self.municipality_edit.setText(data.municipality)
        self.district_edit.setText(data.district)
        self.population_edit.setText("" if data.population is None else str(data.population))
        self.program_start_edit.set_value(data.program_start)
        self.localities_edit.setPlainText("\n".join(data.localities))
        self.sender_address_edit.setPlainText(data.sender_address)
        self.sender_phone_edit.setText(data.sender_phone)
        self.set_logo(data.logo)
        for edits, person in zip(self.coordinator_edits, data.coordinators, strict=False):
            for key, edit in edits.items():
                edit.setText(getattr(person, key))
        self._notes = data.notes

    def data(self) -> NetworkData:
        """What the fields say; raises ValidationError for what cannot even be read."""
        errors: dict[str, str] = {}
        population: int | None = None
        text = self.population_edit.text().strip().replace(".", "")
        if text:
            if text.isdigit():
                population = int(text)
            else:
                errors["population"] = self.tr("Population: please enter a whole number.")
        start = self.program_start_edit.value()
        if self.program_start_edit.input_error():
            errors["program_start"] = (
                self.tr("Program start: ") + self.program_start_edit.input_error()
            )
        if errors:
            raise ValidationError(errors)
        coordinators = []
        for edits in self.coordinator_edits:
            values = {key: edit.text() for key, edit in edits.items()}
            if any(value.strip() for value in values.values()):
                coordinators.append(CoordinatorData(**values))
        return NetworkData(
            name=self.name_edit.text(),
            form=self.form_edit.text(),
            municipality=self.municipality_edit.text(),
            district=self.district_edit.text(),
            population=population,
            program_start=start,
            notes=self._notes,
            coordinators=coordinators,
            localities=split_localities(self.localities_edit.toPlainText()),
            sender_address=self.sender_address_edit.toPlainText(),
            sender_phone=self.sender_phone_edit.text(),
            logo=self.logo,
        )

    # --- logo -------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> bool:
        """Take the image at ``path`` as the logo, or say why not."""
        try:
            logo = check_logo("logo", read_logo_file(path))
        except ValidationError as error:
            self.show_errors(field_messages(error.field_errors))
            return False
        self.set_logo(logo)
        self.show_errors({})
        return True

    def set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(QByteArray(logo)):
            width, height = LOGO_PREVIEW
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    width - 8,
                    height - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(no logo)"))
        self.remove_logo_button.setEnabled(bool(logo) and not self.read_only)

    # --- saving -----------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> None:
        red = colours.error_colour().name()
        # the frame turns into the highlight colour while the field has the focus
        invalid = f"border: 1px solid {red};"
        for key, widget in self.fields.items():
            widget.setStyleSheet(invalid if key in errors else "")
        lines = []
        for key, message in errors.items():
            if key.startswith("coordinators["):
                number = int(key[len("coordinators[")]) + 1
                message = self.tr("Person %1: ").replace("%1", str(number)) + message
            lines.append(message)
        self.error_label.setText("\n".join(lines))
        if errors:
            first = next(iter(errors))
            if first in self._tab_of:
                self.tabs.setCurrentIndex(self._tab_of[first])
                self.fields[first].setFocus()

    def accept(self) -> None:
        if self.read_only:
            return
        overwrite = False
        while True:
            try:
                data = self.data()
                with self.database.write() as session:
                    if overwrite:
                        versions.mark_overwrite(session)
                    NetworkService(session).update(data, version=self._version)
                break
            except ConcurrentEditError as error:
                # Someone else saved the settings since this dialog showed them.
                answer = QMessageBox.question(
                    self,
                    self.windowTitle(),
                    error_text(error) + "\n\n" + self.tr("Save your settings over theirs anyway?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    self.show_errors({"": error_text(error)})
                    return
                self._version, overwrite = error.current_version, True
                continue
            except ValidationError as error:
                self.show_errors(field_messages(error.field_errors))
                return
            except DomainError as error:
                self.show_errors({"": error_text(error)})
                return
        self.saved = True
        super().accept()

    def _set_read_only(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(True)
            elif isinstance(widget, DateField):
                widget.setEnabled(False)
        self.choose_logo_button.setEnabled(False)
        self.remove_logo_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.error_label.setText(self.tr("The file is open read-only: nothing can be changed."))
