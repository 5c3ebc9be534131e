"""Per-workstation settings, declared once (STYLE §5): key, type, default, label.

Kept in ``settings.json`` in the data directory; store-wide settings live in the store.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from app import paths


class Setting(NamedTuple):
    key: str
    type: type
    default: Any
    label: str


SETTINGS = {
    s.key: s
    for s in (
        Setting("language", str, "da", "User interface language (da, en)"),
        Setting("last_user", str, "", "Initials of the last user on this workstation"),
        Setting("window_geometry", str, "", "Main window size and position"),
        Setting(
            "backup_generations",
            int,
            14,
            "Start, daily and manual backups kept (docs/backups.md)",
        ),
    )
}
LANGUAGES = ("da", "en")


def load() -> dict[str, Any]:
    values = {key: s.default for key, s in SETTINGS.items()}
    try:
        stored = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return values
    if isinstance(stored, dict):
        for key, value in stored.items():
            if key in SETTINGS and isinstance(value, SETTINGS[key].type):
                values[key] = value
    return values


def get(key: str) -> Any:
    return load()[key]


def put(key: str, value: Any) -> None:
    if key not in SETTINGS or not isinstance(value, SETTINGS[key].type):
        raise ValueError(f"unknown setting or wrong type: {key}")
    values = load()
    values[key] = value
    target = paths.settings_path()
    # app.files loads the typed errors and the whole message catalogue; writing is rare
    # lazy: start-up (the window reads the settings before it is shown)
    from app import files

    files.write_text(target, json.dumps(values, indent=1))  # temp file, fsync, rename
