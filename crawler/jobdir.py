"""Whether a JOBDIR left by a stopped run can be resumed: Scrapy reads its files unchecked.

A full disk when Scrapy wrote them at close, or a power cut soon after (ext4 leaves a file
written just before it as NUL bytes), leaves the spider's state or the request queue cut short
or blank. Scrapy then fails as the spider opens (the state, the queue's index), loops on a
queue it cannot pop, or reads a blank queue as an empty one while the spider's saved
`requested` set still skips every request it held: articles never fetched.
"""

from __future__ import annotations

import json
import pickle
import re
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

from scrapy import Spider
from scrapy.utils.misc import load_object

STATE = "spider.state"  # Scrapy's SpiderState file
QUEUE = "requests.queue"  # Scrapy's scheduler disk queue folder, indexed by active.json
INDEX = "active.json"
PRIORITY = re.compile(r"-?\d+")  # a priority queue names each of its queues by its priority


def jobdir_damage(jobdir: Path, spider: Spider) -> str | None:
    """What in `jobdir` Scrapy cannot resume from (None: nothing).

    The state must unpickle to a dict, the queue's index must be JSON, and each queue it keeps
    must give every request it holds, at least one (Scrapy deletes a queue that ends empty).
    """
    state = jobdir / STATE
    if state.exists():
        try:
            with state.open("rb") as file:
                loaded = pickle.load(file)  # noqa: S301 (written by Scrapy for this spider)
        except Exception as exc:  # noqa: BLE001 (any unpickling error: the file is damaged)
            return f"{STATE} cannot be read ({type(exc).__name__})"
        if not isinstance(loaded, dict):
            return f"{STATE} holds no spider state"
    folder = jobdir / QUEUE
    if not folder.is_dir():
        return None
    try:
        json.loads((folder / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"{QUEUE}/{INDEX} cannot be read ({type(exc).__name__})"
    queue_class = load_object(spider.crawler.settings["SCHEDULER_DISK_QUEUE"])
    for path in sorted(folder.rglob("*")):
        if PRIORITY.fullmatch(path.name) and (
            reason := unreadable_queue(path, queue_class, spider)
        ):
            return f"{path.relative_to(jobdir)} {reason}"
    return None


def unreadable_queue(path: Path, queue_class: type, spider: Spider) -> str | None:
    """Why the disk queue at `path` cannot give its requests (None: it can), read from a copy
    (popping a queue consumes it)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / path.name
        if path.is_dir():
            shutil.copytree(path, copy)
        else:
            shutil.copyfile(path, copy)
        count = 0
        try:
            queue = queue_class(SimpleNamespace(spider=spider), str(copy))
            while queue.pop() is not None:
                count += 1
            queue.close()
        except Exception as exc:  # noqa: BLE001 (any read or decoding error: the file is damaged)
            return f"cannot be read ({type(exc).__name__})"
    return None if count else "holds no request"
