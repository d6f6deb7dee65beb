"""A real redis-server for the tests: started on 127.0.0.1 on a free port in a temp dir."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_redis(folder: Path, *options: str) -> Iterator[str]:
    """`redis://127.0.0.1:PORT/0` of a redis-server started in `folder` with `options` and
    stopped on exit, once it answers (a refusal for want of a password is an answer too).

    Skips where redis-server is not installed; CI installs it (.ci/run), so there it runs.
    """
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    server = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(folder),
         "--save", "", "--appendonly", "no", *options],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.AuthenticationError:
            break
        except redis.ResponseError as error:
            if "NOAUTH" in str(error):
                break
            raise
        except redis.ConnectionError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise
            time.sleep(0.05)
        finally:
            client.close()
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The module's own redis-server (`running_redis`)."""
    with running_redis(tmp_path_factory.mktemp("redis"), "--protected-mode", "yes") as url:
        yield url


@pytest.fixture
def redis_db(redis_url: str) -> Iterator[str]:
    """The module's Redis, emptied before each test."""
    redis.Redis.from_url(redis_url).flushdb()
    yield redis_url
