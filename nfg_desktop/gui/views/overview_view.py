"""Übersicht: the network at a glance; every entry opens its record."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.gui.language.messages import shown, shown_value
from nfg_desktop.gui.network.welcome import WelcomePanel
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.background import BackgroundReader
from nfg_desktop.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nfg_desktop.services.overview import Entry, Overview

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def read_overview(session: Session, today: date) -> Overview:
    # Imported here: the window paints before the data model is imported (MainWindow).
    from nfg_desktop.services.overview import build_overview

    return build_overview(session, today)


class OverviewView(QWidget):
    """Counts, next meetings, needs, clearance and consent alerts, and the coverage matrix."""

    open_requested = Signal(str, int)
    view_requested = Signal(str)

    loaded = Signal()

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        today: date | None = None,
        reader: BackgroundReader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.database = database
        self.reader = reader if reader is not None else BackgroundReader(database, self)
        self.today = today
        self.overview: Overview | None = None
        self._stale = True
        self.loading = False
        self._generation = 0
        self._build()
        database.on_change(self._on_database_change)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Overview"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        self.scroll = scroll
        # An empty file shows the welcome instead of the figures (the window answers it).
        self.welcome = WelcomePanel(self)
        self.welcome.hide()
        outer.addWidget(self.welcome)
        page = QWidget(scroll)
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        self.status = QLabel(page)
        self.status.setObjectName("overviewStatus")
        self.status.hide()
        layout.addWidget(self.status)

        counts = QHBoxLayout()
        self.partner_counts = self._count_box(self.tr("Partners"), "partners")
        self.project_counts = self._count_box(self.tr("Projects"), "projects")
        self.volunteer_counts = self._count_box(self.tr("Volunteers"), "volunteers")
        for box in (self.partner_counts, self.project_counts, self.volunteer_counts):
            counts.addWidget(box[0], 1)
        layout.addLayout(counts)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.meetings_list = self._entry_box(grid, 0, 0, self.tr("Next meetings"), "nextMeetings")
        self.need_list = self._entry_box(
            grid, 0, 1, self.tr("Projects that need volunteers"), "projectsInNeed"
        )
        self.clearance_list = self._entry_box(
            grid, 1, 0, self.tr("Police clearances to look after"), "clearanceAlerts"
        )
        self.consent_list = self._entry_box(
            grid, 1, 1, self.tr("Volunteers without recorded consent"), "withoutConsent"
        )
        layout.addLayout(grid)

        matrix_box = QGroupBox(self.tr("Coverage: focus areas × target groups"), self)
        matrix_layout = QVBoxLayout(matrix_box)
        explanation = QLabel(
            self.tr(
                "Active partners and running projects that serve both the focus area and the "
                "target group. Cells marked „Gap“ (red) are gaps of the network. Click a cell to "
                "open one of its entries."
            ),
            matrix_box,
        )
        explanation.setWordWrap(True)
        matrix_layout.addWidget(explanation)
        self.matrix = QTableWidget(matrix_box)
        self.matrix.setObjectName("coverageMatrix")
        self.matrix.setAccessibleName(self.tr("Coverage matrix"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.matrix.cellClicked.connect(self._matrix_clicked)
        self.matrix.cellActivated.connect(self._matrix_clicked)
        matrix_layout.addWidget(self.matrix)
        layout.addWidget(matrix_box)
        layout.addStretch(1)
        self._sections = layout

    def add_section(self, section: QWidget) -> None:
        """A section of another area (e.g. data protection), below the overview's own."""
        self._sections.insertWidget(self._sections.count() - 1, section)

    def _count_box(self, title: str, view: str) -> tuple[QGroupBox, QLabel]:
        box = QGroupBox(title, self)
        box.setObjectName(f"{view}Counts")
        inner = QVBoxLayout(box)
        label = QLabel(box)
        label.setObjectName(f"{view}CountText")
        label.setTextFormat(Qt.TextFormat.RichText)
        # The states wrap (between them, see _show) so that the three boxes fit side by side
        # in a window of 1280 pixels.
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.linkActivated.connect(lambda _link, name=view: self.view_requested.emit(name))
        inner.addWidget(label)
        return box, label

    def _entry_box(
        self, grid: QGridLayout, row: int, column: int, title: str, name: str
    ) -> QListWidget:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        entries = QListWidget(box)
        entries.setObjectName(name)
        entries.setAccessibleName(title)
        entries.setMinimumHeight(150)
        entries.setWordWrap(True)
        entries.itemActivated.connect(self._item_opened)
        entries.itemClicked.connect(self._item_opened)
        inner.addWidget(entries)
        grid.addWidget(box, row, column)
        return entries

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Build the overview in the background; the old figures stay until then."""
        self._generation += 1
        generation = self._generation
        today = self.today
        self._stale = False
        self.loading = True
        if self.overview is None:
            self.status.setText(self.tr("Loading the overview…"))
            self.status.show()
        self.reader.submit(
            lambda session: read_overview(session, today),
            lambda overview: self._loaded(generation, overview),
            lambda _error: self._failed(generation),
        )

    def _loaded(self, generation: int, overview: Overview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        self.loading = False
        self.status.hide()
        self._show(overview)
        self.loaded.emit()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self.loading = False
            self.status.setText(self.tr("The overview could not be loaded."))
            self.status.show()

    def wait_loaded(self) -> None:
        """Wait (processing events) until the overview is shown (tests, benchmarks)."""
        if self._stale:
            self.reload()
        if self.loading:
            self.reader.wait_idle()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _on_database_change(self, _tables: set[str]) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _show(self, overview: Overview) -> None:
        self.welcome.setVisible(overview.empty)
        self.scroll.setVisible(not overview.empty)
        for (_box, label), counts, view in (
            (self.partner_counts, overview.partner_status, "partners"),
            (self.project_counts, overview.project_status, "projects"),
            (self.volunteer_counts, overview.volunteer_status, "volunteers"),
        ):
            total = sum(counts.values())
            parts = " · ".join(
                html.escape(f"{shown_value(state)}: {count}").replace(" ", "&nbsp;")
                for state, count in counts.items()
            )
            label.setText(
                f'<a href="{view}" style="font-size: 20pt; text-decoration: none;">{total}</a>'
                f"<br>{parts}"
            )
        self._fill(
            self.meetings_list,
            overview.next_meetings,
            len(overview.next_meetings),
            self.tr("No meetings planned."),
        )
        self._fill(
            self.need_list,
            overview.projects_in_need,
            len(overview.projects_in_need),
            self.tr("No project is looking for volunteers."),
        )
        self._fill(
            self.clearance_list,
            overview.clearance_alerts,
            overview.clearance_alert_total,
            self.tr("All police clearances are in order."),
        )
        self._fill(
            self.consent_list,
            overview.without_consent,
            overview.without_consent_total,
            self.tr("Consent is recorded for every volunteer."),
        )
        self._fill_matrix(overview)

    def _fill(self, widget: QListWidget, entries: list[Entry], total: int, empty: str) -> None:
        widget.clear()
        if not entries:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
            return
        for entry in entries:
            text = entry.text + (f" – {shown(entry.detail)}" if entry.detail else "")
            item = QListWidgetItem(text)
            item.setData(ENTRY_ROLE, (entry.kind, entry.record_id))
            item.setToolTip(self.tr("Click to open"))
            widget.addItem(item)
        if total > len(entries):
            more = QListWidgetItem(
                self.tr("… and %1 more").replace("%1", str(total - len(entries)))
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(more)

    def _fill_matrix(self, overview: Overview) -> None:
        self.matrix.clear()
        self.matrix.setRowCount(len(overview.focus_areas))
        self.matrix.setColumnCount(len(overview.target_groups))
        self.matrix.setHorizontalHeaderLabels([shown_value(g) for g in overview.target_groups])
        self.matrix.setVerticalHeaderLabels([shown_value(a) for a in overview.focus_areas])
        for row, area in enumerate(overview.focus_areas):
            for column, group in enumerate(overview.target_groups):
                cell = overview.coverage[(area, group)]
                gap = not cell.partners and not cell.projects
                # A gap says so in words, not by its colour alone (EN 301 549, 11.1.4.1).
                text = (
                    self.tr("Gap")
                    if gap
                    else self.tr("%n partners", "", len(cell.partners))
                    + " · "
                    + self.tr("%n projects", "", len(cell.projects))
                )
                item = QTableWidgetItem(text)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("Gap: nobody serves this cell yet.") if gap else text,
                )
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                gap = not cell.partners and not cell.projects
                # a tint of the palette's base, under the palette's text: readable in any theme
                item.setBackground(QBrush(colours.tint(colours.RED if gap else colours.GREEN)))
                item.setForeground(self.matrix.palette().text())
                item.setToolTip(
                    self.tr("Gap: nobody serves this cell yet.")
                    if gap
                    else "\n".join(e.text for e in (*cell.partners, *cell.projects)[:20])
                )
                self.matrix.setItem(row, column, item)
        height = self.matrix.horizontalHeader().height() + 2 * self.matrix.frameWidth()
        for row in range(self.matrix.rowCount()):
            height += self.matrix.rowHeight(row)
        self.matrix.setFixedHeight(height + 2)

    # --- opening ----------------------------------------------------------------------------

    def _item_opened(self, item: QListWidgetItem) -> None:
        target = item.data(ENTRY_ROLE)
        if target:
            kind, record_id = target
            self.open_requested.emit(kind, int(record_id))

    def cell_entries(self, row: int, column: int) -> list[Entry]:
        if self.overview is None:
            return []
        key = (self.overview.focus_areas[row], self.overview.target_groups[column])
        cell = self.overview.coverage[key]
        return [*cell.partners, *cell.projects]

    def _matrix_clicked(self, row: int, column: int) -> None:
        entries = self.cell_entries(row, column)
        if not entries:
            return
        menu = QMenu(self)
        for entry in entries[:40]:
            label = (
                self.tr("Partner: %1") if entry.kind == "partner" else self.tr("Project: %1")
            ).replace("%1", entry.text)
            action = menu.addAction(label)
            action.triggered.connect(
                lambda _checked=False, e=entry: self.open_requested.emit(e.kind, e.record_id)
            )
        rect = self.matrix.visualItemRect(self.matrix.item(row, column))
        menu.popup(self.matrix.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())))
