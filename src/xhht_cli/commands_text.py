"""The words of `xhht report new`, `xhht diff` and `xhht deadlines --format ics`: skeleton comments, change
descriptions, calendar texts and their usage errors.

Part of the text catalogue (`xhht_cli.catalogue`), like `xhht_cli.ui_text`.
"""

from __future__ import annotations

from xhht_cli.catalogue import T

COMMANDS: dict[str, T] = {
    # `xhht report new`: the comments of a report skeleton
    "report.head": T("Báo cáo tiến độ thực hiện {plan}", "Progress report on {plan}"),
    "report.made": T(
        "Tạo bằng `{command}` ngày {date}; kỳ báo cáo: năm {period}.",
        "Made by `{command}` on {date}; reporting period: {period}.",
    ),
    "report.count": T(
        "{n} trong {total} nhiệm vụ cần báo cáo (nhiệm vụ đã hoàn thành hay đã hủy theo các báo cáo đã có được "
        "bỏ qua).",
        "{n} of {total} tasks to report on (tasks that earlier reports record done or cancelled are left out).",
    ),
    "report.fill": T(
        (
            "Điền từng mục: đổi 'status', bỏ dấu # trước 'completed' và 'evidence'; rồi kiểm tra bằng xhht check <tệp "
            "kế hoạch> <tệp báo cáo>."
        ),
        (
            "Fill in each entry: change 'status', remove the # before 'completed' and 'evidence'; then check with xhht "
            "check <plan file> <report file>."
        ),
    ),
    "report.keys": T("Các khóa của mỗi mục trong 'entries':", "The keys of each entry under 'entries':"),
    "report.key.task": T("mã nhiệm vụ trong kế hoạch (giữ nguyên)", "the task's id in the plan (keep it)"),
    "report.key.status": T("tình trạng, một trong:", "status, one of:"),
    "report.status.not_started": T("chưa thực hiện", "chưa thực hiện (not started)"),
    "report.status.in_progress": T("đang thực hiện", "đang thực hiện (in progress)"),
    "report.status.done": T("hoàn thành (ghi ngày vào 'completed')", "hoàn thành (done; give the date in 'completed')"),
    "report.status.cancelled": T("hủy, không thực hiện nữa", "hủy (cancelled: no longer to be done)"),
    "report.key.completed": T(
        "ngày hoàn thành, dạng YYYY-MM-DD; bắt buộc khi status: done; không sau ngày báo cáo",
        "the day it was done, YYYY-MM-DD; required with status: done; not after the report's date",
    ),
    "report.key.period": T(
        "năm của kỳ, chỉ với nhiệm vụ hằng năm (giữ nguyên)", "the year of the period, only for yearly tasks (keep it)"
    ),
    "report.key.evidence": T(
        "văn bản, sản phẩm chứng minh (số, ký hiệu, ngày)", "the document or output that shows it (number, date)"
    ),
    "report.key.note": T("ghi chú (không bắt buộc)", "a note (optional)"),
    "report.key.plan": T("mã kế hoạch (plan.id), giữ nguyên", "the plan's id (plan.id), keep it"),
    "report.key.by": T("cơ quan báo cáo", "the reporting body"),
    "report.key.date": T("ngày báo cáo, dạng YYYY-MM-DD", "the report's date, YYYY-MM-DD"),
    "report.key.reference": T("số, ký hiệu của báo cáo (không bắt buộc)", "the report's own number (optional)"),
    "report.none": T("không còn nhiệm vụ nào cần báo cáo", "no task is left to report on"),
    "report.no-lead": T("chưa có", "none"),
    "report.task-line": T("chủ trì: {lead}; hạn: {due}", "lead: {lead}; due: {due}"),
    "report.due.none": T("không có thời hạn", "no deadline"),
    "report.written": T("xhht: đã ghi {path}: {n} mục", "xhht: wrote {path}: {n} entries"),
    "error.report-new.invalid": T(
        "{path} có lỗi nặng nên chưa lập được báo cáo; hãy chạy: xhht validate {path}",
        "{path} has fatal errors, so no report can be made from it yet; run: xhht validate {path}",
    ),
    "error.report-new.not-a-plan": T(
        "{path} không phải tệp kế hoạch (format: xhht/plan@1)", "{path} is not a plan file (format: xhht/plan@1)"
    ),
    "error.report-new.by": T(
        "--by: không có cơ quan «{name}» trong danh mục cho địa bàn của kế hoạch; gần nhất: {suggestions}",
        "--by: no body «{name}» in the registry for the plan's jurisdiction; closest: {suggestions}",
    ),
    # `xhht diff`
    "diff.title": T("So sánh hai phiên bản kế hoạch", "Two versions of a plan compared"),
    "diff.head": T("So sánh {old}\n     với {new}", "Comparing {old}\n     with {new}"),
    "diff.old": T("Bản cũ", "Old"),
    "diff.new": T("Bản mới", "New"),
    "diff.added": T("thêm nhiệm vụ: {new}", "task added: {new}"),
    "diff.removed": T("bỏ nhiệm vụ: {old}", "task removed: {old}"),
    "diff.renumbered": T("đánh số lại: {old} → {new}", "renumbered: {old} → {new}"),
    "diff.field.text": T("nội dung", "text"),
    "diff.field.lead": T("chủ trì", "lead"),
    "diff.field.cooperating": T("phối hợp", "cooperating"),
    "diff.field.deadline": T("thời hạn", "deadline"),
    "diff.field.implements": T("thực hiện nhiệm vụ cấp trên", "implements"),
    "diff.field.requires_plans": T("yêu cầu ban hành kế hoạch", "requires_plans"),
    "diff.field.id": T("mã kế hoạch", "plan id"),
    "diff.field.number": T("số, ký hiệu", "number"),
    "diff.field.title": T("tên văn bản", "title"),
    "diff.field.issuer": T("cơ quan ban hành", "issuer"),
    "diff.field.level": T("cấp", "level"),
    "diff.field.jurisdiction": T("địa bàn", "jurisdiction"),
    "diff.field.issued": T("ngày ban hành", "issued"),
    "diff.field.status": T("trạng thái", "status"),
    "diff.field.waived": T("miễn trừ", "waived"),
    "diff.field.target": T("chỉ tiêu {id}", "target {id}"),
    "diff.suspects": T(
        "Nhiệm vụ của kế hoạch địa phương cần xem lại ({n})", "Tasks of local plans to look at again ({n})"
    ),
    "diff.suspect.removed": T(
        "thực hiện nhiệm vụ {implements} đã bị bỏ ở bản mới", "implements {implements}, removed in the new version"
    ),
    "diff.suspect.renumbered": T(
        "thực hiện nhiệm vụ {implements}, ở bản mới đã đánh số lại thành {detail}",
        "implements {implements}, renumbered as {detail} in the new version",
    ),
    "diff.suspect.changed": T(
        "thực hiện nhiệm vụ {implements}, ở bản mới đã đổi: {detail}",
        "implements {implements}, changed in the new version: {detail}",
    ),
    "diff.identical": T("Hai phiên bản giống nhau.", "The two versions are the same."),
    "diff.summary": T(
        (
            "Tổng: {added} nhiệm vụ thêm, {removed} bỏ, {renumbered} đánh số lại, {changed} thay đổi của nhiệm vụ, "
            "{plan} thay đổi chung; {suspects} nhiệm vụ địa phương cần xem lại"
        ),
        (
            "Total: {added} task(s) added, {removed} removed, {renumbered} renumbered, {changed} task change(s), "
            "{plan} plan-level change(s); {suspects} local task(s) to look at again"
        ),
    ),
    "diff.col.task": T("Nhiệm vụ", "Task"),
    "diff.col.change": T("Thay đổi", "Change"),
    "diff.col.where": T("Vị trí", "Where"),
    "diff.col.plan": T("Kế hoạch", "Plan"),
    "diff.col.reason": T("Lý do", "Why"),
    "error.diff.not-a-plan": T(
        "{path} không phải tệp kế hoạch (format: xhht/plan@1)", "{path} is not a plan file (format: xhht/plan@1)"
    ),
    "error.diff.invalid": T(
        "{path} có lỗi nặng nên chưa so sánh được; hãy chạy: xhht validate {path}",
        "{path} has fatal errors, so it cannot be compared yet; run: xhht validate {path}",
    ),
    # `xhht deadlines --format ics`
    "ics.calendar": T("Thời hạn nhiệm vụ (xhht)", "Task deadlines (xhht)"),
    "ics.overdue": T("[QUÁ HẠN]", "[OVERDUE]"),
    "ics.plan": T("{plan}, nhiệm vụ {task}", "{plan}, task {task}"),
    "ics.lead": T("Cơ quan chủ trì: {lead}", "Lead: {lead}"),
    "ics.due": T("Thời hạn: {due}{period}; tình trạng: {status}", "Due: {due}{period}; status: {status}"),
    "ics.period": T(" (kỳ năm {period})", " (period {period})"),
    "error.ics-view": T(
        "định dạng ics chỉ dùng với lệnh deadlines (xhht deadlines PATH --format ics)",
        "the ics format is for the deadlines command only (xhht deadlines PATH --format ics)",
    ),
    "error.extra-missing": T(
        "định dạng {format} cần thư viện {package}; hãy cài: pip install 'xhht[{extra}]'",
        "the {format} format needs the {package} library; install it with: pip install 'xhht[{extra}]'",
    ),
}
