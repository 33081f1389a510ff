"""S006 unknown-body: A lead, cooperating body, issuer or 'requires_plans.from' body is not in the registry for the
plan's jurisdiction; also a registry reference ('counterpart_of', 'succeeded_by') to nothing.

The workspace records the names (`Workspace.unresolved.unknown_names`, `registry_names`, `succession_loops`); `check`
reports them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace.unresolved import SplitName

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace


_SHOWN = 8
"""Entries of a succession loop named in its message."""


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """The registry's succession loops and references to nothing, then the names of the checked plans that the
    registry does not know (or that are one name cut at its commas), as the workspace recorded them."""
    for s in ws.unresolved.succession_loops:
        ring = s.ring
        chain = " → ".join([*ring[:_SHOWN], *(["…"] if len(ring) > _SHOWN else []), s.closes])
        yield RULE.finding(s.file, s.pos, "S006.succession-loop", {"entry": ring[-1], "chain": chain})
    for r in ws.unresolved.registry_names:
        if r.kind == "unknown-reference":
            yield RULE.finding(r.file, r.pos, "S006.registry", {"entry": r.entry, "field": r.field, "name": r.name})
    for n in ws.unresolved.unknown_names:
        if isinstance(n, SplitName):
            joined = ", ".join(n.pieces)
            args = {"joined": joined, "pieces": " | ".join(n.pieces)}
            split = {"name": joined, "pieces": list(n.pieces), "resolved": n.resolved}
            yield RULE.finding(n.file, n.pos, "S006.split", args, data=split, plan=n.plan, task=n.task)
        else:
            args = {"name": n.name, "suggestions": "; ".join(n.suggestions)}
            data = {"name": n.name, "suggestions": list(n.suggestions), "jurisdiction": n.jurisdiction}
            yield RULE.finding(n.file, n.pos, "S006", args, data=data, plan=n.plan, task=n.task)


RULE = Rule(
    code="S006",
    name="unknown-body",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S006": T(
            "không có cơ quan/nhóm «{name}» trong danh mục{suggestions}",
            "no body or group «{name}» in the registry{suggestions}",
        ),
        "S006.registry": T(
            "'{entry}': {field} trỏ tới «{name}», không có trong danh mục",
            "'{entry}': {field} names «{name}», which is not in the registry",
        ),
        "S006.split": T(
            (
                "«{joined}» bị tách ở dấu phẩy thành nhiều mục ({pieces}), như YAML làm với danh sách viết trên một "
                'dòng [ … ]; hãy đặt tên trong dấu ngoặc kép ("{joined}") hoặc viết mỗi mục một dòng (- …)'
            ),
            (
                "«{joined}» was cut at its commas into several items ({pieces}), as YAML does in a list written on one "
                'line [ … ]; quote the name ("{joined}") or write one item per line (- …)'
            ),
        ),
        "S006.succession-loop": T(
            "'{entry}': chuỗi succeeded_by quay vòng ({chain}); không dẫn tới cơ quan nào còn tồn tại",
            "'{entry}': the succeeded_by chain loops ({chain}); it leads to no body that exists",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Cơ quan chủ trì, phối hợp, ban hành hoặc phải ban hành kế hoạch ('requires_plans.from') không có "
                "trong danh mục cơ quan của địa bàn; cả tham chiếu trong danh mục trỏ tới tên không có."
            ),
            (
                "A lead, cooperating body, issuer or 'requires_plans.from' body is not in the registry for the plan's "
                "jurisdiction; also a registry reference ('counterpart_of', 'succeeded_by') to nothing."
            ),
        ),
        why=T(
            (
                "Cơ quan không xác định được thì không đối chiếu được với cơ quan cấp trên, không phát hiện được cơ "
                "quan đã sáp nhập, và không thống kê được nhiệm vụ theo cơ quan."
            ),
            (
                "An unknown body cannot be matched with its national counterpart, cannot be found to have been merged "
                "away, and its tasks are not counted per body."
            ),
        ),
        fix=T(
            (
                "Sửa tên theo gợi ý trong thông báo; tên phải viết đủ dấu. Tên có dấu phẩy thì viết mỗi cơ quan một "
                "dòng '- …' (trong [ ] dấu phẩy tách tên). Cơ quan có thật mà danh mục chưa có thì thêm vào một tệp "
                "registry.yaml đặt cùng các tệp kiểm tra."
            ),
            (
                "Use the name the message suggests, written with its full diacritics. Put names containing commas on "
                "their own '- …' lines (inside [ ] a comma splits a name). For a real body the registry lacks, add it "
                "in a registry.yaml among the checked files."
            ),
        ),
        example=T.both("lead:\n  - So Giao duc va Dao tao\ncooperating: [Các sở, ban, ngành]"),
    ),
    check=check,
)
