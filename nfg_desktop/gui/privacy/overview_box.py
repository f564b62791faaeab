"""The overview's data-protection section: retention candidates, contact persons without
consent, and the retention period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.language.messages import shown
from nfg_desktop.gui.privacy.actions import PrivacyActions
from nfg_desktop.gui.widgets.background import BackgroundReader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nfg_desktop.services import privacy

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_LIMIT = 200


@dataclass(frozen=True)
class Figures:
    """What the box shows, read in one session."""

    years: int
    candidates: list[privacy.PersonEntry]
    contacts_without_consent: list[privacy.PersonEntry]


def read_figures(session: Session, today: date) -> Figures:
    from nfg_desktop.services import privacy  # after the first paint, see MainWindow

    return Figures(
        years=privacy.retention_years(session),
        candidates=privacy.retention_candidates(session, today),
        contacts_without_consent=privacy.contacts_without_consent(session, today),
    )


class PrivacyOverviewBox(QGroupBox):
    """Shown in the overview; entries open their record on click."""

    open_requested = Signal(str, int)

    def __init__(
        self,
        actions: PrivacyActions,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        reader: BackgroundReader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacyOverview")
        self.setTitle(self.tr("Data protection"))
        self.actions = actions
        self.database = actions.database
        self.today = today
        self.reader = reader
        self._stale = True
        self.loading = False
        self._generation = 0
        layout = QHBoxLayout(self)

        retention = QVBoxLayout()
        self.retention_label = QLabel(self)
        self.retention_label.setWordWrap(True)
        retention.addWidget(self.retention_label)
        self.retention_list = QListWidget(self)
        self.retention_list.setObjectName("retentionCandidates")
        self.retention_list.setAccessibleName(self.tr("Volunteers to anonymise"))
        self.retention_list.setMinimumHeight(130)
        retention.addWidget(self.retention_list, 1)
        row = QHBoxLayout()
        self.anonymise_button = QPushButton(self.tr("Anonymise…"), self)
        self.anonymise_button.setObjectName("anonymiseCandidate")
        self.anonymise_button.setToolTip(self.tr("Anonymise the selected volunteer"))
        row.addWidget(self.anonymise_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Offer after"), self))
        self.years = QSpinBox(self)
        self.years.setObjectName("retentionYears")
        self.years.setRange(0, 50)
        self.years.valueChanged.connect(self._update_suffix)
        self._update_suffix(self.years.value())
        self.years.setAccessibleName(self.tr("Retention period in years"))
        row.addWidget(self.years)
        retention.addLayout(row)
        layout.addLayout(retention, 1)

        consent = QVBoxLayout()
        consent.addWidget(QLabel(self.tr("Contact persons without consent"), self))
        self.consent_list = QListWidget(self)
        self.consent_list.setObjectName("contactsWithoutConsent")
        self.consent_list.setAccessibleName(self.tr("Contact persons without consent"))
        self.consent_list.setMinimumHeight(130)
        consent.addWidget(self.consent_list, 1)
        layout.addLayout(consent, 1)

        for widget in (self.retention_list, self.consent_list):
            # long entries ("Name – Organisation: keine Einwilligung erfasst") wrap instead of
            # being cut off at the right edge
            widget.setWordWrap(True)
            widget.setResizeMode(QListView.ResizeMode.Adjust)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.itemActivated.connect(self._open)
            widget.itemDoubleClicked.connect(self._open)
        self.retention_list.currentRowChanged.connect(self._update_button)
        self.anonymise_button.clicked.connect(self._anonymise)
        self.years.editingFinished.connect(self._years_changed)
        self.database.on_change(self._on_change)

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read and show the figures now."""
        self._generation += 1
        with self.database.read() as session:
            figures = read_figures(session, self.today())
        self._show(figures)

    def load_in_background(self) -> None:
        """Read the figures in the window's reader (the first showing: the window appears
        without waiting for them); a ``reload`` meanwhile wins."""
        if self.reader is None:
            self.reload()
            return
        self._generation += 1
        generation = self._generation
        today = self.today()
        self._stale = False
        self.loading = True
        self.reader.submit(
            lambda session: read_figures(session, today),
            lambda figures: self._show(figures) if generation == self._generation else None,
        )

    def _show(self, figures: Figures) -> None:
        self._stale = False
        self.loading = False
        years = figures.years
        self.years.blockSignals(True)
        self.years.setValue(years)
        self.years.blockSignals(False)
        self.retention_label.setText(self._retention_text(years))
        self._fill(
            self.retention_list,
            [
                (f"{e.name} – {shown(e.detail)}", ("volunteer", e.record_id))
                for e in figures.candidates
            ],
            self.tr("Nobody is due for anonymisation."),
        )
        self._fill(
            self.consent_list,
            [
                (f"{e.name} – {shown(e.detail)}", ("partner", e.partner_id or 0))
                for e in figures.contacts_without_consent[:LIST_LIMIT]
            ],
            self.tr("Consent is recorded for every contact person."),
        )
        self._update_button()

    def _update_suffix(self, years: int) -> None:
        self.years.setSuffix(self.tr(" year") if years == 1 else self.tr(" years"))

    def _retention_text(self, years: int) -> str:
        """Right for one year as for many ("vor mehr als 1 Jahren" was not)."""
        if years == 0:
            return self.tr("Volunteers who have left: offer anonymisation")
        if years == 1:
            return self.tr("Volunteers who left more than a year ago: offer anonymisation")
        return self.tr("Volunteers who left more than %1 years ago: offer anonymisation").replace(
            "%1", str(years)
        )

    def _fill(
        self, widget: QListWidget, entries: list[tuple[str, tuple[str, int]]], empty: str
    ) -> None:
        widget.clear()
        if not entries:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
            return
        for text, target in entries[:LIST_LIMIT]:
            item = QListWidgetItem(text)
            item.setData(TARGET_ROLE, target)
            item.setToolTip(self.tr("Double-click to open"))
            widget.addItem(item)
        if len(entries) > LIST_LIMIT:
            more = QListWidgetItem(
                self.tr("… and %1 more").replace("%1", str(len(entries) - LIST_LIMIT))
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(more)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.load_in_background()
        super().showEvent(event)

    def _on_change(self, _tables: set[str]) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # --- actions ----------------------------------------------------------------------------

    def selected_candidate(self) -> int | None:
        item = self.retention_list.currentItem()
        target = item.data(TARGET_ROLE) if item is not None else None
        return int(target[1]) if target else None

    def _update_button(self) -> None:
        self.anonymise_button.setEnabled(self.selected_candidate() is not None)

    def _anonymise(self) -> None:
        volunteer_id = self.selected_candidate()
        if volunteer_id is not None:
            self.actions.anonymise("volunteer", volunteer_id)

    def _years_changed(self) -> None:
        if self.actions.is_read_only():
            self.reload()
            return
        from nfg_desktop.services import privacy

        with self.database.read() as session:
            if privacy.retention_years(session) == self.years.value():
                return
        try:
            with self.database.write() as session:
                privacy.set_retention_years(session, self.years.value())
        except DomainError:
            self.reload()

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.open_requested.emit(target[0], int(target[1]))
