"""Certificates for the signing tests: one test CA and key pairs made once per session
(RSA key generation is the slow part), certificates issued per test with the validity and
key usage a test needs, written as PKCS#12 files."""

from __future__ import annotations

import datetime as dt
import functools
import shutil
import subprocess
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.signing import demo
from app.signing.demo import Issued

NOW = dt.datetime(2026, 11, 3, 8, 30, tzinfo=dt.UTC)
PASSPHRASE = "Hemmelig kode 42!"
SUBJECT = "Odense Kommune - Fakturasignatur"


@functools.cache
def _key(index: int) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.cache
def ca() -> Issued:
    return demo.make_ca(NOW - dt.timedelta(days=400), key=_key(0))


def p12(
    folder: Path,
    *,
    valid_from: dt.datetime = NOW - dt.timedelta(days=30),
    valid_to: dt.datetime = NOW + dt.timedelta(days=700),
    usage: x509.KeyUsage | None = None,
    passphrase: str = PASSPHRASE,
    name: str = "organisation.p12",
) -> Path:
    issued = demo.make_certificate(
        ca(),
        SUBJECT,
        "Odense Kommune",
        valid_from=valid_from,
        valid_to=valid_to,
        usage=usage,
        key=_key(1),
    )
    path = folder / name
    path.write_bytes(demo.pkcs12_bytes(issued, ca(), passphrase, "Odense Kommune"))
    return path


def encipherment_only() -> x509.KeyUsage:
    return demo._usage(key_encipherment=True)


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def nss_db(folder: Path, root: x509.Certificate) -> str | None:
    """An NSS database trusting ``root`` for signatures (the e-mail trust flag ",C,":
    pdfsig checks the chain for that usage; "C,," alone says "issuer isn't Trusted");
    None when NSS's certutil is not installed (apt: libnss3-tools)."""
    if shutil.which("certutil") is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ca.pem").write_bytes(pem(root))
    db = f"sql:{folder}"
    subprocess.run(["certutil", "-N", "-d", db, "--empty-password"], check=True)
    subprocess.run(
        [
            "certutil",
            "-A",
            "-d",
            db,
            "-n",
            "test-ca",
            "-t",
            ",C,",
            "-a",
            "-i",
            str(folder / "ca.pem"),
        ],
        check=True,
    )
    return db


def pdfsig(pdf: Path, nss: str | None = None) -> str:
    command = ["pdfsig", *(["-nssdir", nss] if nss else []), str(pdf)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return done.stdout + done.stderr
