"""What the document identity rules (P002, P003) share: the source texts of a plan as the workspace read them."""

from __future__ import annotations

from pathlib import Path

from xhht_cli.workspace import PlanDoc


def source_paths(plan: PlanDoc) -> list[Path | None]:
    """Where the workspace read the plan's sources (None for one it refused); `ws.sources` is keyed so."""
    return plan.source_paths or [None] * len(plan.model.plan.source)
