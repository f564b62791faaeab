"""Ctrl+P in a list: the reports that fit the list, for the selected or the filtered entries."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.gui.language.messages import shown
from nfg_desktop.gui.reports.language import LanguageChoice
from nfg_desktop.gui.widgets.mnemonics import assign_window
from nfg_desktop.reports import ReportKind


class PrintChooser(QDialog):
    """Which report, and whether for the selected entries or for all the list shows."""

    def __init__(
        self,
        reports: list[ReportKind],
        selected: int,
        visible: int,
        single_record: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printChooser")
        self.setWindowTitle(self.tr("Print"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which report do you want to print?"), self))
        self.report_group = QButtonGroup(self)
        self.report_buttons: dict[str, QRadioButton] = {}
        for index, report in enumerate(reports):
            button = QRadioButton(shown(report.title), self)
            button.setObjectName(f"report_{report.id}")
            button.setToolTip(shown(report.description))
            self.report_group.addButton(button, index)
            self.report_buttons[report.id] = button
            layout.addWidget(button)
        self.reports = reports
        if reports:
            self.report_buttons[reports[0].id].setChecked(True)
        self.scope_box = QGroupBox(self.tr("Entries"), self)
        scope = QVBoxLayout(self.scope_box)
        self.selected_button = QRadioButton(
            self.tr("the selected entries (%1)").replace("%1", str(selected)), self
        )
        self.selected_button.setObjectName("scopeSelected")
        self.visible_button = QRadioButton(
            self.tr("all entries shown in the list (%1)").replace("%1", str(visible)), self
        )
        self.visible_button.setObjectName("scopeVisible")
        scope.addWidget(self.selected_button)
        scope.addWidget(self.visible_button)
        self.selected_button.setEnabled(selected > 0)
        (self.selected_button if selected > 1 else self.visible_button).setChecked(True)
        self.scope_box.setVisible(not single_record)
        layout.addWidget(self.scope_box)
        language = QFormLayout()
        self.language = LanguageChoice(self)
        language.addRow(self.tr("Printout language:"), self.language)
        layout.addLayout(language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Preview…"))
        ok.setObjectName("chooserPreview")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        assign_window(self)  # Alt+letter for the language's label too

    def chosen_report(self) -> ReportKind:
        return self.reports[max(0, self.report_group.checkedId())]

    def use_selection(self) -> bool:
        return self.selected_button.isChecked()
