"""`xhht explain` text of the progress report entry rules (S010, C005, C006; see `xhht_cli.entries`), vi and en."""

from __future__ import annotations

from xhht_cli.explain import Doc, _ex

_S010_EXAMPLE = _ex(
    "entries:",
    "  - {task: II.1.d, status: done, completed: 2020-12-10}",
    "  - {task: II.1.d, status: in_progress}   # cùng nhiệm vụ / same task",
)
_C005_EXAMPLE = _ex(
    "entries:",
    "  - task: III.1.3        # deadline: hằng năm",
    "    status: done",
    "    completed: 2021-12-20 # thiếu / no 'period: 2021'",
)
_C006_EXAMPLE = _ex(
    "report:",
    "  date: 2021-06-30",
    "entries:",
    "  - task: II.1.d",
    "    status: done",
    "    completed: 2021-12-10   # sau ngày báo cáo / after the report's date",
)

DOCS: dict[str, dict[str, Doc]] = {
    "S010": {
        "vi": Doc(
            summary="Hai mục của một báo cáo tiến độ nói về cùng nhiệm vụ và cùng kỳ ('period') nhưng ghi khác "
            "nhau ('status' hoặc 'completed').",
            why="Báo cáo tự mâu thuẫn thì không biết nhiệm vụ đã xong hay chưa; xhht không chọn giúp mục nào "
            "đúng mà báo cả hai chỗ để người lập báo cáo quyết định.",
            fix="Giữ một mục đúng theo hồ sơ và xóa mục kia; nếu hai mục là hai kỳ khác nhau thì sửa 'period'.",
            example=_S010_EXAMPLE,
        ),
        "en": Doc(
            summary="Two entries of one progress report are about the same task and period ('period') but say "
            "different things ('status' or 'completed').",
            why="A report that contradicts itself does not say whether the task is done; xhht does not pick one "
            "for you, it points at both so that whoever wrote the report decides.",
            fix="Keep the entry the records support and remove the other; if they are two different years, fix "
            "'period'.",
            example=_S010_EXAMPLE,
        ),
    },
    "C005": {
        "vi": Doc(
            summary="Mục báo cáo không khớp kỳ của nhiệm vụ nên không được tính: nhiệm vụ hằng năm mà mục không "
            "ghi 'period'; nhiệm vụ một thời hạn hay thường xuyên mà mục có 'period'; hoặc 'period' trước năm "
            "kế hoạch ban hành hay sau năm của báo cáo.",
            why="Mục không khớp kỳ thì không khép được kỳ nào: nhiệm vụ vẫn bị tính quá hạn (D001) dù báo cáo đã "
            "ghi hoàn thành; trước đây mục đó bị bỏ qua mà không báo gì.",
            fix="Nhiệm vụ hằng năm: thêm 'period: <năm>' (mỗi năm một mục). Nhiệm vụ một thời hạn: bỏ 'period'. "
            "Kỳ ghi nhầm năm thì sửa lại theo năm thực hiện.",
            example=_C005_EXAMPLE,
        ),
        "en": Doc(
            summary="A report entry does not fit the task's periods and counts for nothing: a yearly task's entry "
            "without 'period'; a 'period' on a one-off or ongoing task; or a 'period' before the year the plan "
            "was issued or after the report's year.",
            why="An entry that fits no period settles none: the task is still counted overdue (D001) although the "
            "report says it is done; such entries used to be dropped without a word.",
            fix="Yearly task: add 'period: <year>' (one entry per year). One-off task: remove 'period'. A wrong "
            "year: correct it to the year the work was for.",
            example=_C005_EXAMPLE,
        ),
    },
    "C006": {
        "vi": Doc(
            summary="Ngày hoàn thành ('completed') của mục báo cáo trước ngày ban hành kế hoạch ('plan.issued') "
            "hoặc sau ngày của chính báo cáo ('report.date').",
            why="Nhiệm vụ không thể hoàn thành trước khi được giao, và báo cáo không thể ghi việc chưa xảy ra: "
            "ngày như vậy thường là gõ nhầm năm, làm sai phân loại đúng hạn / muộn hạn (D007).",
            fix="Sửa 'completed' theo ngày trên văn bản hay sản phẩm hoàn thành; nếu ngày báo cáo ghi nhầm thì "
            "sửa 'report.date'.",
            example=_C006_EXAMPLE,
        ),
        "en": Doc(
            summary="A report entry's 'completed' date is before the plan was issued ('plan.issued') or after the "
            "report's own date ('report.date').",
            why="A task cannot be done before it was assigned, and a report cannot record what has not happened: "
            "such a date is usually a mistyped year, and it skews the on-time / late split (D007).",
            fix="Correct 'completed' from the dated output or document; if the report's date is the mistake, fix "
            "'report.date'.",
            example=_C006_EXAMPLE,
        ),
    },
}
