"""Papers served over `https` the way small hosts serve it: a self-signed certificate (a panel's
default), one expired months ago (a renewal that failed), one issued for another name (a shared
host's certificate), and the failures that are the connection's and not the certificate's: a
plain-HTTP server answering on the address given as `https`, and a host that accepts the
connection and never finishes the handshake.

README: a URL the crawl cannot fetch for a network reason is one ERROR line naming the URL and
the reason, after its retries, never a traceback, and the summary line ends
`N URLs unreachable (reason)`; a site that got no response at all failed (exit 4). tinbao
archives public pages and says nothing of checking certificates: as Scrapy does by default, a
page is read whatever the certificate says (a reader's browser shows a warning and a button),
and `tinbao snapshot` reads it as the crawl does.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import ssl
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from crawler.exitcodes import ExitCode
from tests.faults.harness import (
    ARTICLES,
    MIRROR,
    SITE,
    article_path,
    crawl,
    expect_rows,
    integrity,
    tinbao,
)
from tests.faults.rows import crawl_rows
from tests.faults.server import serving

NOW = datetime.datetime.now(datetime.UTC)
DAY = datetime.timedelta(days=1)
QUICK = ("DOWNLOAD_TIMEOUT=3", "RETRY_TIMES=1")


def context(folder: Path, name: str, *, ip: bool = True, expired: bool = False) -> ssl.SSLContext:
    """A server context with a self-signed certificate for `name` (also for 127.0.0.1 when
    `ip`), valid now or expired 90 days ago."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    names: list[x509.GeneralName] = [x509.DNSName(name)]
    if ip:
        names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    start, end = (NOW - 400 * DAY, NOW - 90 * DAY) if expired else (NOW - DAY, NOW + 365 * DAY)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem = folder / f"{name}.pem"
    pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        + cert.public_bytes(serialization.Encoding.PEM)
    )
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(pem)
    return tls


CERTIFICATES = {
    "self-signed": {"name": "localhost"},
    "expired": {"name": "localhost", "expired": True},
    "another-name": {"name": "hosting.example.net", "ip": False},
}


@pytest.mark.parametrize("kind", list(CERTIFICATES))
def test_a_site_behind_a_certificate_no_browser_trusts_is_crawled(
    tmp_path: Path, kind: str
) -> None:
    db = tmp_path / "news.db"
    with serving(MIRROR, tls=context(tmp_path, **CERTIFICATES[kind])) as site:
        run = crawl(site, db)
    assert run.returncode == 0, run.output
    assert "Traceback" not in run.stderr, run.stderr
    expect_rows(db, ARTICLES)
    assert integrity(db) == "ok"


def test_snapshot_reads_a_page_behind_a_self_signed_certificate(tmp_path: Path) -> None:
    out = tmp_path / "snap"
    path = article_path("105870")
    with serving(MIRROR, tls=context(tmp_path, "localhost")) as site:
        done = tinbao("snapshot", site.url(path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "response.json").read_text(encoding="utf-8"))["status"] == 200
    saved = json.loads((out / "page.json").read_text(encoding="utf-8"))["expected"]
    assert (saved["headline"], saved["body"]) == (
        ARTICLES[path]["headline"],
        ARTICLES[path]["body"],
    )


class _Address:
    """An `https` base URL for a port where something other than a TLS server waits."""

    def __init__(self, port: int) -> None:
        self.base_url = f"https://127.0.0.1:{port}"


def failed_unreachable(run, db: Path) -> list[str]:
    """A site none of whose requests got an answer: exit 4, `FAILED` with its unreachable
    URLs counted, one ERROR line per URL, no traceback, the run's row failed. The summary."""
    assert run.returncode == ExitCode.SITE_FAILED, run.output
    assert "Traceback" not in run.stderr, run.stderr
    summary = [line for line in run.stdout.splitlines() if line.strip()]
    assert len(summary) == 1 and summary[0].startswith(f"{SITE}: FAILED"), run.stdout
    assert "URLs unreachable (" in summary[0], summary[0]
    errors = [line for line in run.stderr.splitlines() if "ERROR" in line]
    urls = [line for line in errors if "site failed" not in line]  # the verdict's own line
    assert urls and all("https://127.0.0.1:" in line for line in urls), run.stderr
    assert crawl_rows(db) == [(SITE, "failed")]
    assert integrity(db) == "ok"
    return summary


def test_plain_http_answering_on_the_https_address_fails_the_run_in_lines(tmp_path: Path) -> None:
    """`base_url=https://…` on a port where a plain HTTP server listens (the https part of a
    host never set up): the handshake gets an HTTP answer."""
    db = tmp_path / "news.db"
    with serving(MIRROR) as plain:
        port = plain.server.server_address[1]
        run = crawl(_Address(port), db, settings=QUICK, timeout=90)  # type: ignore[arg-type]
    failed_unreachable(run, db)


def test_a_handshake_that_never_finishes_times_out_and_fails_the_run(tmp_path: Path) -> None:
    """The host accepts the connection (the kernel does, on a listening socket) and never
    answers the client's hello: each request ends at the download timeout."""
    db = tmp_path / "news.db"
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)
        began = time.monotonic()
        run = crawl(_Address(silent.getsockname()[1]), db, settings=QUICK, timeout=110)  # type: ignore[arg-type]
        elapsed = time.monotonic() - began
    failed_unreachable(run, db)
    assert elapsed < 90, elapsed
