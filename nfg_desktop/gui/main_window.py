"""The main window: navigation on the left, the views in the middle, the menus.

The window is composed: it builds its own entries (files, the views, help), the lists area
(``gui/views/lists.py``) and each area of ``gui/areas.py``, asks every area for what it hands
over (menu entries for named places, list actions, views, overview sections, toolbars, answers
to the welcome; see ``gui/area.py``) and places all of it. Nothing is rewired or replaced
afterwards.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from nfg_desktop import APP_NAME, paths
from nfg_desktop.gui import areas
from nfg_desktop.gui.area import Area, MenuEntry, Slot
from nfg_desktop.gui.views import VIEW_KINDS
from nfg_desktop.gui.views.lists import ListsArea
from nfg_desktop.gui.views.overview_view import OverviewView
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.accessible import announce
from nfg_desktop.gui.widgets.background import BackgroundReader
from nfg_desktop.gui.widgets.mnemonics import assign_menu
from nfg_desktop.store.database import Database
from nfg_desktop.store.server import ServerAddress, is_server_url, without_password

if TYPE_CHECKING:
    from nfg_desktop.gui.safety.about import AboutDialog
    from nfg_desktop.gui.views.list_view import ListView
    from nfg_desktop.gui.widgets.record_editor import RecordEditor

log = logging.getLogger(__name__)

VIEW_NAMES: tuple[str, ...] = (
    "overview",
    "partners",
    "projects",
    "volunteers",
    "meetings",
    "trainings",
    "reports",
)
KIND_VIEWS: dict[str, str] = {kind: view for view, kind in VIEW_KINDS.items()}
# The menus and their places, in order; a separator stands between two groups of places that
# hold entries.
MENU_LAYOUT: tuple[tuple[str, tuple[tuple[Slot, ...], ...]], ...] = (
    (
        "file",
        (
            (Slot.FILE_OPEN, Slot.FILE_DEMO),
            (Slot.FILE_NETWORK,),
            (Slot.FILE_BACKUP,),
            (Slot.FILE_TRANSFER,),
            (Slot.FILE_PRINT, Slot.FILE_QUIT),
        ),
    ),
    ("edit", ((Slot.EDIT_RECORD,), (Slot.EDIT_SEARCH,))),
    ("view", ((Slot.VIEW_VIEWS,), (Slot.VIEW_LANGUAGE,))),
    ("help", ((Slot.HELP,),)),
)
# Imported after the first paint, one per turn of the event loop (the window answers clicks in
# between): the ORM, the data model and the services of what the window shows first. Before
# the first paint they cost ~150 ms of the start; the reads wait for them (MainWindow.after_start).
DATA_LAYER_MODULES = (
    "sqlalchemy.orm",
    "nfg_desktop.store.models",
    "nfg_desktop.store.history",
    "nfg_desktop.services.network",
    "nfg_desktop.services.overview",
    "nfg_desktop.services.privacy",
)
MAX_RECENT = 8
FILE_FILTER = "NFG-Datei (*.sqlite);;Alle Dateien (*)"


AreaT = TypeVar("AreaT", bound=Area)


def settings() -> QSettings:
    """The window's remembered layout and files (below NFG_HOME in tests)."""
    return QSettings(str(paths.config_dir() / "fenster.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """See the module docstring; constructed per open file."""

    editor_created = Signal(str, object)
    view_changed = Signal(str)
    # A file the user chose (Neue Datei…, Öffnen…, Zuletzt geöffnet); app.py opens it.
    file_requested = Signal(Path)
    # A server the user chose (Mit Server verbinden…, Zuletzt geöffnet): a SQLAlchemy URL.
    server_requested = Signal(object)

    def __init__(
        self,
        database: Database,
        db_path: Path | None,
        area_classes: tuple[type[Area], ...] | None = None,
    ) -> None:
        """``area_classes``: the areas to build (by default all of ``gui/areas.py``)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.database = database
        self.db_path = db_path
        self.read_only = False
        self._closing_confirmed = False
        self._closing = False
        self._views: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._titles: dict[str, str] = {}
        self._welcome_answers: dict[str, Callable[[], object]] = {}
        self.reader = BackgroundReader(database, self)
        # Reads (the overview's figures, the lists) start once the window is on screen and the
        # data layer is imported: until then they would only slow down its first paint.
        self.reader.hold()
        self._started = False
        self._start_begun = False
        self._imports_left = list(DATA_LAYER_MODULES)
        self._after_start: list[Callable[[], object]] = [self.reader.release, self.update_title]

        self._build_navigation()
        overview = self.view("overview")
        assert isinstance(overview, OverviewView)
        overview.reload()
        self.read_only_label = QLabel(self.tr("Read only"), self)
        self.read_only_label.setObjectName("readOnlyMarker")
        self.read_only_label.setStyleSheet(colours.marker_style("QLabel"))
        self.read_only_label.setToolTip(
            self.tr("The file is open read-only: nothing can be changed.")
        )
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        # A message of the status bar is read out: the focus does not go there.
        self.statusBar().messageChanged.connect(lambda text: announce(self.statusBar(), text))
        self.update_title()
        database.on_change(self._on_database_change)
        classes = areas.AREAS if area_classes is None else area_classes
        # Built in order, the lists first (the others add actions to them); an area that fails
        # to build fails the window (no area goes missing).
        self.lists = ListsArea(self)
        self._areas: dict[type[Area], Area] = {ListsArea: self.lists}
        self._areas.update((cls, cls(self)) for cls in classes)
        self._place_areas()
        self._build_menus()
        self.restore_settings()
        self.show_view("overview")
        if database.read_only:
            self.set_read_only(True)
        # The lists load in the background once the window is on screen: switching is instant.
        self.after_start(self.prefetch_views)

    # --- building ---------------------------------------------------------------------------

    def after_start(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the start is over: the window painted for the first time and
        the data layer imported (in the next turn of the event loop if it is over already)."""
        if self._started:
            QTimer.singleShot(0, self, callback)
        else:
            self._after_start.append(callback)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._start_begun:
            self._start_begun = True
            # The window paints before its children; the next turn of the event loop comes
            # after all of them.
            QTimer.singleShot(0, self, self._continue_start)

    def _continue_start(self) -> None:
        if self._started or self._closing:
            return
        if self._imports_left:
            importlib.import_module(self._imports_left.pop(0))
            QTimer.singleShot(0, self, self._continue_start)
            return
        self._finish_start()

    def _finish_start(self) -> None:
        """Import what is left of the data layer, then do what waited for the start."""
        if self._started or self._closing:
            return
        while self._imports_left:
            importlib.import_module(self._imports_left.pop(0))
        self._started = True
        callbacks, self._after_start = self._after_start, []
        for callback in callbacks:
            callback()

    def _build_navigation(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.navigation = QListWidget(self.splitter)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(260)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px 10px; }")
        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName("viewStack")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1100])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._register_view("overview", self.tr("Overview"), self._make_overview)
        self.navigation.currentRowChanged.connect(self._navigation_changed)

    def _register_view(self, name: str, title: str, factory: Callable[[], QWidget]) -> None:
        self._factories[name] = factory
        self._titles[name] = title
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, name)
        number = self.navigation.count() + 1
        if number <= 9:
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
        self.navigation.addItem(item)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """At least as wide as its longest entry: with a large system font (14 pt) the entries
        were cut at the right, within the limits of 150 and 260 pixels."""
        needed = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth()
        self.navigation.setMinimumWidth(max(150, min(260, needed)))

    def _make_overview(self) -> QWidget:
        view = OverviewView(self.database, self.stack, reader=self.reader)
        view.open_requested.connect(self.open_record)
        view.view_requested.connect(self.show_view)
        view.welcome.action_requested.connect(self.answer_welcome)
        return view

    def _own_menu_entries(self) -> list[MenuEntry]:
        """The window's own entries: files, the views, help."""
        self.action_new_file = QAction(self.tr("New file…"), self)
        self.action_new_file.triggered.connect(self.choose_new_file)
        self.action_open = QAction(self.tr("Open…"), self)
        self.action_open.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.action_open.triggered.connect(self.choose_file)
        self.menu_recent = QMenu(self.tr("Recently opened"), self)
        self.menu_recent.setObjectName("recentMenu")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.action_quit = QAction(self.tr("Quit"), self)
        self.action_quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)

        self.view_actions: dict[str, QAction] = {}
        for number, name in enumerate(self._factories, start=1):
            action = QAction(self._titles[name], self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_view(n))
            self.view_actions[name] = action

        self.action_help = QAction(self.tr("Short help"), self)
        self.action_help.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action_help.triggered.connect(self.show_help)
        self.action_about = QAction(self.tr("About NFG Desktop"), self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)

        return [
            MenuEntry(Slot.FILE_OPEN, self.action_new_file),
            MenuEntry(Slot.FILE_OPEN, self.action_open),
            MenuEntry(Slot.FILE_OPEN, self.menu_recent.menuAction()),
            MenuEntry(Slot.FILE_QUIT, self.action_quit),
            *(MenuEntry(Slot.VIEW_VIEWS, action) for action in self.view_actions.values()),
            MenuEntry(Slot.HELP, self.action_help),
            MenuEntry(Slot.HELP, self.action_about),
        ]

    def _build_menus(self) -> None:
        """The menus from the window's entries and the areas', each in its place."""
        entries = self._own_menu_entries()
        for area in self._areas.values():
            entries.extend(area.menu_entries())
        by_slot: dict[Slot, list[QAction]] = {slot: [] for slot in Slot}
        for entry in entries:
            by_slot[entry.slot].append(entry.action)
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        self.menus: dict[str, QMenu] = {}
        for key, groups in MENU_LAYOUT:
            menu = self.menuBar().addMenu(titles[key])
            self.menus[key] = menu
            filled = [[a for slot in group for a in by_slot[slot]] for group in groups]
            for number, actions in enumerate(actions for actions in filled if actions):
                if number:
                    menu.addSeparator()
                menu.addActions(actions)
            # Alt+letter for every entry, also for texts changed later
            assign_menu(menu)
            menu.aboutToShow.connect(lambda m=menu: assign_menu(m))
        self.menu_recent.aboutToShow.connect(lambda: assign_menu(self.menu_recent))
        self.menu_file, self.menu_edit = self.menus["file"], self.menus["edit"]
        self.menu_view, self.menu_help = self.menus["view"], self.menus["help"]

    def _place_areas(self) -> None:
        """Place what the areas hand over (their menu entries come with the menus)."""
        overview = self.view("overview")
        assert isinstance(overview, OverviewView)
        for area in self._areas.values():
            for entry in area.views():
                if entry.name in self._factories:
                    raise ValueError(f"two views named {entry.name!r}")
                self.add_navigation_view(entry.name, entry.title, entry.factory)
            for list_action in area.list_actions():
                self.add_list_action(list_action.view, list_action.action)
            for section in area.overview_sections():
                overview.add_section(section)
            for bar in area.toolbars():
                self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
                self.after_start(bar.show)  # shown even if a saved window state hid it
            answers = area.welcome_answers()
            if self._welcome_answers.keys() & answers.keys():
                raise ValueError(f"two answers to the welcome's {sorted(answers)}")
            self._welcome_answers.update(answers)
            self.editor_created.connect(area.editor_created)

    def area(self, kind: type[AreaT]) -> AreaT:
        """The window's area of class ``kind``."""
        return cast(AreaT, self._areas[kind])

    def after_open(self) -> None:
        """The areas' work for a newly opened file, once its window's start is over (the
        application asks for it once per file; windows of the tests do not)."""
        for area in self._areas.values():
            area.after_open()

    def answer_welcome(self, key: str) -> None:
        """A button of the welcome of an empty file."""
        self._welcome_answers[key]()

    # --- views and lists --------------------------------------------------------------------

    def show_view(self, name: str) -> QWidget:
        if name not in self._factories:
            raise KeyError(name)
        row = list(self._factories).index(name)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # calls _navigation_changed
        else:
            self._navigation_changed(row)
        return self._views[name]

    def view(self, name: str) -> QWidget:
        """The widget of view ``name`` (created now if it was not shown yet)."""
        widget = self._views.get(name)
        if widget is None:
            widget = self._factories[name]()
            self._views[name] = widget
            self.stack.addWidget(widget)
        return widget

    def list_view(self, name: str) -> ListView:
        self.view(name)
        return self.lists.lists[name]

    def current_view_name(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current_list_view(self) -> ListView | None:
        return self.lists.current()

    def add_navigation_view(
        self, name: str, title: str, widget: QWidget | Callable[[], QWidget]
    ) -> None:
        """Add (or replace, e.g. "reports") a view of the navigation: the widget, or a function
        that builds it when it is first shown (an area then costs nothing at start)."""
        factory: Callable[[], QWidget]
        if isinstance(widget, QWidget):
            built = widget
            factory = lambda: built  # noqa: E731
        else:
            factory = widget
        if name in self._factories:
            old = self._views.pop(name, None)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            row = list(self._factories).index(name)
            self._titles[name] = title
            self.navigation.item(row).setText(title)
            if name in self.view_actions:
                self.view_actions[name].setText(title)
        else:
            self._register_view(name, title, factory)
        self._factories[name] = factory
        if isinstance(widget, QWidget):
            # In the stack at once: a loose child of the stack would show over the current view.
            self._views[name] = widget
            self.stack.addWidget(widget)
            if self.current_view_name() == name:
                self.stack.setCurrentWidget(widget)
        elif self.current_view_name() == name:
            self._navigation_changed(self.navigation.currentRow())

    def open_record(self, kind: str, record_id: int) -> bool:
        name = KIND_VIEWS[kind]
        self.show_view(name)
        return self.lists.lists[name].open_record(record_id)

    def editor_for(self, kind: str) -> RecordEditor | None:
        return self.list_view(KIND_VIEWS[kind]).editor()

    def add_list_action(self, view_name: str, action: QAction) -> None:
        """An action for a list that may not exist yet (lists are built when first shown)."""
        self.lists.add_list_action(view_name, action)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for area in self._areas.values():
            area.set_read_only(read_only)
        self.read_only_label.setVisible(read_only)
        self.update_title()

    def prefetch_views(self) -> None:
        """Build the lists and start loading their rows, then the other views (e.g. the
        reports, whose modules are imported only now), one per turn of the event loop, so that
        switching to any of them is quick."""
        # In the navigation's order: the lists (after the overview), then the other views.
        missing = [name for name in self._factories if name not in self._views]
        if not missing or self._closing:
            return
        if self.reader.busy():
            # What is on screen (the overview) loads first: let it have the reader and the
            # processor.
            QTimer.singleShot(100, self.prefetch_views)
            return
        view = self.view(missing[0])
        ensure_loaded = getattr(view, "ensure_loaded", None)
        if callable(ensure_loaded):
            ensure_loaded()
        QTimer.singleShot(0, self.prefetch_views)

    def wait_loaded(self) -> None:
        """Finish the start and wait until every started load has arrived (tests,
        benchmarks)."""
        self._finish_start()
        self.reader.wait_idle()

    # --- navigation -------------------------------------------------------------------------

    def _navigation_changed(self, row: int) -> None:
        if row < 0:
            return
        name = list(self._factories)[row]
        widget = self.view(name)
        self.stack.setCurrentWidget(widget)
        self.view_changed.emit(name)

    # --- title ------------------------------------------------------------------------------

    def network_name(self) -> str:
        from nfg_desktop.services.network import NetworkService

        try:
            with self.database.read() as session:
                return NetworkService(session).name()
        except Exception:  # a broken file must not stop the window
            log.exception("Netzwerkname nicht lesbar")
            return ""

    def update_title(self) -> None:
        # The network's name is read once the data layer is there (after_start).
        parts = [self.network_name() if self._started else ""]
        parts.append(self.db_path.name if self.db_path is not None else self.database.display_name)
        if paths.is_demo_file(self.db_path):
            parts.insert(0, self.tr("DEMO (fictional data)"))
        title = " – ".join(part for part in parts if part) + f" – {APP_NAME}"
        if self.read_only:
            title += " " + self.tr("[read only]")
        self.setWindowTitle(title)

    def _on_database_change(self, tables: set[str]) -> None:
        if "network" in tables:
            self.update_title()

    # --- files ------------------------------------------------------------------------------

    def _start_dir(self) -> str:
        return str(self.db_path.parent) if self.db_path is not None else str(Path.home())

    def choose_new_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New file"), self._start_dir(), FILE_FILTER
        )
        if name:
            path = Path(name)
            if path.suffix == "":
                path = path.with_suffix(".sqlite")
            self.request_file(path)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open file"), self._start_dir(), FILE_FILTER
        )
        if name:
            self.request_file(Path(name))

    def request_file(self, path: Path) -> None:
        if self.db_path is not None and path.resolve() == self.db_path.resolve():
            return
        if self.maybe_leave():
            self.file_requested.emit(path)

    def request_server(self, url: URL) -> None:
        """Open the network on a server (in a fresh window, as a file)."""
        if self.maybe_leave():
            self.server_requested.emit(url)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        entries = recent_entries()
        if not entries:
            empty = self.menu_recent.addAction(self.tr("(none)"))
            empty.setEnabled(False)
            return
        for entry in entries:
            if is_server_url(entry):
                label = self.tr("Server: %1").replace("%1", ServerAddress.from_url(entry).label())
                action = self.menu_recent.addAction(label)
                action.setToolTip(entry)
                action.triggered.connect(
                    lambda _checked=False, u=entry: self.request_server(make_url(u))
                )
            else:
                action = self.menu_recent.addAction(entry)
                action.triggered.connect(lambda _checked=False, p=entry: self.request_file(Path(p)))

    # --- leaving ----------------------------------------------------------------------------

    def dirty_views(self) -> list[ListView]:
        return self.lists.dirty_views()

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes in any form; True if the window may close."""
        for view in self.dirty_views():
            self.show_view(view.name)
            if not view.maybe_leave_record():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_confirmed and not self.maybe_leave():
            event.ignore()
            return
        self.save_settings()
        self._closing = True
        for area in self._areas.values():
            area.closing()
        self.reader.shutdown()
        event.accept()

    def is_closing(self) -> bool:
        return self._closing

    def close_without_asking(self) -> None:
        self._closing_confirmed = True
        self.close()

    def confirm_closing(self) -> None:
        """The next close asks nothing (the session ends; unsaved forms are drafts by now)."""
        self._closing_confirmed = True

    # --- settings ---------------------------------------------------------------------------

    def save_settings(self) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())
        store.setValue("window/view", self.current_view_name())
        for area in self._areas.values():
            area.save_settings(store)
        store.sync()

    def restore_settings(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = store.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    # --- help -------------------------------------------------------------------------------

    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("Short help"), self.help_text())

    def help_text(self) -> str:
        return self.tr(
            "<h3>Working with NFG Desktop</h3>"
            "<p>Choose a list on the left: partners, projects, volunteers, meetings, trainings. "
            "Type in the search field to filter the list; the filters narrow it by status, kind "
            "or focus area. Click a column heading to sort.</p>"
            "<p>Click an entry to see and edit it on the right. Save keeps the changes, "
            "Discard shows the stored data again.</p>"
            "<table>"
            "<tr><td><b>Ctrl+N</b></td><td>new entry in the current list</td></tr>"
            "<tr><td><b>Enter</b></td><td>edit the selected entry</td></tr>"
            "<tr><td><b>Ctrl+S</b></td><td>save</td></tr>"
            "<tr><td><b>Escape</b></td><td>discard changes</td></tr>"
            "<tr><td><b>Del</b></td><td>delete the selected entry (in the list)</td></tr>"
            "<tr><td><b>Ctrl+F</b></td><td>search</td></tr>"
            "<tr><td><b>Ctrl+1 … Ctrl+7</b></td><td>switch between the views</td></tr>"
            "</table>"
            "<p>Everything is stored in one file on this computer, or for a team on the "
            "database server you connected to; the program connects to nothing else.</p>"
        )

    def show_about(self) -> AboutDialog:
        """Version, and the data file, backup and log folders (each can be opened)."""
        from nfg_desktop.gui.safety.about import AboutDialog

        data_file = self.db_path if self.db_path is not None else self.database.display_name
        dialog = AboutDialog(data_file, self)
        dialog.open()
        return dialog


# --- recent files -------------------------------------------------------------------------


def recent_entries() -> list[str]:
    """Zuletzt geöffnet: file paths and server URLs (without password), newest first."""
    value = settings().value("files/recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def recent_files() -> list[Path]:
    return [Path(entry) for entry in recent_entries() if not is_server_url(entry)]


def remember_file(path: Path) -> None:
    _remember(str(path))
    store = settings()
    store.setValue("files/last", str(path))
    store.sync()


def remember_server(url: URL) -> None:
    """A server under Zuletzt geöffnet, like a file; its password is never written down."""
    _remember(without_password(url).render_as_string(hide_password=False))


def _remember(entry: str) -> None:
    store = settings()
    entries = [entry] + [known for known in recent_entries() if known != entry]
    store.setValue("files/recent", entries[:MAX_RECENT])
    store.sync()


def last_file() -> Path | None:
    value = settings().value("files/last", "")
    return Path(str(value)) if value else None
