"""T001 target-below-template: A local target is lower than the template target it implements, with the same 'indicator'
and the same year 'by' ('unit' is not compared).
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="T001",
    name="target-below-template",
    severity=Severity.WARNING,
    family="targets",
    messages={
        "T001": T(
            "chỉ tiêu «{text}» đến năm {by}: {value}, thấp hơn mức {template_value} của chỉ tiêu {template_target}",
            "target «{text}» by {by}: {value}, below the {template_value} of target {template_target}",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Chỉ tiêu địa phương thấp hơn chỉ tiêu cấp trên mà nó thực hiện, khi cùng 'indicator' và cùng năm 'by' "
                "(đơn vị 'unit' không được so)."
            ),
            (
                "A local target is lower than the template target it implements, with the same 'indicator' and the "
                "same year 'by' ('unit' is not compared)."
            ),
        ),
        why=T(
            "Chỉ tiêu thấp hơn làm giảm cam kết chung; cấp trên thường yêu cầu địa phương đạt ít nhất mức đã giao.",
            "A lower local figure weakens the shared commitment; templates usually expect at least the level they set.",
        ),
        fix=T(
            (
                "Mã hóa sai thì sửa 'value'; 'implements' hay 'indicator' trỏ nhầm thì sửa lại. Văn bản ghi đúng mức "
                "thấp hơn thì giữ nguyên: đây là điều cần kiến nghị."
            ),
            (
                "If mis-encoded, fix 'value'; if 'implements' or 'indicator' names the wrong target, fix it. If the "
                "document sets the lower figure, keep it: it is something to raise."
            ),
        ),
        example=T(
            (
                "- id: I.2.1.1.3\n"
                "  indicator: dong-ho-hoc-tap\n"
                "  value: 60               # cấp trên MT.2025.3: 65 đến 2025\n"
                "  by: 2025\n"
                "  implements: MT.2025.3"
            ),
            (
                "- id: I.2.1.1.3\n"
                "  indicator: dong-ho-hoc-tap\n"
                "  value: 60               # template MT.2025.3: 65 by 2025\n"
                "  by: 2025\n"
                "  implements: MT.2025.3"
            ),
        ),
    ),
    check=None,
)
