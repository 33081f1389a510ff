"""D005 no-deadline: A task has no 'deadline' key: no date, and not marked as an ongoing duty."""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules._deadlines import judged
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for j in judged(ws, ctx):
        if j.periods and j.periods[0].status == "no_deadline":
            plan = j.info.plan
            yield RULE.finding(plan.file, j.info.pos("text"), "D005", {}, plan=plan.id, task=j.info.id)


RULE = Rule(
    code="D005",
    name="no-deadline",
    severity=Severity.INFO,
    family="deadlines",
    messages={
        "D005": T(
            "nhiệm vụ không có thời hạn và không phải nhiệm vụ thường xuyên",
            "task has no deadline and is not an ongoing duty",
        ),
    },
    doc=Doc(
        summary=T(
            "Nhiệm vụ không có khóa 'deadline': không có thời hạn và cũng không ghi là thường xuyên.",
            "A task has no 'deadline' key: no date, and not marked as an ongoing duty.",
        ),
        why=T(
            (
                "Nhiệm vụ không có thời hạn không bao giờ quá hạn nên dễ bị bỏ quên; văn bản thường ghi hạn ở câu khác "
                "hoặc ở tiêu đề mục."
            ),
            (
                "A task without a deadline is never overdue, so it is easily forgotten; documents often give the "
                "deadline in another sentence or in the item's heading."
            ),
        ),
        fix=T(
            (
                "Tìm thời hạn trong văn bản (cả ở tiêu đề mục) và ghi vào 'deadline'; việc làm liên tục thì ghi "
                "'deadline: thường xuyên' hoặc 'định kỳ'. Văn bản thật sự không giao hạn thì có thể ẩn mã này bằng "
                "--ignore D005."
            ),
            (
                "Find the deadline in the document (headings included) and write it in 'deadline'; for an ongoing duty "
                "write 'deadline: thường xuyên' or 'định kỳ'. If the document really sets none, hide this code with "
                "--ignore D005."
            ),
        ),
        example=T.both(
            "- id: II.1.b\n"
            "  text: Sở Giáo dục và Đào tạo chủ trì, phối hợp … lồng ghép chuyên đề …\n"
            "  lead: [Sở Giáo dục và Đào tạo]"
        ),
    ),
    check=check,
)
