"""tinbao's own Scrapy settings, for every command that starts Scrapy in its process."""

from __future__ import annotations

import os
from typing import Any

SETTINGS_MODULE = "crawler.settings"


def tinbao_settings() -> Any:
    """The settings of `crawler/settings.py`, whatever the environment names.

    Scrapy reads `SCRAPY_SETTINGS_MODULE` (or a `scrapy.cfg` near the working directory): on a
    machine that runs other Scrapy projects the variable may name another project's settings,
    which would give a crawl no spiders, or a traceback when the module is not importable here.
    `tinbao` is its own command: settings are changed with `-s` and `TINBAO_*` variables.
    """
    from scrapy.utils.project import get_project_settings

    os.environ["SCRAPY_SETTINGS_MODULE"] = SETTINGS_MODULE
    return get_project_settings()
