"""S002 schema: A key is missing, unknown (usually a typo), or of the wrong type or value; also a file that looks like
an xhht file but has no 'format', or that holds more than one YAML document.

Found by the loader and the schema (`xhht_cli.loading`, `xhht_cli.schema`); this module holds its metadata, messages and
documentation.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="S002",
    name="schema",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S002.multiple-documents": T(
            "tệp chỉ được chứa một tài liệu YAML (tìm thấy dấu '---' thứ hai)",
            "a file holds one YAML document (found a second '---')",
        ),
        "S002.complex-key": T(
            "khóa phải là văn bản, không phải danh sách hay ánh xạ", "a key must be text, not a list or a mapping"
        ),
        "S002.merge": T(
            "khóa gộp '<<' chỉ nhận một ánh xạ hoặc danh sách ánh xạ",
            "a merge key '<<' takes a mapping or a list of mappings",
        ),
        "S002.not-registry": T(
            "không phải tệp danh mục cơ quan của xhht (cần 'format: xhht/registry@1'); nội dung không được trích",
            "not an xhht registry file (expected 'format: xhht/registry@1'); its content is not quoted",
        ),
        "S002.no-format": T(
            "tệp có dạng của xhht nhưng thiếu khóa 'format' (ví dụ: format: xhht/plan@1)",
            "looks like an xhht file but has no 'format' key (e.g. format: xhht/plan@1)",
        ),
        "S002.format": T("'format' là {got!r}; cần {expected}", "'format' is {got!r}; expected {expected}"),
        "S002.extra": T(
            "khóa '{key}' không được phép tại {field}{suggestion}", "key '{key}' is not allowed at {field}{suggestion}"
        ),
        "S002.extra.vi": T(
            "{field}: không có khóa '{key}'; tên khóa viết bằng tiếng Anh, khóa này là '{meant}'",
            "{field}: no key '{key}'; keys are written in English, this one is '{meant}'",
        ),
        "S002.missing": T("thiếu khóa bắt buộc '{field}'", "required key '{field}' is missing"),
        "S002.literal": T(
            "{field}: {got} không phải giá trị được phép. Các giá trị: {allowed}",
            "{field}: {got} is not an allowed value. Allowed: {allowed}",
        ),
        "S002.literal.meant": T(
            "{field}: {got} không phải giá trị được phép; hãy viết {meant}. Các giá trị: {allowed}",
            "{field}: {got} is not an allowed value; write {meant}. Allowed: {allowed}",
        ),
        "S002.pattern": T(
            "{field}: {got} không đúng dạng (mẫu {pattern})", "{field}: {got} is not well formed (pattern {pattern})"
        ),
        "S002.date": T(
            "{field}: {got} không phải ngày viết dạng YYYY-MM-DD", "{field}: {got} is not a date written YYYY-MM-DD"
        ),
        "S002.type": T("{field}: cần {expected}, nhận được {got}", "{field}: expected {expected}, got {got}"),
        "S002.completed": T(
            "{field}: trạng thái 'done' cần có ngày hoàn thành 'completed'",
            "{field}: status 'done' needs a 'completed' date",
        ),
        "S002.other": T.both("{field}: {detail}"),
        "S002.more": T(
            "còn {count} lỗi khác về khóa và giá trị trong tệp này không được liệt kê (chỉ liệt kê {limit} lỗi đầu)",
            "{count} more key and value errors in this file are not listed (only the first {limit} are)",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Thiếu khóa bắt buộc, có khóa lạ (thường do gõ sai), hoặc giá trị sai kiểu hay ngoài danh sách cho "
                "phép; cả tệp có dạng của xhht mà thiếu 'format', hay chứa hơn một tài liệu YAML."
            ),
            (
                "A key is missing, unknown (usually a typo), or of the wrong type or value; also a file that looks "
                "like an xhht file but has no 'format', or that holds more than one YAML document."
            ),
        ),
        why=T(
            (
                "Khóa gõ sai mà không bị báo thì dữ liệu bị bỏ qua âm thầm: một thời hạn ghi nhầm thành 'deadine' sẽ "
                "không bao giờ được xét quá hạn."
            ),
            (
                "A mistyped key that passed silently would drop data: a deadline written 'deadine' would never be "
                "checked for being overdue."
            ),
        ),
        fix=T(
            (
                "Sửa khóa theo gợi ý trong thông báo (xhht nêu khóa gần đúng nhất), bổ sung khóa còn thiếu, hoặc chọn "
                "một giá trị cho phép. `xhht schema plan` xuất lược đồ để trình soạn thảo kiểm tra ngay khi gõ."
            ),
            (
                "Rename the key as the message suggests (xhht names the closest allowed key), add the missing key, or "
                "pick an allowed value. `xhht schema plan` prints the JSON Schema so an editor can check as you type."
            ),
        ),
        example=T.both(
            "- id: II.1.a\n"
            "  text: Các sở, ban, ngành, đơn vị, Ủy ban nhân dân các quận, huyện …\n"
            "  lead:\n"
            "    - Ủy ban nhân dân các quận, huyện\n"
            "  deadine: trong quý III năm 2020"
        ),
    ),
    check=None,
)
