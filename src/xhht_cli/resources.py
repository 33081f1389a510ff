"""Where the shipped plans and registry are: installed with the package, or `plans/` in a source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def shipped_dir() -> Path | None:
    """The folder holding the shipped plans (`national/`, `registry.yaml`, `sources/`), or None if absent."""
    here = Path(__file__).resolve().parent
    installed = here / "data" / "plans"
    if (installed / "registry.yaml").is_file():
        return installed
    checkout = here.parent.parent / "plans"  # src/xhht_cli -> repository root (editable install)
    if (checkout / "registry.yaml").is_file():
        return checkout
    return None


def shipped_registry() -> Path | None:
    d = shipped_dir()
    return d / "registry.yaml" if d else None


def shipped_provinces() -> Path | None:
    """The kinds of every provincial unit's standard bodies (see `xhht_cli.provinces`)."""
    d = shipped_dir()
    path = d / "kinds" / "provinces.yaml" if d else None
    return path if path is not None and path.is_file() else None


def shipped_plan_files() -> list[Path]:
    """Every shipped plan file, national templates first (they are what `implements` usually names)."""
    d = shipped_dir()
    if d is None:
        return []
    national = sorted((d / "national").glob("*.yaml"))
    others = sorted(p for p in d.glob("*.yaml") if p.name != "registry.yaml")
    return national + others
