"""Render the application icon from its SVG source: `python packaging/icons.py`.

resources/icons/nfg-desktop.svg  ->  nfg-desktop-<size>.png (16 ... 512) and nfg-desktop.ico
(Windows: every size up to 256 in one file). Qt draws the SVG, Pillow writes the .ico.
Run it after changing the SVG and commit the results.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle import ICO_SIZES, ICON_SIZES, ROOT  # noqa: E402

ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "nfg-desktop.svg"
ICO = ICON_DIR / "nfg-desktop.ico"


def png_path(size: int) -> Path:
    return ICON_DIR / f"nfg-desktop-{size}.png"


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} ist kein gültiges SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(pngs: dict[int, bytes]) -> None:
    from PIL import Image

    images = [Image.open(io.BytesIO(pngs[size])).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        ICO,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],  # each size drawn by Qt, not scaled down by Pillow
    )


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    pngs = {size: render_png(size) for size in ICON_SIZES}
    for size, data in pngs.items():
        png_path(size).write_bytes(data)
    write_ico(pngs)
    print(f"{len(pngs)} PNG-Größen und {ICO.name} in {ICON_DIR} geschrieben")
    return 0


if __name__ == "__main__":
    sys.exit(main())
