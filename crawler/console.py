"""The `tinbao` console script.

`tinbao extract` goes straight to its own module, which loads only the extraction path: the
click group and its commands cost as much again as extracting a page. Every other command line
goes to the click group (`crawler.cli`).
"""

from __future__ import annotations

import gc
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
    else:
        from crawler.cli import cli

        cli()
