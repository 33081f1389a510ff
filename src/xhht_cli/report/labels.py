"""Words of the documents xhht writes for people (xlsx, docx, html, csv), in Vietnamese and English, and the way
they write dates and numbers: 30/9/2020 and 1.234 in Vietnamese, 30 September 2020 and 1,234 in English.

The terminal formats take their words from `xhht_cli.i18n`; these are the longer ones of a report that an office
signs and sends (headings, column names, sheet names), kept here so that the catalogue of messages stays small.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from xhht_cli.config import ConfigError
from xhht_cli.i18n import text

_VI: dict[str, str] = {
    "col.code": "Mã",
    "col.rule": "Quy tắc",
    "col.severity": "Mức",
    "col.plan": "Kế hoạch",
    "col.task": "Nhiệm vụ",
    "col.file": "Tệp",
    "col.line": "Dòng",
    "col.column": "Cột",
    "col.message": "Nội dung phát hiện",
    "col.deadline": "Thời hạn",
    "col.days_overdue": "Số ngày quá hạn",
    "col.days_late": "Số ngày chậm",
    "col.days_left": "Số ngày còn lại",
    "col.body": "Cơ quan",
    "col.successors": "Cơ quan kế nhiệm",
    "col.template_task": "Nhiệm vụ cấp trên",
    "col.data": "Dữ liệu (JSON)",
    "col.section": "Mục",
    "col.title": "Nội dung",
    "col.template": "Kế hoạch cấp trên",
    "col.template_tasks": "Nhiệm vụ cấp trên áp dụng",
    "col.covered": "Đã cụ thể hóa",
    "col.waived": "Được miễn",
    "col.missing": "Còn thiếu",
    "col.missing_ids": "Nhiệm vụ còn thiếu",
    "col.percent": "Tỷ lệ (%)",
    "col.lead": "Cơ quan chủ trì",
    "col.due": "Thời hạn",
    "col.status": "Tình trạng",
    "col.days": "Số ngày",
    "col.period": "Kỳ",
    "col.count": "Số lượng",
    "col.item": "Nội dung",
    "col.value": "Giá trị",
    "col.no": "TT",
    "col.tasks": "Số nhiệm vụ",
    "col.file_plan": "Tệp",
    "col.issuer": "Cơ quan ban hành",
    "col.overdue": "Nhiệm vụ quá hạn",
    "col.defunct": "Giao cho cơ quan không còn tồn tại",
    "coverage.caption": "Việc cụ thể hóa {template} trong {plan}",
    "col.issued": "Ngày ban hành",
    "col.until": "Chấm dứt hoạt động từ",
    "report": "BÁO CÁO",
    "sheet.summary": "Tổng hợp",
    "sheet.findings": "Phát hiện",
    "sheet.coverage": "Cụ thể hóa",
    "sheet.matrix": "Ma trận",
    "sheet.deadlines": "Thời hạn",
    "sheet.by_body": "Theo cơ quan chủ trì",
    "title": "Báo cáo rà soát việc cụ thể hóa và thực hiện {plans}",
    "subject": "Rà soát việc cụ thể hóa và thực hiện {plans}",
    "title.portfolio": "các kế hoạch thực hiện {template}",
    "as_of": "Ngày xét: {date}",
    "as_of.label": "Ngày xét",
    "generated": "Tạo bởi xhht {version}",
    "summary.files": "Số tệp đã đọc",
    "summary.plans": "Số kế hoạch",
    "summary.tasks": "Số nhiệm vụ",
    "summary.findings": "Số phát hiện",
    "summary.coverage": "Nhiệm vụ cấp trên đã được cụ thể hóa",
    "summary.overdue": "Nhiệm vụ quá hạn",
    "summary.defunct": "Nhiệm vụ còn giao cho cơ quan không còn tồn tại (chủ trì, phối hợp)",
    "summary.unassigned": "Nhiệm vụ chưa có cơ quan chủ trì",
    "sec.summary": "Tổng quan",
    "sec.plans": "Các kế hoạch được rà soát",
    "sec.coverage": "Việc cụ thể hóa nhiệm vụ của kế hoạch cấp trên",
    "sec.matrix": "Ma trận cụ thể hóa theo địa phương",
    "sec.overdue": "Nhiệm vụ quá hạn",
    "sec.defunct": "Nhiệm vụ giao cho cơ quan không còn tồn tại và cơ quan kế nhiệm",
    "sec.unassigned": "Nhiệm vụ chưa có cơ quan chủ trì",
    "sec.deadlines": "Thời hạn theo cơ quan chủ trì",
    "sec.timeline": "Dòng thời gian các thời hạn",
    "sec.findings": "Danh sách phát hiện",
    "sec.late_issuance": "Ban hành kế hoạch chậm",
    "table": "Bảng {n}",
    "none": "Không có.",
    "all": "Tất cả",
    "filter.severity": "Mức",
    "filter.rule": "Quy tắc",
    "filter.body": "Cơ quan",
    "filter.shown": "Đang hiện {n} / {total} phát hiện",
    "explain": "Giải thích",
    "explain.why": "Vì sao",
    "explain.fix": "Cách sửa",
    "chart.coverage": "Biểu đồ: tỷ lệ nhiệm vụ cấp trên đã cụ thể hóa theo mục, {plan}",
    "chart.matrix": "Ma trận: tình trạng cụ thể hóa từng nhiệm vụ cấp trên theo kế hoạch",
    "chart.timeline": "Dòng thời gian: {n} thời hạn, {overdue} quá hạn",
    "cell.covered": "đã cụ thể hóa",
    "cell.waived": "được miễn",
    "cell.missing": "còn thiếu",
    "cell.na": "không áp dụng",
    "without_plan": "Tỉnh, thành phố phải ban hành kế hoạch mà chưa có trong các tệp rà soát: {n}/{total}",
    "partial": "Kế hoạch cấp trên chỉ được mã hóa một phần: đối chiếu chỉ gồm phần đã mã hóa.",
    "recipients": "Nơi nhận",
    "signer": "NGƯỜI LẬP BÁO CÁO",
    "nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "motto": "Độc lập - Tự do - Hạnh phúc",
    "skip": "Bỏ qua, tới nội dung",
    "error.needs-extra": "--format {format} cần gói bổ sung chưa được cài ({module}): pip install 'xhht[reports]'",
}

_EN: dict[str, str] = {
    "col.code": "Code",
    "col.rule": "Rule",
    "col.severity": "Severity",
    "col.plan": "Plan",
    "col.task": "Task",
    "col.file": "File",
    "col.line": "Line",
    "col.column": "Column",
    "col.message": "Message",
    "col.deadline": "Deadline",
    "col.days_overdue": "Days overdue",
    "col.days_late": "Days late",
    "col.days_left": "Days left",
    "col.body": "Body",
    "col.successors": "Successor bodies",
    "col.template_task": "Template task",
    "col.data": "Data (JSON)",
    "col.section": "Section",
    "col.title": "Title",
    "col.template": "Template",
    "col.template_tasks": "Applicable template tasks",
    "col.covered": "Covered",
    "col.waived": "Waived",
    "col.missing": "Missing",
    "col.missing_ids": "Missing tasks",
    "col.percent": "Covered (%)",
    "col.lead": "Lead body",
    "col.due": "Deadline",
    "col.status": "Status",
    "col.days": "Days",
    "col.period": "Period",
    "col.count": "Count",
    "col.item": "Item",
    "col.value": "Value",
    "col.no": "No.",
    "col.tasks": "Tasks",
    "col.file_plan": "File",
    "col.issuer": "Issuer",
    "col.overdue": "Overdue tasks",
    "col.defunct": "Assigned to defunct bodies",
    "coverage.caption": "Coverage of {template} by {plan}",
    "col.issued": "Issued",
    "col.until": "Ended on",
    "report": "REPORT",
    "sheet.summary": "Summary",
    "sheet.findings": "Findings",
    "sheet.coverage": "Coverage",
    "sheet.matrix": "Matrix",
    "sheet.deadlines": "Deadlines",
    "sheet.by_body": "By lead body",
    "title": "Review of the implementation of {plans}",
    "subject": "Review of the implementation of {plans}",
    "title.portfolio": "the plans implementing {template}",
    "as_of": "As of {date}",
    "as_of.label": "As of",
    "generated": "Made with xhht {version}",
    "summary.files": "Files read",
    "summary.plans": "Plans",
    "summary.tasks": "Tasks",
    "summary.findings": "Findings",
    "summary.coverage": "Template tasks covered",
    "summary.overdue": "Overdue tasks",
    "summary.defunct": "Tasks still assigned to bodies that no longer exist (lead or cooperating)",
    "summary.unassigned": "Tasks without a lead body",
    "sec.summary": "Summary",
    "sec.plans": "Plans reviewed",
    "sec.coverage": "Coverage of the template's tasks",
    "sec.matrix": "Coverage matrix by plan",
    "sec.overdue": "Overdue tasks",
    "sec.defunct": "Tasks held by bodies that no longer exist, and their successors",
    "sec.unassigned": "Tasks without a lead body",
    "sec.deadlines": "Deadlines by lead body",
    "sec.timeline": "Timeline of deadlines",
    "sec.findings": "Findings",
    "sec.late_issuance": "Late issuance",
    "table": "Table {n}",
    "none": "None.",
    "all": "All",
    "filter.severity": "Severity",
    "filter.rule": "Rule",
    "filter.body": "Body",
    "filter.shown": "Showing {n} of {total} findings",
    "explain": "Explanation",
    "explain.why": "Why",
    "explain.fix": "How to fix",
    "chart.coverage": "Chart: share of template tasks covered, by section, {plan}",
    "chart.matrix": "Matrix: coverage of each template task by each plan",
    "chart.timeline": "Timeline: {n} deadlines, {overdue} overdue",
    "cell.covered": "covered",
    "cell.waived": "waived",
    "cell.missing": "missing",
    "cell.na": "not applicable",
    "without_plan": "Provinces that had to issue a plan and have none among the files reviewed: {n} of {total}",
    "partial": "The template is only partly encoded: counterpart checks cover what is encoded.",
    "recipients": "Recipients",
    "signer": "PREPARED BY",
    "nation": "SOCIALIST REPUBLIC OF VIETNAM",
    "motto": "Independence - Freedom - Happiness",
    "skip": "Skip to content",
    "error.needs-extra": "--format {format} needs an extra package that is not installed ({module}): "
    "pip install 'xhht[reports]'",
}

_LABELS = {"vi": _VI, "en": _EN}

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def label(key: str, lang: str, /, **args: Any) -> str:
    """A report word in `lang` (English where Vietnamese has none), formatted with `args`."""
    table = _LABELS.get(lang, _EN)
    template = table.get(key) or _EN.get(key)
    if template is None:  # a status or severity word shared with the terminal formats
        return text(key, lang, **args)
    return template.format(**args) if args else template


def iso_date(value: object) -> date | None:
    """A YYYY-MM-DD string (as `data` and statuses carry dates) as a date; anything else as None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def long_date(value: object, lang: str) -> str:
    """A date as an office writes it: 30/9/2020 (Vietnamese), 30 September 2020 (English); other text as it is."""
    day = iso_date(value)
    if day is None:
        return "" if value is None else str(value)
    if lang == "vi":
        return f"{day.day}/{day.month}/{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def number(value: int, lang: str) -> str:
    """A whole number with thousands grouped: 1.234 (Vietnamese), 1,234 (English)."""
    grouped = f"{value:,}"
    return grouped.replace(",", ".") if lang == "vi" else grouped


def percent_text(value: float, lang: str) -> str:
    """A percentage as written: 98,1 % (Vietnamese), 98.1 % (English)."""
    shown = f"{value:.1f}".removesuffix(".0")
    return (shown.replace(".", ",") if lang == "vi" else shown) + " %"


def percent(part: int, whole: int) -> float:
    """`part` of `whole` in percent, one decimal; 100 when there is nothing to cover."""
    return round(100.0 * part / whole, 1) if whole else 100.0


_KINDS = {
    # ký hiệu of the kind of document -> its name (Nghị định 30/2020/NĐ-CP, Phụ lục III), vi and en
    "QĐ": ("Quyết định", "Decision"),
    "KH": ("Kế hoạch", "Plan"),
    "CT": ("Chỉ thị", "Directive"),
    "NQ": ("Nghị quyết", "Resolution"),
    "KL": ("Kết luận", "Conclusion"),
    "TT": ("Thông tư", "Circular"),
    "NĐ": ("Nghị định", "Decree"),
    "CV": ("Công văn", "Official letter"),
}


def doc_name(doc: Any, lang: str) -> str | None:
    """A document as people name it, by its kind and số hiệu: Kế hoạch 211/KH-UBND, Quyết định 489/QĐ-TTg (Plan
    211/KH-UBND, Decision 489/QĐ-TTg); the number alone when its kind is not one of the usual ones; None without
    a number."""
    number = getattr(doc, "number", None)
    if not number:
        return None
    found = re.search(r"(?:^|[/-])(QĐ|KH|CT|NQ|KL|TT|NĐ|CV)(?:-|/|$)", str(number))
    kind = _KINDS[found.group(1)][0 if lang == "vi" else 1] if found else None
    return f"{kind} {number}" if kind else str(number)


_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold (control characters, and the lone surrogates Python uses for the bytes of a file
name that is not UTF-8)."""


def clean(value: str) -> str:
    """`value` with every character XML (and so xlsx, docx and a web page) cannot hold replaced by U+FFFD, so that a
    hostile name cannot stop the document from being written or opened."""
    return _ILLEGAL.sub("\ufffd", value)


class ReportError(ConfigError):
    """A report that cannot be written as asked (no `-o` for a binary format, a missing extra): a usage error, in
    one line, in the user's language."""

    def message(self, lang: str) -> str:
        return label(self.key, lang, **self.values)


def require(module: str, fmt: str) -> Any:
    """Import `module` for the format `fmt`, or raise the one-line message naming the extra that installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ReportError("error.needs-extra", format=fmt, module=module) from None
