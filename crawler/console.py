"""The `tinbao` console script.

`tinbao extract` goes straight to its own module, which loads only the extraction path: the
click group and its commands cost as much again as extracting a page. Once its record is
printed the process ends at once, its exit handlers run but the interpreter not torn down:
freeing every module and object one by one was a tenth of the process. Every other command
line goes to the click group (`crawler.cli`).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys


def main() -> None:
    if sys.argv[1:2] == ["extract"]:
        # One page, then the process ends: the cyclic garbage collector would only walk the
        # modules being loaded, 2% of the work.
        gc.disable()
        from crawler.extract_command import main as extract
        from crawler.streams import start_again_in_utf8_mode

        start_again_in_utf8_mode()  # the C locale: Vietnamese file names and output

        extract(sys.argv[2:])
        _end_now()
    else:
        from crawler.cli import cli

        cli()


def _end_now() -> None:
    """End the process with status 0 as `sys.exit` would, less the interpreter's teardown."""
    atexit._run_exitfuncs()  # what Python runs first at exit (the kept patterns' file)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
