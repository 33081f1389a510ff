"""D004 before-issue: A deadline (a single date) falls before the plan was issued ('plan.issued')."""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        issued = plan.model.plan.issued
        if issued is None:
            continue
        for info in plan.tasks.values():
            dl = info.deadline
            if dl is None or dl.kind != "date" or dl.due is None or dl.due >= issued:
                continue
            yield RULE.finding(
                plan.file,
                info.pos("deadline"),
                "D004",
                {
                    "deadline": dl.due.isoformat(),
                    "issued": issued.isoformat(),
                    "days_before": (issued - dl.due).days,
                },
                plan=plan.id,
                task=info.id,
            )


RULE = Rule(
    code="D004",
    name="before-issue",
    severity=Severity.ERROR,
    family="deadlines",
    messages={
        "D004": T(
            "thời hạn {deadline} sớm hơn ngày ban hành kế hoạch ({issued})",
            "deadline {deadline} is before the plan was issued ({issued})",
        ),
    },
    doc=Doc(
        summary=T(
            "Thời hạn (là một ngày cụ thể) sớm hơn ngày ban hành kế hoạch ('plan.issued').",
            "A deadline (a single date) falls before the plan was issued ('plan.issued').",
        ),
        why=T(
            "Nhiệm vụ đã quá hạn ngay khi được giao; thường do gõ nhầm năm ở thời hạn hoặc ở ngày ban hành.",
            (
                "The task was overdue the day it was assigned; usually a mistyped year in the deadline or in the issue "
                "date."
            ),
        ),
        fix=T(
            (
                "Đối chiếu văn bản và sửa 'deadline' hoặc 'plan.issued' nếu mã hóa sai. Nếu văn bản ghi đúng như vậy, "
                "giữ nguyên: đó là sai sót của văn bản cần kiến nghị."
            ),
            (
                "Check the document and correct 'deadline' or 'plan.issued' if mis-encoded. If the document says so, "
                "keep it: the document's error is something to raise with the issuer."
            ),
        ),
        example=T.both("plan:\n  issued: 2020-08-20\n…\n      - id: II.1.a\n        deadline: trong quý II năm 2020"),
    ),
    check=check,
)
