"""S008 unsafe-input: The file exceeds a safety limit (8 MiB, 64 levels of nesting, 500,000 nodes after alias
expansion), has a tag that is not a YAML core tag, invalid bytes or characters, or cannot be read.

Found by the loader (`xhht_cli.loading`); this module holds its metadata, messages and documentation.
"""

from __future__ import annotations

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Severity
from xhht_cli.rules.base import Rule

RULE = Rule(
    code="S008",
    name="unsafe-input",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S008.tag": T(
            "thẻ {tag} không phải dữ liệu thuần; xhht chỉ đọc văn bản, số, danh sách và ánh xạ",
            "tag {tag} is not plain data; xhht reads only text, numbers, lists and mappings",
        ),
        "S008.depth": T("lồng nhau quá sâu (giới hạn {limit} mức)", "nested too deeply (limit {limit} levels)"),
        "S008.nodes": T(
            "quá nhiều nút sau khi mở rộng bí danh (giới hạn {limit}); có thể là bom bí danh",
            "too many nodes after alias expansion (limit {limit}); possibly an alias bomb",
        ),
        "S008.character": T("ký tự không được phép {character}", "character {character} is not allowed"),
        "S008.size": T(
            "tệp quá lớn ({size} byte; giới hạn {limit}, đổi bằng --max-file-size)",
            "file too large ({size} bytes; limit {limit}, change with --max-file-size)",
        ),
        "S008.unreadable": T("không đọc được tệp: {error}", "cannot read the file: {error}"),
        "S008.special": T(
            "không phải tệp thông thường (thiết bị, FIFO hay thư mục); xhht chỉ đọc tệp thông thường",
            "not a regular file (a device, a FIFO or a folder); xhht reads only regular files",
        ),
        "S008.encoding": T(
            "không giải mã được byte ở vị trí {offset}; tệp phải là UTF-8 (hoặc UTF-16 có BOM)",
            "cannot decode the byte at offset {offset}; files must be UTF-8 (or UTF-16 with a BOM)",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Tệp vượt giới hạn an toàn (8 MiB, lồng sâu 64 mức, 500.000 nút sau khi mở rộng bí danh), có thẻ không "
                "phải thẻ lõi của YAML, có byte hay ký tự không hợp lệ, hoặc không đọc được."
            ),
            (
                "The file exceeds a safety limit (8 MiB, 64 levels of nesting, 500,000 nodes after alias expansion), "
                "has a tag that is not a YAML core tag, invalid bytes or characters, or cannot be read."
            ),
        ),
        why=T(
            (
                "Các giới hạn giữ cho việc kiểm tra nhanh và an toàn với cả tệp nhận từ nơi khác: vài dòng 'bom bí "
                "danh' có thể nở thành hàng tỷ nút. Việc đọc tệp dừng lại, nên tệp không được kiểm tra gì thêm."
            ),
            (
                "The limits keep checking fast and safe even for files received from elsewhere: a few lines of 'alias "
                "bomb' can expand to billions of nodes. Reading stops, so nothing else in the file is checked."
            ),
        ),
        fix=T(
            (
                "Bỏ các thẻ như '!!python/object' hay '!!binary', ghi giá trị dạng văn bản; lưu lại tệp dạng UTF-8 "
                "(hoặc UTF-16 có BOM); tách kế hoạch quá lớn thành nhiều tệp. Chỉ nâng giới hạn kích thước "
                "(--max-file-size) với tệp đáng tin."
            ),
            (
                "Remove tags such as '!!python/object' or '!!binary' and write the value as text; save the file as "
                "UTF-8 (or UTF-16 with a BOM); split a very large plan into several files. Raise the size limit "
                "(--max-file-size) only for files you trust."
            ),
        ),
        example=T.both("plan:\n  id: haiphong-211-2020\n  title: !!python/object/apply:os.system [echo]"),
    ),
    check=None,
)
