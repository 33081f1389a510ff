"""The words `xhht extract` prints, in Vietnamese and English (a catalogue of its own: `xhht_cli.i18n` is for rules)."""

from __future__ import annotations

from typing import Any

_CATALOGUE: dict[str, tuple[str, str]] = {  # key -> (vi, en)
    # summary table
    "title": ("Kết quả trích xuất", "Extraction summary"),
    "col.what": ("Mục", "What"),
    "col.found": ("Kết quả", "Found"),
    "row.tasks": ("Nhiệm vụ tìm thấy", "Tasks found"),
    "row.leads": ("Cơ quan chủ trì đã xác định", "Leads resolved"),
    "row.names": ("Tên cơ quan khớp danh mục", "Body names in the registry"),
    "row.deadlines": ("Thời hạn đọc được", "Deadlines parsed"),
    "row.implements": ("Nhiệm vụ tương ứng được gợi ý", "Counterparts suggested"),
    "row.review": ("Cần người kiểm tra", "Needs a human look"),
    "of": ("{n}/{total}", "{n} of {total}"),
    "deadlines.value": ("{n} nhiệm vụ có thời hạn", "{n} tasks with a deadline"),
    "deadlines.bad": ("; {n} cụm từ không đọc được", "; {n} phrases not understood"),
    "implements.value": ("{n}/{total} nhiệm vụ, theo {template}", "{n} of {total} tasks, against {template}"),
    "implements.none": ("không có kế hoạch mẫu", "no template"),
    "written": ("Đã ghi {path}", "Wrote {path}"),
    # review items
    "review.header": ("Cần kiểm tra:", "To check:"),
    "no-lead": ("không tìm thấy cơ quan chủ trì", "no lead body found"),
    "unresolved": ("tên không có trong danh mục cơ quan (không ghi vào lead/cooperating): {names}",
                   "names not in the body registry (left out of lead/cooperating): {names}"),
    "deadline-not-understood": ("thời hạn không đọc được: «{text}»", "deadline not understood: «{text}»"),
    "low-score": ("không chắc nhiệm vụ tương ứng: gần nhất {id} (điểm {score})",
                  "counterpart unsure: closest is {id} (score {score})"),
    "close-call": ("hai nhiệm vụ tương ứng gần bằng nhau: {a} ({sa}) và {b} ({sb})",
                   "two counterparts almost tied: {a} ({sa}) and {b} ({sb})"),
    "group.no-lead": ("không tìm thấy cơ quan chủ trì ({n} nhiệm vụ): {ids}", "no lead body found ({n} tasks): {ids}"),
    "group.low-score": ("không chắc nhiệm vụ tương ứng, chưa ghi implements ({n} nhiệm vụ; gần nhất, điểm): {items}",
                        "counterpart unsure, no implements written ({n} tasks; closest, score): {items}"),
    "issuer-unresolved": ("không xác định được cơ quan ban hành trong danh mục; đã ghi «{issuer}»",
                          "issuer not found in the registry; wrote «{issuer}»"),
    "no-template": ("văn bản trích dẫn {cited} nhưng không có kế hoạch mẫu nào có số đó; dùng --template",
                    "the preamble cites {cited} but no known plan has that number; use --template"),
    "template-partial": ("kế hoạch mẫu {template} chỉ được mã hóa một phần: nhiệm vụ không có tương ứng có thể"
                         " thực hiện phần chưa mã hóa",
                         "the template {template} is encoded in part: a task without a counterpart may carry out a"
                         " part that is not encoded"),
    "draft": ("dự thảo: chưa có số hoặc ngày ban hành", "draft: no number or no date of issue"),
    "duplicate-id": ("số thứ tự lặp lại trong văn bản; đã đổi thành {id}", "numbering repeats; renamed {id}"),
    "no-jurisdiction": ("không xác định được tỉnh, thành phố", "province or city not found"),
    # errors
    "error.no-structure": ("{path}: không tìm thấy cấu trúc kế hoạch (các mục I., II., 1., a), -)",
                           "{path}: no plan structure found (no I., II., 1., a), - items)"),
    "error.read": ("{path}: không đọc được: {reason}", "{path}: cannot read: {reason}"),
    "error.encoding": ("{path}: không phải UTF-8 (byte {offset})", "{path}: not UTF-8 (byte {offset})"),
    "error.template": ("--template: không có kế hoạch «{id}»; có: {known}",
                       "--template: no plan «{id}»; known: {known}"),
    "error.lang": ("--lang: «{lang}» không phải vi hoặc en", "--lang: '{lang}' is not vi or en"),
    "error.id": ("--id: «{id}» phải gồm a-z, 0-9 và dấu gạch ngang", "--id: '{id}' must be a-z, 0-9 and hyphens"),
    # comments in the YAML
    "yaml.header": (
        "Trích xuất bằng `xhht extract` từ {source}. Hãy đối chiếu với văn bản trước khi dùng: điểm (score) của"
        " implements là độ giống nhau của câu chữ (0-1); các dòng «# review:» cần người kiểm tra.",
        "Extracted by `xhht extract` from {source}. Check against the document before relying on it: implements"
        " scores are text similarity (0-1); lines marked «# review:» need a human look.",
    ),
    "yaml.score": ("điểm {score}", "score {score}"),
    "yaml.maybe": ("có thể: {id}", "maybe: {id}"),
}  # fmt: skip


def msg(key: str, lang: str, /, **args: Any) -> str:
    """The message `key` in `lang` ("vi" or anything else for English); a missing argument shows as "?"."""
    vi, en = _CATALOGUE.get(key, (key, key))

    class _Lenient(dict[str, Any]):
        def __missing__(self, k: str) -> str:
            return "?"

    return (vi if lang == "vi" else en).format_map(_Lenient(args))
