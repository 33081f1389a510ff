"""What rules of several families share: the checked plans that implement a loaded template, with it."""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.workspace import PlanDoc, Workspace


def with_templates(ws: Workspace) -> Iterator[tuple[PlanDoc, PlanDoc]]:
    """Every checked plan whose template is loaded, with its template, in the order plans were checked."""
    for plan in ws.checked:
        template = ws.template(plan)
        if template is not None:
            yield plan, template
