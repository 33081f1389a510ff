"""`xhht schema`: the JSON Schema of each file kind, with a description (Vietnamese, then English) on every key.

Editors (yaml-language-server) show a key's description on hover and in completion. The descriptions live here,
not on the models, so that validating a file builds nothing it does not use; a test asserts that every property of
every schema has one, and that no description names a key the models do not have.
"""

from __future__ import annotations

from typing import Any

from xhht_cli.models import MODEL_BY_KIND

_STATUS = (
    "Tình trạng: not_started = chưa thực hiện; in_progress = đang thực hiện; done = hoàn thành (ghi 'completed'); "
    "cancelled = hủy, không thực hiện nữa.",
    "Status: not_started, in_progress, done (with 'completed') or cancelled.",
)
_LEVELS = "national | province | district | commune | agency"
_BODY_LEVELS = "central | province | district | commune | agency"

#: model name -> key -> (vi, en); the key "" describes the model itself.
DESCRIPTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "PlanFile": {
        "": ("Một kế hoạch (văn bản hành chính) mã hóa thành YAML.", "One plan (an administrative document) in YAML."),
        "format": ("Luôn là xhht/plan@1.", "Always xhht/plan@1."),
        "plan": ("Thông tin về văn bản: mã, số hiệu, cơ quan ban hành, ngày…", "The document: id, number, issuer…"),
        "sections": ("Các mục của văn bản, theo số thứ tự của văn bản.", "The document's sections, in its numbering."),
        "targets": ("Chỉ tiêu chung của cả kế hoạch.", "Targets (chỉ tiêu) of the whole plan."),
    },
    "PlanInfo": {
        "": ("Thông tin nhận diện văn bản.", "What identifies the document."),
        "id": (
            "Mã duy nhất của kế hoạch trong mọi tệp: chữ thường, số và '-' (ví dụ haiphong-211-2020).",
            "The plan's id, unique across all files: lower-case letters, digits and '-'.",
        ),
        "number": (
            "Số, ký hiệu như in trên văn bản (211/KH-UBND); bỏ trống với dự thảo chưa có số.",
            "The số, ký hiệu as printed (211/KH-UBND); absent in an unnumbered draft.",
        ),
        "title": ("Trích yếu, tên văn bản.", "The document's title."),
        "issuer": ("Cơ quan ban hành (tên có trong danh mục cơ quan).", "The issuing body (a name in the registry)."),
        "level": (f"Cấp của kế hoạch: {_LEVELS}.", f"The plan's level: {_LEVELS}."),
        "jurisdiction": (
            "Tỉnh, thành phố mà tên cơ quan địa phương thuộc về (ví dụ Hải Phòng); bỏ trống với kế hoạch trung ương.",
            "The province or city whose bodies local names resolve to; absent for a national plan.",
        ),
        "issued": (
            "Ngày ban hành, dạng YYYY-MM-DD; bỏ trống với dự thảo.",
            "Issue date, YYYY-MM-DD; absent in a draft.",
        ),
        "status": (
            "draft = dự thảo; issued = đã ban hành (mặc định); superseded = đã được thay thế.",
            "draft, issued (the default) or superseded.",
        ),
        "implements": (
            "Mã (plan.id) của kế hoạch cấp trên mà kế hoạch này thực hiện; bỏ trống với kế hoạch trung ương.",
            "The id of the template plan this one implements; absent for a national plan.",
        ),
        "source": (
            "Tệp văn bản nguồn (một hay nhiều), đường dẫn tính từ tệp kế hoạch; 'text' phải có nguyên văn trong đó.",
            "The source text file(s), relative to the plan file; every 'text' must occur in it verbatim.",
        ),
        "completeness": (
            "complete (mặc định) hoặc partial: kế hoạch cấp trên chỉ mã hóa một phần.",
            "complete (the default) or partial: a template encoded only in part.",
        ),
        "waived": (
            "Nhiệm vụ, chỉ tiêu cấp trên không áp dụng ở địa phương, kèm lý do.",
            "Template tasks or targets that do not apply locally, with a reason.",
        ),
    },
    "Section": {
        "": ("Một mục của văn bản (I, II.1, …).", "A section of the document (I, II.1, …)."),
        "id": ("Số mục theo văn bản: II.1, III.", "The section's number in the document: II.1, III."),
        "title": ("Tên mục như văn bản ghi.", "The section's heading as written."),
        "tasks": ("Các nhiệm vụ của mục.", "The section's tasks."),
        "targets": ("Chỉ tiêu của mục.", "The section's targets (chỉ tiêu)."),
    },
    "Task": {
        "": ("Một nhiệm vụ: mục nhỏ nhất giao việc.", "A task: the smallest numbered or bulleted item assigning work."),
        "id": (
            "Mã theo cách đánh số của văn bản: II.4.a.2 là gạch đầu dòng thứ hai của II.4.a.",
            "The document's numbering: II.4.a.2 is the second bullet of II.4.a.",
        ),
        "title": ("Tên ngắn tự đặt (không bắt buộc).", "A short label in your own words (optional)."),
        "text": (
            "Nguyên văn nhiệm vụ trong văn bản nguồn (xhht kiểm tra, S009).",
            "The task's words, verbatim from the source (checked: S009).",
        ),
        "lead": ("Cơ quan chủ trì, mỗi cơ quan một dòng.", "Lead bodies (chủ trì), one per item."),
        "cooperating": ("Cơ quan phối hợp, mỗi cơ quan một dòng.", "Cooperating bodies (phối hợp), one per item."),
        "deadline": (
            "Thời hạn như văn bản ghi: 'trong quý III năm 2020', 'trước ngày 10/9/2020', 'hằng năm', 'thường xuyên'.",
            "The deadline as written: 'trong quý III năm 2020', 'trước ngày 10/9/2020', 'hằng năm', 'thường xuyên'.",
        ),
        "requires_plans": (
            "Cơ quan phải ban hành kế hoạch riêng để thực hiện nhiệm vụ, và hạn ban hành.",
            "Bodies that must issue their own implementing plans, and by when.",
        ),
        "implements": (
            "Mã nhiệm vụ của kế hoạch cấp trên mà nhiệm vụ này thực hiện (một hay nhiều).",
            "Ids of the template tasks this task carries out (one or a list).",
        ),
        "source": ("Tệp nguồn riêng của nhiệm vụ (một trong các tệp của kế hoạch).", "The task's own source file."),
    },
    "RequiresPlans": {
        "": ("Yêu cầu ban hành kế hoạch thực hiện.", "A requirement to issue implementing plans."),
        "from": ("Cơ quan hay nhóm phải ban hành kế hoạch.", "Bodies or groups that must issue a plan."),
        "deadline": ("Hạn ban hành kế hoạch, như văn bản ghi.", "The deadline for issuing it, as written."),
    },
    "Target": {
        "": ("Một chỉ tiêu định lượng.", "A quantitative target (chỉ tiêu)."),
        "id": ("Mã chỉ tiêu.", "The target's id."),
        "indicator": (
            "Tên chỉ số (chữ thường, số, '-'); chỉ tiêu cùng chỉ số, cùng năm mới được so.",
            "The indicator (lower-case, digits, '-'); targets compare only with the same indicator and year.",
        ),
        "text": ("Nguyên văn chỉ tiêu trong văn bản nguồn.", "The target's words, verbatim from the source."),
        "unit": ("Đơn vị (mặc định percent).", "The unit (percent by default)."),
        "value": ("Giá trị chỉ tiêu.", "The target value."),
        "by": ("Năm phải đạt.", "The year it is to be reached by."),
        "implements": ("Mã chỉ tiêu cấp trên mà chỉ tiêu này thực hiện.", "The template target it implements."),
        "source": ("Tệp nguồn riêng của chỉ tiêu.", "The target's own source file."),
    },
    "Waiver": {
        "": ("Miễn trừ một nhiệm vụ hay chỉ tiêu cấp trên.", "A waived template task or target."),
        "implements": ("Mã nhiệm vụ hay chỉ tiêu cấp trên được miễn.", "The template task or target waived."),
        "reason": ("Lý do không áp dụng ở địa phương.", "Why it does not apply locally."),
    },
    "ReportFile": {
        "": ("Một báo cáo tiến độ thực hiện kế hoạch.", "A progress report on a plan."),
        "format": ("Luôn là xhht/report@1.", "Always xhht/report@1."),
        "report": ("Thông tin về báo cáo.", "About the report."),
        "entries": (
            "Mỗi nhiệm vụ (hay mỗi kỳ của nhiệm vụ hằng năm) một mục.",
            "One entry per task (per period for a yearly task).",
        ),
    },
    "ReportInfo": {
        "": ("Báo cáo của ai, về kế hoạch nào, ngày nào.", "Who reports on which plan, and when."),
        "plan": ("Mã (plan.id) của kế hoạch được báo cáo.", "The id of the plan reported on."),
        "by": ("Cơ quan báo cáo.", "The reporting body."),
        "date": (
            "Ngày báo cáo, YYYY-MM-DD; chỉ được tính từ ngày này.",
            "The report's date, YYYY-MM-DD; it counts from that day.",
        ),
        "reference": ("Số, ký hiệu của báo cáo (không bắt buộc).", "The report's own number (optional)."),
    },
    "Entry": {
        "": ("Tình hình một nhiệm vụ (hoặc một kỳ hằng năm).", "Where one task (or one yearly period) stands."),
        "task": ("Mã nhiệm vụ trong kế hoạch.", "The task's id in the plan."),
        "status": _STATUS,
        "completed": (
            "Ngày hoàn thành, YYYY-MM-DD; bắt buộc khi done; không trước ngày ban hành kế hoạch, không sau ngày "
            "báo cáo.",
            "The day it was done, YYYY-MM-DD; required with done; not before the plan's issue date nor after the "
            "report's date.",
        ),
        "period": (
            "Năm của kỳ, chỉ với nhiệm vụ hằng năm; không ghi với nhiệm vụ một thời hạn.",
            "The period's year, for a yearly task only; absent for a one-off task.",
        ),
        "evidence": ("Văn bản, sản phẩm chứng minh.", "The document or output that shows it."),
        "note": ("Ghi chú.", "A note."),
    },
    "RegistryFile": {
        "": ("Danh mục cơ quan và nhóm cơ quan.", "The body registry: bodies and groups."),
        "format": ("Luôn là xhht/registry@1.", "Always xhht/registry@1."),
        "bodies": ("Các cơ quan.", "The bodies."),
        "groups": (
            "Các nhóm (ví dụ 'Ủy ban nhân dân cấp tỉnh'): đối tượng chung của nhiệm vụ.",
            "Groups ('Ủy ban nhân dân cấp tỉnh'): collective addressees.",
        ),
    },
    "BodyEntry": {
        "": ("Một cơ quan.", "A body."),
        "id": ("Mã cơ quan (chữ thường, số, '-', '/').", "The body's id (lower-case, digits, '-', '/')."),
        "name": ("Tên đầy đủ.", "The full name."),
        "aliases": ("Các tên gọi khác, tên viết tắt.", "Other names and abbreviations."),
        "level": (f"Cấp: {_BODY_LEVELS}.", f"Level: {_BODY_LEVELS}."),
        "jurisdiction": (
            "Tỉnh, thành phố; tên chỉ được nhận trong kế hoạch cùng địa bàn.",
            "The province or city; its names resolve only in plans of that jurisdiction.",
        ),
        "counterpart_of": ("Cơ quan trung ương tương ứng (mã hay tên).", "The national body it mirrors (id or name)."),
        "since": ("Ngày đầu tiên tồn tại, YYYY-MM-DD.", "The first day it existed, YYYY-MM-DD."),
        "until": ("Ngày cuối cùng tồn tại, YYYY-MM-DD.", "The last day it existed, YYYY-MM-DD."),
        "succeeded_by": (
            "Cơ quan kế nhiệm (mã hay tên), có thể kèm phần chức năng.",
            "Successors (id or name), optionally with the functions each took.",
        ),
        "note": ("Ghi chú.", "A note."),
    },
    "Successor": {
        "": ("Một cơ quan kế nhiệm.", "A successor."),
        "body": ("Cơ quan kế nhiệm (mã hay tên).", "The successor (id or name)."),
        "functions": ("Phần chức năng cơ quan này nhận.", "The functions it took over."),
    },
}
DESCRIPTIONS["GroupEntry"] = DESCRIPTIONS["BodyEntry"] | {
    "": ("Một nhóm cơ quan.", "A group of bodies."),
    "level": (f"Cấp hay các cấp: {_BODY_LEVELS}.", f"Level or levels: {_BODY_LEVELS}."),
}


def _text(pair: tuple[str, str]) -> str:
    return f"{pair[0]}\n\n{pair[1]}"


def _describe(node: dict[str, Any], name: str) -> None:
    own = DESCRIPTIONS.get(name, {})
    if "" in own:
        node["description"] = _text(own[""])
    for key, prop in node.get("properties", {}).items():
        if key in own:
            prop["description"] = _text(own[key])


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of files of `kind`, every key described."""
    model = MODEL_BY_KIND[kind]
    doc = model.model_json_schema(by_alias=True)
    _describe(doc, model.__name__)
    for name, node in doc.get("$defs", {}).items():
        _describe(node, name)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **doc, "title": f"xhht {kind} file"}
