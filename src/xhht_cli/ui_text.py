"""The words of the human output (text and Markdown): the summary, grouped findings, table titles and columns.

Part of the text catalogue (`xhht_cli.catalogue`), with the fragments finding messages are made of (roles, kinds,
"did you mean"); finding messages live with their rules (`xhht_cli.rules`). Vietnamese reads as an official would
write it: "cơ quan chủ trì", "miễn trừ", "Mức độ cụ thể hóa …", documents by their số, ký hiệu, dates dd/mm/yyyy (the
callers format them).
"""

from __future__ import annotations

from xhht_cli.catalogue import T

UI: dict[str, T] = {
    # fragments
    "hint.did-you-mean": T("; có phải: {x}?", "; did you mean: {x}?"),
    "kind.task": T("nhiệm vụ", "task"),
    "kind.target": T("chỉ tiêu", "target"),
    "kind.waiver": T("nhiệm vụ hay chỉ tiêu", "task or target"),
    "role.lead": T("cơ quan chủ trì", "lead body"),
    "role.cooperating": T("cơ quan phối hợp", "cooperating body"),
    "role.issuer": T("cơ quan ban hành", "issuer"),
    # interface
    "ui.no-findings": T("Không có phát hiện nào.", "No findings."),
    "ui.jobs.failed": T(
        "xhht: một tiến trình con bị lỗi ({reason}); phần việc của tiến trình đó được kiểm tra trong tiến trình chính",
        "xhht: a worker process failed ({reason}); its part is checked in the main process",
    ),
    "ui.jobs.capped": T(
        "xhht: --jobs {asked} vượt số CPU được dùng; chỉ chạy {cores} tiến trình",
        "xhht: --jobs {asked} is more than the CPUs this process may use; using {cores} processes",
    ),
    "ui.no-libyaml": T(
        (
            "xhht: cảnh báo: PyYAML được cài không có libyaml nên đọc YAML chậm hơn khoảng 10 lần; hãy cài libyaml "
            "(gói libyaml-dev) rồi cài lại PyYAML: pip install --force-reinstall --no-cache-dir PyYAML"
        ),
        (
            "xhht: warning: PyYAML is installed without libyaml, so reading YAML is about 10 times slower; install "
            "libyaml (the libyaml-dev package), then reinstall PyYAML: pip install --force-reinstall --no-cache-dir "
            "PyYAML"
        ),
    ),
    "ui.severity.error": T("lỗi", "error"),
    "ui.severity.warning": T("cảnh báo", "warning"),
    "ui.severity.info": T("thông tin", "info"),
    "ui.skipped": T(
        "{n} tệp YAML không phải của xhht đã bỏ qua", "{n} YAML file(s) that are not xhht files were skipped"
    ),
    "ui.draft": T(
        "{plan} là dự thảo: chưa có số, ký hiệu và ngày ban hành; thời hạn được xét theo ngày {as_of}",
        "{plan} is a draft: no number or issue date yet; deadlines are judged as of {as_of}",
    ),
    "ui.unchecked": T(
        "{n} tệp lỗi nặng không được kiểm tra chéo: {files}",
        "{n} file(s) with fatal errors left out of cross-file checks: {files}",
    ),
    "ui.status.done_on_time": T("hoàn thành đúng hạn", "done on time"),
    "ui.status.done_late": T("hoàn thành muộn", "done late"),
    "ui.status.open": T("trong hạn", "open, within deadline"),
    "ui.status.overdue": T("quá hạn", "overdue"),
    "ui.status.ongoing": T("thường xuyên", "ongoing"),
    "ui.status.cancelled": T("đã hủy", "cancelled"),
    "ui.status.no_deadline": T("không có hạn", "no deadline"),
    "ui.explain.unknown": T("không có mã {code}; các mã: {codes}", "no code {code}; codes: {codes}"),
    "ui.explain.severity": T("Mức mặc định", "Default severity"),
    "ui.explain.summary": T("Kiểm tra", "Checks"),
    "ui.explain.why": T("Vì sao", "Why"),
    "ui.explain.fix": T("Cách sửa", "How to fix"),
    "ui.explain.example": T("Ví dụ", "Example"),
    "ui.verbose.skipped": T(
        "xhht: bỏ qua (không có khóa `format: xhht/…`): {name}", "xhht: skipped (no `format: xhht/…` key): {name}"
    ),
    "ui.error": T("lỗi", "error"),
    # the summary
    "ui.doc.dated": T("ngày {date}", "of {date}"),
    "ui.doc.by": T("của {issuer}", "by {issuer}"),
    "ui.doc.implements": T("thực hiện {template}", "implementing {template}"),
    "ui.doc.draft": T("Dự thảo kế hoạch", "Draft plan"),
    "ui.doc.unnumbered": T("Kế hoạch chưa có số, ký hiệu", "Plan without a number"),
    "ui.doc.file": T("kế hoạch trong tệp {file}", "the plan in {file}"),
    "ui.counts": T("Ngày {as_of}: {counts}", "As of {as_of}: {counts}"),
    "ui.counts.files": T("Kiểm tra tệp: {counts}", "File checks: {counts}"),
    "ui.files.count": T(
        "{files} tệp, {plans} kế hoạch, {tasks} nhiệm vụ", "{files} file(s), {plans} plan(s), {tasks} task(s)"
    ),
    "ui.info-hidden": T("(thông tin không liệt kê; xem: --show-info)", "(info not listed; to list: --show-info)"),
    "ui.fact.late": T(
        "Ban hành chậm {days} so với thời hạn {deadline} (nhiệm vụ {task} của {template}).",
        "Issued {days} after the deadline {deadline} (task {task} of {template}).",
    ),
    "ui.fact.unissued": T(
        "Chưa ban hành, đã chậm {days} so với thời hạn {deadline} (nhiệm vụ {task} của {template}).",
        "Not issued yet, {days} after the deadline {deadline} (task {task} of {template}).",
    ),
    "ui.fact.overdue": T(
        "{n} nhiệm vụ quá hạn; lâu nhất là {task} (hạn {deadline}), quá hạn {days}.",
        "{n} task(s) overdue; the oldest is {task} (due {deadline}), by {days}.",
    ),
    "ui.fact.missing": T(
        "Thiếu {n} nhiệm vụ, chỉ tiêu của {template}: {items}.",
        "{n} task(s) or target(s) of {template} missing: {items}.",
    ),
    "ui.fact.defunct": T(
        "{n} cơ quan đã chấm dứt hoạt động vẫn được giao {tasks} lượt nhiệm vụ.",
        "Bodies that ceased to exist: {n}, still holding {tasks} task assignment(s).",
    ),
    "ui.fact.defunct-issuer": T(
        "Cơ quan ban hành kế hoạch đã chấm dứt hoạt động.", "The body that issued the plan has ceased to exist."
    ),
    "ui.fact.coverage": T(
        "Thực hiện {template}: cụ thể hóa {covered}/{total} nhiệm vụ; {waived} miễn trừ, {missing} thiếu.",
        "Implements {template}: covers {covered}/{total} tasks; {waived} waived, {missing} missing.",
    ),
    "ui.fact.targets": T("Chỉ tiêu: {covered}/{total}.", "Targets: {covered}/{total}."),
    "ui.short.late": T("ban hành chậm {days}", "issued {days} late"),
    "ui.short.overdue": T("{n} nhiệm vụ quá hạn", "{n} overdue"),
    "ui.short.coverage": T("cụ thể hóa {covered}/{total}", "covers {covered}/{total}"),
    # grouped findings
    "ui.findings": T("Lỗi và cảnh báo", "Errors and warnings"),
    "ui.findings.all": T("Các phát hiện", "Findings"),
    "ui.findings.in": T.both("{title}: {file}"),
    "ui.defunct": T(
        "«{body}» đã chấm dứt hoạt động từ ngày {ended}; nhiệm vụ chuyển cho: {successors}",
        "«{body}» ceased to exist on {ended}; its tasks passed to: {successors}",
    ),
    "ui.defunct.none": T(
        "«{body}» đã chấm dứt hoạt động từ ngày {ended}; danh mục không ghi cơ quan nhận nhiệm vụ",
        "«{body}» ceased to exist on {ended}; the registry names no body that took over its tasks",
    ),
    "ui.defunct.role": T.both("{role}: {tasks}"),
    "ui.defunct.issuer": T("là cơ quan ban hành kế hoạch", "issuer of the plan"),
    "ui.defunct.lead": T("chủ trì", "lead"),
    "ui.defunct.cooperating": T("phối hợp", "cooperating on"),
    "ui.tasks": T("{n} nhiệm vụ", "{n} tasks"),
    "ui.more": T("và {n} mục khác", "and {n} more"),
    "ui.group.D001": T(
        "{n} nhiệm vụ quá hạn, chưa có báo cáo hoàn thành:", "{n} tasks overdue with no report of completion:"
    ),
    "ui.group.D003": T(
        "{n} nhiệm vụ có thời hạn muộn hơn thời hạn tại {template_doc}:",
        "{n} tasks due later than their counterparts in {template_doc}:",
    ),
    "ui.group.C004": T(
        "phải ban hành kế hoạch riêng, chưa có trong các tệp kiểm tra:",
        "must issue its own plan, but none is among the checked files:",
    ),
    "ui.group.C001": T(
        "{n} nhiệm vụ của {template_doc} chưa có nhiệm vụ thực hiện:",
        "{n} tasks of {template_doc} that no task implements:",
    ),
    "ui.row.C001": T("{title} (cơ quan chủ trì: {lead})", "{title} (lead: {lead})"),
    "ui.row.D001": T(
        "quá hạn {days_overdue}; hạn {deadline} («{text}»)", "overdue by {days_overdue}; due {deadline} («{text}»)"
    ),
    "ui.row.D001.yearly": T(
        "{count} kỳ hằng năm ({periods}) quá hạn; kỳ đầu quá hạn {days_overdue}",
        "{count} yearly periods overdue ({periods}); the earliest by {days_overdue}",
    ),
    "ui.row.D003": T(
        "{deadline}, muộn hơn {days_later} so với nhiệm vụ {template_task} ({template_deadline})",
        "{deadline}, {days_later} later than task {template_task} ({template_deadline})",
    ),
    "ui.row.C004": T("«{body}» (hạn: {deadline})", "«{body}» (deadline: {deadline})"),
    "ui.row.C004.none": T.both("«{body}»"),
    # tables
    "ui.coverage": T("Mức độ cụ thể hóa {template} trong {plan}", "Coverage of {template} by {plan}"),
    "ui.coverage.partial": T(
        "kế hoạch cấp trên chỉ được mã hóa một phần: đối chiếu chỉ gồm phần đã mã hóa",
        "the template is only partly encoded: counterpart checks cover what is encoded",
    ),
    "ui.coverage.rest": T("{n} mục khác, đủ cả", "{n} other sections, all covered"),
    "ui.coverage.all": T("cả {n} mục đều đủ", "all {n} sections covered"),
    "ui.portfolio": T("Mức độ cụ thể hóa {template} trong {n} kế hoạch", "Coverage of {template} by {n} plans"),
    "ui.portfolio.legend": T(
        "{covered} có nhiệm vụ tương ứng, {missing} thiếu, {waived} miễn trừ, {na} không áp dụng",
        "{covered} covered, {missing} missing, {waived} waived, {na} not applicable",
    ),
    "ui.portfolio.page": T("Trang {page}/{pages}", "Page {page}/{pages}"),
    "ui.portfolio.all-covered": T(
        "{n} nhiệm vụ mọi kế hoạch đều có nhiệm vụ tương ứng: {tasks}.", "{n} tasks that every plan covers: {tasks}."
    ),
    "ui.portfolio.none-concerned": T(
        "{n} nhiệm vụ không áp dụng cho kế hoạch nào: {tasks}.", "{n} tasks that concern none of the plans: {tasks}."
    ),
    "ui.portfolio.full": T(
        "Bảng đầy đủ: --format markdown hoặc --format json (khóa portfolio).",
        "The full matrix: --format markdown or --format json (key portfolio).",
    ),
    "ui.portfolio.without": T(
        "{n}/{total} tỉnh, thành phố phải ban hành kế hoạch chưa có kế hoạch trong các tệp kiểm tra: {names}",
        "{n}/{total} provinces that had to issue a plan have none among the checked files: {names}",
    ),
    "ui.deadlines": T("Tình hình thực hiện tính đến ngày {as_of}", "Deadlines as of {as_of}"),
    "ui.bodies": T("Danh mục cơ quan, tổ chức tại ngày {as_of}", "Bodies and groups as of {as_of}"),
    "ui.bodies.no-plans": T(
        "Số nhiệm vụ chỉ được tính khi có kế hoạch: xhht bodies KẾ_HOẠCH…",
        "Tasks are counted only with plans: xhht bodies PLAN…",
    ),
    "ui.col.section": T("Mục", "Section"),
    "ui.col.title": T("Nội dung", "Title"),
    "ui.col.template": T("Nhiệm vụ cấp trên", "Template tasks"),
    "ui.col.covered": T("Đã có", "Covered"),
    "ui.col.waived": T("Miễn trừ", "Waived"),
    "ui.col.missing": T("Thiếu", "Missing"),
    "ui.col.targets": T("Chỉ tiêu", "Targets"),
    "ui.col.where": T("Vị trí", "Where"),
    "ui.col.severity": T("Mức độ", "Severity"),
    "ui.col.code": T("Mã", "Code"),
    "ui.col.message": T("Nội dung", "Message"),
    "ui.col.plan": T("Kế hoạch", "Plan"),
    "ui.col.task": T("Nhiệm vụ", "Task"),
    "ui.col.lead": T("Cơ quan chủ trì", "Lead body"),
    "ui.col.due": T("Thời hạn", "Due"),
    "ui.col.status": T("Tình trạng", "Status"),
    "ui.col.days": T("Số ngày quá hạn", "Days overdue"),
    "ui.col.body": T("Cơ quan", "Body"),
    "ui.col.exists": T("Còn hoạt động", "Exists"),
    "ui.col.successors": T("Cơ quan kế nhiệm", "Successors"),
    "ui.col.open": T("Đang thực hiện", "Open"),
    "ui.col.overdue": T("Quá hạn", "Overdue"),
    "ui.total": T("Tổng", "Total"),
    "ui.yes": T("có", "yes"),
    "ui.no": T("không", "no"),
    "ui.ended": T("đến {date}", "until {date}"),
}
