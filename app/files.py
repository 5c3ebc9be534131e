"""Every file AkutDesk writes, written one way (issue #13).

A file is first written to a temporary file in the target's own folder (so the rename stays
on one file system), with mode 0600 from its creation — exports and backups hold CPR
numbers — then fsynced, renamed over the target in one step, and the folder fsynced. On any
failure (a full disk, no permission, a kill is the one exception: it leaves at most a hidden
``.<name>.<random>.tmp``) the temporary file is removed and the target is untouched.

A folder or a path whose folder does not exist is refused before anything is written, with
one typed error (app/errors.py); an ``OSError`` on the way becomes one too, so the caller
says one clear line and no traceback.

* :func:`write_bytes`, :func:`write_text`: the whole content at once; returns its SHA-256.
* :func:`stage`, :func:`stage_text`: written, fsynced and hashed but not yet in place, for a
  caller that must record the file (the audit of an export, with its SHA-256) in the same
  step as it appears: it calls :meth:`Staged.publish` inside its transaction; a failure
  after that removes the file again.
* :func:`replacing`: a temporary path that another writer fills (SQLite's backup API,
  SQLCipher's export), put in place when the block ends.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.errors import (
    DiskFull,
    FileNotAllowed,
    FileNotWritten,
    FileWriteFailed,
    FolderMissing,
    NotAFolder,
    TargetIsFolder,
)

MODE = 0o600
CHUNK = 1 << 20
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}
_MISSING = {errno.ENOENT, errno.ENOTDIR}


def check_target(path: os.PathLike[str] | str) -> Path:
    """The target as an absolute path, or a typed refusal: a folder, or a missing folder."""
    target = Path(os.path.abspath(os.fspath(path)))
    if target.is_dir():
        raise TargetIsFolder(str(path))
    if not target.parent.is_dir():
        raise FolderMissing(str(path))
    return target


def refusal(error: OSError, path: os.PathLike[str] | str) -> FileNotWritten:
    """The typed error for an ``OSError`` met while writing ``path``."""
    shown = str(path)
    if error.errno in _FULL:
        return DiskFull(shown)
    if error.errno in _DENIED:
        return FileNotAllowed(shown)
    if error.errno == errno.EISDIR:
        return TargetIsFolder(shown)
    if error.errno in _MISSING:
        return FolderMissing(shown)
    return FileWriteFailed(shown, error.strerror or type(error).__name__)


def _temporary(target: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside ``target`` (mkstemp: mode 0600, O_EXCL)."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    if sys.platform != "win32":
        os.fchmod(fd, MODE)  # mkstemp's 0600, whatever the umask
    return fd, Path(name)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:CHUNK])
        view = view[written:]


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@dataclass
class Staged:
    """A complete, fsynced temporary file waiting to be renamed over ``target``.

    As a context manager: the file is put in place when the block ends (unless the block
    published it already), and removed on any exception — the temporary file, or the
    target once published (its record was not made, so neither is the file)."""

    target: Path
    temp: Path
    sha256: str
    size: int
    published: bool = field(default=False)

    def publish(self) -> None:
        """Rename the file into place (one step) and make the rename durable."""
        try:
            os.replace(self.temp, self.target)
            self.published = True
            sync_folder(self.target.parent)
        except OSError as exc:
            raise refusal(exc, self.target) from exc

    def discard(self) -> None:
        """Remove what this write made: the temporary file, or the target once published."""
        _remove(self.target if self.published else self.temp)

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            self.discard()
            return
        if not self.published:
            try:
                self.publish()
            except BaseException:
                self.discard()
                raise


def _staged_by(path: os.PathLike[str] | str, write: Callable[[int], None]) -> Staged:
    """A temporary file beside ``path`` filled by ``write(fd)``, fsynced and hashed."""
    target = check_target(path)
    try:
        fd, temp = _temporary(target)
    except OSError as exc:
        raise refusal(exc, path) from exc
    try:
        try:
            write(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        digest, size = _sha256(temp)
    except OSError as exc:
        _remove(temp)
        raise refusal(exc, path) from exc
    except BaseException:
        _remove(temp)
        raise
    return Staged(target, temp, digest, size)


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def stage(path: os.PathLike[str] | str, data: bytes) -> Staged:
    """``data`` written to a temporary file beside ``path``, not yet in place (see
    :class:`Staged`)."""
    return _staged_by(path, lambda fd: _write_all(fd, data))


def stage_text(
    path: os.PathLike[str] | str,
    write: Callable[[TextIO], None],
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> Staged:
    """A text file written line by line by ``write(handle)`` (a large CSV is never held in
    memory whole), not yet in place (see :class:`Staged`)."""

    def fill(fd: int) -> None:
        buffered = io.BufferedWriter(_FdWriter(fd), CHUNK)
        # closing it closes only the wrapper: _staged_by fsyncs and closes the descriptor
        with io.TextIOWrapper(buffered, encoding=encoding, newline=newline) as handle:
            write(handle)

    return _staged_by(path, fill)


class _FdWriter(io.RawIOBase):
    """Writes through ``os.write`` on a descriptor it does not own (closing it leaves the
    descriptor open)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return os.write(self._fd, data)


def write_bytes(path: os.PathLike[str] | str, data: bytes) -> str:
    """Write ``data`` to ``path`` (temporary file, fsync, rename); returns its SHA-256."""
    with stage(path, data) as staged:
        pass
    return staged.sha256


def write_text(path: os.PathLike[str] | str, text: str, *, encoding: str = "utf-8") -> str:
    """Write ``text`` to ``path`` as :func:`write_bytes` does; returns its SHA-256."""
    return write_bytes(path, text.encode(encoding))


def private(path: os.PathLike[str] | str) -> Path:
    """A new, empty file at ``path`` with mode 0600, for a writer that fills a file by name
    (SQLite's backup API, SQLCipher's export: they would make it 0644) — created before
    they open it. A folder or a missing folder is refused as by :func:`check_target`."""
    target = check_target(path)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, MODE)
    except OSError as exc:
        raise refusal(exc, path) from exc
    if sys.platform != "win32":
        os.fchmod(fd, MODE)
    os.close(fd)
    return target


def folder(path: os.PathLike[str] | str) -> Path:
    """The folder ``path``, made (with its parents) when missing; a file there is refused."""
    target = Path(os.path.abspath(os.fspath(path)))
    try:
        target.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise NotAFolder(str(path)) from exc
    except OSError as exc:
        raise refusal(exc, path) from exc
    return target


@contextlib.contextmanager
def replacing(path: os.PathLike[str] | str) -> Iterator[Path]:
    """A temporary path beside ``path`` (an empty file, mode 0600) for a writer that fills
    it by name; when the block ends it is fsynced and renamed over ``path``. On any
    exception it is removed and ``path`` is untouched."""
    target = check_target(path)
    try:
        fd, temp = _temporary(target)
        os.close(fd)
    except OSError as exc:
        raise refusal(exc, path) from exc
    try:
        yield temp
        fd = os.open(temp, os.O_RDONLY if sys.platform != "win32" else os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
        sync_folder(target.parent)
    except OSError as exc:
        _remove(temp)
        raise refusal(exc, path) from exc
    except BaseException:
        _remove(temp)
        raise
