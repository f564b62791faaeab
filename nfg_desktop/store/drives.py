"""Whether a file lies on a network drive.

SQLite's WAL journal needs shared memory that only works when every program using the file runs
on the same computer; on a town hall's network drive a second PC may open the file too. Files on
network drives therefore use the classic rollback journal, whose file locks work over SMB/NFS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = {
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "nfs",
    "nfs4",
    "afs",
    "ncpfs",
    "9p",
    "davfs",
    "fuse.sshfs",
    "fuse.davfs2",
    "fuse.rclone",
    "fuse.gvfsd-fuse",
}


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True when ``path`` is on a network drive (UNC path, mapped drive, cifs/nfs mount)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_remote_drive(path)
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return _mount_type(_existing(path), mounts) in NETWORK_FILESYSTEMS


def _existing(path: Path) -> Path:
    """The absolute path with symbolic links of its existing part resolved."""
    path = Path(os.path.abspath(path))
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate.resolve() / path.relative_to(candidate)
    return path


def _mount_type(path: Path, mounts: str) -> str:
    best, best_type = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_remote_drive(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = Path(os.path.abspath(path)).drive
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)  # type: ignore[attr-defined]
