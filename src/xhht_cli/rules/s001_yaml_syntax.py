"""S001 yaml-syntax: The file is not valid YAML (reported at the line and column of the fault), including an alias *x
used before any &x anchor above it.

Found by the loader (`xhht_cli.loading`); this module holds its metadata, messages and documentation.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="S001",
    name="yaml-syntax",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S001": T("YAML không hợp lệ (bộ đọc YAML báo: {problem})", "not valid YAML ({problem})"),
        "S001.tab": T(
            "dòng {line} thụt lề bằng ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách",
            "line {line} is indented with a tab; YAML allows only spaces for indentation",
        ),
        "S001.quote": T(
            "dấu ngoặc kép mở ở dòng {line} không được đóng lại", "the quote opened on line {line} is never closed"
        ),
        "S001.colon": T(
            (
                "giá trị có «: » mà không nằm trong ngoặc kép nên bị đọc thành một khóa mới; hãy đặt cả giá trị trong "
                'ngoặc kép (ví dụ: title: "Mục tiêu: …")'
            ),
            (
                'a value contains ": " without quotes, so it reads as a new key; put the whole value in quotes (e.g. '
                'title: "Goal: …")'
            ),
        ),
        "S001.flow": T(
            (
                "danh sách trong ngoặc vuông [...] bị lỗi: dấu phẩy tách các phần tử, nên tên có dấu phẩy hay dấu hai "
                "chấm (như «các sở, ban, ngành») phải đặt trong ngoặc kép; hoặc viết mỗi phần tử trên một dòng bắt đầu "
                "bằng «- »"
            ),
            (
                "a [...] list is broken: commas separate its items, so a name containing a comma or a colon (such as "
                '«các sở, ban, ngành») must be quoted; or write each item on its own line starting with "- "'
            ),
        ),
        "S001.no-colon": T(
            "thiếu dấu «:» sau khóa, hoặc một giá trị nhiều dòng chưa được thụt lề",
            "a ':' is missing after a key, or a value that goes on over several lines is not indented",
        ),
        "S001.indent": T(
            "thụt lề không khớp: dòng này không thẳng hàng với các khóa (hay các phần tử «- ») cùng cấp ở trên",
            "the indentation does not match: this line is not aligned with the keys (or '- ' items) of its level above",
        ),
        "S001.token": T(
            "giá trị không được bắt đầu bằng ký tự «{character}»; hãy đặt giá trị trong ngoặc kép",
            "a value cannot start with «{character}»; put the value in quotes",
        ),
        "S001.alias": T(
            "bí danh *{anchor} chưa được định nghĩa (thiếu &{anchor} ở phía trên)",
            "alias *{anchor} is not defined (no &{anchor} above it)",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Tệp không phải YAML hợp lệ (báo dòng và cột chỗ lỗi), kể cả khi dùng bí danh *x mà phía trên chưa "
                "khai báo &x."
            ),
            (
                "The file is not valid YAML (reported at the line and column of the fault), including an alias *x used "
                "before any &x anchor above it."
            ),
        ),
        why=T(
            (
                "Tệp không đọc được thì không kiểm tra được gì trong tệp: mọi nhiệm vụ của kế hoạch đó bị bỏ qua khi "
                "đối chiếu với kế hoạch cấp trên và báo cáo tiến độ."
            ),
            (
                "A file that cannot be read cannot be checked: none of its tasks are compared with the template or "
                "with progress reports."
            ),
        ),
        fix=T(
            (
                "Sửa tại dòng, cột được báo: thường là thụt lề lệch, thiếu dấu ':' sau khóa, hoặc dấu nháy, dấu ngoặc "
                "chưa đóng. Giá trị có ': ' hoặc ' #' nên đặt trong nháy kép."
            ),
            (
                "Fix the fault at the line and column given: usually an indentation slip, a missing ':' after a key, "
                "or an unclosed quote or bracket. Quote values that contain ': ' or ' #'."
            ),
        ),
        example=T(
            ("plan:\n  id: haiphong-211-2020\n   number: 211/KH-UBND      # thụt lề lệch một khoảng trắng"),
            ("plan:\n  id: haiphong-211-2020\n   number: 211/KH-UBND      # indented one space too far"),
        ),
    ),
    check=None,
)
