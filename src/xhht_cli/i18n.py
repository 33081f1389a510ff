"""Message catalogue, Vietnamese and English. Every key exists in both (a test asserts it).

Findings keep a message key and arguments; `message()` renders them in the language asked for. The language comes
from `--lang`, then `XHHT_LANG`, then `LANG` (Vietnamese when it starts with `vi`, English otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from xhht_cli.commands_text import COMMANDS_EN, COMMANDS_VI
from xhht_cli.findings import Finding
from xhht_cli.ui_text import UI_EN, UI_VI

VI: dict[str, str] = {
    # S: files
    "S001": "YAML không hợp lệ (bộ đọc YAML báo: {problem})",
    "S001.tab": "dòng {line} thụt lề bằng ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách",
    "S001.quote": "dấu ngoặc kép mở ở dòng {line} không được đóng lại",
    "S001.colon": "giá trị có «: » mà không nằm trong ngoặc kép nên bị đọc thành một khóa mới; hãy đặt cả giá trị "
    'trong ngoặc kép (ví dụ: title: "Mục tiêu: …")',
    "S001.flow": "danh sách trong ngoặc vuông [...] bị lỗi: dấu phẩy tách các phần tử, nên tên có dấu phẩy hay dấu "
    "hai chấm (như «các sở, ban, ngành») phải đặt trong ngoặc kép; hoặc viết mỗi phần tử trên một dòng bắt đầu "
    "bằng «- »",
    "S001.no-colon": "thiếu dấu «:» sau khóa, hoặc một giá trị nhiều dòng chưa được thụt lề",
    "S001.indent": "thụt lề không khớp: dòng này không thẳng hàng với các khóa (hay các phần tử «- ») cùng cấp ở trên",
    "S001.token": "giá trị không được bắt đầu bằng ký tự «{character}»; hãy đặt giá trị trong ngoặc kép",
    "S001.alias": "bí danh *{anchor} chưa được định nghĩa (thiếu &{anchor} ở phía trên)",
    "S002.multiple-documents": "tệp chỉ được chứa một tài liệu YAML (tìm thấy dấu '---' thứ hai)",
    "S002.complex-key": "khóa phải là văn bản, không phải danh sách hay ánh xạ",
    "S002.merge": "khóa gộp '<<' chỉ nhận một ánh xạ hoặc danh sách ánh xạ",
    "S002.not-registry": (
        "không phải tệp danh mục cơ quan của xhht (cần 'format: xhht/registry@1'); nội dung không được trích"
    ),
    "S002.no-format": "tệp có dạng của xhht nhưng thiếu khóa 'format' (ví dụ: format: xhht/plan@1)",
    "S002.format": "'format' là {got!r}; cần {expected}",
    "S002.extra": "khóa '{key}' không được phép tại {field}{suggestion}",
    "S002.extra.vi": "{field}: không có khóa '{key}'; tên khóa viết bằng tiếng Anh, khóa này là '{meant}'",
    "S002.missing": "thiếu khóa bắt buộc '{field}'",
    "S002.literal": "{field}: {got} không phải giá trị được phép. Các giá trị: {allowed}",
    "S002.literal.meant": "{field}: {got} không phải giá trị được phép; hãy viết {meant}. Các giá trị: {allowed}",
    "S002.pattern": "{field}: {got} không đúng dạng (mẫu {pattern})",
    "S002.date": "{field}: {got} không phải ngày viết dạng YYYY-MM-DD",
    "S002.type": "{field}: cần {expected}, nhận được {got}",
    "S002.completed": "{field}: trạng thái 'done' cần có ngày hoàn thành 'completed'",
    "S002.other": "{field}: {detail}",
    "S003": "khóa '{key}' bị lặp (đã có ở dòng {first_line}); YAML sẽ âm thầm giữ giá trị sau",
    "S004.id": "mã {kind} '{id}' bị trùng (đã dùng ở dòng {first_line})",
    "S004.plan": "mã kế hoạch '{id}' đã được dùng trong {first}",
    "S004.registry-name": "tên '{name}' của '{entry}' đã thuộc về một mục khác cùng phạm vi",
    "S005.implements": "'implements: {id}' không trỏ tới kế hoạch nào đã nạp (có: {known})",
    "S005.loop": "chuỗi 'implements' quay vòng: {chain}",
    "S005.report": "báo cáo nói về kế hoạch '{id}' nhưng không có kế hoạch đó (có: {known})",
    "S006": "không có cơ quan/nhóm «{name}» trong danh mục{suggestions}",
    "S006.registry": "'{entry}': {field} trỏ tới «{name}», không có trong danh mục",
    "S006.split": "«{joined}» bị tách ở dấu phẩy thành nhiều mục ({pieces}), như YAML làm với danh sách viết trên "
    'một dòng [ … ]; hãy đặt tên trong dấu ngoặc kép ("{joined}") hoặc viết mỗi mục một dòng (- …)',
    "S006.succession-loop": "'{entry}': chuỗi succeeded_by quay vòng ({chain}); không dẫn tới cơ quan nào còn tồn tại",
    "S007.date": "{field}: ngày {value} không tồn tại",
    "S007.deadline": "{vi}",
    "S008.tag": "thẻ {tag} không phải dữ liệu thuần; xhht chỉ đọc văn bản, số, danh sách và ánh xạ",
    "S008.depth": "lồng nhau quá sâu (giới hạn {limit} mức)",
    "S008.nodes": "quá nhiều nút sau khi mở rộng bí danh (giới hạn {limit}); có thể là bom bí danh",
    "S008.character": "ký tự không được phép {character}",
    "S008.size": "tệp quá lớn ({size} byte; giới hạn {limit}, đổi bằng --max-file-size)",
    "S008.unreadable": "không đọc được tệp: {error}",
    "S008.special": "không phải tệp thông thường (thiết bị, FIFO hay thư mục); xhht chỉ đọc tệp thông thường",
    "S008.encoding": "không giải mã được byte ở vị trí {offset}; tệp phải là UTF-8 (hoặc UTF-16 có BOM)",
    "S009": "đoạn 'text' không có trong văn bản nguồn: khớp đến «{matched}», khác từ «{rest}»",
    "S009.missing-source": "không đọc được văn bản nguồn '{source}'",
    "S010.status": "mục này ghi tình trạng «{status}», khác với mục cùng nhiệm vụ ở dòng {first_line} («{other}»); "
    "sửa cho thống nhất hoặc xóa một mục",
    "S010.status-period": "mục này ghi kỳ {period} có tình trạng «{status}», khác với mục cùng nhiệm vụ, cùng kỳ ở "
    "dòng {first_line} («{other}»); sửa cho thống nhất hoặc xóa một mục",
    "S010.completed": "mục này ghi ngày hoàn thành {completed}, khác với mục cùng nhiệm vụ ở dòng {first_line} "
    "({other_completed}); sửa cho thống nhất hoặc xóa một mục",
    "S010.completed-period": "mục này ghi kỳ {period} hoàn thành ngày {completed}, khác với mục cùng nhiệm vụ, cùng "
    "kỳ ở dòng {first_line} ({other_completed}); sửa cho thống nhất hoặc xóa một mục",
    "S009.source-outside": (
        "văn bản nguồn '{source}' nằm ngoài kho kế hoạch; xhht chỉ đọc tệp trong kho (thư mục có .git hoặc xhht.toml)"
    ),
    "S009.source-special": "văn bản nguồn '{source}' không phải tệp thông thường (thiết bị, FIFO hay thư mục)",
    "S009.source-size": "văn bản nguồn '{source}' quá lớn (giới hạn {limit} byte, đổi bằng --max-file-size)",
    # D: deadlines
    "D001": "quá hạn {days_overdue}: thời hạn «{text}» ({deadline}), chưa có báo cáo hoàn thành",
    "D001.yearly": "{count} kỳ định kỳ hằng năm ({periods}) quá hạn, chưa có báo cáo; kỳ sớm nhất quá hạn "
    "{days_overdue}",
    "D002": "sắp đến hạn: còn {days_left} (hạn {deadline})",
    "D003": "thời hạn {deadline} («{text}») muộn hơn {days_later} so với nhiệm vụ {template_task} "
    "của {template_doc} ({template_deadline}, «{template_text}»)",
    "D004": "thời hạn {deadline} sớm hơn ngày ban hành kế hoạch ({issued})",
    "D005": "nhiệm vụ không có thời hạn và không phải nhiệm vụ thường xuyên",
    "D006": "chậm {days_late} so với thời hạn ban hành kế hoạch ({deadline}) tại nhiệm vụ {template_task} "
    "của {template_doc}",
    "D006.unissued": "kế hoạch chưa được ban hành, đã chậm {days_late} so với thời hạn ban hành kế hoạch "
    "({deadline}) tại nhiệm vụ {template_task} của {template_doc}",
    "D007": "hoàn thành ngày {completed}, chậm {days_late} so với thời hạn {deadline}",
    # A: assignment
    "A001": "nhiệm vụ chưa có cơ quan chủ trì",
    "A002": "cơ quan chủ trì ({lead}) không tương ứng với cơ quan chủ trì nhiệm vụ {template_task} của kế hoạch "
    "cấp trên; cơ quan tương ứng: {expected}",
    "A003": "«{body}» ({role}) đã chấm dứt hoạt động từ ngày {ended}; nhiệm vụ chuyển cho: {successors}",
    "A003.none": "«{body}» ({role}) đã chấm dứt hoạt động từ ngày {ended}; danh mục không ghi cơ quan nhận nhiệm vụ",
    "A003.loop": (
        "«{body}» ({role}) đã chấm dứt hoạt động từ ngày {ended}; chuỗi cơ quan nhận nhiệm vụ trong danh mục quay vòng,"
        " không tới cơ quan nào còn hoạt động"
    ),
    "A004": "«{body}» vừa là cơ quan chủ trì vừa là cơ quan phối hợp",
    # C: counterparts
    "C001": "chưa có nhiệm vụ thực hiện nhiệm vụ {template_task} của {template_doc} ({title}; cơ quan chủ trì: {lead})",
    "C002.implements": "'{id}' không phải {kind} của {template_doc}{suggestion}",
    "C002.report": "kế hoạch {plan} không có nhiệm vụ '{id}'",
    "C005.missing": "nhiệm vụ hằng năm («{deadline}») mà mục báo cáo không ghi 'period' nên không được tính cho kỳ "
    "nào; thêm 'period: <năm>'",
    "C005.future": "kỳ {period} sau năm của báo cáo ({year}) nên mục này không được tính",
    "C005.early": "kỳ {period} trước kỳ đầu tiên của nhiệm vụ ({first}, theo ngày ban hành kế hoạch) nên mục này "
    "không được tính",
    "C005.one-off": "nhiệm vụ có một thời hạn («{deadline}»), không theo kỳ hằng năm: mục ghi 'period: {period}' "
    "không được tính; bỏ 'period'",
    "C005.ongoing": "nhiệm vụ thường xuyên («{deadline}») không chia kỳ: bỏ 'period: {period}'",
    "C006.before-issue": "ngày hoàn thành {completed} trước ngày ban hành kế hoạch ({issued})",
    "C006.after-report": "ngày hoàn thành {completed} sau ngày của báo cáo ({report_date}): báo cáo không thể ghi "
    "việc chưa xảy ra",
    "C003": "nhiệm vụ do địa phương tự đề ra, không gắn với nhiệm vụ nào của {template_doc}",
    "C004": "«{body}» phải ban hành kế hoạch riêng (hạn: {deadline}) nhưng các tệp được kiểm tra không có kế hoạch đó",
    "C004.none": "«{body}» phải ban hành kế hoạch riêng nhưng các tệp được kiểm tra không có kế hoạch đó",
    # T: targets
    "T001": "chỉ tiêu «{text}» đến năm {by}: {value}, thấp hơn mức {template_value} của chỉ tiêu {template_target}",
    "T002": "thiếu chỉ tiêu thực hiện chỉ tiêu {template_target} của {template_doc}: «{text}»: {value} đến năm {by}",
    # P: document identity
    "P001": "số, ký hiệu «{number}» không đúng dạng (ví dụ 211/KH-UBND, 35/2017/TT-BGDĐT){suggestion}",
    "P002.date": "văn bản nguồn dẫn {number} với ngày {cited}, nhưng văn bản cấp trên ghi ngày {issued}",
    "P002.absent": "văn bản nguồn không dẫn số {number} kèm ngày {issued} của văn bản cấp trên",
    "P003.month": "văn bản nguồn dẫn ngày «{text}»: tháng {month} không tồn tại",
    "P003.day": "văn bản nguồn dẫn ngày «{text}»: ngày {day} không tồn tại trong tháng {month}/{year}",
    # fragments
    "hint.did-you-mean": "; có phải: {x}?",
    "kind.task": "nhiệm vụ",
    "kind.target": "chỉ tiêu",
    "kind.waiver": "nhiệm vụ hay chỉ tiêu",
    "role.lead": "cơ quan chủ trì",
    "role.cooperating": "cơ quan phối hợp",
    "role.issuer": "cơ quan ban hành",
    # interface
    "ui.no-findings": "Không có phát hiện nào.",
    # usage and configuration errors (exit status 2)
    "error.as-of-range": "--as-of: {value} nằm ngoài khoảng năm xhht xét (1945 đến 2100)",
    "error.as-of": "--as-of: '{value}' không phải một ngày viết dạng YYYY-MM-DD",
    "error.choice": "{option}: '{value}' không thuộc các giá trị {choices}",
    "error.selection": "{option}: '{value}' không phải mã, tên quy tắc hay tiền tố mã (xem `xhht explain`)",
    "error.selection-empty": (
        "{option}: không có mã nào; một lựa chọn rỗng sẽ ẩn mọi phát hiện (bỏ hẳn {option} nếu không cần)"
    ),
    "error.positive": "{name}: cần một số nguyên từ 1 trở lên, nhận được {value}",
    "error.no-such-path": "không có tệp hay thư mục: {paths}",
    "error.output-no-folder": "{path}: thư mục {folder} không tồn tại",
    "error.output-folder": "{path} là một thư mục; hãy nêu tên tệp",
    "error.output-special": "{path} không phải tệp thông thường, thiết bị ký tự hay FIFO; xhht không ghi vào đó",
    "error.output-was-read": "{path} là tệp mà lần chạy này đã đọc; xhht không ghi đè tệp đầu vào",
    "error.output-write": "không ghi được {path}: {reason}",
    "error.output-exists": "{path} đã có; dùng --force để ghi đè",
    "error.output-is-input": "{path} là một trong các tệp đang được kiểm tra; hãy ghi kết quả ra tệp khác",
    "error.output-is-document": "{path} là văn bản đang được đọc; hãy ghi kế hoạch ra tệp khác",
    "error.binary-output": "--format {format} tạo ra một tệp nhị phân: hãy chỉ tệp để ghi bằng --output TỆP",
    "error.config-file": "{path}: không đọc được ({reason})",
    "error.config-table": "{path}: [tool.xhht] phải là một bảng",
    "error.config-choice": "{path}: {name} = {value} không thuộc các giá trị {choices}",
    "error.config-range": "{path}: {name} = {value}; cần một số nguyên từ {low} đến {high}",
    "error.config-at-least": "{path}: {name} = {value}; cần một số nguyên từ {low} trở lên",
    "error.config-codes": "{path}: {name} = {value}; cần danh sách mã, tên quy tắc hay tiền tố mã (không rỗng)",
    "error.config-date": "{path}: {name} = {value}; cần một ngày YYYY-MM-DD",
    "error.config-path": "{path}: {name} = {value}; cần đường dẫn một tệp",
    "error.config-outside": (
        "{path}: {name} = {value} nằm ngoài kho (thư mục có .git hoặc tệp cấu hình); xhht chỉ đọc tệp trong kho"
    ),
    "error.config-keys": "{path}: khóa lạ {unknown}; các khóa hợp lệ: {known}",
    "error.stdout": "không ghi được ra đầu ra chuẩn: {reason}",
    "error.stdout-closed": "đầu ra chuẩn đã bị đóng; không ghi được gì (dùng -o TỆP để ghi ra tệp)",
    "error.interrupted": "đã dừng theo yêu cầu",
    "error.jurisdiction": "--jurisdiction: không có tỉnh, thành phố «{value}» trong danh mục; có phải: {suggestions}?",
    "error.internal": "lỗi nội bộ: {reason} (chạy lại với --debug để xem chi tiết)",
    "ui.jobs.failed": "xhht: một tiến trình con bị lỗi ({reason}); kiểm tra lại trong một tiến trình",
    "ui.jobs.capped": "xhht: --jobs {asked} vượt số CPU được dùng; chỉ chạy {cores} tiến trình",
    "ui.no-libyaml": "xhht: cảnh báo: PyYAML được cài không có libyaml nên đọc YAML chậm hơn khoảng 10 lần; "
    "hãy cài libyaml (gói libyaml-dev) rồi cài lại PyYAML: pip install --force-reinstall --no-cache-dir PyYAML",
    "ui.severity.error": "lỗi",
    "ui.severity.warning": "cảnh báo",
    "ui.severity.info": "thông tin",
    "ui.skipped": "{n} tệp YAML không phải của xhht đã bỏ qua",
    "ui.draft": "{plan} là dự thảo: chưa có số, ký hiệu và ngày ban hành; thời hạn được xét theo ngày {as_of}",
    "ui.unchecked": "{n} tệp lỗi nặng không được kiểm tra chéo: {files}",
    "ui.status.done_on_time": "hoàn thành đúng hạn",
    "ui.status.done_late": "hoàn thành muộn",
    "ui.status.open": "trong hạn",
    "ui.status.overdue": "quá hạn",
    "ui.status.ongoing": "thường xuyên",
    "ui.status.cancelled": "đã hủy",
    "ui.status.no_deadline": "không có hạn",
    "ui.explain.unknown": "không có mã {code}; các mã: {codes}",
    "ui.error": "lỗi",
}

EN: dict[str, str] = {
    "S001": "not valid YAML ({problem})",
    "S001.tab": "line {line} is indented with a tab; YAML allows only spaces for indentation",
    "S001.quote": "the quote opened on line {line} is never closed",
    "S001.colon": 'a value contains ": " without quotes, so it reads as a new key; put the whole value in quotes '
    '(e.g. title: "Goal: …")',
    "S001.flow": "a [...] list is broken: commas separate its items, so a name containing a comma or a colon (such "
    'as «các sở, ban, ngành») must be quoted; or write each item on its own line starting with "- "',
    "S001.no-colon": "a ':' is missing after a key, or a value that goes on over several lines is not indented",
    "S001.indent": "the indentation does not match: this line is not aligned with the keys (or '- ' items) of its "
    "level above",
    "S001.token": "a value cannot start with «{character}»; put the value in quotes",
    "S001.alias": "alias *{anchor} is not defined (no &{anchor} above it)",
    "S002.multiple-documents": "a file holds one YAML document (found a second '---')",
    "S002.complex-key": "a key must be text, not a list or a mapping",
    "S002.merge": "a merge key '<<' takes a mapping or a list of mappings",
    "S002.not-registry": "not an xhht registry file (expected 'format: xhht/registry@1'); its content is not quoted",
    "S002.no-format": "looks like an xhht file but has no 'format' key (e.g. format: xhht/plan@1)",
    "S002.format": "'format' is {got!r}; expected {expected}",
    "S002.extra": "key '{key}' is not allowed at {field}{suggestion}",
    "S002.extra.vi": "{field}: no key '{key}'; keys are written in English, this one is '{meant}'",
    "S002.missing": "required key '{field}' is missing",
    "S002.literal": "{field}: {got} is not an allowed value. Allowed: {allowed}",
    "S002.literal.meant": "{field}: {got} is not an allowed value; write {meant}. Allowed: {allowed}",
    "S002.pattern": "{field}: {got} is not well formed (pattern {pattern})",
    "S002.date": "{field}: {got} is not a date written YYYY-MM-DD",
    "S002.type": "{field}: expected {expected}, got {got}",
    "S002.completed": "{field}: status 'done' needs a 'completed' date",
    "S002.other": "{field}: {detail}",
    "S003": "key '{key}' is repeated (first on line {first_line}); YAML would silently keep the last value",
    "S004.id": "{kind} id '{id}' is used twice (first on line {first_line})",
    "S004.plan": "plan id '{id}' is already used in {first}",
    "S004.registry-name": "name '{name}' of '{entry}' already belongs to another entry in the same scope",
    "S005.implements": "'implements: {id}' names no loaded plan (known: {known})",
    "S005.loop": "the 'implements' chain loops: {chain}",
    "S005.report": "report is about plan '{id}', which is not loaded (known: {known})",
    "S006": "no body or group «{name}» in the registry{suggestions}",
    "S006.registry": "'{entry}': {field} names «{name}», which is not in the registry",
    "S006.split": "«{joined}» was cut at its commas into several items ({pieces}), as YAML does in a list written "
    'on one line [ … ]; quote the name ("{joined}") or write one item per line (- …)',
    "S006.succession-loop": "'{entry}': the succeeded_by chain loops ({chain}); it leads to no body that exists",
    "S007.date": "{field}: the date {value} does not exist",
    "S007.deadline": "{en}",
    "S008.tag": "tag {tag} is not plain data; xhht reads only text, numbers, lists and mappings",
    "S008.depth": "nested too deeply (limit {limit} levels)",
    "S008.nodes": "too many nodes after alias expansion (limit {limit}); possibly an alias bomb",
    "S008.character": "character {character} is not allowed",
    "S008.size": "file too large ({size} bytes; limit {limit}, change with --max-file-size)",
    "S008.unreadable": "cannot read the file: {error}",
    "S008.special": "not a regular file (a device, a FIFO or a folder); xhht reads only regular files",
    "S008.encoding": "cannot decode the byte at offset {offset}; files must be UTF-8 (or UTF-16 with a BOM)",
    "S009": "'text' does not occur in the source document: matches up to «{matched}», differs from «{rest}»",
    "S009.missing-source": "cannot read the source document '{source}'",
    "S010.status": "this entry says «{status}», unlike the entry for the same task on line {first_line} («{other}»); "
    "make them agree or remove one",
    "S010.status-period": "this entry says «{status}» for period {period}, unlike the entry for the same task and "
    "period on line {first_line} («{other}»); make them agree or remove one",
    "S010.completed": "this entry says it was completed on {completed}, unlike the entry for the same task on line "
    "{first_line} ({other_completed}); make them agree or remove one",
    "S010.completed-period": "this entry says period {period} was completed on {completed}, unlike the entry for the "
    "same task and period on line {first_line} ({other_completed}); make them agree or remove one",
    "S009.source-outside": (
        "the source document '{source}' is outside the plan's repository; xhht reads only files inside it"
        " (the folder holding .git or xhht.toml)"
    ),
    "S009.source-special": "the source document '{source}' is not a regular file (a device, a FIFO or a folder)",
    "S009.source-size": (
        "the source document '{source}' is too large (limit {limit} bytes, change with --max-file-size)"
    ),
    "D001": "overdue by {days_overdue}: deadline «{text}» ({deadline}), no report records it done",
    "D001.yearly": "{count} yearly period(s) overdue ({periods}) with no report; the earliest by {days_overdue}",
    "D002": "due soon: {days_left} left (due {deadline})",
    "D003": "deadline {deadline} («{text}») is {days_later} later than that of task {template_task} of "
    "{template_doc} ({template_deadline}, «{template_text}»)",
    "D004": "deadline {deadline} is before the plan was issued ({issued})",
    "D005": "task has no deadline and is not an ongoing duty",
    "D006": "issued {days_late} after the deadline for implementing plans ({deadline}) set by task "
    "{template_task} of {template_doc}",
    "D006.unissued": "not issued yet, {days_late} after the deadline for implementing plans ({deadline}) set by "
    "task {template_task} of {template_doc}",
    "D007": "done on {completed}, {days_late} after the deadline {deadline}",
    "A001": "task has no lead body",
    "A002": "lead ({lead}) is not the local counterpart of the lead of template task {template_task}; "
    "counterpart: {expected}",
    "A003": "«{body}» ({role}) ceased to exist on {ended}; its tasks passed to: {successors}",
    "A003.none": "«{body}» ({role}) ceased to exist on {ended}; the registry names no body that took over its tasks",
    "A003.loop": (
        "«{body}» ({role}) ceased to exist on {ended}; the bodies that took over its tasks loop in the registry and"
        " reach none that exists"
    ),
    "A004": "«{body}» is both lead and cooperating",
    "C001": "no task implements task {template_task} of {template_doc} ({title}; lead: {lead})",
    "C002.implements": "'{id}' is not a {kind} of {template_doc}{suggestion}",
    "C002.report": "plan {plan} has no task '{id}'",
    "C003": "a local initiative, linked to no task of {template_doc}",
    "C004": "«{body}» must issue its own plan (deadline: {deadline}) but none is among the checked files",
    "C005.missing": "a yearly task («{deadline}») but the entry has no 'period', so it settles no year; add "
    "'period: <year>'",
    "C005.future": "period {period} is after the report's year ({year}), so the entry is not counted",
    "C005.early": "period {period} is before the task's first period ({first}, from the plan's issue date), so the "
    "entry is not counted",
    "C005.one-off": "the task has one deadline («{deadline}»), not yearly periods: an entry with 'period: {period}' "
    "is not counted; remove 'period'",
    "C005.ongoing": "an ongoing task («{deadline}») has no periods: remove 'period: {period}'",
    "C006.before-issue": "completed on {completed}, before the plan was issued ({issued})",
    "C006.after-report": "completed on {completed}, after the report's own date ({report_date}): a report cannot "
    "record what has not happened",
    "C004.none": "«{body}» must issue its own plan but none is among the checked files",
    "T001": "target «{text}» by {by}: {value}, below the {template_value} of target {template_target}",
    "T002": "no target implements target {template_target} of {template_doc}: «{text}»: {value} by {by}",
    "P001": "document number «{number}» is not well formed (e.g. 211/KH-UBND, 35/2017/TT-BGDĐT){suggestion}",
    "P002.date": "the source cites {number} dated {cited}, but the template records {issued}",
    "P002.absent": "the source does not cite the template's number {number} with its date {issued}",
    "P003.month": "the source cites the date «{text}»: month {month} does not exist",
    "P003.day": "the source cites the date «{text}»: day {day} does not exist in {month}/{year}",
    "hint.did-you-mean": "; did you mean: {x}?",
    "kind.task": "task",
    "kind.target": "target",
    "kind.waiver": "task or target",
    "role.lead": "lead body",
    "role.cooperating": "cooperating body",
    "role.issuer": "issuer",
    "ui.no-findings": "No findings.",
    "error.as-of-range": "--as-of: {value} is outside the years xhht judges (1945 to 2100)",
    "error.as-of": "--as-of: '{value}' is not a date written YYYY-MM-DD",
    "error.choice": "{option}: '{value}' is not one of {choices}",
    "error.selection": "{option}: '{value}' is not a code, rule name or code prefix (see `xhht explain`)",
    "error.selection-empty": (
        "{option}: no codes given; an empty selection would hide every finding (leave {option} out instead)"
    ),
    "error.positive": "{name}: expected a whole number of at least 1, got {value}",
    "error.no-such-path": "no such file or folder: {paths}",
    "error.output-no-folder": "{path}: the folder {folder} does not exist",
    "error.output-folder": "{path} is a folder; name a file",
    "error.output-special": "{path} is not a regular file, a character device or a FIFO; xhht does not write to it",
    "error.output-was-read": "{path} is a file this run read; xhht never overwrites its inputs",
    "error.output-write": "cannot write {path}: {reason}",
    "error.output-exists": "{path} exists; use --force to overwrite it",
    "error.output-is-input": "{path} is one of the files being checked; write the output to another file",
    "error.output-is-document": "{path} is the document being read; write the plan to another file",
    "error.binary-output": "--format {format} makes a binary file: name the file to write with --output FILE",
    "error.config-file": "{path}: cannot be read ({reason})",
    "error.config-table": "{path}: [tool.xhht] must be a table",
    "error.config-choice": "{path}: {name} = {value} is not one of {choices}",
    "error.config-range": "{path}: {name} = {value}; expected a whole number from {low} to {high}",
    "error.config-at-least": "{path}: {name} = {value}; expected a whole number of at least {low}",
    "error.config-codes": "{path}: {name} = {value}; expected a non-empty list of codes, rule names or code prefixes",
    "error.config-date": "{path}: {name} = {value}; expected a date YYYY-MM-DD",
    "error.config-path": "{path}: {name} = {value}; expected the path of a file",
    "error.config-outside": (
        "{path}: {name} = {value} is outside the repository (the folder holding .git or the configuration"
        " file); xhht reads only files inside it"
    ),
    "error.config-keys": "{path}: unknown key(s) {unknown}; known: {known}",
    "error.stdout": "cannot write to standard output: {reason}",
    "error.stdout-closed": "standard output is closed; nothing can be written (use -o FILE to write to a file)",
    "error.interrupted": "interrupted",
    "error.jurisdiction": "--jurisdiction: no province or city «{value}» in the registry; did you mean: {suggestions}?",
    "error.internal": "internal error: {reason} (run with --debug for details)",
    "ui.jobs.failed": "xhht: a worker process failed ({reason}); checking again in one process",
    "ui.jobs.capped": "xhht: --jobs {asked} is more than the CPUs this process may use; using {cores} processes",
    "ui.no-libyaml": "xhht: warning: PyYAML is installed without libyaml, so reading YAML is about 10 times slower; "
    "install libyaml (the libyaml-dev package), then reinstall PyYAML: pip install --force-reinstall --no-cache-dir "
    "PyYAML",
    "ui.severity.error": "error",
    "ui.severity.warning": "warning",
    "ui.severity.info": "info",
    "ui.skipped": "{n} YAML file(s) that are not xhht files were skipped",
    "ui.draft": "{plan} is a draft: no number or issue date yet; deadlines are judged as of {as_of}",
    "ui.unchecked": "{n} file(s) with fatal errors left out of cross-file checks: {files}",
    "ui.status.done_on_time": "done on time",
    "ui.status.done_late": "done late",
    "ui.status.open": "open, within deadline",
    "ui.status.overdue": "overdue",
    "ui.status.ongoing": "ongoing",
    "ui.status.cancelled": "cancelled",
    "ui.status.no_deadline": "no deadline",
    "ui.explain.unknown": "no code {code}; codes: {codes}",
    "ui.error": "error",
}

VI |= UI_VI | COMMANDS_VI
EN |= UI_EN | COMMANDS_EN
CATALOGUES = {"vi": VI, "en": EN}


def detect_lang(explicit: str | None = None, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    value = explicit or env.get("XHHT_LANG") or env.get("LANG") or ""
    return "vi" if value.lower().startswith("vi") else "en"


class _Lenient(dict[str, Any]):
    """Format arguments where a missing one shows as '?' instead of raising."""

    def __missing__(self, key: str) -> str:
        return "?"


def text(key: str, lang: str, /, **args: Any) -> str:
    """A catalogue string in `lang`, formatted; a missing argument shows as '?', never raises."""
    return _format(key, lang, args)


def _format(key: str, lang: str, args: dict[str, Any]) -> str:
    template = CATALOGUES.get(lang, EN).get(key)
    if template is None:
        template = EN.get(key, key)
    try:
        return template.format_map(args)
    except (KeyError, IndexError):
        return template.format_map(_Lenient(args))


_DATES = frozenset({"deadline", "issued", "completed", "template_deadline", "report_date", "other_completed"})
_DAYS = frozenset({"days_overdue", "days_late", "days_later", "days_left"})
_NUMBERS = frozenset({"size", "limit", "count"})
_LOCAL = (
    _DATES
    | _DAYS
    | _NUMBERS
    | {
        "suggestion",
        "suggestions",
        "role",
        "until",
        "template_doc",
        "choices",
        "value",
        "template_value",
        "kind",
        "allowed",
    }
)


def message(f: Finding, lang: str) -> str:
    """The message of a finding in `lang`, with its dates, numbers, durations and documents as people write them
    in that language (`xhht_cli.wording`)."""
    args = f.args
    if args and not _LOCAL.isdisjoint(args):
        args = localized(args, lang)
    return _format(f.key, lang, args if type(args) is dict else dict(args))


def localized(args: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """Message arguments made ready for `lang`."""
    from xhht_cli import wording

    out = dict(args)
    for k, v in args.items():
        if k in _DATES:
            out[k] = wording.day(v, lang)
        elif k in _DAYS:
            out[k] = wording.days(v, lang)
        elif k in _NUMBERS:
            out[k] = wording.number(v, lang)
        elif k in ("suggestion", "suggestions"):
            out[k] = text("hint.did-you-mean", lang, x=v) if v else ""
        elif k == "role":
            out[k] = text("role." + str(v), lang)
        elif k == "until":
            out[k] = wording.day(v, lang)
            out["ended"] = wording.day_after(v, lang)
        elif k == "template_doc":
            out[k] = wording.document(str(v), lang, str(v))
        elif k in ("value", "template_value"):
            out[k] = wording.figure(v, args.get("unit"), lang)
        elif k == "kind" and isinstance(v, str) and "kind." + v in EN:
            out[k] = text("kind." + v, lang)
        elif k == "allowed" and isinstance(v, (list, tuple)):
            from xhht_cli.hints import allowed_values

            out[k] = allowed_values([str(x) for x in v], lang)
        elif k == "choices" and isinstance(v, (list, tuple)):
            out[k] = wording.either([str(x) for x in v], lang)
    return out
