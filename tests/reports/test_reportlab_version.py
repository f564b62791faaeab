"""reports/fasttext.py and reports/fonts.py rely on reportlab internals (the canvas's content
list and document, the ToUnicode map builder): they are only known to work with the versions
tested here. A new reportlab must be tested and added on purpose, never slip in."""

from __future__ import annotations

import reportlab
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas

TESTED_MINOR_VERSIONS = ("5.1",)


def test_reportlab_is_a_tested_version() -> None:
    minor = ".".join(reportlab.Version.split(".")[:2])
    assert minor in TESTED_MINOR_VERSIONS, (
        f"reportlab {reportlab.Version} is not tested with reports/fasttext.py and "
        "reports/fonts.py: run tests/reports, look at the PDFs, then extend the pin in "
        "pyproject.toml and TESTED_MINOR_VERSIONS"
    )


def test_the_internals_we_use_are_there() -> None:
    canvas = Canvas(None)  # type: ignore[arg-type]
    assert isinstance(canvas._code, list)
    assert canvas._doc is not None
    assert callable(ttfonts.makeToUnicodeCMap)
