"""T001 target-below-template: A local target is lower than the template target it implements, with the same 'indicator'
and the same year 'by' ('unit' is not compared).
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._plans import with_templates
from xhht_cli.rules._targets import short
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """A local target below the template target it implements, when both measure the same indicator by the same year
    (a lower local figure weakens the national commitment)."""
    for plan, template in with_templates(ws):
        for info in plan.targets.values():
            t = info.target
            tt = template.targets.get(t.implements) if t.implements is not None else None
            if tt is None:
                continue
            base = tt.target
            if base.indicator == t.indicator and base.by == t.by and t.value < base.value:
                yield RULE.finding(
                    plan.file,
                    info.node.vpos.get("value", info.node.pos),
                    "T001",
                    {
                        "indicator": t.indicator,
                        "text": short(t.text),
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


RULE = Rule(
    code="T001",
    name="target-below-template",
    severity=Severity.WARNING,
    family="targets",
    messages={
        "T001": T(
            "chỉ tiêu «{text}» đến năm {by}: {value}, thấp hơn mức {template_value} của chỉ tiêu {template_target}",
            "target «{text}» by {by}: {value}, below the {template_value} of target {template_target}",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Chỉ tiêu địa phương thấp hơn chỉ tiêu cấp trên mà nó thực hiện, khi cùng 'indicator' và cùng năm 'by' "
                "(đơn vị 'unit' không được so)."
            ),
            (
                "A local target is lower than the template target it implements, with the same 'indicator' and the "
                "same year 'by' ('unit' is not compared)."
            ),
        ),
        why=T(
            "Chỉ tiêu thấp hơn làm giảm cam kết chung; cấp trên thường yêu cầu địa phương đạt ít nhất mức đã giao.",
            "A lower local figure weakens the shared commitment; templates usually expect at least the level they set.",
        ),
        fix=T(
            (
                "Mã hóa sai thì sửa 'value'; 'implements' hay 'indicator' trỏ nhầm thì sửa lại. Văn bản ghi đúng mức "
                "thấp hơn thì giữ nguyên: đây là điều cần kiến nghị."
            ),
            (
                "If mis-encoded, fix 'value'; if 'implements' or 'indicator' names the wrong target, fix it. If the "
                "document sets the lower figure, keep it: it is something to raise."
            ),
        ),
        example=T(
            (
                "- id: I.2.1.1.3\n"
                "  indicator: dong-ho-hoc-tap\n"
                "  value: 60               # cấp trên MT.2025.3: 65 đến 2025\n"
                "  by: 2025\n"
                "  implements: MT.2025.3"
            ),
            (
                "- id: I.2.1.1.3\n"
                "  indicator: dong-ho-hoc-tap\n"
                "  value: 60               # template MT.2025.3: 65 by 2025\n"
                "  by: 2025\n"
                "  implements: MT.2025.3"
            ),
        ),
    ),
    check=check,
)
