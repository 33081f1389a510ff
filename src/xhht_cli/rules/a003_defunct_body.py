"""A003 defunct-body: A lead or cooperating body of an open task, or the plan's issuer, no longer exists on the as-of
date; names the current successors by following 'succeeded_by' chains, with the functions each took.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

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
    check=None,
)
