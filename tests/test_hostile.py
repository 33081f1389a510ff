"""A plan repository written by an attacker (xhht runs on pull requests): nothing outside the repository is read or
echoed, every read is bounded, nothing a plan says reaches a terminal, a CI log or a Markdown page as a command,
and `-o` never destroys a special file or an input. Runs that could hang are bounded by the subprocess timeout."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from xhht_cli.cli import app

runner = CliRunner()
XHHT = [sys.executable, "-m", "xhht_cli"]

PLAN = """format: xhht/plan@1
plan:
  id: hostile
  title: Kế hoạch thử nghiệm
  issuer: Ủy ban nhân dân thành phố Hải Phòng
  level: province
  jurisdiction: Hải Phòng
  source: {source}
sections:
  - id: I
    title: Nhiệm vụ
    tasks:
{tasks}"""


def task(i: int, text: str, lead: str = "Sở Giáo dục và Đào tạo") -> str:
    return (
        f"      - id: I.{i}\n        text: {json.dumps(text, ensure_ascii=False)}\n        lead: [{json.dumps(lead)}]\n"
    )


def repo(tmp_path: Path, source: str = "source.txt", tasks: str | None = None, text: str = "") -> Path:
    """A plan repository (a folder with `.git`): `plan.yaml` and `source.txt`."""
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "source.txt").write_text(text or "Sở Giáo dục và Đào tạo tổ chức thực hiện.\n", encoding="utf-8")
    body = tasks if tasks is not None else task(1, "Sở Giáo dục và Đào tạo tổ chức thực hiện.")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.format(source=source, tasks=body), encoding="utf-8")
    return plan


def run(*args: str, cwd: Path | None = None, timeout: float = 60, env: dict[str, str] | None = None):
    return subprocess.run(
        [*XHHT, *args], cwd=cwd, capture_output=True, timeout=timeout, env={**os.environ, **(env or {})}, check=False
    )


def findings(result: object) -> list[dict[str, object]]:
    return json.loads(result.stdout)["findings"]  # type: ignore[attr-defined]


# -- 1. nothing outside the repository is read or quoted -------------------------------------------------------


@pytest.mark.parametrize("source", ["/proc/self/environ", "../outside.txt", "/etc/passwd", "link.txt"])
def test_a_source_outside_the_repository_is_refused_without_a_word_of_it(tmp_path: Path, source: str) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (tmp_path / "outside.txt").write_text("CI_TOKEN=s3cret\n", encoding="utf-8")
    (root / "link.txt").symlink_to(tmp_path / "outside.txt")
    tasks = "".join(task(i, f"CI_TOKEN=s3{c}") for i, c in enumerate("abcdefghijklmnopqrstuvwxyz0123456789"))
    plan = repo(root, source=source, tasks=tasks)
    r = runner.invoke(app, ["validate", str(plan), "--format", "json", "--lang", "en"])
    found = [f for f in findings(r) if f["code"] == "S009"]
    assert len(found) == 1, found  # one finding about the source, none per task: no oracle
    assert "outside the plan's repository" in found[0]["message"]
    assert "s3cret" not in r.stdout and "matched_chars" not in r.stdout


def test_the_repository_is_the_git_root_so_a_sibling_folder_is_inside(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.txt").write_text("Sở Giáo dục và Đào tạo tổ chức thực hiện.", encoding="utf-8")
    plan = repo(tmp_path, source="sources/s.txt")
    moved = plans / "plan.yaml"
    moved.write_text(plan.read_text(encoding="utf-8").replace("sources/s.txt", "../sources/s.txt"), encoding="utf-8")
    plan.unlink()
    r = runner.invoke(app, ["validate", str(moved), "--format", "json"])
    assert findings(r) == [], r.output


def test_a_plan_reached_through_a_link_names_sources_next_to_its_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    plan = repo(real)
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "plan.yaml"
    link.symlink_to(plan)
    r = runner.invoke(app, ["validate", str(link), "--format", "json"])
    assert findings(r) == [], r.output


def test_a_registry_outside_the_repository_named_in_xhht_toml_is_a_usage_error(tmp_path: Path) -> None:
    plan = repo(tmp_path)
    (tmp_path / "xhht.toml").write_text('registry = "/etc/passwd"\n', encoding="utf-8")
    r = run("check", str(plan), "--lang", "en", cwd=tmp_path)
    assert r.returncode == 2
    assert b"outside the repository" in r.stderr and b"root:" not in r.stdout + r.stderr


def test_a_file_that_is_not_a_registry_is_not_quoted(tmp_path: Path) -> None:
    plan = repo(tmp_path)
    fake = tmp_path / "shadow"
    fake.write_text("root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n", encoding="utf-8")
    r = runner.invoke(app, ["check", str(plan), "--registry", str(fake), "--format", "json", "--lang", "en"])
    assert "root:" not in r.stdout and "daemon" not in r.stdout
    assert any(f["message"].startswith("not an xhht registry file") for f in findings(r))


def test_a_template_that_is_not_a_plan_is_not_quoted(tmp_path: Path) -> None:
    fake = tmp_path / "passwd"
    fake.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Tổ chức thực hiện.\n", encoding="utf-8")
    r = run("extract", str(doc), "--template", str(fake), "--lang", "en")
    assert r.returncode == 2
    assert b"x:0:0" not in r.stderr and b"not a valid xhht plan file" in r.stderr


# -- 2. every read is bounded ----------------------------------------------------------------------------------


def test_a_device_named_as_a_plan_is_refused_not_read(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").symlink_to("/dev/zero")
    r = run("validate", str(tmp_path / "p.yaml"), "--format", "json", "--lang", "en", timeout=30)
    assert r.returncode == 1
    assert "not a regular file" in findings(r)[0]["message"]


def test_a_fifo_named_as_a_plan_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.yaml")
    r = run("check", str(tmp_path / "x.yaml"), "--format", "json", "--lang", "en", timeout=30)
    assert [f["code"] for f in findings(r)] == ["S008"]


def test_a_source_that_is_a_device_is_refused(tmp_path: Path) -> None:
    plan = repo(tmp_path, source="zero.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    r = run("validate", str(plan), "--format", "json", "--lang", "en", timeout=30)
    assert [f["code"] for f in findings(r)] == ["S009"]
    assert "outside" in findings(r)[0]["message"] or "not a regular file" in findings(r)[0]["message"]


def test_a_source_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    plan = repo(tmp_path, text="Sở Giáo dục và Đào tạo tổ chức thực hiện. " * 100)
    r = run("validate", str(plan), "--format", "json", "--lang", "en", "--max-file-size", "1000", timeout=30)
    assert [f["code"] for f in findings(r)] == ["S009"]
    assert "too large" in findings(r)[0]["message"]


def test_s009_on_a_large_source_with_many_texts_missing_is_bounded(tmp_path: Path) -> None:
    words = [
        "khuyến",
        "học",
        "khuyến",
        "tài",
        "xây",
        "dựng",
        "xã",
        "hội",
        "học",
        "tập",
        "cơ",
        "quan",
        "đơn",
        "vị",
        "tổ",
        "chức",
        "kế",
        "hoạch",
        "năm",
    ]
    text = " ".join(words[(i * 7) % len(words)] for i in range(1_000_000))
    tasks = "".join(
        task(i, text[i * 997 : i * 997 + 150] + " chữlạ " + text[i * 997 + 150 : i * 997 + 200]) for i in range(300)
    )
    plan = repo(tmp_path, tasks=tasks, text=text)
    r = run("validate", str(plan), "--format", "json", "--lang", "en", timeout=60)
    assert sum(f["code"] == "S009" for f in findings(r)) == 300


# -- 3. nothing reaches a terminal, a CI log or a Markdown page as a command -------------------------------------

HOSTILE = "X\n::error file=README.md,line=1::forged\n\x1b]0;PWNED\x07\x1b[31m<img src=x onerror=alert(1)>"


@pytest.mark.parametrize("fmt", ["text", "github", "markdown"])
def test_control_characters_and_html_from_a_plan_are_escaped(tmp_path: Path, fmt: str) -> None:
    plan = repo(tmp_path, tasks=task(1, "Sở Giáo dục và Đào tạo tổ chức thực hiện.", lead=HOSTILE))
    r = run("check", str(plan), "--format", fmt, "--lang", "en", "--as-of", "2026-01-01")
    out = r.stdout.decode("utf-8")
    assert "S006" in out
    assert not any(line.startswith("::error file=README.md") for line in out.splitlines())
    assert "\x1b" not in out and "\x07" not in out
    if fmt == "markdown":
        assert "<img" not in out and "&lt;img" in out


# -- 4. -o never destroys a special file or an input -----------------------------------------------------------


def test_output_to_a_character_device_writes_in_place(tmp_path: Path) -> None:
    plan = repo(tmp_path)
    r = run("check", str(plan), "-o", "/dev/null", "--force")
    assert r.returncode == 0, r.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    plan = repo(tmp_path)
    target = tmp_path / "report.txt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    r = run("check", str(plan), "-o", str(link), "--force", "-f", "json")
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and "findings" in json.loads(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("which", ["source", "registry"])
def test_output_never_replaces_a_file_the_run_read(tmp_path: Path, which: str) -> None:
    plan = repo(tmp_path)
    registry = tmp_path / "r.yaml"
    registry.write_text("format: xhht/registry@1\nbodies: []\n", encoding="utf-8")
    target = tmp_path / ("source.txt" if which == "source" else "r.yaml")
    before = target.read_bytes()
    r = run("check", str(plan), "--registry", str(registry), "-o", str(target), "--force", "--lang", "en")
    assert r.returncode == 2 and b"never overwrites its inputs" in r.stderr
    assert target.read_bytes() == before


def test_a_new_output_file_has_the_permissions_the_umask_allows(tmp_path: Path) -> None:
    plan = repo(tmp_path)
    out = tmp_path / "out.txt"
    old = os.umask(0o027)
    try:
        r = run("check", str(plan), "-o", str(out))
    finally:
        os.umask(old)
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


@pytest.mark.parametrize(
    ("target", "force", "says"),
    [
        ("nodir/x.txt", False, b"does not exist"),
        (".", True, b"is a folder"),
        ("/dev/full", True, b"No space left"),
    ],
)
def test_an_output_that_cannot_be_written_is_a_usage_error(
    tmp_path: Path, target: str, force: bool, says: bytes
) -> None:
    plan = repo(tmp_path)
    r = run("check", str(plan), "-o", target, *(["--force"] if force else []), "--lang", "en", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert says in r.stderr and b"internal error" not in r.stderr and b"Traceback" not in r.stderr
