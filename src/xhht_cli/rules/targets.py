"""Target rules (T001, T002): quantitative targets (chỉ tiêu) against the template's.

A local target implements one template target. T001 compares values when both measure the same indicator by the same
year (a lower local figure weakens the national commitment); T002 lists template targets that no local target
implements and the plan does not waive. Targets carry no bodies, so every template target applies to every plan that
implements the template.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.codes import finding
from xhht_cli.findings import Finding
from xhht_cli.rules.base import RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        template = ws.template(plan)
        if template is None:
            continue
        implemented = set()
        for info in plan.targets.values():
            t = info.target
            if t.implements is None:
                continue
            implemented.add(t.implements)
            tt = template.targets.get(t.implements)
            if tt is None:
                continue
            base = tt.target
            if base.indicator == t.indicator and base.by == t.by and t.value < base.value:
                yield finding(
                    "T001",
                    plan.file,
                    info.node.vpos.get("value", info.node.pos),
                    "T001",
                    {
                        "indicator": t.indicator,
                        "text": _short(t.text),
                        "value": t.value,
                        "template_value": base.value,
                        "by": t.by,
                        "template_target": base.id,
                        "unit": t.unit,
                    },
                    data={
                        "indicator": t.indicator,
                        "value": t.value,
                        "template_value": base.value,
                        "by": t.by,
                        "template_target": base.id,
                    },
                    plan=plan.id,
                    task=t.id,
                )
        waived = {w.implements for w in plan.model.plan.waived} | plan.model._dropped_implements
        partial = template.model.plan.completeness == "partial"
        for tt in template.targets.values():
            if tt.id in implemented or tt.id in waived:
                continue
            yield finding(
                "T002",
                plan.file,
                plan.plan_pos("implements"),
                "T002",
                {
                    "template_target": tt.id,
                    "template_doc": template.label,
                    "text": _short(tt.target.text),
                    "value": tt.target.value,
                    "unit": tt.target.unit,
                    "by": tt.target.by,
                },
                data={
                    "template_target": tt.id,
                    "template": template.id,
                    "indicator": tt.target.indicator,
                    "value": tt.target.value,
                    "by": tt.target.by,
                    "template_completeness": "partial" if partial else "complete",
                },
                plan=plan.id,
                task=tt.id,
            )


def _short(text: str, words: int = 14) -> str:
    """A target's text as messages quote it: its first words (the figure and what it measures come first)."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
