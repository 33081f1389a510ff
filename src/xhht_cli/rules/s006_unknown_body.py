"""S006 unknown-body: A lead, cooperating body, issuer or 'requires_plans.from' body is not in the registry for the
plan's jurisdiction; also a registry reference ('counterpart_of', 'succeeded_by') to nothing.

Found by the workspace as it is built (`xhht_cli.workspace`); this module holds its metadata, messages and
documentation.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

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
    check=None,
)
