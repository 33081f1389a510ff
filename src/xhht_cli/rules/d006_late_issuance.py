"""D006 late-issuance: The plan was issued after the deadline its template set ('requires_plans') for its issuer, a
group of its level or a national body with a local counterpart; or is unissued past it.
"""

from __future__ import annotations

from collections.abc import Iterator

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import PlanDoc, Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    for plan in ws.checked:
        yield from _late_issuance(ws, plan, ctx)


def _late_issuance(ws: Workspace, plan: PlanDoc, ctx: RuleContext) -> Iterator[Finding]:
    """The template set a deadline for implementing plans from bodies like this plan's issuer."""
    template = ws.template(plan)
    if template is None:
        return
    reg = ws.registry
    info = plan.model.plan
    for t in template.tasks.values():
        dl = t.plans_deadline
        if dl is None or dl.kind != "date" or dl.due is None:
            continue
        bound = any(reg.binds_issuer(e, plan.issuer, info.level, info.jurisdiction) for e in t.plans_from)
        if not bound:
            continue
        issued = info.issued
        if issued is not None and issued > dl.due:
            yield RULE.finding(
                plan.file,
                plan.plan_pos("issued"),
                "D006",
                {
                    "issued": issued.isoformat(),
                    "deadline": dl.due.isoformat(),
                    "template_task": t.id,
                    "template_doc": template.label,
                    "days_late": (issued - dl.due).days,
                },
                data={
                    "issued": issued.isoformat(),
                    "deadline": dl.due.isoformat(),
                    "template_task": t.id,
                    "days_late": (issued - dl.due).days,
                },
                plan=plan.id,
            )
        elif issued is None and ctx.as_of > dl.due:
            yield RULE.finding(
                plan.file,
                plan.plan_pos("status"),
                "D006.unissued",
                {
                    "issued": None,
                    "deadline": dl.due.isoformat(),
                    "template_task": t.id,
                    "template_doc": template.label,
                    "days_late": (ctx.as_of - dl.due).days,
                },
                data={
                    "issued": None,
                    "deadline": dl.due.isoformat(),
                    "template_task": t.id,
                    "days_late": (ctx.as_of - dl.due).days,
                },
                plan=plan.id,
            )


RULE = Rule(
    code="D006",
    name="late-issuance",
    severity=Severity.WARNING,
    family="deadlines",
    messages={
        "D006": T(
            (
                "chậm {days_late} so với thời hạn ban hành kế hoạch ({deadline}) tại nhiệm vụ {template_task} của "
                "{template_doc}"
            ),
            (
                "issued {days_late} after the deadline for implementing plans ({deadline}) set by task {template_task} "
                "of {template_doc}"
            ),
        ),
        "D006.unissued": T(
            (
                "kế hoạch chưa được ban hành, đã chậm {days_late} so với thời hạn ban hành kế hoạch ({deadline}) tại "
                "nhiệm vụ {template_task} của {template_doc}"
            ),
            (
                "not issued yet, {days_late} after the deadline for implementing plans ({deadline}) set by task "
                "{template_task} of {template_doc}"
            ),
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Kế hoạch ban hành sau hạn mà kế hoạch cấp trên đặt ('requires_plans') cho cơ quan ban hành, nhóm cùng "
                "cấp hoặc cơ quan trung ương có cơ quan tương ứng ở địa bàn; hoặc quá hạn mà chưa ban hành."
            ),
            (
                "The plan was issued after the deadline its template set ('requires_plans') for its issuer, a group of "
                "its level or a national body with a local counterpart; or is unissued past it."
            ),
        ),
        why=T(
            (
                "Ban hành kế hoạch thực hiện đúng hạn là yêu cầu đầu tiên của văn bản cấp trên; ban hành chậm làm chậm "
                "mọi nhiệm vụ phía sau."
            ),
            (
                "Issuing the implementing plan on time is the template's first demand; a late plan delays every task "
                "after it."
            ),
        ),
        fix=T(
            (
                "Nếu 'plan.issued' ghi sai, sửa theo ngày ký văn bản. Nếu đúng, không cần sửa tệp: phát hiện ghi nhận "
                "việc ban hành chậm. Kế hoạch còn là dự thảo thì cần sớm trình ban hành."
            ),
            (
                "If 'plan.issued' is wrong, correct it from the signed document. If it is right, the file needs no "
                "change: the finding records late issuance. A draft plan needs issuing."
            ),
        ),
        example=T(
            (
                "plan:\n"
                "  number: 211/KH-UBND\n"
                "  issuer: Ủy ban nhân dân thành phố Hải Phòng\n"
                "  issued: 2020-08-20\n"
                "  implements: qd-489-2020   # hạn ban hành: trong quý II năm 2020"
            ),
            (
                "plan:\n"
                "  number: 211/KH-UBND\n"
                "  issuer: Ủy ban nhân dân thành phố Hải Phòng\n"
                "  issued: 2020-08-20\n"
                "  implements: qd-489-2020   # plans due: trong quý II năm 2020"
            ),
        ),
    ),
    check=check,
)
