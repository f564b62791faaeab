"""The Inno Setup script (packaging/nfg-desktop.iss) agrees with the PyInstaller build.

Inno Setup does not run here, so the script is read the way its compiler reads the parts we use:
preprocessor #define, sections, entries of `Name: value; Name: value` parameters.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path, PureWindowsPath

import pytest

from tests.packaging.conftest import bundle

ISS = bundle.ROOT / "packaging" / "nfg-desktop.iss"
SPEC = bundle.ROOT / "packaging" / "nfg-desktop.spec"

# Folders the program writes to at run time (paths.py on Windows: platformdirs with
# appauthor "NFG"); nothing in the installer may delete there or install there.
USER_DATA_CONSTANTS = ("{localappdata}", "{userappdata}", "{autoappdata}", "{commonappdata}")


def read_iss(text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Preprocessor defines and the lines of each section, with {#Name} expanded."""
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        define = re.match(r'#define\s+(\w+)\s+"(.*)"$', line)
        if define:
            defines.setdefault(define.group(1), define.group(2))
            continue
        if line.startswith("#"):
            continue  # #ifndef / #endif around the defaults
        section = re.match(r"\[(\w+)\]$", line)
        if section:
            current = section.group(1)
            sections.setdefault(current, [])
            continue
        assert current is not None, f"Zeile außerhalb eines Abschnitts: {line}"
        sections[current].append(re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], line))
    return defines, sections


def parameters(line: str) -> dict[str, str]:
    """`Source: "a"; DestDir: "{app}"; Flags: x y` -> {"Source": "a", ...}."""
    result = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
        value = match.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        result[match.group(1)] = value
    return result


def setup_directives(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines)


@pytest.fixture(scope="module")
def iss() -> tuple[dict[str, str], dict[str, list[str]]]:
    return read_iss(ISS.read_text(encoding="utf-8"))


def file_entries(sections: dict[str, list[str]]) -> list[dict[str, str]]:
    return [parameters(line) for line in sections["Files"]]


def covered(relative: PureWindowsPath, entries: list[dict[str, str]], bundle_dir: str) -> bool:
    """Whether a file at `relative` inside the build folder is installed by one of the entries
    (Inno semantics: Source folder + wildcard; recursesubdirs descends; Excludes removes)."""
    for entry in entries:
        source = PureWindowsPath(entry["Source"])
        flags = entry.get("Flags", "").split()
        folder, pattern = source.parent, source.name
        if str(folder).lower() != bundle_dir.lower():
            continue
        if len(relative.parts) > 1 and "recursesubdirs" not in flags:
            continue
        if not fnmatch.fnmatch(relative.name.lower(), pattern.lower()):
            continue
        excludes = [item.strip() for item in entry.get("Excludes", "").split(",") if item.strip()]
        if any(fnmatch.fnmatch(str(relative).lower(), ex.lower()) for ex in excludes):
            continue
        if any(fnmatch.fnmatch(relative.name.lower(), ex.lower()) for ex in excludes):
            continue
        if entry.get("DestDir") != "{app}":
            continue
        return True
    return False


def test_names_agree_with_the_spec(iss: tuple[dict[str, str], dict[str, list[str]]]) -> None:
    defines, _sections = iss
    assert defines["BundleDir"] == rf"..\dist\{bundle.BUNDLE_NAME}"
    assert defines["WindowedExe"] == f"{bundle.WINDOWED_EXE}.exe"
    assert defines["ConsoleExe"] == f"{bundle.CONSOLE_EXE}.exe"
    assert defines["AppVersion"] == bundle.version(), "Version in nfg-desktop.iss nachziehen"
    spec = SPEC.read_text(encoding="utf-8")
    assert "bundle.WINDOWED_EXE" in spec and "bundle.BUNDLE_NAME" in spec


@pytest.mark.slow
def test_every_file_of_the_build_is_installed(
    built_bundle: Path, iss: tuple[dict[str, str], dict[str, list[str]]]
) -> None:
    defines, sections = iss
    entries = file_entries(sections)
    files = [
        PureWindowsPath(*path.relative_to(built_bundle).parts)
        for path in built_bundle.rglob("*")
        if path.is_file()  # symbolic links (Linux only) count as the files they stand for
    ]
    assert len(files) > 100
    # The Windows build has two executables; the Linux build one.
    files += [PureWindowsPath(name) for name in bundle.executable_names(windows=True)]
    missing = [str(f) for f in files if not covered(f, entries, defines["BundleDir"])]
    assert not missing, f"nicht in [Files] von nfg-desktop.iss: {missing[:20]}"


def test_coverage_check_notices_a_gap() -> None:
    """The matcher above is strict enough to find a file the script leaves out."""
    entries = [
        {"Source": r"..\dist\nfg-desktop\*.exe", "DestDir": "{app}"},
        {"Source": r"..\dist\nfg-desktop\*", "DestDir": "{app}", "Excludes": "*.qm"},
    ]
    bundle_dir = r"..\dist\nfg-desktop"
    assert covered(PureWindowsPath("nfg-desktop.exe"), entries, bundle_dir)
    assert not covered(PureWindowsPath(r"_internal\python311.dll"), entries, bundle_dir)
    entries[1]["Flags"] = "recursesubdirs"
    assert covered(PureWindowsPath(r"_internal\python311.dll"), entries, bundle_dir)
    assert not covered(PureWindowsPath(r"_internal\nfg_de.qm"), entries, bundle_dir)


def test_per_user_install_without_admin_rights(
    iss: tuple[dict[str, str], dict[str, list[str]]],
) -> None:
    _defines, sections = iss
    setup = setup_directives(sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith(("{autopf}", "{userpf}"))
    assert setup["AppId"].startswith("{{")
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup["SetupIconFile"] == r"..\resources\icons\nfg-desktop.ico"
    assert (bundle.ROOT / "resources" / "icons" / "nfg-desktop.ico").is_file()


def test_shortcuts_start_menu_and_optional_desktop(
    iss: tuple[dict[str, str], dict[str, list[str]]],
) -> None:
    defines, sections = iss
    icons = [parameters(line) for line in sections["Icons"]]
    windowed = rf"{{app}}\{defines['WindowedExe']}"
    start_menu = [icon for icon in icons if icon["Name"].startswith("{autoprograms}")]
    desktop = [icon for icon in icons if icon["Name"].startswith("{autodesktop}")]
    assert start_menu and all(icon["Filename"] == windowed for icon in start_menu)
    assert "Tasks" not in start_menu[0]
    assert desktop and desktop[0]["Filename"] == windowed
    tasks = {parameters(line)["Name"]: parameters(line) for line in sections["Tasks"]}
    task = tasks[desktop[0]["Tasks"]]
    assert "unchecked" in task.get("Flags", "").split()  # optional, off unless chosen
    for icon in icons:  # per user: never the all-users folders
        assert not icon["Name"].startswith(("{common", "{group}"))


def test_uninstall_never_touches_user_data(
    iss: tuple[dict[str, str], dict[str, list[str]]],
) -> None:
    _defines, sections = iss
    assert "UninstallDelete" not in sections
    assert "Registry" not in sections  # QSettings' key belongs to the user
    for line in sections.get("InstallDelete", []):
        entry = parameters(line)
        assert entry["Name"].startswith("{app}\\"), entry
    for section in ("Files", "Icons", "Dirs", "InstallDelete"):
        for line in sections.get(section, []):
            lowered = line.lower()
            assert not any(constant in lowered for constant in USER_DATA_CONSTANTS), line
    # The program folder and the data folder are different places.
    setup = setup_directives(sections["Setup"])
    assert "NFG\\" not in setup["DefaultDirName"]
