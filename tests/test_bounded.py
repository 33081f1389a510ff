"""Bounded work: the inputs of `bench/bounded.py` (each well inside the loading limits) finish, and the answers on the
edges of what xhht accepts are findings or usage errors, never an internal error. Time is bounded by the subprocess
timeout: the quadratic versions of these took from 15 s to several minutes."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, invoke, invoke_json

XHHT = [sys.executable, "-m", "xhht_cli"]


def _bench() -> object:
    spec = importlib.util.spec_from_file_location("bench_bounded", ROOT / "bench" / "bounded.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
# the two rows about body-name suggestions measure the suggestion search, which is tested with the registry
ROWS = [row for row in BENCH.ROWS if row[0] not in ("registries", "suggestions")]  # type: ignore[attr-defined]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_a_bounded_work_input_finishes(tmp_path: Path, row: tuple[str, str, object]) -> None:
    make = row[2]
    (tmp_path / ".git").mkdir()
    args = make(tmp_path)  # type: ignore[operator]
    r = subprocess.run([*XHHT, *args, "--lang", "en"], cwd=tmp_path, capture_output=True, timeout=90, check=False)
    assert r.returncode in (0, 1), r.stderr[-2000:]
    assert b"Traceback" not in r.stderr and b"internal error" not in r.stderr
    assert len(r.stdout) < 20_000_000  # an implements ring once wrote 40 MB: each loop message is bounded


def test_an_implements_ring_names_a_bounded_chain(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    BENCH.implements_ring(tmp_path)  # type: ignore[attr-defined]
    r = subprocess.run([*XHHT, "validate", ".", "--format", "json"], cwd=tmp_path, capture_output=True, timeout=90)
    loops = [f for f in json.loads(r.stdout)["findings"] if f["code"] == "S005"]
    assert len(loops) == 2000
    assert all(len(f["message"]) < 300 and "…" in f["message"] for f in loops)
    assert loops[0]["message"].endswith("→ p0") or "p0 →" in loops[0]["message"]


def test_an_issued_year_outside_1945_2100_is_a_schema_error(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    BENCH.ancient_yearly(tmp_path)  # type: ignore[attr-defined]
    result = invoke("validate", str(tmp_path / "p.yaml"), "--format", "json", "--lang", "en")
    found = json.loads(result.stdout)["findings"]
    assert [f["code"] for f in found] == ["S002"] and "1945 to 2100" in found[0]["message"]


def test_as_of_outside_the_years_judged_is_a_usage_error() -> None:
    result = invoke("check", str(ROOT / "plans" / "haiphong.yaml"), "--as-of", "9999-12-31", "--lang", "en")
    assert result.exit_code == 2 and "1945 to 2100" in result.stderr


# -- a succession loop ------------------------------------------------------------------------------------------

LOOP_REGISTRY = """format: xhht/registry@1
bodies:
  - id: x/a
    name: Sở Thử nghiệm A
    level: province
    jurisdiction: Hải Phòng
    until: 2025-01-01
    succeeded_by: [x/b]
  - id: x/b
    name: Sở Thử nghiệm B
    level: province
    jurisdiction: Hải Phòng
    until: 2025-01-01
    succeeded_by: [x/a]
"""


def test_a_succession_loop_is_a_registry_finding_and_a003_says_so(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(LOOP_REGISTRY, encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        BENCH.plan_head("p") + BENCH.tasks(1, lead=lambda i: "Sở Thử nghiệm A"),  # type: ignore[attr-defined]
        encoding="utf-8",
    )
    result = invoke("check", str(tmp_path), "--as-of", "2026-01-01", "--format", "json", "--lang", "en")
    found = json.loads(result.stdout)["findings"]
    loops = [f for f in found if f["code"] == "S006" and "loops" in f["message"]]
    assert len(loops) == 1 and "x/a → x/b → x/a" in loops[0]["message"]
    a003 = [f for f in found if f["code"] == "A003"]
    assert a003 and "loop" in a003[0]["message"] and "names no successor" not in a003[0]["message"]


# -- target values ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1e400", "inf", "nan", ".nan", "1" * 1001])
def test_a_target_value_that_is_not_a_plausible_number_is_s002(tmp_path: Path, value: str) -> None:
    text = BENCH.plan_head("p") + BENCH.tasks(1)  # type: ignore[attr-defined]
    text += f"targets:\n  - id: T1\n    indicator: ti-le\n    text: Tỉ lệ\n    value: {value}\n    by: 2025\n"
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    result = invoke("check", str(tmp_path / "p.yaml"), "--as-of", "2026-01-01", "--format", "json", "--lang", "en")
    assert result.exit_code == 1, result.output
    found = json.loads(result.stdout)["findings"]
    assert any(f["code"] == "S002" and "value" in f["message"] for f in found), found


# -- a worker whose parent dies ---------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_workers_end_when_the_parent_is_killed(tmp_path: Path) -> None:
    gen = [sys.executable, str(ROOT / "bench" / "generate.py"), str(tmp_path / "p"), "--files", "120", "--seed", "2"]
    subprocess.run(gen, capture_output=True, check=True, timeout=120)
    proc = subprocess.Popen(
        [*XHHT, "check", str(tmp_path / "p"), "--jobs", "2", "--format", "json", "-o", str(tmp_path / "out.json")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    for _ in range(2000):  # until the worker has started (or the run ended without one)
        workers = _children(proc.pid)
        if workers or proc.poll() is not None:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert workers, "no worker was started"
    waiter = f"import time, test_bounded as t\nwhile not all(t._gone(p) for p in {workers!r}):\n    time.sleep(0.05)\n"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    subprocess.run([sys.executable, "-c", waiter], timeout=30, check=True, env=env)
    assert all(_gone(p) for p in workers)


# -- a worker that fails ----------------------------------------------------------------------------------------


def test_schema_errors_past_the_listed_number_are_counted_in_one_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xhht_cli import schema

    monkeypatch.setattr(schema, "LISTED", 3)
    (tmp_path / ".git").mkdir()
    keys = "".join(f"key{i}: v\n" for i in range(8))
    (tmp_path / "p.yaml").write_text(BENCH.plan_head("p") + BENCH.tasks(1) + keys, encoding="utf-8")  # type: ignore[attr-defined]
    found, code, _ = invoke_json("validate", str(tmp_path / "p.yaml"))
    assert code == 1
    s002 = [f for f in found["findings"] if f["code"] == "S002"]
    assert [f["data"].get("key") for f in s002[:3]] == ["key0", "key1", "key2"]
    assert len(s002) == 4 and s002[3]["data"] == {"count": 5, "limit": 3}
    assert s002[3]["line"] == s002[2]["line"] + 1  # where the first unlisted key is
    assert s002[3]["message"] == "5 more key and value errors in this file are not listed (only the first 3 are)"
    vi, _, _ = invoke_json("validate", str(tmp_path / "p.yaml"), lang="vi")
    assert vi["findings"][-1]["message"].startswith("còn 5 lỗi khác về khóa và giá trị trong tệp này")


def test_a_file_with_fewer_schema_errors_lists_them_all(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    keys = "".join(f"key{i}: v\n" for i in range(8))
    (tmp_path / "p.yaml").write_text(BENCH.plan_head("p") + BENCH.tasks(1) + keys, encoding="utf-8")  # type: ignore[attr-defined]
    found, _, _ = invoke_json("validate", str(tmp_path / "p.yaml"))
    assert [f["data"].get("key") for f in found["findings"]] == [f"key{i}" for i in range(8)]
