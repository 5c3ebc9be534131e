"""Where AkutDesk keeps its files.

One module on platformdirs (STYLE §5). Nothing is resolved at import time: ``main()``
calls :func:`init` once, optionally with ``--data-dir``; ``AKUTDESK_DATA_DIR`` overrides
the platform default. The resources folder is found in a PyInstaller bundle, an
installed wheel (``app/resources``) or the source tree (``resources/``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "AkutDesk"
APP_AUTHOR = "AkutDesk"
ENV_DATA_DIR = "AKUTDESK_DATA_DIR"
STORE_FILENAME = "akutdesk.sqlite3"

_data_dir: Path | None = None


def init(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Fix the data directory for this process: argument, then environment, then platformdirs."""
    global _data_dir
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        path = Path(chosen).expanduser()
    else:
        import platformdirs  # lazy: start-up (only without --data-dir/AKUTDESK_DATA_DIR)

        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    _data_dir = path.resolve()
    return _data_dir


def data_dir() -> Path:
    if _data_dir is None:
        return init()
    return _data_dir


def store_path() -> Path:
    return data_dir() / STORE_FILENAME


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """The resources folder, wherever this copy of AkutDesk was installed from."""
    here = Path(__file__).resolve().parent
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "i18n").is_dir():
            return candidate
    return candidates[-1]
