"""The usage and configuration errors (exit status 2), in Vietnamese and English.

Part of the text catalogue (`xhht_cli.catalogue`), like `xhht_cli.ui_text`.
"""

from __future__ import annotations

from xhht_cli.catalogue import T

ERRORS: dict[str, T] = {
    # usage and configuration errors (exit status 2)
    "error.as-of-range": T(
        "--as-of: {value} nằm ngoài khoảng năm xhht xét (1945 đến 2100)",
        "--as-of: {value} is outside the years xhht judges (1945 to 2100)",
    ),
    "error.as-of": T(
        "--as-of: '{value}' không phải một ngày viết dạng YYYY-MM-DD",
        "--as-of: '{value}' is not a date written YYYY-MM-DD",
    ),
    "error.choice": T(
        "{option}: '{value}' không thuộc các giá trị {choices}", "{option}: '{value}' is not one of {choices}"
    ),
    "error.selection": T(
        "{option}: '{value}' không phải mã, tên quy tắc hay tiền tố mã (xem `xhht explain`)",
        "{option}: '{value}' is not a code, rule name or code prefix (see `xhht explain`)",
    ),
    "error.selection-empty": T(
        "{option}: không có mã nào; một lựa chọn rỗng sẽ ẩn mọi phát hiện (bỏ hẳn {option} nếu không cần)",
        "{option}: no codes given; an empty selection would hide every finding (leave {option} out instead)",
    ),
    "error.positive": T(
        "{name}: cần một số nguyên từ 1 trở lên, nhận được {value}",
        "{name}: expected a whole number of at least 1, got {value}",
    ),
    "error.no-such-path": T("không có tệp hay thư mục: {paths}", "no such file or folder: {paths}"),
    "error.output-no-folder": T("{path}: thư mục {folder} không tồn tại", "{path}: the folder {folder} does not exist"),
    "error.output-folder": T("{path} là một thư mục; hãy nêu tên tệp", "{path} is a folder; name a file"),
    "error.output-special": T(
        "{path} không phải tệp thông thường, thiết bị ký tự hay FIFO; xhht không ghi vào đó",
        "{path} is not a regular file, a character device or a FIFO; xhht does not write to it",
    ),
    "error.output-was-read": T(
        "{path} là tệp mà lần chạy này đã đọc; xhht không ghi đè tệp đầu vào",
        "{path} is a file this run read; xhht never overwrites its inputs",
    ),
    "error.output-write": T("không ghi được {path}: {reason}", "cannot write {path}: {reason}"),
    "error.output-exists": T("{path} đã có; dùng --force để ghi đè", "{path} exists; use --force to overwrite it"),
    "error.output-is-input": T(
        "{path} là một trong các tệp đang được kiểm tra; hãy ghi kết quả ra tệp khác",
        "{path} is one of the files being checked; write the output to another file",
    ),
    "error.output-is-document": T(
        "{path} là văn bản đang được đọc; hãy ghi kế hoạch ra tệp khác",
        "{path} is the document being read; write the plan to another file",
    ),
    "error.binary-output": T(
        "--format {format} tạo ra một tệp nhị phân: hãy chỉ tệp để ghi bằng --output TỆP",
        "--format {format} makes a binary file: name the file to write with --output FILE",
    ),
    "error.config-file": T("{path}: không đọc được ({reason})", "{path}: cannot be read ({reason})"),
    "error.config-table": T("{path}: [tool.xhht] phải là một bảng", "{path}: [tool.xhht] must be a table"),
    "error.config-choice": T(
        "{path}: {name} = {value} không thuộc các giá trị {choices}",
        "{path}: {name} = {value} is not one of {choices}",
    ),
    "error.config-range": T(
        "{path}: {name} = {value}; cần một số nguyên từ {low} đến {high}",
        "{path}: {name} = {value}; expected a whole number from {low} to {high}",
    ),
    "error.config-at-least": T(
        "{path}: {name} = {value}; cần một số nguyên từ {low} trở lên",
        "{path}: {name} = {value}; expected a whole number of at least {low}",
    ),
    "error.config-codes": T(
        "{path}: {name} = {value}; cần danh sách mã, tên quy tắc hay tiền tố mã (không rỗng)",
        "{path}: {name} = {value}; expected a non-empty list of codes, rule names or code prefixes",
    ),
    "error.config-date": T(
        "{path}: {name} = {value}; cần một ngày YYYY-MM-DD", "{path}: {name} = {value}; expected a date YYYY-MM-DD"
    ),
    "error.config-path": T(
        "{path}: {name} = {value}; cần đường dẫn một tệp", "{path}: {name} = {value}; expected the path of a file"
    ),
    "error.config-outside": T(
        "{path}: {name} = {value} nằm ngoài kho (thư mục có .git hoặc tệp cấu hình); xhht chỉ đọc tệp trong kho",
        (
            "{path}: {name} = {value} is outside the repository (the folder holding .git or the configuration file); "
            "xhht reads only files inside it"
        ),
    ),
    "error.config-keys": T(
        "{path}: khóa lạ {unknown}; các khóa hợp lệ: {known}", "{path}: unknown key(s) {unknown}; known: {known}"
    ),
    "error.stdout": T("không ghi được ra đầu ra chuẩn: {reason}", "cannot write to standard output: {reason}"),
    "error.stdout-closed": T(
        "đầu ra chuẩn đã bị đóng; không ghi được gì (dùng -o TỆP để ghi ra tệp)",
        "standard output is closed; nothing can be written (use -o FILE to write to a file)",
    ),
    "error.interrupted": T("đã dừng theo yêu cầu", "interrupted"),
    "error.jurisdiction": T(
        "--jurisdiction: không có tỉnh, thành phố «{value}» trong danh mục; có phải: {suggestions}?",
        "--jurisdiction: no province or city «{value}» in the registry; did you mean: {suggestions}?",
    ),
    "error.internal": T(
        "lỗi nội bộ: {reason} (chạy lại với --debug để xem chi tiết)",
        "internal error: {reason} (run with --debug for details)",
    ),
}
