"""The generated Python of the Designer forms matches ui/*.ui (regenerate: `make forms`)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def forms_module() -> ModuleType:  # packaging/ is not a package: load the script as a module
    spec = importlib.util.spec_from_file_location("nfg_forms", ROOT / "packaging" / "forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_generated_form_is_current() -> None:
    forms = forms_module()
    assert forms.ui_files(), "keine .ui-Dateien gefunden"
    stale = forms.stale_forms()
    assert stale == [], f"veraltet (make forms ausführen): {stale}"


def test_a_changed_ui_file_is_reported_as_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = forms_module()
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    ui_dir.mkdir()
    forms_dir.mkdir()
    for name in ("training_editor", "hours_dialog"):
        shutil.copy(forms.UI_DIR / f"{name}.ui", ui_dir)
        shutil.copy(forms.FORMS_DIR / f"ui_{name}.py", forms_dir)
    monkeypatch.setattr(forms, "UI_DIR", ui_dir)
    monkeypatch.setattr(forms, "FORMS_DIR", forms_dir)
    assert forms.stale_forms() == []
    source = ui_dir / "training_editor.ui"
    source.write_text(
        source.read_text(encoding="utf-8").replace("<string>Provider", "<string>Anbieter"),
        encoding="utf-8",
    )
    (forms_dir / "ui_hours_dialog.py").unlink()
    assert forms.stale_forms() == ["ui_hours_dialog.py", "ui_training_editor.py"]
    forms.build()
    assert forms.stale_forms() == []
