"""Registry of site profiles: every module in this package defines one `PROFILE`."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from functools import cache

from parsers.profile import SiteProfile
from parsers.urls import host_and_its_site


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
    """The profile serving `host`, its `www.` host, or its mobile or AMP copy (`m.`, `amp.`,
    the same articles: a page saved from a phone), or None for unknown hosts."""
    by_host = _by_host()
    return next((by_host[h] for h in host_and_its_site(host) if h in by_host), None)


def reload() -> None:
    """Forget the loaded profiles, so a profile file written or rewritten since is read."""
    importlib.invalidate_caches()
    for name in [m for m in sys.modules if m.startswith(f"{__name__}.")]:
        del sys.modules[name]
    all_profiles.cache_clear()
    _by_host.cache_clear()
