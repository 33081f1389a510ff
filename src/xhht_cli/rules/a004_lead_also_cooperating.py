"""A004 lead-also-cooperating: The same body is both lead and cooperating on one task (also when written under two
different names of the same body).
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        for info in plan.tasks.values():
            for e in (e for e in info.leads if e in info.cooperating):
                written, pos = info.written("cooperating", e, ws.registry)
                yield RULE.finding(
                    plan.file,
                    pos,
                    "A004",
                    {"body": written or ws.registry.display(e)},
                    data={"body": e},
                    plan=plan.id,
                    task=info.id,
                )


RULE = Rule(
    code="A004",
    name="lead-also-cooperating",
    severity=Severity.WARNING,
    family="assignment",
    messages={
        "A004": T("«{body}» vừa là cơ quan chủ trì vừa là cơ quan phối hợp", "«{body}» is both lead and cooperating"),
    },
    doc=Doc(
        summary=T(
            (
                "Cùng một cơ quan vừa là cơ quan chủ trì vừa là cơ quan phối hợp của một nhiệm vụ (kể cả khi ghi bằng "
                "hai tên gọi khác nhau của cùng cơ quan)."
            ),
            (
                "The same body is both lead and cooperating on one task (also when written under two different names "
                "of the same body)."
            ),
        ),
        why=T(
            "Cơ quan không phối hợp với chính mình; thường do chép nhầm, và làm lệch thống kê nhiệm vụ theo cơ quan.",
            (
                "A body does not cooperate with itself; it is usually a copying slip, and it skews the count of tasks "
                "per body."
            ),
        ),
        fix=T(
            "Xóa cơ quan đó khỏi 'cooperating' (hoặc khỏi 'lead', tùy văn bản).",
            "Remove the body from 'cooperating' (or from 'lead', as the document says).",
        ),
        example=T.both(
            "lead: [Sở Giáo dục và Đào tạo]\ncooperating:\n  - Sở GD&ĐT\n  - Sở Lao động - Thương binh và Xã hội"
        ),
    ),
    check=check,
)
