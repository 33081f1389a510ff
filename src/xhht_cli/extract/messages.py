"""The words `xhht extract` prints, in Vietnamese and English: part of the text catalogue (`xhht_cli.catalogue`)."""

from __future__ import annotations

from typing import Any

from xhht_cli.catalogue import T

MESSAGES: dict[str, T] = {
    # summary table
    "title": T("Kết quả trích xuất", "Extraction summary"),
    "col.what": T("Mục", "What"),
    "col.found": T("Kết quả", "Found"),
    "row.tasks": T("Nhiệm vụ tìm thấy", "Tasks found"),
    "row.leads": T("Cơ quan chủ trì đã xác định", "Leads resolved"),
    "row.names": T("Tên cơ quan khớp danh mục", "Body names in the registry"),
    "row.deadlines": T("Thời hạn đọc được", "Deadlines parsed"),
    "row.implements": T("Nhiệm vụ tương ứng được gợi ý", "Counterparts suggested"),
    "row.review": T("Cần người kiểm tra", "Needs a human look"),
    "of": T("{n}/{total}", "{n} of {total}"),
    "deadlines.value": T("{n} nhiệm vụ có thời hạn", "{n} tasks with a deadline"),
    "deadlines.bad": T("; {n} cụm từ không đọc được", "; {n} phrases not understood"),
    "implements.value": T("{n}/{total} nhiệm vụ, theo {template}", "{n} of {total} tasks, against {template}"),
    "implements.none": T("không có kế hoạch mẫu", "no template"),
    "written": T("Đã ghi {path}", "Wrote {path}"),
    "written-text": T("Đã ghi chữ của văn bản vào {path} (tệp nguồn `source` để đối chiếu S009)",
                     "Wrote the document's text to {path} (the `source` that S009 checks task texts against)"),
    "no-source": T("văn bản {kind} không được lưu thành tệp chữ nên không ghi `source`; dùng -o hoặc --text FILE để"
                  " xhht đối chiếu được nguyên văn (S009)",
                  "the {kind} document's text was not saved, so `source` is not written; use -o or --text FILE so"
                  " that xhht can verify the texts (S009)"),
    # review items
    "review.header": T("Cần kiểm tra:", "To check:"),
    "no-lead": T("không tìm thấy cơ quan chủ trì", "no lead body found"),
    "unresolved": T("tên không có trong danh mục cơ quan, ghi nguyên văn (thêm vào tệp danh mục bằng --registry, hoặc"
                   " sửa lại): {names}",
                   "names not in the body registry, written as they stand (add them to a registry file given with"
                   " --registry, or correct them): {names}"),
    "deadline-not-understood": T("thời hạn không đọc được: «{text}»", "deadline not understood: «{text}»"),
    "low-score": T("không chắc nhiệm vụ tương ứng: gần nhất {id} (điểm {score})",
                  "counterpart unsure: closest is {id} (score {score})"),
    "close-call": T("hai nhiệm vụ tương ứng gần bằng nhau: {a} ({sa}) và {b} ({sb})",
                   "two counterparts almost tied: {a} ({sa}) and {b} ({sb})"),
    "group.no-lead": T("không tìm thấy cơ quan chủ trì ({n} nhiệm vụ): {ids}", "no lead body found ({n} tasks): {ids}"),
    "group.low-score": T("không chắc nhiệm vụ tương ứng, chưa ghi implements ({n} nhiệm vụ; gần nhất, điểm): {items}",
                        "counterpart unsure, no implements written ({n} tasks; closest, score): {items}"),
    "issuer-unresolved": T("không xác định được cơ quan ban hành trong danh mục; đã ghi «{issuer}»",
                          "issuer not found in the registry; wrote «{issuer}»"),
    "no-template": T("văn bản trích dẫn {cited} nhưng không có kế hoạch mẫu nào có số đó; dùng --template",
                    "the preamble cites {cited} but no known plan has that number; use --template"),
    "template-partial": T("kế hoạch mẫu {template} chỉ được mã hóa một phần: nhiệm vụ không có tương ứng có thể"
                         " thực hiện phần chưa mã hóa",
                         "the template {template} is encoded in part: a task without a counterpart may carry out a"
                         " part that is not encoded"),
    "partial-header-only": T("văn bản chỉ có phần đầu (số hiệu, tên, căn cứ), không có phần nhiệm vụ: kế hoạch ghi"
                            " completeness: partial, chưa có nhiệm vụ nào",
                            "the text holds only the opening (number, title, căn cứ) and no tasks: the plan is"
                            " written with completeness: partial and no tasks"),
    "partial-article": T("bài viết đưa tin về văn bản {number}, không phải văn bản gốc: chỉ có những gì bài viết nêu"
                        " (completeness: partial); nhiệm vụ không có cơ quan chủ trì, thời hạn thì văn bản gốc mới có",
                        "a press article about {number}, not the document itself: only what the article states"
                        " (completeness: partial); leads and deadlines it leaves out are in the document"),
    "lookalikes": T("văn bản có {n} chữ viết nhầm bảng chữ (Ð thay cho Đ, chữ Kirin giống chữ Latinh); đã đọc như"
                   " chữ đúng, còn text giữ nguyên như văn bản",
                   "the text has {n} look-alike letters (Ð for Đ, Cyrillic for Latin); read as the letters meant,"
                   " texts kept as the document writes them"),
    "citation-misprint": T("văn bản dẫn số {cited}, nhưng văn bản có cùng ngày và tên là {number} ({template}); đã"
                          " ghi implements: {template}, hãy kiểm tra lại số hiệu (có thể in nhầm)",
                          "the text cites {cited}, but the document with that date and title is {number}"
                          " ({template}); implements: {template} is written: check the number (a misprint?)"),
    "draft": T("dự thảo: chưa có số hoặc ngày ban hành", "draft: no number or no date of issue"),
    "duplicate-id": T("số thứ tự lặp lại trong văn bản; đã đổi thành {id}", "numbering repeats; renamed {id}"),
    "no-jurisdiction": T("không xác định được tỉnh, thành phố", "province or city not found"),
    # batch
    "batch.title": T("Trích xuất {n} văn bản", "Extracted {n} documents"),
    "batch.file": T("Tệp", "File"),
    "batch.tasks": T("Nhiệm vụ", "Tasks"),
    "batch.unresolved": T("Tên chưa rõ", "Unknown names"),
    "batch.unsure": T("Tương ứng chưa chắc", "Unsure counterparts"),
    "batch.partial": T("Một phần", "Partial"),
    "batch.result": T("Kết quả", "Result"),
    "batch.yes": T("có", "yes"),
    "batch.no": T("không", "no"),
    "batch.progress": T("Đang trích xuất", "Extracting"),
    "error.batch-output": T("{path} là thư mục: hãy chỉ thư mục ghi kết quả bằng -o THƯ_MỤC",
                           "{path} is a folder: name the folder to write the plans to with -o FOLDER"),
    "error.batch-output-file": T("-o {path}: phải là thư mục khi trích xuất cả thư mục",
                                "-o {path}: must be a folder when extracting a folder"),
    "error.batch-empty": T("{path}: không có văn bản nào (.txt, .docx, .pdf, .html)",
                          "{path}: no documents (.txt, .docx, .pdf, .html)"),
    "error.batch-exists": T("{path} đã có; dùng --force để ghi đè", "{path} exists; use --force to overwrite"),
    # errors
    "error.no-structure": T("{path}: không tìm thấy cấu trúc kế hoạch (các mục I., II., 1., a), -)",
                           "{path}: no plan structure found (no I., II., 1., a), - items)"),
    "error.read": T("{path}: không đọc được: {reason}", "{path}: cannot read: {reason}"),
    "error.encoding": T("{path}: không phải UTF-8 (byte {offset})", "{path}: not UTF-8 (byte {offset})"),
    # reading documents (documents.py, readers.py, pdf.py)
    "doc.extra": T("{path}: cần thư viện {module} để đọc tệp này; cài bằng: {command}",
                  "{path}: reading this file needs {module}; install it with: {command}"),
    "doc.empty": T("{path}: tệp trống", "{path}: the file is empty"),
    "doc.no-text": T("{path}: không có chữ nào trong tệp", "{path}: the file holds no text"),
    "doc.too-large": T("{path}: tệp lớn hơn {limit}, không phải một văn bản kế hoạch",
                      "{path}: larger than {limit}; not a plan document"),
    "doc.binary": T("{path}: không phải văn bản (dữ liệu nhị phân); xhht đọc .txt, .docx, .pdf và .html",
                   "{path}: not a text document (binary data); xhht reads .txt, .docx, .pdf and .html"),
    "doc.encoding": T("{path}: không đọc được bảng mã (byte {offset} không phải UTF-8, và tệp không phải UTF-16 hay"
                     " Windows-1258); hãy lưu lại dưới dạng Unicode (UTF-8)",
                     "{path}: unknown encoding (byte {offset} is not UTF-8, and the file is not UTF-16 or"
                     " Windows-1258); save it as Unicode (UTF-8)"),
    "doc.encoding-bom": T("{path}: có dấu BOM của {encoding} nhưng byte {offset} không hợp lệ trong bảng mã đó",
                         "{path}: has a {encoding} byte-order mark but byte {offset} is not valid {encoding}"),
    "doc.tcvn3": T("{path}: văn bản dùng bảng mã TCVN3 (ABC, phông .Vn); hãy chuyển sang Unicode (ví dụ bằng công cụ"
                  " chuyển mã của UniKey) rồi chạy lại",
                  "{path}: the text is in the TCVN3 (ABC, .Vn fonts) encoding; convert it to Unicode (e.g. with"
                  " UniKey's converter) and run again"),
    "doc.vni": T("{path}: văn bản dùng bảng mã VNI; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của"
                " UniKey) rồi chạy lại",
                "{path}: the text is in the VNI encoding; convert it to Unicode (e.g. with UniKey's converter) and"
                " run again"),
    "doc.ole": T("{path}: tệp Word cũ (.doc) hoặc tệp Word có mật khẩu; hãy mở bằng Word, bỏ mật khẩu và lưu thành"
                " .docx",
                "{path}: an old Word file (.doc) or a password-protected Word file; open it in Word, remove the"
                " password and save it as .docx"),
    "doc.corrupt": T("{path}: tệp {kind} bị hỏng, không đọc được ({detail})",
                    "{path}: damaged {kind} file, cannot be read ({detail})"),
    "doc.pdf-password": T("{path}: tệp PDF có mật khẩu; hãy bỏ mật khẩu rồi chạy lại",
                         "{path}: the PDF is password-protected; remove the password and run again"),
    "doc.pdf-scanned": T("{path}: tệp PDF là ảnh quét, không có lớp chữ; xhht không nhận dạng chữ (OCR): hãy dùng"
                        " bản có lớp chữ, hoặc nhận dạng chữ trước",
                        "{path}: the PDF is a scan with no text layer; xhht does no OCR: use a copy with text, or"
                        " run OCR first"),
    "doc.no-zip-document": T("{path}: tệp nén ZIP không chứa văn bản Word",
                            "{path}: a ZIP archive that holds no Word document"),
    "error.not-plan": T("--template: {path} không phải tệp kế hoạch hợp lệ của xhht ({problems})",
                       "--template: {path} is not a valid xhht plan file ({problems})"),
    "error.special": T("{path}: không phải tệp thông thường (thiết bị, FIFO hay thư mục)",
                      "{path}: not a regular file (a device, a FIFO or a folder)"),
    "error.size": T("{path}: tệp quá lớn (giới hạn {limit} byte)", "{path}: too large (limit {limit} bytes)"),
    "error.template": T("--template: không có kế hoạch «{id}»; có: {known}",
                       "--template: no plan «{id}»; known: {known}"),
    "error.lang": T("--lang: «{lang}» không phải vi hoặc en", "--lang: '{lang}' is not vi or en"),
    "error.id": T("--id: «{id}» phải gồm a-z, 0-9 và dấu gạch ngang", "--id: '{id}' must be a-z, 0-9 and hyphens"),
    # comments in the YAML
    "yaml.header": T(
        "Trích xuất bằng `xhht extract` từ {source}. Hãy đối chiếu với văn bản trước khi dùng: điểm (score) của"
        " implements là độ giống nhau của câu chữ (0-1); các dòng «# review:» cần người kiểm tra.",
        "Extracted by `xhht extract` from {source}. Check against the document before relying on it: implements"
        " scores are text similarity (0-1); lines marked «# review:» need a human look.",
    ),
    "yaml.score": T("điểm {score}", "score {score}"),
    "yaml.maybe": T("có thể: {id}", "maybe: {id}"),
}  # fmt: skip


def msg(key: str, lang: str, /, **args: Any) -> str:
    """The message `key` in `lang` ("vi" or anything else for English); a missing argument shows as "?"."""
    return MESSAGES.get(key, T.both(key)).render(lang, args)
