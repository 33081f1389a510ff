"""A002 lead-mismatch: No lead of the task is the local counterpart ('counterpart_of') of the template task's lead; a
group such as 'Ủy ban nhân dân cấp tỉnh' stands for the plan's issuer.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="A002",
    name="lead-mismatch",
    severity=Severity.INFO,
    family="assignment",
    messages={
        "A002": T(
            (
                "cơ quan chủ trì ({lead}) không tương ứng với cơ quan chủ trì nhiệm vụ {template_task} của kế hoạch "
                "cấp trên; cơ quan tương ứng: {expected}"
            ),
            (
                "lead ({lead}) is not the local counterpart of the lead of template task {template_task}; counterpart: "
                "{expected}"
            ),
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Không cơ quan chủ trì nào là cơ quan tương ứng ở địa phương ('counterpart_of') của chủ trì nhiệm vụ "
                "cấp trên; nhóm như 'Ủy ban nhân dân cấp tỉnh' tương ứng với cơ quan ban hành kế hoạch."
            ),
            (
                "No lead of the task is the local counterpart ('counterpart_of') of the template task's lead; a group "
                "such as 'Ủy ban nhân dân cấp tỉnh' stands for the plan's issuer."
            ),
        ),
        why=T(
            (
                "Giao nhiệm vụ cho cơ quan khác với ngành mà cấp trên giao có thể hợp lý, nhưng cũng có thể làm nhiệm "
                "vụ lệch khỏi cơ quan có chức năng; nên rà soát."
            ),
            (
                "Giving the task to a different sector than the template did may be deliberate, but it may also move "
                "it away from the body with the mandate; worth a review."
            ),
        ),
        fix=T(
            (
                "Mã hóa sai cơ quan thì sửa 'lead'; 'implements' trỏ nhầm nhiệm vụ cấp trên thì sửa 'implements'. Địa "
                "phương cố ý giao khác thì giữ nguyên (mức thông tin); danh mục không có cơ quan tương ứng thì không "
                "xét."
            ),
            (
                "If the lead was mis-encoded, fix 'lead'; if 'implements' names the wrong template task, fix "
                "'implements'. If the local choice is deliberate, keep it (informational); with no registered "
                "counterpart nothing is compared."
            ),
        ),
        example=T(
            (
                "# cấp trên II.1.b: lead: [Bộ Giáo dục và Đào tạo]\n"
                "- id: II.1.b\n"
                "  lead: [Sở Tài chính]\n"
                "  implements: [II.1.b]"
            ),
            (
                "# template II.1.b: lead: [Bộ Giáo dục và Đào tạo]\n"
                "- id: II.1.b\n"
                "  lead: [Sở Tài chính]\n"
                "  implements: [II.1.b]"
            ),
        ),
    ),
    check=None,
)
