"""Each correction of the shipped plans, pinned against the words of its source document (quoted here)."""

from __future__ import annotations

from functools import cache
from typing import Any

from conftest import AS_OF, ROOT, invoke_json

from xhht_cli.models import PlanFile, Task
from xhht_cli.workspace import build


@cache
def _plan(name: str) -> PlanFile:
    ws = build([ROOT / "plans" / name])
    (plan,) = ws.checked
    return plan.model


def _task(name: str, tid: str) -> Task:
    found = [t for s in _plan(name).sections for t in s.tasks if t.id == tid]
    assert len(found) == 1, (name, tid)
    return found[0]


def _ids(name: str) -> set[str]:
    return {t.id for s in _plan(name).sections for t in s.tasks}


@cache
def _check(name: str) -> dict[str, Any]:
    return invoke_json("check", str(ROOT / "plans" / name), "--as-of", AS_OF)[0]


def _findings(name: str, code: str, task: str) -> list[dict[str, Any]]:
    return [f for f in _check(name)["findings"] if f["code"] == code and f["task"] == task]


def test_study_of_the_party_documents_cooperates_with_the_party_committees() -> None:
    # "… phối hợp chặt chẽ với tổ chức đảng và cấp ủy cùng cấp tổ chức nghiên cứu, quán triệt …"
    assert _task("national/qd-489-2020.yaml", "II.1.a").cooperating == ("tổ chức đảng và cấp ủy cùng cấp",)
    assert _task("haiphong.yaml", "II.1.a").cooperating == ("tổ chức đảng và cấp ủy cùng cấp",)


def test_a_review_tied_to_the_yearly_evaluation_has_no_deadline() -> None:
    # "Sơ kết, đánh giá việc triển khai thực hiện Kế hoạch gắn với việc đánh giá kết quả công tác hằng năm …"
    assert _task("national/qd-489-2020.yaml", "III.1.c").deadline is None
    assert _task("haiphong.yaml", "III.1.3").deadline is None


def test_haiphong_review_of_281_is_due_in_2020_and_the_scheme_runs_to_2030() -> None:
    # "… tổng kết 5 năm thực hiện Quyết định số 281/QĐ-TTg … trong năm 2020 …, đồng thời tiếp tục triển khai, thực
    # hiện Đề án … giai đoạn 2021 - 2030."
    review, scheme = _task("haiphong.yaml", "II.6.c.1"), _task("haiphong.yaml", "II.6.c.2")
    assert "281/QĐ-TTg" in review.text and review.deadline == "trong năm 2020" and review.implements == ()
    assert scheme.deadline == "giai đoạn 2021 - 2030" and scheme.implements == ("II.6.c",)
    assert review.lead == scheme.lead == ("Hội Khuyến học Hải Phòng",)
    assert _findings("haiphong.yaml", "D001", "II.6.c.1") and not _findings("haiphong.yaml", "D001", "II.6.c.2")


def test_haiphong_closing_paragraph_carries_out_489_iii_3() -> None:
    # "… nếu có vướng mắc đề nghị các sở, ban, ngành, đơn vị và Ủy ban nhân dân quận, huyện phản ánh kịp thời về Sở
    # Giáo dục và Đào tạo để tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, quyết định./."
    closing = _task("haiphong.yaml", "III.3")
    assert closing.implements == ("III.3",) and closing.lead == (
        "các sở, ban, ngành, đơn vị",
        "Ủy ban nhân dân quận, huyện",
    )
    assert _plan("haiphong.yaml").plan.waived == []


def test_binhduong_ii_4_and_ii_2_2_name_their_cooperating_bodies() -> None:
    # "Tăng cường phối hợp với Ngành Giáo dục và Đào tạo (GD&ĐT), Văn hóa, Thể thao và Du lịch, Thông tin và Truyền
    # thông …"; "Tuyên truyền thông qua sự phối hợp với các sở, ngành, đoàn thể tỉnh có liên quan."
    assert _task("binhduong.yaml", "II.4").cooperating == (
        "Ngành Giáo dục và Đào tạo (GD&ĐT)",
        "Văn hóa, Thể thao và Du lịch",
        "Thông tin và Truyền thông",
    )
    assert _task("binhduong.yaml", "II.2.2").cooperating == ("các sở, ngành, đoàn thể tỉnh có liên quan",)
    # the hidden A003: Sở Thông tin và Truyền thông ended on 28/02/2025, with its press work going to culture
    names = {f["data"]["name"] for f in _findings("binhduong.yaml", "A003", "II.4")}
    assert "Sở Thông tin và Truyền thông tỉnh Bình Dương" in names


def test_binhduong_ii_5_1_sets_the_tong_ket_at_the_end_of_2030() -> None:
    # "… vào quý II năm 2026. Tổ chức hội nghị tổng kết 10 năm … giai đoạn 2022 - 2030 vào cuối năm 2030."
    assert _task("binhduong.yaml", "II.5.1.1").deadline == "vào quý II năm 2026"
    assert _task("binhduong.yaml", "II.5.1.2").deadline == "vào cuối năm 2030"
    assert "II.5.1" not in _ids("binhduong.yaml")


def test_binhduong_work_done_with_the_hoi_khuyen_hoc_is_led_by_it() -> None:
    # IV.2.2 "Phối hợp với Hội Khuyến học tỉnh tổ chức triển khai …", IV.6.1 "Phối hợp với Hội Khuyến học tỉnh tổ chức
    # tuyên truyền …", IV.8.2 "Đề nghị các tổ chức chính trị - xã hội phối hợp với Hội Khuyến học tỉnh …"
    for tid, cooperating in [
        ("IV.2.2", "Sở Giáo dục và Đào tạo"),
        ("IV.6.1", "Các Sở, ngành, đoàn thể tỉnh"),
        ("IV.8.2", "các tổ chức chính trị - xã hội"),
    ]:
        t = _task("binhduong.yaml", tid)
        assert t.lead == ("Hội Khuyến học tỉnh",) and t.cooperating == (cooperating,), tid


def test_binhduong_ii_1_2_implements_387_nv_1_and_its_targets_the_new_387_targets() -> None:
    assert _task("binhduong.yaml", "II.1.2").implements == ("NV.1",)
    implemented = {t.implements for t in _plan("binhduong.yaml").targets} | {
        t.implements for s in _plan("binhduong.yaml").sections for t in s.targets
    }
    assert {"MT.2025.8", "MT.2025.9"} <= implemented


def test_the_387_targets_are_complete_from_the_full_list() -> None:
    targets = {t.id: t for s in _plan("national/qd-387-2022.yaml").sections for t in s.targets}
    assert sorted(targets) == [f"MT.2025.{n}" for n in range(1, 10)]
    assert (targets["MT.2025.8"].value, targets["MT.2025.9"].value) == (100, 40)
    assert targets["MT.2025.9"].source == "../sources/refs/qd-387-ttg-2022-targets-2025-lsu.txt"


def test_draft_iii_1_i_and_the_cooperation_of_vii_1() -> None:
    # "i) Đối tượng khác — Các tổ chức, hội, doanh nhân, … có nhiều đóng góp …"; "Hội đồng Thi đua - Khen thưởng các
    # cấp phối hợp với Ban chỉ đạo Phong trào thi đua cùng cấp …"
    other = _task("haiphong-2023-draft.yaml", "III.1.i")
    assert "người Việt Nam định cư ở nước ngoài" in other.text and len(other.lead) == 8
    assert _task("haiphong-2023-draft.yaml", "VII.1").cooperating == ("Ban chỉ đạo Phong trào thi đua cùng cấp",)


def test_draft_yearly_duties_are_judged_from_the_templates_issue_like_its_dated_ones() -> None:
    # the draft of 2023 implements 1315/QĐ-TTg of 09/11/2023: "Trước ngày 05 tháng 12 hàng năm" is overdue for
    # 2023-2025, as "vào năm 2025" (V.1) is; the period of 2026 falls due on 05/12/2026 (D002 on 22/11/2026)
    draft = "haiphong-2023-draft.yaml"
    (yearly,) = _findings(draft, "D001", "VII.9")
    assert yearly["data"]["periods"] == [2023, 2024, 2025]
    for tid in ("VII.4", "VII.8.1", "III.2.a"):
        assert _findings(draft, "D001", tid)[0]["data"]["periods"] == [2023, 2024, 2025], tid
    assert _findings(draft, "D001", "V.1") and _findings(draft, "D002", "VII.9")


def test_qd_1373_is_a_partial_template_of_what_the_refs_state() -> None:
    plan = _plan("national/qd-1373-2021.yaml")
    assert plan.plan.completeness == "partial" and plan.plan.number == "1373/QĐ-TTg"
    (tasks,) = [s.tasks for s in plan.sections if s.tasks]
    assert [t.id for t in tasks] == [f"NV.{n}" for n in range(1, 7)] and all(t.lead == () for t in tasks)
    targets = [t for s in plan.sections for t in s.targets]
    assert len([t for t in targets if t.by == 2025]) == 13 and len([t for t in targets if t.by == 2030]) == 6
    assert all(t.source and t.source.startswith("../sources/refs/qd-1373-") for t in [*tasks, *targets])
