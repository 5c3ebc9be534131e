"""Fuzzing the command line (issue #7): the argument parser with arbitrary words, and
`akutdesk` sub-commands with junk values. Every run ends with an exit code (argparse's 2
for a bad option, 1 with a message for a refused command) — never a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import os

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.cli.main import build_parser, main
from tests.fuzz.counts import ran, service

WORDS = ["demo", "import", "export", "info", "worklist", "audit", "verify", "list", "export",
         "gp-fees", "course-summary", "closing-note", "backups", "--date", "--month", "--json",
         "--out", "--from", "--to", "--citizen", "--limit", "--anchor", "--user", "--lang",
         "--citizens", "--courses", "-h", "--version", "da", "en", "2026-11-24", "2026-13",
         "0101500007", "x", "", "--", "-", "--data-dir"]  # fmt: skip
JUNK = st.one_of(st.text(max_size=25), st.sampled_from(
    ["2026-02-30", "0000-00-00", "-1", "99999999999999999999", "2026-11", "1:" + "a" * 64,
     "--help", "-x", "0101500007", "010150-0007", "\x00", "é" * 40]))  # fmt: skip


def _run(argv: list[str]) -> int:
    """main() with its output captured; an argparse exit counts as its code."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return code


PARSER = build_parser()


@service(300)
@given(st.lists(st.one_of(st.sampled_from(WORDS), JUNK), max_size=6))
def test_the_parser_takes_any_words(words):
    ran("cli: build_parser().parse_args (any words)")
    parser = PARSER
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            parser.parse_args(words)
        except SystemExit as exit_:
            assert exit_.code in (0, 2)


@pytest.fixture
def demo_store(data_dir):  # type: ignore[no-untyped-def]
    assert _run(["demo", "--citizens", "5", "--courses", "2"]) == 0
    return data_dir


COMMANDS = st.one_of(
    st.builds(lambda v: ["worklist", "--date", v], JUNK),
    st.builds(lambda v: ["worklist", "--json", "--date", v], JUNK),
    st.builds(lambda v: ["gp-fees", "--month", v], JUNK),
    st.builds(
        lambda a, b, c: ["audit", "list", "--from", a, "--citizen", b, "--limit", c],
        JUNK,
        JUNK,
        JUNK,
    ),
    st.builds(lambda v: ["audit", "verify", "--anchor", v], JUNK),
    st.builds(lambda v: ["audit", "list", "--user", v, "--action", v, "--entity", v], JUNK),
    st.builds(lambda v: ["course-summary", v, "--out", "{tmp}/x.pdf"], JUNK),
    st.builds(lambda v: ["closing-note", v, "--out", "{tmp}/x.txt"], JUNK),
    st.builds(lambda v: ["import", "{tmp}/in.json", "<" + v], JUNK),
    st.builds(lambda v: ["--user", v, "info"], JUNK),
    st.builds(lambda a, b: ["price-levels", "add", "--from", a, "--index", b], JUNK, JUNK),
    st.builds(lambda v: ["fee-scheme", "set", v], JUNK),
    st.builds(lambda v: ["homes", "list", "--json", "--on", v], JUNK),
)


@service(40)
@given(COMMANDS)
@example(["worklist", "--date", "2026-02-30"])
@example(["audit", "list", "--citizen", "12"])
def test_commands_with_junk_values(demo_store, tmp_path, argv):
    ran("cli: main() sub-commands with junk values")
    if argv[0] == "import":
        content = argv.pop()[1:]
        (tmp_path / "in.json").write_text(json.dumps({"format": "akutdesk-exchange",
                                                      "version": 1, "citizens": content}))  # fmt: skip
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert _run(argv) in (0, 1, 2)


# -- the command line as a whole: options, paths and environment (issue #13) ----------------
#
# Any option value, any file named on the command line (a folder, a missing path, a system
# file, any bytes) and any value of AKUTDESK_DATA_DIR / AKUTDESK_DATABASE_URL /
# AKUTDESK_STORE_KEY: one line and exit 1 (argparse's 2), never a traceback, and a refused
# command leaves the demo store's every table as it was. Values that could write outside
# the test's folder (a relative --data-dir, a sqlite:/// URL elsewhere) are not generated.

FILE_CONTENT = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([
        b"\xef\xbb\xbf" + json.dumps({"format": "akutdesk-exchange", "version": 1}).encode(),
        b'{"format": "akutdesk-exchange", "version": 1, "version": 2}',
        b'{"format": "akutdesk-exchange", "version": true}',
        b'{"format": "akutdesk-exchange", "version": ' + b"9" * 5000 + b"}",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"format": "akutdesk-exchange", "version": 1, "citizens": [{"cpr": "\\u0660\\u0661'
        b'\\u0660\\u0661\\u0661\\u0660\\u0661\\u0662\\u0663\\u0664", "first_name": "A\\u0000",'
        b' "last_name": "B"}]}',
        b'{"label": "v", "valid_from": "2026-01-01", "tariffs": [{"code": "X", "from_day": true}]}',
        b'[{"valid_from": "2026-04-01", "index": "1.1"}, {"valid_from": "2026-04-01", "index": 2}]',
        b'{"valid_from": "2026-02-30", "index": true}',
        b"NaN", b"1e999", b"",
    ]),
)  # fmt: skip
PATHS = st.sampled_from(["{tmp}/in.json", "{tmp}", "{tmp}/missing/x.json", "/etc/passwd",
                         "/dev/null", "{tmp}/in.json/x", ""])  # fmt: skip
DATA_DIRS = st.sampled_from(["/etc/passwd", "/etc/passwd/x", "/dev/null", "{tmp}/fresh",
                             "{tmp}/in.json"])  # fmt: skip
ENV_TEXT = st.characters(blacklist_characters="\x00")  # an environment cannot hold a NUL
URLS = st.one_of(
    st.sampled_from(["garbage://x", "x", ":", "mysql://u:secret@h/x", "postgresql://u@127.0.0.1:1/x",
                     "postgresql+psycopg://u@[::1/x", "sqlite:///{tmp}/in.json", "sqlite://"]),
    st.text(ENV_TEXT, max_size=20).map(lambda t: "garbage://" + t),
)  # fmt: skip
KEYS = st.one_of(st.text(ENV_TEXT, max_size=70), st.just("ABCD-" * 13 + "ABCD"))
SUBCOMMANDS = st.one_of(
    st.just(["info"]),
    st.just(["store-key"]),
    st.just(["backups"]),
    st.just(["tariffs", "list"]),
    st.builds(lambda p: ["import", p], PATHS),
    st.builds(lambda p: ["import", "--skip-invalid", p], PATHS),
    st.builds(lambda p: ["tariffs", "add-version", p], PATHS),
    st.builds(lambda p: ["price-levels", "add", "--file", p], PATHS),
    st.builds(lambda p: ["certificate", "import", p], PATHS),
    st.builds(lambda v: ["worklist", "--date", v], JUNK | st.dates().map(str)),
    st.builds(lambda v: ["gp-fees", "--month", v], JUNK | st.dates().map(lambda d: f"{d:%Y-%m}")),
    st.builds(lambda v: ["invoices", "preview", "--month", v], JUNK | st.dates().map(str)),
    st.builds(lambda v: ["invoices", "list", "--month", v], JUNK),
    st.builds(lambda v: ["audit", "verify", "--anchor", v], JUNK),
    st.builds(lambda a, b: ["audit", "list", "--from", a, "--to", b], st.dates().map(str), st.dates().map(str)),
)  # fmt: skip
ENVIRONMENT = st.fixed_dictionaries({}, optional={
    "AKUTDESK_DATA_DIR": DATA_DIRS, "AKUTDESK_DATABASE_URL": URLS, "AKUTDESK_STORE_KEY": KEYS,
})  # fmt: skip
OPTIONS = st.lists(st.one_of(
    st.builds(lambda v: ["--data-dir", v], DATA_DIRS),
    st.builds(lambda v: ["--database-url", v], URLS),
    st.builds(lambda v: ["--user", v], JUNK),
    st.builds(lambda v: ["--lang", v], st.sampled_from(["da", "en", "de", ""])),
), max_size=2).map(lambda groups: [word for group in groups for word in group])  # fmt: skip

# The failures of issue #13 (items 7–9), each a fixed example of the test below.
ISSUE_13 = [
    ([], ["import", "{tmp}/in.json"], {}, b'{"format": "akutdesk-exchange", "version": ' + b"9" * 5000 + b"}"),
    ([], ["import", "{tmp}/in.json"], {}, b'{"format": "akutdesk-exchange", "version": 1, "citizens": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"),
    ([], ["worklist", "--date", "9999-12-31"], {}, b""),
    ([], ["gp-fees", "--month", "9999-12"], {}, b""),
    ([], ["gp-fees", "--month", "0001-01"], {}, b""),
    ([], ["invoices", "preview", "--month", "9999-12"], {}, b""),
    ([], ["invoices", "preview", "--month", "0001-01"], {}, b""),
    ([], ["tariffs", "add-version", "{tmp}/in.json"], {}, b"[" * 200_000 + b"]" * 200_000),
    ([], ["certificate", "import", "{tmp}/in.json"], {}, b""),
    ([], ["audit", "list", "--to", "9999-12-31"], {}, b""),
    (["--database-url", "garbage://x"], ["info"], {}, b""),
    (["--database-url", "postgresql://u@127.0.0.1:1/x"], ["info"], {}, b""),
    (["--data-dir", "/etc/passwd"], ["info"], {}, b""),
    ([], ["info"], {"AKUTDESK_DATA_DIR": "/etc/passwd"}, b""),
    ([], ["import", "{tmp}/in.json"], {}, b"\xef\xbb\xbf" + b'{"format": "akutdesk-exchange", "version": 1}'),
    ([], ["import", "{tmp}/in.json"], {}, b'{"format": "akutdesk-exchange", "version": true}'),
    ([], ["import", "{tmp}/in.json"], {}, b'{"format": "akutdesk-exchange", "version": 1, "version": 1}'),
    ([], ["import", "{tmp}/in.json"], {}, json.dumps({"format": "akutdesk-exchange", "version": 1, "citizens": [{"cpr": "0101500007", "first_name": "A" * 2_000_000, "last_name": "B"}]}).encode()),
    ([], ["import", "{tmp}/in.json"], {}, json.dumps({"format": "akutdesk-exchange", "version": 1, "citizens": [{"cpr": "0101500007", "first_name": "El\x00se", "last_name": "B"}]}).encode()),
    ([], ["import", "{tmp}/in.json"], {}, json.dumps({"format": "akutdesk-exchange", "version": 1, "citizens": [{"cpr": "٠١٠١١٠١٢٣٤", "first_name": "Else", "last_name": "B"}]}, ensure_ascii=False).encode()),
]  # fmt: skip


def _whole(test):  # type: ignore[no-untyped-def]
    for case in ISSUE_13:
        test = example(*case)(test)
    return test


@service(40)
@given(OPTIONS, SUBCOMMANDS, ENVIRONMENT, FILE_CONTENT)
@_whole
def test_the_whole_command_line(demo_store, tmp_path, options, command, environment, content):
    ran("cli: the whole command line (options, paths, environment)")
    (tmp_path / "in.json").write_bytes(content)
    (tmp_path / "fresh").mkdir(exist_ok=True)

    def filled(text: str) -> str:
        return text.replace("{tmp}", str(tmp_path))

    argv = [filled(a) for a in [*options, *command]]
    before = _counts(demo_store)
    saved = {name: os.environ.get(name) for name in environment}
    os.environ.update({name: filled(value) for name, value in environment.items()})
    try:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    assert code in (0, 1, 2), (argv, err.getvalue())
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert len(err.getvalue()) < 20_000  # a long value is shown cut
    if code != 0:
        assert _counts(demo_store) == before, argv


def _counts(data_dir):  # type: ignore[no-untyped-def]
    """Every table's row count of the demo store (as tests/fuzz/counts.py), the audit
    entries without refused sign-ins (kept on purpose: the lockout counts them)."""
    from sqlalchemy import func, select

    from app import paths
    from app.models import AuditEntry, Base, load_all
    from app.services.admin import setup

    store, _ = setup.open_store(None, data_dir)
    load_all()
    try:
        counts = [
            select(func.count()).select_from(t).scalar_subquery()
            for t in Base.metadata.sorted_tables
            if t is not AuditEntry.__table__
        ]
        audited = select(func.count()).where(AuditEntry.action != "sign_in_refused")
        with store.read() as session:
            return tuple(session.execute(select(*counts, audited.scalar_subquery())).one())
    finally:
        store.dispose()
        paths.init(data_dir)
