"""Article pages read (decoded and extracted) in worker processes, beside the engine.

Extraction is pure Python: under the GIL a thread cannot run it beside the reactor, a process
can. With `TINBAO_EXTRACT_WORKERS` > 0 the crawl's article pages go to that many worker
processes (`crawler.pageworker`) once a spider has asked for more than
`TINBAO_EXTRACT_POOL_AFTER` article pages (or the process has read that many itself), so a
small crawl never pays the workers' start-up; while they start, pages are still read in
process. One pool serves every spider of a process (`tinbao crawl` runs
several sites at once) and is shut down when the last of them closes. The workers talk to the
reactor over their stdin and stdout pipes: `concurrent.futures` pools hand each page through
two threads of the crawl process, which fight the reactor for the GIL (a tenth of its time).

A worker only computes: every stat, log line and drop decision stays with the spider, so a
crawl counts and logs exactly the same with or without workers. An exception in a worker is
raised again in the spider's callback, where Scrapy logs it with the page's URL as it would an
in-process one. A worker that dies (killed, out of memory) is replaced, and the pages it held go
to its successor: a page is lost (`ExtractorDied`) only when it was being read as a second worker
died, since a page that kills every worker reading it must not stop the crawl. Workers need
the asyncio reactor (Scrapy's default); under another reactor pages are read in process.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import sys
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import is_asyncio_available

from crawler.pageworker import HEADER, OK, READY, ReadPage, frame, read_page

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent  # where the `crawler` package is imported from
WORKER = (
    f"import sys; sys.path.insert(0, {str(ROOT)!r}); from crawler.pageworker import main; main()"
)


class ExtractorDied(Exception):
    """The worker process reading a page died before it answered."""


class WorkerTraceback(Exception):
    """The traceback of an exception raised in a worker (the cause of the one raised here)."""

    def __str__(self) -> str:
        return self.args[0]


class _Held(NamedTuple):
    """A page sent to a worker: the request, where its answer goes, and how many workers died
    reading it."""

    request: tuple
    answer: asyncio.Future
    deaths: int = 0


class _Worker:
    """One worker process and the pages it was sent, answered in order."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.waiting: deque[_Held] = deque()
        self.ready = False

    def send(self, request: tuple) -> asyncio.Future:
        answer = asyncio.get_running_loop().create_future()
        self.hand(_Held(request, answer))
        return answer

    def hand(self, held: _Held) -> None:
        self.waiting.append(held)
        assert self.process.stdin is not None
        self.process.stdin.write(frame(held.request))


class ExtractionPool:
    """Where a crawl process reads its article pages: in process, or in worker processes."""

    def __init__(self, workers: int, start_after: int) -> None:
        self.workers = max(0, workers)
        self.start_after = max(0, start_after)
        self.users = 0  # spiders of this process using the pool
        self.pages = 0  # pages read so far
        self.started = False
        self.up: asyncio.Event | None = None  # set once a worker is ready, or none could start
        self.running: list[_Worker] = []
        self.tasks: set[asyncio.Task] = set()

    async def read(
        self,
        body: bytes,
        content_type: str,
        url: str,
        fetched_at: datetime,
        article_id: str | None = None,
        planned: int = 0,
        pack: bool = False,
        hosts: tuple[str, ...] = (),
    ) -> ReadPage:
        """`read_page` in the least busy worker when one is ready, else here. `planned` is how
        many article pages the calling spider has asked for: a crawl known to be large starts
        its workers at its first page. With `start_after` 0 every page waits for the workers:
        none is read in process. `pack`: the page is to be stored, so compress its HTML too;
        `hosts`: the other hosts the crawl takes for the site."""
        self.pages += 1
        if self.workers and not self.started and max(self.pages, planned) > self.start_after:
            self.start()
        if self.up is not None and not self.start_after:
            await self.up.wait()
        ready = [worker for worker in self.running if worker.ready]
        if not ready:
            return read_page(body, content_type, url, fetched_at, article_id, pack, hosts)
        worker = min(ready, key=lambda w: len(w.waiting))
        return await worker.send((body, content_type, url, fetched_at, article_id, pack, hosts))

    def start(self) -> None:
        self.started = True
        if not is_asyncio_available():
            logger.info("not the asyncio reactor: article pages are read in the crawl process")
            return
        logger.info("reading article pages in %d worker processes", self.workers)
        self.up = asyncio.Event()
        for _ in range(self.workers):
            self._spawn()

    def _spawn(self, held: list[_Held] | None = None) -> None:
        task = asyncio.get_running_loop().create_task(self._run_worker(held or []))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _run_worker(self, held: list[_Held]) -> None:
        """Start one worker, give it the pages a dead one `held`, and hand its answers to the
        pages waiting for them, until it ends; a worker that dies while the pool runs is
        replaced."""
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            WORKER,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            limit=2**20,
        )
        worker = _Worker(process)
        self.running.append(worker)
        assert process.stdin is not None and process.stdout is not None
        for page in held:
            worker.hand(page)
        if not self.started:  # the pool stopped while this worker started
            process.stdin.close()
        try:
            while True:
                header = await process.stdout.readexactly(HEADER.size)
                (size,) = HEADER.unpack(header)
                kind, *value = pickle.loads(await process.stdout.readexactly(size))
                if kind == READY:
                    worker.ready = True
                    logger.info("extraction worker %d ready", process.pid)
                    self.up.set()
                    continue
                answer = worker.waiting.popleft().answer
                if kind == OK:
                    answer.set_result(value[0])
                else:
                    error, text = value
                    error.__cause__ = WorkerTraceback(text)
                    answer.set_exception(error)
        except asyncio.IncompleteReadError:  # the worker ended: stopped, or died
            pass
        finally:
            if worker in self.running:
                self.running.remove(worker)
            await process.wait()
        if not self.started or not worker.ready:
            for page in worker.waiting:
                page.answer.set_exception(ExtractorDied(f"worker {process.pid} ended"))
        if not self.started:
            return
        if not worker.ready:  # it could not even start: no use starting another
            logger.error(
                "extraction worker %d could not start (exit %s); "
                "article pages are read in the crawl process",
                process.pid,
                process.returncode,
            )
            self.up.set()
            return
        logger.error(
            "extraction worker %d died (exit %s); starting another", process.pid, process.returncode
        )
        self._spawn(self._survivors(worker, process.pid))

    @staticmethod
    def _survivors(worker: _Worker, pid: int) -> list[_Held]:
        """The pages a dead worker held that its successor reads: the one it was reading counts
        one more death, and is given up (`ExtractorDied`) at the second; the pages behind it
        were never read."""
        survivors: list[_Held] = []
        for position, page in enumerate(worker.waiting):
            deaths = page.deaths + (position == 0)
            if deaths >= 2:
                page.answer.set_exception(ExtractorDied(f"worker {pid} died reading it"))
            else:
                survivors.append(page._replace(deaths=deaths))
        return survivors

    async def stop(self) -> None:
        """Close the workers' input and wait for them to exit."""
        self.started = False
        for worker in self.running:
            assert worker.process.stdin is not None
            worker.process.stdin.close()
        if self.tasks:
            await asyncio.wait(set(self.tasks))


_shared: ExtractionPool | None = None


def open_pool(settings: BaseSettings) -> ExtractionPool:
    """The process's pool, for one more spider (the first one's settings size it)."""
    global _shared
    if _shared is None or _shared.users == 0:
        _shared = ExtractionPool(
            settings.getint("TINBAO_EXTRACT_WORKERS"), settings.getint("TINBAO_EXTRACT_POOL_AFTER")
        )
    _shared.users += 1
    return _shared


async def close_pool(pool: ExtractionPool) -> None:
    """One spider is done with the pool; the last one stops its workers."""
    pool.users -= 1
    if pool.users == 0:
        await pool.stop()
