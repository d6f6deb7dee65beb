"""A misbehaving web server for fault-injection tests: a fixture mirror with faults per URL.

`FaultServer(root)` serves a site mirror on 127.0.0.1 exactly like `crawler/mirror.py` (same
URL → file rules), except for the paths given a `Fault`: those answer with another status,
extra headers, another body, late, cut short, reset, gzip-bombed… A fault may apply to the
first `times` requests only (a transient error), after which the mirror's file is served.

Every request is recorded in `hits` (path, monotonic time), so a test can check what the
crawler fetched, how often and when. The server runs in a thread of the test process; the
crawl under test runs in a subprocess, as a scheduled `tinbao crawl` would.
"""

from __future__ import annotations

import gzip
import socket
import ssl
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crawler.mirror import CONTENT_TYPES, STOP_POLL, resolve


@dataclass
class Fault:
    """How one URL misbehaves. Unset fields keep the mirror's normal answer."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # served instead of the mirror's file (which may not exist)
    edit: Callable[[bytes], bytes] | None = None  # rewrite the mirror's file before serving
    content_type: str | None = None
    stall: float = 0.0  # seconds to wait before answering (or, with `stall_at`, mid-body)
    stall_at: int | None = None  # send this many bytes of the body, then stall, then the rest
    # Ends every stall at once when set: for a test that needs the answer held only until it
    # has seen what it waits for (`Fault.release()`), not for a fixed margin of seconds.
    released: threading.Event = field(default_factory=threading.Event)
    reset: bool = False  # close the connection with a TCP reset instead of answering
    truncate: int | None = None  # announce the full length, send only this many bytes
    gzip: bool = False  # send the body gzip-compressed (Content-Encoding: gzip)
    length: int | None = None  # announce this Content-Length (a lie), send the whole body
    framing: str = "length"  # "chunked": Transfer-Encoding; "close": no length, end by closing
    drip: float = 0.0  # send the body 100 bytes at a time, this many seconds apart
    raw: bytes | None = None  # send these bytes as the whole answer (no HTTP framing), close
    endless: bool = False  # after the body, send it again in chunks until the client hangs up
    times: int | None = None  # fail only the first N requests, then serve normally
    unless_cookie: str | None = None  # serve normally to a request whose Cookie holds this
    headers_now: Callable[[], dict[str, str]] | None = None  # more headers, made per request
    # Misbehave only towards requests whose headers this accepts (content negotiation).
    only_if: Callable[[Message], bool] | None = None

    def release(self) -> None:
        """End the stalls under way and skip those to come."""
        self.released.set()

    def wait(self) -> None:
        """Stall: `stall` seconds, or until the test releases the fault."""
        self.released.wait(self.stall)


@dataclass
class Hit:
    path: str
    at: float  # time.monotonic() when the request arrived
    faulty: bool
    headers: dict[str, str] = field(default_factory=dict)  # as sent, the last of a repeated name


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        srv = self.server
        fault = srv.fault_for(self.path)
        if fault is not None and fault.unless_cookie in self.headers.get("Cookie", "").split("; "):
            fault = None
        if fault is not None and fault.only_if is not None and not fault.only_if(self.headers):
            fault = None
        srv.hits.append(Hit(self.path, time.monotonic(), fault is not None, dict(self.headers)))
        if fault is None:
            fault = Fault()
        self.fault_date = fault.headers.get("Date")
        if fault.stall and fault.stall_at is None:
            fault.wait()
        if fault.raw is not None:
            self.wfile.write(fault.raw)
            self.close_connection = True
            return
        if fault.reset:
            # SO_LINGER with a zero timeout turns close() into a TCP RST.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        body = fault.body
        kind = fault.content_type
        if body is None:
            file = resolve(srv.root, self.path)
            if file is None and fault.status == 200:
                self.send_error(404)
                return
            body = file.read_bytes() if file is not None else b""
            kind = kind or CONTENT_TYPES.get(file.suffix if file else "", "text/html")
        if fault.edit is not None:
            body = fault.edit(body)
        if fault.gzip:
            body = gzip.compress(body)
        self.send_response(fault.status)
        self.send_header("Content-Type", kind or "text/html; charset=utf-8")
        if fault.gzip:
            self.send_header("Content-Encoding", "gzip")
        extra = fault.headers_now() if fault.headers_now is not None else {}
        for name, value in {**fault.headers, **extra}.items():
            if name != "Date":  # sent in place of the server's own, by `date_time_string`
                self.send_header(name, value)
        if fault.framing == "chunked":
            self.send_header("Transfer-Encoding", "chunked")
        elif fault.framing == "length":
            self.send_header("Content-Length", str(fault.length or len(body)))
        if fault.truncate is not None or fault.framing == "close":
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        try:
            if fault.stall_at is not None:
                self.wfile.write(body[: fault.stall_at])
                self.wfile.flush()
                fault.wait()
                body = body[fault.stall_at :]
            self._send_body(fault, body if fault.truncate is None else body[: fault.truncate])
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up waiting

    def _send_body(self, fault: Fault, body: bytes) -> None:
        """The body as the fault frames it: in chunks (the last one only when nothing was cut
        off), dripped, or at once."""
        step = 100 if fault.drip else max(len(body), 1)
        for start in range(0, len(body), step):
            piece = body[start : start + step]
            if fault.framing == "chunked":
                piece = b"%x\r\n%s\r\n" % (len(piece), piece)
            self.wfile.write(piece)
            if fault.drip:
                self.wfile.flush()
                time.sleep(fault.drip)
        while fault.endless:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(body), body))
            if fault.drip:
                self.wfile.flush()
                time.sleep(fault.drip)
        if fault.framing == "chunked" and fault.truncate is None:
            self.wfile.write(b"0\r\n\r\n")

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The `Date` header: the fault's, if it gives one (a server clock far off)."""
        if getattr(self, "fault_date", None) is not None:
            return self.fault_date
        return super().date_time_string(timestamp)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: tuple) -> None:
        """A client that gave up on the TLS handshake (a refused certificate) is no error of
        the server's; anything else is printed as `socketserver` does."""
        if not isinstance(sys.exc_info()[1], (ssl.SSLError, ConnectionError)):
            super().handle_error(request, client_address)

    def __init__(self, root: Path, faults: dict[str, Fault], host: str = "127.0.0.1") -> None:
        if ":" in host:  # an IPv6 address, such as the loopback ::1
            self.address_family = socket.AF_INET6
        super().__init__((host, 0), _Handler)
        self.root = root
        self.faults = faults
        self.served: dict[str, int] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()

    def fault_for(self, target: str) -> Fault | None:
        """The fault for a request target (path and query, matched exactly)."""
        fault = self.faults.get(target)
        if fault is None:
            return None
        with self.lock:
            count = self.served[target] = self.served.get(target, 0) + 1
        return fault if fault.times is None or count <= fault.times else None


class FaultServer:
    """A running fault server: `base_url`, `faults` (editable while it runs), `hits`; over TLS
    with the certificate of `tls` when given (the handshake made in the request's thread, so
    a client that refuses the certificate holds up no other)."""

    def __init__(
        self,
        root: Path,
        faults: dict[str, Fault] | None = None,
        tls: ssl.SSLContext | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.server = _Server(root, dict(faults or {}), host)
        self.faults = self.server.faults
        self.hits = self.server.hits
        port = self.server.server_address[1]
        host = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{host}:{port}"
        if tls is not None:
            self.server.socket = tls.wrap_socket(
                self.server.socket, server_side=True, do_handshake_on_connect=False
            )
            self.base_url = f"https://{host}:{port}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": STOP_POLL}, daemon=True
        )

    def url(self, path: str) -> str:
        return self.base_url + path

    def paths(self) -> list[str]:
        """Every requested target, in order."""
        return [hit.path for hit in self.hits]

    def start(self) -> FaultServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def serving(
    root: Path,
    faults: dict[str, Fault] | None = None,
    tls: ssl.SSLContext | None = None,
    host: str = "127.0.0.1",
) -> Iterator[FaultServer]:
    """A fault server on `host` (127.0.0.1, or an IPv6 address such as ::1) for the block."""
    server = FaultServer(root, faults, tls, host).start()
    try:
        yield server
    finally:
        server.stop()
