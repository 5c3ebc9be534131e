"""A SQLite store on a network share is refused (SQLite's locking is not safe over SMB or
NFS): which folders live on another machine, on Linux, the BSDs/macOS and Windows. Moved out
of app/db/store.py unchanged."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from app.errors import NetworkStoreRefused

# File system types (as /proc/mounts and BSD `mount` name them) that live on another machine.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "afs", "ncpfs",
        "webdav", "davfs", "ceph", "glusterfs", "lustre", "gpfs", "coda", "sshfs",
        "fuse.sshfs", "fuse.glusterfs", "fuse.ceph", "fuse.rclone", "fuse.s3fs", "fuse.davfs",
    }
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW


def refuse_network_path(path: Path) -> None:
    if is_network_path(path):
        raise NetworkStoreRefused(str(path))


def is_network_path(path: Path) -> bool:
    """Whether the folder of ``path`` is on another machine (SMB, NFS, sshfs, …)."""
    folder = Path(os.path.abspath(path)).parent
    if sys.platform == "win32":
        return is_windows_network_path(str(folder), _windows_drive_type)
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return is_network_filesystem(
            filesystem_of(os.path.realpath(folder), parse_proc_mounts(mounts))
        )
    try:  # macOS and the BSDs: `mount` lists "dev on /point (type, options)"
        listing = subprocess.run(["mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return is_network_filesystem(filesystem_of(os.path.realpath(folder), parse_bsd_mount(listing)))


def is_network_filesystem(fstype: str) -> bool:
    fstype = fstype.lower()
    return fstype in NETWORK_FILESYSTEMS or fstype.startswith(("nfs", "smb", "cifs"))


def parse_proc_mounts(text: str) -> dict[str, str]:
    """Mount point → file system type from Linux's /proc/mounts (spaces come as \\040)."""
    found = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            found[point] = fields[2]
    return found


def parse_bsd_mount(text: str) -> dict[str, str]:
    """Mount point → file system type from macOS/BSD ``mount`` output."""
    found = {}
    for line in text.splitlines():
        match = re.match(r"^.+? on (.+) \(([^,)]+)", line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def filesystem_of(folder: str, mounts: dict[str, str]) -> str:
    """The type of the longest mount point that contains ``folder`` ("" when none does)."""
    best, fstype = -1, ""
    for point, kind in mounts.items():
        inside = folder == point or folder.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, fstype = len(point), kind
    return fstype


def is_windows_network_path(folder: str, drive_type: Callable[[str], int]) -> bool:
    r"""UNC paths (\\server\share, \\?\UNC\…) and mapped drives (GetDriveTypeW)."""
    text = folder.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        text = text[4:]
    elif text.startswith("\\\\"):
        return True
    if len(text) >= 2 and text[1] == ":":
        return drive_type(text[0].upper() + ":\\") == DRIVE_REMOTE
    return False


def _windows_drive_type(root: str) -> int:
    if sys.platform == "win32":
        import ctypes  # lazy: Windows only

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    return 0
