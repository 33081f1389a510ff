"""A003 defunct-body: A lead or cooperating body of an open task, or the plan's issuer, no longer exists on the as-of
date; names the current successors by following 'succeeded_by' chains, with the functions each took.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.registry import Successor, norm
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace import PlanDoc, TaskInfo, Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """Open tasks of plans in force, led by or cooperating with a body that no longer exists; and a plan issued by
    one (once, at plan level). The registry's validity dates are read on the as-of date."""
    for plan in ws.checked:
        if plan.model.plan.status == "superseded":
            continue
        if plan.issuer is not None and ws.registry.get(plan.issuer).ended_by(ctx.as_of):
            pos = plan.plan_pos("issuer")
            yield _defunct(ws, plan, pos, plan.issuer, "issuer", ctx, None, plan.model.plan.issuer)
        for info in plan.tasks.values():
            if not _closed(ws, info, ctx.as_of):
                yield from _defunct_bodies(ws, info, ctx)


def _closed(ws: Workspace, info: TaskInfo, as_of: date) -> bool:
    """Done or cancelled once and for all (a one-off task with such a report entry)."""
    if info.deadline is not None and info.deadline.kind != "date":
        return False
    return any(
        p.entry.status in ("done", "cancelled") and p.entry.period is None
        for p in ws.progress_of(info.plan, info.id, as_of)
    )


def _defunct_bodies(ws: Workspace, info: TaskInfo, ctx: RuleContext) -> Iterator[Finding]:
    reg = ws.registry
    for role in ("lead", "cooperating"):
        ids = info.leads if role == "lead" else info.cooperating
        for eid in ids:
            e = reg.get(eid)
            if not e.ended_by(ctx.as_of):
                continue
            written, pos = info.written(role, eid, reg)
            yield _defunct(ws, info.plan, pos, eid, role, ctx, info.id, written, info.task.text)


def _defunct(
    ws: Workspace,
    plan: PlanDoc,
    pos: tuple[int, int],
    eid: str,
    role: str,
    ctx: RuleContext,
    task: str | None,
    written: str | None = None,
    text: str | None = None,
) -> Finding:
    reg = ws.registry
    e = reg.get(eid)
    shown_name = written or e.name
    successors = reg.current_successors(eid, ctx.as_of, plan.model.plan.jurisdiction)
    if text:  # where the work went by function, the successor that took the task's subject first
        successors = _by_subject(ws, successors, text)
    shown = "; ".join(reg.display(s.id) + (f" ({s.functions})" if s.functions else "") for s in successors)
    return RULE.finding(
        plan.file,
        pos,
        "A003" if successors else ("A003.loop" if e.successors else "A003.none"),
        {
            "body": shown_name,
            "role": role,
            "until": e.until.isoformat() if e.until else "",
            "successors": shown,
        },
        data={
            "body": eid,
            "name": e.name,
            "role": role,
            "until": e.until.isoformat() if e.until else None,
            "successors": [{"id": s.id, "name": reg.display(s.id), "functions": s.functions} for s in successors],
        },
        plan=plan.id,
        task=task,
    )


def _by_subject(ws: Workspace, successors: list[Successor], text: str) -> list[Successor]:
    """`successors` with those that took the task's subject first: a successor's `functions` match when the task
    text contains one of the words `subjects` lists for them in the shipped kinds file (else the functions' words)."""
    key = norm(text)
    provinces = ws.registry.provinces
    subjects = provinces.subjects if provinces is not None else {}

    def about(s: Successor) -> bool:
        if not s.functions:
            return False
        f = norm(s.functions)
        return any(w in key for w in subjects.get(f, (f,)))

    return sorted(successors, key=lambda s: not about(s))


RULE = Rule(
    code="A003",
    name="defunct-body",
    severity=Severity.WARNING,
    family="assignment",
    messages={
        "A003": T(
            "«{body}» ({role}) đã chấm dứt hoạt động từ ngày {ended}; nhiệm vụ chuyển cho: {successors}",
            "«{body}» ({role}) ceased to exist on {ended}; its tasks passed to: {successors}",
        ),
        "A003.none": T(
            "«{body}» ({role}) đã chấm dứt hoạt động từ ngày {ended}; danh mục không ghi cơ quan nhận nhiệm vụ",
            "«{body}» ({role}) ceased to exist on {ended}; the registry names no body that took over its tasks",
        ),
        "A003.loop": T(
            (
                "«{body}» ({role}) đã chấm dứt hoạt động từ ngày {ended}; chuỗi cơ quan nhận nhiệm vụ trong danh mục "
                "quay vòng, không tới cơ quan nào còn hoạt động"
            ),
            (
                "«{body}» ({role}) ceased to exist on {ended}; the bodies that took over its tasks loop in the "
                "registry and reach none that exists"
            ),
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Cơ quan chủ trì, phối hợp của nhiệm vụ còn mở, hoặc cơ quan ban hành, không còn tồn tại vào ngày xét; "
                "nêu cơ quan kế nhiệm hiện nay theo chuỗi 'succeeded_by', kèm phần chức năng mỗi cơ quan nhận."
            ),
            (
                "A lead or cooperating body of an open task, or the plan's issuer, no longer exists on the as-of date; "
                "names the current successors by following 'succeeded_by' chains, with the functions each took."
            ),
        ),
        why=T(
            (
                "Sau sắp xếp bộ máy năm 2025 nhiều sở đã hợp nhất hoặc giải thể; nhiệm vụ còn giao cho cơ quan cũ thì "
                "không còn đầu mối thực hiện và báo cáo. Nhiệm vụ còn mở là chưa được báo cáo hoàn thành hay hủy; "
                "nhiệm vụ hằng năm, thường xuyên luôn được xét."
            ),
            (
                "After the 2025 reorganisation many departments were merged or dissolved; a task still held by a "
                "defunct body has nobody to carry it out or report on it. A task is open until reported done or "
                "cancelled; yearly and ongoing tasks always count."
            ),
        ),
        fix=T(
            (
                "Không sửa 'lead' của văn bản đã ban hành: giao lại nhiệm vụ cho cơ quan kế nhiệm được nêu (bằng văn "
                "bản điều chỉnh), hoặc báo cáo nhiệm vụ đã hoàn thành hay đã hủy. Danh mục thiếu cơ quan kế nhiệm thì "
                "bổ sung 'succeeded_by'."
            ),
            (
                "Do not edit the 'lead' of an issued document: reassign the task to the successor named (by an "
                "amending document), or report it done or cancelled. If the registry lacks the successor, add "
                "'succeeded_by'."
            ),
        ),
        example=T.both(
            "# xhht check --as-of 2025-06-01\n"
            "- id: II.2.a\n"
            "  lead: [Sở Thông tin và Truyền thông]\n"
            "  deadline: thường xuyên"
        ),
    ),
    check=check,
)
