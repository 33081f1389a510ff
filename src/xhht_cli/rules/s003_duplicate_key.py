"""S003 duplicate-key: A mapping repeats a key; an ordinary YAML reader would silently keep the last value.

Found by the loader (`xhht_cli.loading`); this module holds its metadata, messages and documentation.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="S003",
    name="duplicate-key",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S003": T(
            "khóa '{key}' bị lặp (đã có ở dòng {first_line}); YAML sẽ âm thầm giữ giá trị sau",
            "key '{key}' is repeated (first on line {first_line}); YAML would silently keep the last value",
        ),
    },
    doc=Doc(
        summary=T(
            "Một ánh xạ có hai khóa trùng tên; trình đọc YAML thông thường sẽ âm thầm giữ giá trị sau.",
            "A mapping repeats a key; an ordinary YAML reader would silently keep the last value.",
        ),
        why=T(
            (
                "Hai dòng 'deadline' cho cùng một nhiệm vụ thì chỉ một dòng có hiệu lực mà người đọc tệp không biết là "
                "dòng nào; thường là dấu hiệu sao chép nhầm."
            ),
            (
                "With two 'deadline' lines on one task only one counts, and a reader of the file cannot tell which; it "
                "is usually a copy-and-paste slip."
            ),
        ),
        fix=T(
            (
                "Giữ một khóa với giá trị đúng theo văn bản, xóa khóa kia (thông báo nêu dòng của khóa đầu tiên). Nếu "
                "đó là hai nhiệm vụ khác nhau, tách thành hai mục trong 'tasks'."
            ),
            (
                "Keep one key with the value the document gives and delete the other (the message names the line of "
                "the first). If they are two different tasks, split them into two items of 'tasks'."
            ),
        ),
        example=T.both(
            "- id: II.1.a\n"
            "  deadline: trong quý III năm 2020\n"
            "  lead: [Sở Giáo dục và Đào tạo]\n"
            "  deadline: trong quý IV năm 2020"
        ),
    ),
    check=None,
)
