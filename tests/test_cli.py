"""The command line through typer's CliRunner: exit codes, formats, selection, as-of, errors without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, invoke
from typer.testing import CliRunner

from xhht_cli import __version__
from xhht_cli.cli import app

HP = str(ROOT / "plans" / "haiphong.yaml")


def test_version() -> None:
    r = invoke("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"xhht {__version__}"


def test_no_args_shows_help() -> None:
    r = CliRunner().invoke(app, [])
    assert "check" in r.output and "validate" in r.output


def test_check_exit_1_on_errors_and_0_with_fail_on_never() -> None:
    assert invoke("check", HP, "--as-of", "2026-11-22", "--format", "json").exit_code == 1
    assert invoke("check", HP, "--as-of", "2026-11-22", "--fail-on", "never").exit_code == 0


def test_fail_on_levels(tmp_path: Path) -> None:
    # only D005 infos remain once errors and warnings are ignored
    args = ["check", HP, "--as-of", "2026-11-22", "--select", "D005"]
    assert invoke(*args).exit_code == 0
    assert invoke(*args, "--fail-on", "info").exit_code == 1


def test_validate_clean_on_shipped_plans() -> None:
    r = invoke("validate", str(ROOT / "plans"), "--format", "json")
    doc = json.loads(r.stdout)
    assert r.exit_code == 0, doc["findings"][:5]
    assert doc["findings"] == []


@pytest.mark.parametrize("fmt", ["json", "github", "sarif"])
def test_every_format_renders_the_same_findings(fmt: str) -> None:
    """Each machine format shows the findings of the JSON output, one record each, in the same order, at the same
    places."""
    doc = json.loads(invoke("check", HP, "--as-of", "2026-11-22", "--format", "json", "--lang", "en").stdout)
    want = [(f["file"], f["line"], f["column"], f["code"]) for f in doc["findings"]]
    assert len(want) > 10
    r = invoke("check", HP, "--as-of", "2026-11-22", "--format", fmt, "--lang", "en")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert _findings_in(fmt, r.stdout) == want


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_human_formats_say_every_finding_with_show_info(fmt: str, lang: str) -> None:
    """Text and Markdown group findings that say one fact; with --show-info every finding is still there: its code,
    and its task, within an entry of its file. Without it, info findings are counted, not listed."""
    doc = json.loads(invoke("check", HP, "--as-of", "2026-11-22", "--format", "json").stdout)
    r = invoke("check", HP, "--as-of", "2026-11-22", "--format", fmt, "--lang", lang, "--show-info")
    assert r.exit_code == 1
    for f in doc["findings"]:
        assert f["code"] in r.stdout
        assert f["task"] is None or f["task"] in r.stdout, f
    quiet = invoke("check", HP, "--as-of", "2026-11-22", "--format", fmt, "--lang", lang).stdout
    assert "D005" not in quiet and "--show-info" in quiet
    assert len(quiet.splitlines()) < len(doc["findings"])


def _findings_in(fmt: str, out: str) -> list[tuple[str, int, int, str]]:
    """(file, line, column, code) of each finding in an output, in the order written."""
    import re

    if fmt == "json":
        return [(f["file"], f["line"], f["column"], f["code"]) for f in json.loads(out)["findings"]]
    if fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        places = [r["locations"][0]["physicalLocation"] for r in results]
        return [
            (p["artifactLocation"]["uri"], p["region"]["startLine"], p["region"]["startColumn"], r["ruleId"])
            for p, r in zip(places, results, strict=True)
        ]
    pattern = {
        "text": r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+)  (?P<code>[A-Z]\d{3})  ",
        "markdown": r"^\| `(?P<file>.+?):(?P<line>\d+):(?P<col>\d+)` \| (?P<code>[A-Z]\d{3}) ",
        "github": r"^::\w+ file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),title=(?P<code>[A-Z]\d{3}) ",
    }[fmt]
    return [(m["file"], int(m["line"]), int(m["col"]), m["code"]) for m in re.finditer(pattern, out, re.MULTILINE)]


def test_json_shape() -> None:
    doc = json.loads(invoke("check", HP, "--as-of", "2026-11-22", "--format", "json").stdout)
    assert set(doc) == {"tool", "as_of", "plans", "findings", "coverage", "summary", "portfolio"}
    assert doc["tool"] == {"name": "xhht", "version": __version__}
    assert doc["as_of"] == "2026-11-22"
    # 40 tasks: II.6.c is two (a 2020 review and the 2021-2030 scheme), and the closing paragraph is III.3
    assert doc["plans"][0] == {"id": "haiphong-211-2020", "file": HP, "tasks": 40, "template": "qd-489-2020"}
    f = doc["findings"][0]
    assert set(f) == {"code", "rule", "severity", "file", "line", "column", "plan", "task", "message", "data"}
    cov = doc["coverage"][0]
    assert {"plan", "template", "template_tasks", "covered", "missing", "sections"} <= set(cov)
    assert set(doc["summary"]) == {"error", "warning", "info"}
    assert doc["portfolio"]["template"] == "qd-489-2020" and doc["portfolio"]["plans"] == ["haiphong-211-2020"]
    assert doc["portfolio"]["matrix"]["III.3"] == {"haiphong-211-2020": "covered"}  # 211 III.3 (closing paragraph)


def test_select_and_ignore_by_code_name_and_prefix() -> None:
    def codes(*extra: str) -> set[str]:
        doc = json.loads(invoke("check", HP, "--as-of", "2026-11-22", "--format", "json", *extra).stdout)
        return {f["code"] for f in doc["findings"]}

    assert codes("--select", "D") <= {"D001", "D002", "D003", "D004", "D005", "D006", "D007"}
    assert codes("--select", "late-issuance") == {"D006"}
    assert "A003" not in codes("--ignore", "A00")
    assert codes("--select", "D00,A003", "--ignore", "D005") == {"D001", "D003", "D006", "A003"}


def test_unknown_selection_is_a_usage_error() -> None:
    r = invoke("check", HP, "--select", "Z9")
    assert r.exit_code == 2 and "Z9" in r.output and "Traceback" not in r.output


def test_as_of_changes_the_verdict() -> None:
    def overdue(day: str) -> int:
        doc = json.loads(invoke("check", HP, "--as-of", day, "--format", "json", "--select", "D001").stdout)
        return len(doc["findings"])

    assert overdue("2020-09-01") == 0
    assert overdue("2026-11-22") > 0


def test_bad_as_of_and_missing_path_exit_2() -> None:
    r = invoke("check", HP, "--as-of", "2026-02-30")
    assert r.exit_code == 2 and "--as-of" in r.output
    r = invoke("check", "no/such/file.yaml")
    assert r.exit_code == 2 and "no such file" in r.output


def test_lang_from_env_and_option() -> None:
    vi = invoke("check", HP, "--as-of", "2026-11-22", "--select", "D006", env={"LANG": "vi_VN.UTF-8"})
    assert "chậm 51 ngày" in vi.stdout
    en = invoke("check", HP, "--as-of", "2026-11-22", "--select", "D006", "--lang", "en")
    assert "51 days after" in en.stdout
    x = invoke("check", HP, "--as-of", "2026-11-22", "--select", "D006", env={"XHHT_LANG": "en", "LANG": "vi"})
    assert "51 days after" in x.stdout


def test_config_file_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "xhht.toml").write_text('as-of = "2020-09-01"\nlang = "en"\nselect = ["D001"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = invoke("check", HP, "--format", "json")
    doc = json.loads(r.stdout)
    assert doc["as_of"] == "2020-09-01" and doc["findings"] == []
    r = invoke("check", HP, "--format", "json", "--as-of", "2026-11-22")
    assert json.loads(r.stdout)["findings"]


def test_bad_config_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.xhht]\nfial-on = 'info'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = invoke("check", HP)
    assert r.exit_code == 2 and "fial-on" in r.output


def test_output_file_is_written_atomically_and_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    args = ["check", HP, "--as-of", "2026-11-22", "--format", "json", "-o", str(out)]
    assert invoke(*args).exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["as_of"] == "2026-11-22"
    r = invoke(*args)
    assert r.exit_code == 2 and "--force" in r.output
    assert invoke(*args, "--force").exit_code == 1
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_output_is_refused_before_the_run_and_never_an_input(tmp_path: Path) -> None:
    plan = tmp_path / "plans" / "hp.yaml"
    plan.parent.mkdir()
    original = Path(HP).read_bytes()
    plan.write_bytes(original)
    for target, inputs in ((plan, [str(plan)]), (plan, [str(plan.parent)])):
        r = invoke("check", *inputs, "--as-of", "2026-11-22", "-f", "json", "-o", str(target), "--force")
        assert r.exit_code == 2 and "one of the files being checked" in r.output
    assert plan.read_bytes() == original
    doc = tmp_path / "doc.txt"
    doc.write_text("KẾ HOẠCH\n", encoding="utf-8")
    r = invoke("extract", str(doc), "-o", str(doc), "--force")
    assert r.exit_code == 2 and "document being read" in r.output
    assert doc.read_text(encoding="utf-8") == "KẾ HOẠCH\n"


def test_output_failing_midway_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The json report is written in pieces as they are made; a failure after the first piece changes nothing."""
    from xhht_cli.report.jsonout import JsonReporter

    out = tmp_path / "report.json"
    out.write_text("old\n", encoding="utf-8")
    calls = []

    def failing(self: JsonReporter, f: object) -> dict[str, object]:
        calls.append(f)
        raise RuntimeError("disk full")

    monkeypatch.setattr(JsonReporter, "finding", failing)
    r = invoke("check", HP, "--as-of", "2026-11-22", "--format", "json", "-o", str(out), "--force")
    assert r.exit_code == 2 and calls
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_check_never_writes_to_plan_files(tmp_path: Path) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_bytes(Path(HP).read_bytes())
    before = plan.stat().st_mtime_ns, plan.read_bytes()
    invoke("check", str(plan), "--as-of", "2026-11-22")
    assert (plan.stat().st_mtime_ns, plan.read_bytes()) == before


@pytest.mark.parametrize("kind", ["plan", "report", "registry"])
def test_schema(kind: str) -> None:
    r = invoke("schema", kind)
    doc = json.loads(r.stdout)
    assert r.exit_code == 0 and doc["type"] == "object" and "format" in doc["properties"]


def test_schema_unknown_kind() -> None:
    assert invoke("schema", "nope").exit_code == 2


def test_explain() -> None:
    r = invoke("explain", "D001", "--lang", "en")
    assert r.exit_code == 0 and "overdue" in r.stdout
    r = invoke("explain", "overdue", "--lang", "vi")
    assert r.exit_code == 0 and "D001" in r.stdout
    assert invoke("explain", "Q123").exit_code == 2
    listing = invoke("explain").stdout
    assert "S001" in listing and "P003" in listing


def test_coverage_command() -> None:
    r = invoke("coverage", HP, "--format", "json")
    doc = json.loads(r.stdout)
    assert doc["coverage"][0]["template"] == "qd-489-2020"
    assert doc["coverage"][0]["missing"] == []


def test_deadlines_command_four_way_status() -> None:
    r = invoke("deadlines", HP, "--as-of", "2026-11-22", "--format", "json")
    doc = json.loads(r.stdout)
    statuses = {s["status"] for s in doc["statuses"]}
    assert "overdue" in statuses and "no_deadline" in statuses
    text = invoke("deadlines", HP, "--as-of", "2026-11-22", "--lang", "en").stdout
    assert "overdue" in text


def test_bodies_command() -> None:
    doc = json.loads(
        invoke(
            "bodies", HP, "--as-of", "2026-11-22", "--format", "json", "--changed", "--jurisdiction", "Hải Phòng"
        ).stdout
    )
    tttt = next(b for b in doc["bodies"] if b["id"] == "haiphong/so-tttt")
    assert tttt["exists"] is False
    assert any("Khoa học và Công nghệ" in s for s in tttt["successors"])
    assert tttt["counts"].get("no_deadline", 0) >= 1


def test_python_dash_m(tmp_path: Path) -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "xhht_cli", "--version"], capture_output=True, text=True, check=False)
    assert r.returncode == 0 and r.stdout.strip() == f"xhht {__version__}"


def test_internal_error_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import xhht_cli.pipeline

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("kaput")

    monkeypatch.setattr(xhht_cli.pipeline, "report", boom)
    r = CliRunner().invoke(app, ["check", HP])
    assert r.exit_code == 2 and "internal error" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(app, ["--debug", "check", HP])
    assert isinstance(r.exception, RuntimeError)


def test_limits_from_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "xhht.toml").write_text("max-depth = 3\nmax-nodes = 50\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    doc = json.loads(invoke("validate", HP, "--format", "json").stdout)
    assert {f["code"] for f in doc["findings"]} == {"S008"}
    assert "3" in doc["findings"][0]["message"] or "50" in doc["findings"][0]["message"]
    (tmp_path / "xhht.toml").write_text("max-nodes = 0\n", encoding="utf-8")
    r = invoke("validate", HP)
    assert r.exit_code == 2 and "max-nodes" in r.output


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    """`xhht check … | head`: the output is cut short, without a message or an internal-error exit status."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    cmd = [sys.executable, "-m", "xhht_cli", "check", str(root / "plans"), "--as-of", "2026-11-22", "-f", "json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(20).startswith(b"{")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1  # the findings' status, as if the whole report had been read
    assert err == ""


def test_usage_errors_in_the_users_language(tmp_path: Path) -> None:
    r = invoke("check", HP, "--as-of", "2026-13-01", "--lang", "vi")
    assert r.exit_code == 2 and "không phải một ngày viết dạng YYYY-MM-DD" in r.output
    r = invoke("check", HP, "--as-of", "2026-13-01", "--lang", "en")
    assert r.exit_code == 2 and "is not a date written YYYY-MM-DD" in r.output
    r = invoke("check", str(tmp_path / "none.yaml"), env={"XHHT_LANG": "vi"})
    assert r.exit_code == 2 and "không có tệp hay thư mục" in r.output
    r = invoke("validate", HP, "--select", "Z9", "--lang", "vi")
    assert r.exit_code == 2 and "'Z9' không phải mã" in r.output
    out = tmp_path / "{x}.json"  # a path with braces is shown as it is, not taken for a format field
    out.write_text("{}", encoding="utf-8")
    r = invoke("check", HP, "-o", str(out), "--lang", "vi")
    assert r.exit_code == 2 and f"{out} đã có; dùng --force để ghi đè" in r.output


def test_a_profiler_gets_its_profile(tmp_path: Path) -> None:
    """The command ends as Python programs do (no `os._exit`), so `python -m cProfile` writes its profile (the
    profiler keeps the exit status to itself)."""
    import subprocess
    import sys

    prof = tmp_path / "check.prof"
    args = [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "xhht_cli", "check", HP, "--as-of", "2026-11-22"]
    done = subprocess.run(args, capture_output=True, check=False, timeout=120)
    assert b"D006" in done.stdout, done.stderr
    import pstats

    assert pstats.Stats(str(prof)).total_calls > 1000  # type: ignore[attr-defined]


def test_verbose_names_each_skipped_file_in_the_language_asked_and_escaped(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "x\x1b]0;T\x07.yaml").write_text("b: 2\n", encoding="utf-8")
    vi = invoke("validate", str(tmp_path), "--verbose", "--lang", "vi")
    assert vi.exit_code == 0
    assert f"xhht: bỏ qua (không có khóa `format: xhht/…`): {tmp_path / 'notes.yaml'}" in vi.stderr
    assert "x\\x1b]0;T\\x07.yaml" in vi.stderr and "\x1b" not in vi.stderr
    en = invoke("validate", str(tmp_path), "--verbose", "--lang", "en")
    assert f"xhht: skipped (no `format: xhht/…` key): {tmp_path / 'notes.yaml'}" in en.stderr
    assert "skipped" not in invoke("validate", str(tmp_path), "--lang", "en").stderr
