"""C003 local-initiative: A task of a plan that has a template implements no template task."""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._plans import with_templates
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan, template in with_templates(ws):
        for info in plan.tasks.values():
            if not info.task.implements:
                yield RULE.finding(
                    plan.file,
                    info.pos("text"),
                    "C003",
                    {"template_doc": template.label},
                    data={"template": template.id},
                    plan=plan.id,
                    task=info.id,
                )


RULE = Rule(
    code="C003",
    name="local-initiative",
    severity=Severity.INFO,
    family="coverage",
    messages={
        "C003": T(
            "nhiệm vụ do địa phương tự đề ra, không gắn với nhiệm vụ nào của {template_doc}",
            "a local initiative, linked to no task of {template_doc}",
        ),
    },
    doc=Doc(
        summary=T(
            "Nhiệm vụ của một kế hoạch có kế hoạch cấp trên nhưng không 'implements' nhiệm vụ cấp trên nào.",
            "A task of a plan that has a template implements no template task.",
        ),
        why=T(
            (
                "Nhiệm vụ riêng của địa phương là bình thường; mã này giúp tách chúng khỏi những nhiệm vụ quên ghi "
                "'implements'."
            ),
            "Local initiatives are normal; this tells them apart from tasks whose 'implements' was forgotten.",
        ),
        fix=T(
            (
                "Nhiệm vụ thực hiện một nhiệm vụ cấp trên thì thêm mã đó vào 'implements'. Là sáng kiến riêng thì "
                "không cần sửa (có thể ẩn bằng --ignore C003)."
            ),
            (
                "If the task carries out a template task, add that id to 'implements'. If it is a local initiative, "
                "nothing to fix (hide with --ignore C003)."
            ),
        ),
        example=T.both(
            "- id: II.7.3\n  text: Tổ chức hội thảo về mô hình công dân học tập …\n  lead: [Sở Giáo dục và Đào tạo]"
        ),
    ),
    check=check,
)
