"""The office's connection to the server over TLS (issue #15 item 6, docs/sync.md "What a
DBA sets up"): a throwaway PostgreSQL cluster with ``ssl = on``, a certificate signed by a
test CA (openssl) and only ``hostssl`` lines; ``sync setup`` with
``sslmode=verify-full&sslrootcert=CA`` succeeds and later syncs keep verifying, and with
another CA it is refused with one line. Skipped where initdb or openssl is missing."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.db import migrate
from app.db.store import Store
from app.errors import SyncError
from app.services.sync import office
from tests.unit import sync_helpers as h


def _pg_bin() -> Path | None:
    """Where initdb is: PATH, /usr/local/bin, or Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb") or (
        "/usr/local/bin/initdb" if Path("/usr/local/bin/initdb").exists() else None
    )
    if found is None:
        debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        found = debian[-1] if debian else None
    return Path(found).parent if found else None


PG_BIN, OPENSSL = _pg_bin(), shutil.which("openssl")
pytestmark = pytest.mark.skipif(
    PG_BIN is None or OPENSSL is None, reason="needs PostgreSQL's initdb and openssl"
)
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _run(*cmd: str | Path, as_postgres: bool = False) -> None:
    """A command, as the postgres user when this runs as root (PostgreSQL refuses root)."""
    prefix = ["runuser", "-u", "postgres", "--"] if as_postgres and AS_ROOT else []
    subprocess.run([*prefix, *map(str, cmd)], check=True, capture_output=True, timeout=120)


def _openssl(*args: str | Path) -> None:
    assert OPENSSL is not None
    _run(OPENSSL, *args)


def _ca(folder: Path, name: str) -> Path:
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
             "-days", "2", "-subj", f"/CN={name}")  # fmt: skip
    return cert


def _server_cert(folder: Path, ca: Path) -> tuple[Path, Path]:
    """The server's key and certificate, for 127.0.0.1 and localhost, signed by ``ca``."""
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.crt"
    ext = folder / "san.cnf"
    ext.write_text("subjectAltName = IP:127.0.0.1, DNS:localhost\n", encoding="utf-8")
    _openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
             "-subj", "/CN=127.0.0.1")  # fmt: skip
    _openssl("x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca.with_suffix(".key"),
             "-CAcreateserial", "-out", cert, "-days", "2", "-extfile", ext)  # fmt: skip
    return key, cert


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def tls_server() -> Iterator[dict[str, Any]]:
    """A cluster that takes only TLS connections from 127.0.0.1; the right and a wrong CA.
    Its folder is outside pytest's (which the postgres user may not enter)."""
    assert PG_BIN is not None
    folder = Path(tempfile.mkdtemp(prefix="akutdesk-tls-"))
    certs = folder / "certs"
    certs.mkdir()
    ca, other = _ca(certs, "municipality-ca"), _ca(certs, "other-ca")
    key, cert = _server_cert(certs, ca)
    data = folder / "data"
    if AS_ROOT:
        shutil.chown(folder, "postgres")
        shutil.chown(certs, "postgres")
        for path in (key, cert):
            shutil.chown(path, "postgres")
    key.chmod(0o600)
    _run(PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
         as_postgres=True)  # fmt: skip
    (data / "pg_hba.conf").write_text(
        "local all all trust\nhostssl all all 127.0.0.1/32 trust\n", encoding="utf-8"
    )
    port = _free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on "
               f"-c ssl_cert_file={cert} -c ssl_key_file={key}")  # fmt: skip
    _run(PG_BIN / "pg_ctl", "-D", data, "-l", folder / "log", "-w", "-o", options, "start",
         as_postgres=True)  # fmt: skip
    base = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres?sslmode=verify-full"
    try:
        yield {"url": f"{base}&sslrootcert={ca}", "wrong": f"{base}&sslrootcert={other}",
               "plain": f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres?sslmode=disable"}  # fmt: skip
    finally:
        _run(PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "stop", as_postgres=True)
        shutil.rmtree(folder, ignore_errors=True)


def _office_store(folder: Path) -> Store:
    folder.mkdir()
    store = Store(f"sqlite:///{folder / 'office.sqlite3'}")
    migrate.upgrade(store)
    return store


def test_an_office_syncs_over_verified_tls_and_a_wrong_ca_is_one_line(tls_server, tmp_path):
    sctx = h.server(tls_server["url"], tmp_path / "s")
    (tmp_path / "a").mkdir()
    octx = h.new_office(tls_server["url"], tmp_path / "a", "VIS-TLS")
    assert office.status(octx.store).role == "office"
    assert "sslmode=verify-full" in office.status(octx.store).server  # kept for each sync
    assert office.sync(octx.store).value.sent == 0
    for refused in ("wrong", "plain"):  # another CA; no TLS at all (only hostssl lines)
        store = _office_store(tmp_path / refused)
        with pytest.raises(SyncError) as caught:
            office.setup(store, tls_server[refused])
        said = str(caught.value)
        assert "cannot be reached" in said and "\n" not in said
        store.dispose()
    for ctx in (sctx, octx):
        ctx.store.origin.dispose()


def test_the_command_line_says_a_wrong_ca_in_one_line(tls_server, tmp_path, data_dir, capsys):
    from app.cli.main import main

    assert main(["sync", "setup", "--server", tls_server["wrong"]]) == 1
    said = capsys.readouterr().err  # after the new store's own lines
    [refusal] = [line for line in said.splitlines() if line.startswith("akutdesk:")]
    assert refusal.startswith("akutdesk: The server cannot be reached")
    assert "certificate verify failed" in refusal and "Traceback" not in said
