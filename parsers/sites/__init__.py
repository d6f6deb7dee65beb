"""Registry of site profiles: every module in this package defines one `PROFILE`."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from functools import cache

from parsers.profile import SiteProfile


@cache
def all_profiles() -> dict[str, SiteProfile]:
    """Profiles keyed by site key, in name order."""
    profiles: dict[str, SiteProfile] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        profile = importlib.import_module(f"{__name__}.{module.name}").PROFILE
        if profile.key in profiles:
            raise ValueError(f"duplicate site key {profile.key!r}")
        profiles[profile.key] = profile
    return profiles


@cache
def _by_host() -> dict[str, SiteProfile]:
    return {host: p for p in all_profiles().values() for host in p.hosts}


def profile_for(host: str) -> SiteProfile | None:
    """The profile serving `host` (with or without `www.`), or None for unknown hosts."""
    host = host.lower().split(":")[0]
    return _by_host().get(host) or _by_host().get(host.removeprefix("www."))


def reload() -> None:
    """Forget the loaded profiles, so a profile file written or rewritten since is read."""
    importlib.invalidate_caches()
    for name in [m for m in sys.modules if m.startswith(f"{__name__}.")]:
        del sys.modules[name]
    all_profiles.cache_clear()
    _by_host.cache_clear()
