"""The preview of a report inside the program: pages, Print… and Save as….

No PDF viewer is needed: QtPdf shows the pages, and printing renders each page with QPdfDocument
onto the printer the user chose in the system's print dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.folders import documents_folder

PRINT_DPI = 300


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages (the printer's page range, else all); returns the number printed."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            dpi = min(PRINT_DPI, printer.resolution())
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            offset = QPoint(
                (target.width() - scaled.width()) // 2, (target.height() - scaled.height()) // 2
            )
            painter.drawImage(QRect(offset, scaled), image)
            printed += 1
    finally:
        painter.end()
    return printed


class ReportPreview(QDialog):
    """Shows one finished PDF; the user prints it or saves it."""

    def __init__(
        self,
        data: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", title))
        self.data = data
        self.title = title
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_dialog)
        self.zoom_in = QPushButton(self.tr("Zoom in"), self)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out = QPushButton(self.tr("Zoom out"), self)
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit_button = QPushButton(self.tr("Fit width"), self)
        self.fit_button.clicked.connect(self._fit)
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("pagesLabel")
        self.pages_label.setText(self.tr("Pages: %1").replace("%1", str(self.document.pageCount())))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for widget in (self.print_button, self.save_button, self.zoom_out, self.zoom_in):
            bar.addWidget(widget)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        bar.addWidget(close)
        layout.addLayout(bar)
        # e.g. characters no font has: the report layer's German note, shown above the pages
        self.note = QLabel(note, self)
        self.note.setObjectName("reportNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(colours.note_style("QLabel#reportNote"))
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Pages of the printout"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self._fit()
        layout.addWidget(self.view, 1)
        self.resize(900, 1000)

    def _fit(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- printing and saving ---------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        points = self.document.pagePointSize(0)
        landscape = points.width() > points.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        printer.setFromTo(1, self.page_count())
        return printer

    def print_dialog(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.title))
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        printed = print_document(self.document, printer)
        if printed == 0:
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr("The printer could not be started. Please check it and try again."),
            )
        return printed

    def save_dialog(self) -> None:
        start = str(documents_folder() / self.suggested_name)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save"),
                self.tr("The file could not be saved: %1").replace("%1", str(error)),
            )
            return False
        self.saved_to = path
        return True
