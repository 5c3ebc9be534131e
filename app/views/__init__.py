"""The Qt user interface: the only package that imports PySide6 (STYLE §1).

Importing PySide6 replaces ``builtins.__import__`` with shiboken's ``__feature_import__``,
the hook behind PySide's opt-in ``from __feature__ import snake_case, true_property``. It
runs after every import statement of the process, and the first time it meets a module it
reads that module's whole source (``inspect.getsource``) to see whether it says "PySide6".
On the way to Today that is every module of SQLAlchemy, the models and the services: about a
fifth of the start-up's Python time (issue #17). AkutDesk uses no ``__feature__``, so the
hook is taken out again here, before any view module loads: imports go straight to the
import PySide6 wrapped (``__orig_import__``, its lazy-type-loading import, which stays). A
module missing from PySide's feature table is treated as "no feature", as every module
imported before PySide6 always was.
"""

import builtins

import PySide6  # noqa: F401  (installs the hook taken out below)


def _without_feature_hook() -> None:
    feature_import = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if wrapped is not None and feature_import is not None and builtins.__import__ is feature_import:
        builtins.__import__ = wrapped


_without_feature_hook()
