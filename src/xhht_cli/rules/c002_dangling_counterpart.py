"""C002 dangling-counterpart: A task's, target's or waiver's 'implements' names an id the template does not have; or a
progress report entry names a task its plan does not have.

The workspace records the ids (`Workspace.unresolved.dangling`, `dangling_entries`); `check` reports them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext

if TYPE_CHECKING:
    from xhht_cli.workspace.index import PlanDoc, Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """The `implements` ids the workspace found missing from templates, then the report entries about no task."""
    for d in ws.unresolved.dangling:
        template = ws.plans[d.template]
        suggestion = _nearest(d.id, template, d.kind)
        args = {"id": d.id, "template_doc": template.label, "kind": d.kind, "suggestion": suggestion}
        data = {"id": d.id, "template": d.template, "kind": d.kind}
        yield RULE.finding(d.file, d.pos, "C002.implements", args, data=data, plan=d.plan, task=d.task)
    for e in ws.unresolved.dangling_entries:
        yield RULE.finding(e.file, e.pos, "C002.report", {"id": e.id, "plan": e.plan}, plan=e.plan, task=e.id)


def _nearest(ref: str, template: PlanDoc, kind: str) -> str:
    """The template ids closest to a wrong one (II.1.e -> II.1.a, II.1.b, …), for the message's suggestion."""
    import difflib

    ids = list(template.targets) if kind == "target" else list(template.tasks)
    if kind == "waiver":
        ids += list(template.targets)
    close = difflib.get_close_matches(ref, ids, n=3, cutoff=0.6)
    if not close:  # the same section, when the ids differ only in their last part
        head = ref.rsplit(".", 1)[0] + "."
        close = [i for i in ids if i.startswith(head)][:3]
    return ", ".join(close)


RULE = Rule(
    code="C002",
    name="dangling-counterpart",
    severity=Severity.ERROR,
    family="coverage",
    messages={
        "C002.implements": T(
            "'{id}' không phải {kind} của {template_doc}{suggestion}",
            "'{id}' is not a {kind} of {template_doc}{suggestion}",
        ),
        "C002.report": T("kế hoạch {plan} không có nhiệm vụ '{id}'", "plan {plan} has no task '{id}'"),
    },
    doc=Doc(
        summary=T(
            (
                "'implements' của nhiệm vụ, chỉ tiêu hay mục miễn trừ trỏ tới mã không có trong kế hoạch cấp trên; "
                "hoặc mục của báo cáo tiến độ nêu nhiệm vụ mà kế hoạch không có."
            ),
            (
                "A task's, target's or waiver's 'implements' names an id the template does not have; or a progress "
                "report entry names a task its plan does not have."
            ),
        ),
        why=T(
            (
                "Mã trỏ sai làm nhiệm vụ cấp trên bị tính là thiếu (C001), miễn trừ không có tác dụng, và tiến độ "
                "trong báo cáo không được ghi nhận."
            ),
            (
                "A wrong id makes the template task count as missing (C001), voids the waiver, and loses the progress "
                "the report records."
            ),
        ),
        fix=T(
            (
                "Sửa mã theo đúng cách đánh số của kế hoạch cấp trên (`xhht coverage` liệt kê các mã), hoặc của kế "
                "hoạch mà báo cáo nói tới."
            ),
            "Use the template's own numbering (`xhht coverage` lists its ids), or that of the plan the report is "
            "about.",
        ),
        example=T(
            ("- id: II.1.a\n  implements: [II.1.1]     # kế hoạch cấp trên đánh số II.1.a"),
            ("- id: II.1.a\n  implements: [II.1.1]     # the template numbers it II.1.a"),
        ),
    ),
    check=check,
)
