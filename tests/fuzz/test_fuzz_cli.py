"""Fuzzing the command line (issue #7): the argument parser with arbitrary words, and
`akutdesk` sub-commands with junk values. Every run ends with an exit code (argparse's 2
for a bad option, 1 with a message for a refused command) — never a traceback."""

from __future__ import annotations

import contextlib
import io
import json

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
