"""`xhht deadlines --format ics`: an iCalendar file that the icalendar library reads back, with stable UIDs."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import icalendar
import pytest
from conftest import AS_OF, CASES, ROOT, invoke

HAIPHONG = ROOT / "plans" / "haiphong.yaml"
YEARLY = CASES / "D007" / "fires" / "one-off-late" / "plan.yaml"  # II.1.d: quý IV năm 2020; III.1.3: hằng năm


def calendar(*args: str) -> icalendar.Calendar:
    result = invoke("deadlines", *args, "--format", "ics", "--as-of", AS_OF)
    assert result.exit_code in (0, 1), result.output
    return icalendar.Calendar.from_ical(result.stdout)


def test_the_file_parses_and_holds_one_all_day_event_per_open_deadline(tmp_path: Path) -> None:
    out = tmp_path / "hp.ics"
    result = invoke("deadlines", str(HAIPHONG), "--format", "ics", "--as-of", AS_OF, "-o", str(out), "--lang", "vi")
    assert result.exit_code == 1  # overdue tasks are errors, as in every format
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert cal["version"] == "2.0" and "xhht" in str(cal["prodid"])
    events = list(cal.walk("VEVENT"))
    statuses = invoke("deadlines", str(HAIPHONG), "--format", "json", "--as-of", AS_OF).stdout
    import json

    rows = json.loads(statuses)["statuses"]
    one_off = [r for r in rows if r["period"] is None and r["status"] in ("open", "overdue") and r["due"]]
    yearly = [r for r in rows if r["period"] is not None and r["status"] == "open"]
    assert len(events) == len(one_off) + len(yearly) and one_off  # (yearly periods: below)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)
    for e in events:
        start, end = e.decoded("dtstart"), e.decoded("dtend")
        assert type(start) is date and (end - start).days == 1  # all-day, on the due date
    first = next(e for e in events if str(e["uid"]) == "haiphong-211-2020/II.1.a/once@xhht")
    assert str(first["summary"]).startswith("[QUÁ HẠN] 211/KH-UBND II.1.a: ")
    assert "Các sở, ban, ngành, đơn vị; Ủy ban nhân dân các quận, huyện" in str(first["summary"])
    assert first.decoded("dtstart") == date(2020, 9, 30)
    description = str(first["description"])
    assert description.startswith("Các sở, ban, ngành, đơn vị, Ủy ban nhân dân các quận, huyện phối hợp chặt chẽ")
    assert "Kế hoạch 211/KH-UBND ngày 20/8/2020 của Ủy ban nhân dân thành phố Hải Phòng" in description
    assert "Thời hạn: 30/9/2020" in description


def test_a_second_run_gives_the_same_uids_even_when_the_plan_changed(tmp_path: Path) -> None:
    first = [str(e["uid"]) for e in calendar(str(HAIPHONG)).walk("VEVENT")]
    again = [str(e["uid"]) for e in calendar(str(HAIPHONG)).walk("VEVENT")]
    assert first == again
    copy = tmp_path / "haiphong.yaml"
    shutil.copytree(ROOT / "plans" / "sources", tmp_path / "sources")
    copy.write_text(
        HAIPHONG.read_text(encoding="utf-8").replace("hoàn thành trong quý III năm 2020", "hoàn thành sớm"), "utf-8"
    )
    assert sorted(str(e["uid"]) for e in calendar(str(copy)).walk("VEVENT")) == sorted(first)


def test_yearly_periods_only_within_the_coming_twelve_months(tmp_path: Path) -> None:
    events = {str(e["uid"]): e for e in calendar(str(YEARLY)).walk("VEVENT")}
    assert set(events) == {"haiphong-kh-2020/II.1.d/once@xhht", "haiphong-kh-2020/III.1.3/2026@xhht"}
    assert events["haiphong-kh-2020/III.1.3/2026@xhht"].decoded("dtstart") == date(2026, 12, 31)
    # in January, the coming period is the same year's; the past years' periods are D001, not events
    result = invoke("deadlines", str(YEARLY), "--format", "ics", "--as-of", "2027-01-05")
    uids = {str(e["uid"]) for e in icalendar.Calendar.from_ical(result.stdout).walk("VEVENT")}
    assert "haiphong-kh-2020/III.1.3/2027@xhht" in uids and "haiphong-kh-2020/III.1.3/2026@xhht" not in uids


def test_settled_periods_and_tasks_have_no_event(tmp_path: Path) -> None:
    shutil.copy(YEARLY, tmp_path / "plan.yaml")
    (tmp_path / "report.yaml").write_text(
        "format: xhht/report@1\nreport: {plan: haiphong-kh-2020, by: Sở Giáo dục và Đào tạo, date: 2026-11-01}\n"
        "entries:\n  - {task: II.1.d, status: done, completed: 2020-12-01}\n"
        "  - {task: III.1.3, status: done, period: 2026, completed: 2026-10-30}\n",
        encoding="utf-8",
    )
    assert list(calendar(str(tmp_path)).walk("VEVENT")) == []


def test_ics_is_for_deadlines_only_and_needs_its_library(monkeypatch: pytest.MonkeyPatch) -> None:
    result = invoke("check", str(YEARLY), "--format", "ics", "--lang", "en")
    assert result.exit_code == 2 and "for the deadlines command only" in result.output
    monkeypatch.setitem(sys.modules, "icalendar", None)  # as if it were not installed
    result = invoke("deadlines", str(YEARLY), "--format", "ics", "--lang", "vi")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "xhht: định dạng ics cần thư viện icalendar; hãy cài: pip install 'xhht[calendar]'"
    )
