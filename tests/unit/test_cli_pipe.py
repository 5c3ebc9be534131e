"""A reader that closes the pipe early (``akutdesk audit list | head -1``) ends the command
quietly: no BrokenPipeError traceback on stderr, the shell's SIGPIPE exit code."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys

from tests.conftest import PASSWORD


def test_a_closed_pipe_is_no_traceback(tmp_path):
    env = {**os.environ, "AKUTDESK_PASSWORD": PASSWORD}
    akutdesk = [sys.executable, "-m", "app", "--data-dir", str(tmp_path)]
    subprocess.run([*akutdesk, "demo", "--citizens", "40"], env=env, check=True,
                   capture_output=True)  # fmt: skip
    read, write = os.pipe()
    fcntl.fcntl(read, getattr(fcntl, "F_SETPIPE_SZ", 1031), 4096)  # less than the listing
    listing = subprocess.Popen(
        [*akutdesk, "--user", "ADM", "audit", "list", "--limit", "5000"],
        env=env, stdout=write, stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read, "rb") as reader:
        assert reader.readline().strip()  # the first line, then the reader goes away
    assert listing.stderr is not None
    with listing.stderr:
        err = listing.stderr.read().decode()
    assert listing.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err
