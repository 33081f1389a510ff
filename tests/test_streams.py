"""Output streams and names at their edges: a closed or full standard output, a locale that is not UTF-8, a reader
that stops early, file names that are not UTF-8 or need percent-encoding, paths too long for the system, and CR-only
line endings. Each ends with a message or a finding, never a traceback or an internal error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, invoke

XHHT = [sys.executable, "-m", "xhht_cli"]
PLAN = ROOT / "plans" / "haiphong.yaml"


def run(*args: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*XHHT, *args], capture_output=True, timeout=60, check=False, **kw)  # type: ignore[call-overload]


def _clean(r: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in r.stderr and b"internal error" not in r.stderr, r.stderr


# -- 7. standard output ----------------------------------------------------------------------------------------


def test_a_closed_stdout_is_said_in_one_line() -> None:
    r = subprocess.run(
        [*XHHT, "check", str(PLAN), "--lang", "en"], stdout=subprocess.DEVNULL, capture_output=False, check=False,
        stderr=subprocess.PIPE, timeout=60, preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert r.returncode == 2 and b"standard output is closed" in r.stderr
    _clean(r)


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["explain", "--lang", "en"], ["schema"]])
def test_a_full_stdout_is_a_message_not_a_traceback(args: list[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        r = subprocess.run([*XHHT, *args], stdout=full, stderr=subprocess.PIPE, timeout=60, check=False, env=_EN)
    assert r.returncode == 2 and b"cannot write to standard output" in r.stderr, r.stderr
    _clean(r)


_EN = {**os.environ, "XHHT_LANG": "en"}


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "PYTHONUTF8": "0"}])
def test_output_is_utf8_whatever_the_locale(env: dict[str, str]) -> None:
    r = run("check", str(PLAN), "-f", "json", "--as-of", "2026-01-01", env={**os.environ, **env})
    assert r.returncode == 1
    doc = json.loads(r.stdout.decode("utf-8"))
    assert any("Hải Phòng" in f["message"] for f in doc["findings"])
    _clean(r)


@pytest.mark.parametrize("args", [["explain"], ["schema"], ["check", str(PLAN), "-f", "json"]])
def test_a_reader_that_stops_early_ends_the_output_quietly(args: list[str]) -> None:
    head = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    r = subprocess.run([*XHHT, *args], stdout=head.stdin, stderr=subprocess.PIPE, timeout=60, check=False)
    head.stdin.close()  # type: ignore[union-attr]
    head.wait(timeout=30)
    assert r.returncode in (0, 1), r.stderr
    _clean(r)


# -- 13. names in machine formats ------------------------------------------------------------------------------


def test_json_and_sarif_stay_utf8_with_a_name_that_is_not(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/a\xff#b%20c.yaml"
    with open(raw, "wb") as fh:
        fh.write(PLAN.read_bytes().replace(b"source: sources/", b"# source: sources/"))
    for fmt in ("json", "sarif"):
        r = run("check", str(tmp_path), "-f", fmt, "--as-of", "2026-01-01")
        doc = json.loads(r.stdout.decode("utf-8"))  # raises on bytes that are not UTF-8
        if fmt == "json":
            assert os.fsencode(doc["findings"][0]["file"]) == raw  # the escapes give the name back
        else:
            uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            assert uri.endswith("/a%FF%23b%2520c.yaml"), uri


def test_extract_cleans_characters_yaml_cannot_hold(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    task = "1. Sở Giáo dục và Đào tạo \x1b[31mtổ chức thực hiện\x7f kế hoạch \x9b\ufffe.\n"  # (NUL: binary)
    doc.write_bytes(("KẾ HOẠCH\nI. MỤC ĐÍCH\n" + task).encode())
    out = tmp_path / "plan.yaml"
    (tmp_path / "xhht.toml").write_text("", encoding="utf-8")
    assert run("extract", str(doc), "-o", str(out)).returncode == 0
    result = invoke("validate", str(out), "--format", "json", "--lang", "en")
    codes = {f["code"] for f in json.loads(result.stdout)["findings"]}
    assert not codes & {"S001", "S008", "S009"}, result.stdout


# -- 11. paths ---------------------------------------------------------------------------------------------------


def test_a_path_longer_than_the_system_allows_is_one_s008(tmp_path: Path) -> None:
    (tmp_path / "ok.yaml").write_bytes(PLAN.read_bytes().replace(b"source: sources/", b"# source: sources/"))
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        for _ in range(18):  # 18 x 251 characters: past PATH_MAX (4096)
            os.mkdir("d" * 250, dir_fd=fd)
            deeper = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = deeper
        f = os.open("p.yaml", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(f, b"format: xhht/plan@1\n")
        os.close(f)
    finally:
        os.close(fd)
    r = run("validate", str(tmp_path), "-f", "json", "--lang", "en")
    found = json.loads(r.stdout)["findings"]
    assert [f["code"] for f in found] == ["S008"] and "too long" in found[0]["message"]
    assert json.loads(r.stdout)["plans"], "the other file was still checked"
    _clean(r)


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not stop root")
def test_an_unreadable_folder_is_said(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "p.yaml").write_text("format: xhht/plan@1\n", encoding="utf-8")
    os.chmod(tmp_path / "locked", 0)
    try:
        r = run("validate", str(tmp_path), "-f", "json", "--lang", "en")
        r2 = run("validate", str(tmp_path / "locked" / "p.yaml"), "-f", "json", "--lang", "en")
    finally:
        os.chmod(tmp_path / "locked", 0o755)
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == ["S008"]
    _clean(r)
    _clean(r2)


def test_a_folder_that_cannot_be_listed_is_an_s008_not_silence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root no permission stops a listing: the refusal is simulated where the walk lists a folder."""
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.yaml").write_bytes(PLAN.read_bytes().replace(b"source: sources/", b"# source: sources/"))
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = invoke("validate", str(tmp_path), "--format", "json", "--lang", "en")
    found = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["file"].endswith("locked")) for f in found] == [("S008", True)], found
    assert "Permission denied" in found[0]["message"] or "not a regular file" in found[0]["message"]
