"""S004 duplicate-id: Two plans share a 'plan.id'; two sections, tasks or targets of one plan share an id; two entries
of one registry file share an id, or one name belongs to two entries of one jurisdiction.

The workspace records the ids (`Workspace.unresolved.duplicates`, `registry_names`); `check` reports them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """The duplicate ids the workspace recorded, then the names registered by two entries."""
    for d in ws.unresolved.duplicates:
        if d.kind == "plan":
            yield RULE.finding(d.file, d.pos, "S004.plan", {"id": d.id, "first": d.first_file}, plan=d.plan)
        else:
            args = {"kind": d.kind, "id": d.id, "first_line": d.first_line}
            yield RULE.finding(d.file, d.pos, "S004.id", args, plan=d.plan, task=d.task)
    for r in ws.unresolved.registry_names:
        if r.kind != "unknown-reference":
            yield RULE.finding(r.file, r.pos, "S004.registry-name", {"entry": r.entry, "name": r.name})


RULE = Rule(
    code="S004",
    name="duplicate-id",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S004.id": T(
            "mã {kind} '{id}' bị trùng (đã dùng ở dòng {first_line})",
            "{kind} id '{id}' is used twice (first on line {first_line})",
        ),
        "S004.plan": T("mã kế hoạch '{id}' đã được dùng trong {first}", "plan id '{id}' is already used in {first}"),
        "S004.registry-name": T(
            "tên '{name}' của '{entry}' đã thuộc về một mục khác cùng phạm vi",
            "name '{name}' of '{entry}' already belongs to another entry in the same scope",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Hai kế hoạch cùng 'plan.id'; hai mục, nhiệm vụ hay chỉ tiêu cùng mã trong một kế hoạch; hai mục cùng "
                "mã trong một tệp danh mục, hoặc một tên gọi thuộc về hai cơ quan cùng địa bàn."
            ),
            (
                "Two plans share a 'plan.id'; two sections, tasks or targets of one plan share an id; two entries of "
                "one registry file share an id, or one name belongs to two entries of one jurisdiction."
            ),
        ),
        why=T(
            (
                "Báo cáo tiến độ và kế hoạch cấp dưới trỏ tới nhiệm vụ bằng mã; mã trùng thì không biết báo cáo nói về "
                "nhiệm vụ nào, và xhht chỉ giữ mục xuất hiện trước."
            ),
            (
                "Progress reports and implementing plans point at tasks by id; with a duplicate nobody can tell which "
                "task a report is about, and xhht keeps only the first."
            ),
        ),
        fix=T(
            (
                "Đánh lại mã theo đúng số thứ tự của văn bản (mục La Mã, số, chữ, vị trí gạch đầu dòng, ví dụ "
                "II.4.a.2). Với kế hoạch, đặt 'plan.id' riêng cho mỗi văn bản; với danh mục, bỏ tên gọi bị gán cho hai "
                "cơ quan."
            ),
            (
                "Renumber after the document's own numbering (roman section, number, letter, bullet position, e.g. "
                "II.4.a.2). For plans, give each document its own 'plan.id'; in the registry, remove the name given to "
                "two bodies."
            ),
        ),
        example=T.both(
            "tasks:\n"
            "  - id: II.2.a\n"
            "    text: Đẩy mạnh công tác thông tin, tuyên truyền …\n"
            "  - id: II.2.a\n"
            "    text: Biểu dương, khen thưởng kịp thời …"
        ),
    ),
    check=check,
)
