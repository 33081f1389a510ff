"""`--jobs N`: the same report, byte for byte, whatever the number of workers and the order of the files named.

The inputs are chosen to cross part boundaries: the shipped plans, every case under tests/cases (many repeat a plan
id, so S004 sees its first file in another part; reports, registries and sources sit beside their plans) and a
generated portfolio in which communes implement provincial plans, provinces require communes' plans (C004) and
progress reports name plans in other folders.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import AS_OF, ROOT, invoke
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from xhht_cli import parallel, part
from xhht_cli.cli import app
from xhht_cli.findings import Finding


@pytest.fixture(autouse=True)
def _eight_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--jobs` is capped at the CPU count; the protocol is tested with up to 8 processes on any machine."""
    monkeypatch.setattr(parallel, "cores", lambda: 8)


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("portfolio")
    generate = [sys.executable, str(ROOT / "bench" / "generate.py"), str(out)]
    subprocess.run(
        [*generate, "--provinces", "3", "--communes", "12", "--seed", "3"],
        capture_output=True,
        check=True,
    )
    return out


def _invoke(*args: str) -> tuple[int, str]:
    result = invoke(*args)
    return result.exit_code, result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--as-of", AS_OF, "--format", "json"],
        ["check", "--as-of", AS_OF, "--format", "text", "--lang", "vi"],
        ["validate", "--format", "json"],
        ["deadlines", "--as-of", AS_OF, "--format", "json"],
    ],
    ids=["check-json", "check-text", "validate", "deadlines"],
)
def test_same_output_for_any_number_of_workers(command: list[str], portfolio: Path) -> None:
    paths = [str(ROOT / "plans"), str(ROOT / "tests" / "cases"), str(ROOT / "tests" / "fixtures"), str(portfolio)]
    single = _invoke(command[0], *paths, *command[1:], "--jobs", "1")
    assert single[0] == 1 and single[1]  # the cases have errors: the comparison is not between empty reports
    for jobs in (2, 3, 5, 8):
        assert _invoke(command[0], *paths, *command[1:], "--jobs", str(jobs)) == single, jobs


@pytest.mark.parametrize("fmt", ["json", "github"])
def test_findings_written_in_batches(fmt: str, portfolio: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Findings are encoded and written a batch at a time: batches of 3 give the same output, in one process or
    several."""
    from xhht_cli.report import github, jsonout

    args = ["check", str(portfolio), str(ROOT / "tests" / "cases"), "--as-of", AS_OF, "--format", fmt]
    single = _invoke(*args, "--jobs", "1")
    assert single[1].count("D00") > 10
    monkeypatch.setattr(jsonout, "BATCH", 3)
    monkeypatch.setattr(github, "BATCH", 3)
    assert _invoke(*args, "--jobs", "1") == single
    assert _invoke(*args, "--jobs", "2") == single


def test_portfolio_cut_anywhere(portfolio: Path) -> None:
    """Plans, their children and their reports in different parts, cut at every number of workers up to 7."""
    args = ["check", str(portfolio), "--as-of", AS_OF, "--format", "json"]
    single = _invoke(*args, "--jobs", "1")
    # reports count in other parts (D007), and so do communes' plans: no province lacks its sub-plans (C004)
    assert '"D007"' in single[1] and '"C004"' not in single[1]
    for jobs in range(2, 8):
        assert _invoke(*args, "--jobs", str(jobs)) == single, jobs


def test_missing_sub_plans_found_in_parts(portfolio: Path, tmp_path: Path) -> None:
    copy = tmp_path / "portfolio"
    shutil.copytree(portfolio, copy)
    shutil.rmtree(copy / "communes" / "hanoi")  # Hà Nội's communes have issued no plan
    args = ["check", str(copy), "--as-of", AS_OF, "--format", "json", "--select", "C004"]
    single = _invoke(*args, "--jobs", "1")
    assert single[1].count('"code": "C004"') == 1 and "hanoi.yaml" in single[1]
    for jobs in (2, 3, 4):
        assert _invoke(*args, "--jobs", str(jobs)) == single, jobs


def test_coverage_for_any_number_of_workers() -> None:
    plans = [str(ROOT / "plans" / n) for n in ("haiphong.yaml", "binhduong.yaml", "haiphong-2023-draft.yaml")]
    single = _invoke("coverage", *plans, "--format", "json", "--jobs", "1")
    assert '"covered"' in single[1]
    assert _invoke("coverage", *plans, "--format", "json", "--jobs", "3") == single


@settings(max_examples=6, deadline=None)
@given(order=st.permutations(["plans", "cases", "portfolio"]), jobs=st.integers(min_value=1, max_value=4))
def test_findings_do_not_depend_on_order_or_workers(order: list[str], jobs: int, portfolio: Path) -> None:
    where = {"plans": ROOT / "plans", "cases": ROOT / "tests" / "cases", "portfolio": portfolio}
    args = [str(where[name]) for name in order]
    _, reference = _invoke("check", *[str(where[n]) for n in sorted(where)], "--as-of", AS_OF, "-f", "github")
    _, got = _invoke("check", *args, "--as-of", AS_OF, "-f", "github", "--jobs", str(jobs))
    assert got == reference


def test_merge_keeps_the_order_of_one_process() -> None:
    """Parts whose findings interleave (a file outside the run, such as a source text, sorts between a part's own
    files) are merged, not joined; statuses are sorted again; plans and coverage keep the order of the parts."""
    from xhht_cli.codes import finding
    from xhht_cli.findings import PlanSummary, Report, TaskStatus

    def f(file: str, line: int) -> Finding:
        return finding("D005", file, (line, 1), "D005", {}, plan="p", task=str(line))

    def status(plan: str, due: str) -> TaskStatus:
        return TaskStatus(plan, "1", "I", "t", (), "open", due)

    a = Report(as_of=AS_OF, findings=(f("a.yaml", 1), f("c.yaml", 1)), plans=(PlanSummary("a", "a.yaml", 1, None),),
               statuses=(status("b", "2021-01-01"),))  # fmt: skip
    b = Report(as_of=AS_OF, findings=(f("b.yaml", 1), f("b.yaml", 2)), plans=(PlanSummary("b", "b.yaml", 1, None),),
               statuses=(status("a", "2020-01-01"),), skipped=("x.yml",))  # fmt: skip
    merged = parallel.merge([a, b], files_read=3)
    assert [(x.file, x.line) for x in merged.findings] == [("a.yaml", 1), ("b.yaml", 1), ("b.yaml", 2), ("c.yaml", 1)]
    assert [s.plan for s in merged.statuses] == ["a", "b"]
    assert [p.id for p in merged.plans] == ["a", "b"] and merged.skipped == ("x.yml",) and merged.files_read == 3
    joined = parallel.merge([b, Report(as_of=AS_OF, findings=(f("c.yaml", 1),))], files_read=2)
    assert [x.file for x in joined.findings] == ["b.yaml", "b.yaml", "c.yaml"]


@pytest.mark.parametrize("fmt", ["json", "github"])
def test_real_output_files_and_pipes(fmt: str, portfolio: Path, tmp_path: Path) -> None:
    """In a real process the output of a parallel run, to standard output (a pipe here) and to `-o` files, is byte
    for byte what one process writes, with parts in order and interleaved."""
    for paths in ([portfolio], [ROOT / "tests" / "cases", portfolio, ROOT / "plans"]):
        args = [sys.executable, "-m", "xhht_cli", "check", *map(str, paths), "--as-of", AS_OF, "-f", fmt]
        single = subprocess.run([*args, "-j", "1"], capture_output=True, check=False)
        assert single.returncode == 1 and single.stdout.count(b"D00") > 10, single.stderr
        for jobs in ("2", "3"):
            piped = subprocess.run([*args, "-j", jobs], capture_output=True, check=False)
            assert (piped.returncode, piped.stdout) == (1, single.stdout), piped.stderr
            out = tmp_path / f"{fmt}-{jobs}-{len(paths)}.out"
            written = subprocess.run([*args, "-j", jobs, "-o", str(out)], capture_output=True, check=False)
            assert written.returncode == 1 and out.read_bytes() == single.stdout, written.stderr


def _in_workers_only(fail: Callable[[], object]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Wrap a function so that it calls `fail` first in a forked worker (not in this process)."""
    parent = os.getpid()

    def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if os.getpid() != parent:
                fail()
            return original(*args, **kwargs)

        return wrapped

    return wrap


def _disk_on_fire() -> None:
    raise RuntimeError("disk on fire")


def test_a_worker_that_fails_in_the_first_round_costs_its_part_only(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [str(ROOT / "plans"), str(ROOT / "tests" / "cases")]
    expected = _invoke("check", *paths, "--as-of", AS_OF, "-f", "json", "--jobs", "1")
    calls: list[int] = []
    original = part.Part.heads

    def counted(self: Any) -> Any:
        calls.append(self.part.start)
        return original(self)

    monkeypatch.setattr(part.Part, "heads", counted)
    monkeypatch.setattr(part, "file_head", _in_workers_only(_disk_on_fire)(part.file_head))
    result = CliRunner().invoke(app, ["check", *paths, "--as-of", AS_OF, "-f", "json", "--jobs", "3", "--lang", "en"])
    assert (result.exit_code, result.stdout) == expected
    assert result.stderr.count("worker process failed") == 1, result.stderr  # two workers failed: said once
    assert "worker process failed (RuntimeError: disk on fire)" in result.stderr
    assert len(calls) == 3 and len(set(calls)) == 3  # each part's files were read once here: nothing twice


def test_a_worker_killed_in_the_second_round_costs_its_part_only(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [str(ROOT / "plans"), str(ROOT / "tests" / "cases")]
    expected = _invoke("check", *paths, "--as-of", AS_OF, "-f", "json", "--jobs", "1")
    monkeypatch.setattr(part.Part, "report", _in_workers_only(lambda: os._exit(9))(part.Part.report))
    result = CliRunner().invoke(app, ["check", *paths, "--as-of", AS_OF, "-f", "json", "--jobs", "2", "--lang", "en"])
    assert (result.exit_code, result.stdout) == expected
    assert "worker process failed (a worker process stopped)" in result.stderr, result.stderr


def test_a_failure_in_this_process_is_not_run_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def broken(loaded: object) -> None:
        calls.append(os.getpid())
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(part, "file_head", broken)
    paths = [str(ROOT / "plans")]
    result = CliRunner().invoke(app, ["check", *paths, "--as-of", AS_OF, "-f", "json", "--jobs", "2", "--lang", "en"])
    assert result.exit_code != 0 and result.stdout == ""
    assert "worker process failed" not in result.stderr
    assert calls.count(os.getpid()) == 1  # this process's part was not read a second time


@settings(max_examples=200)
@given(sizes=st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=40), n=st.integers(1, 9))
def test_split_is_contiguous_non_empty_and_complete(sizes: list[int], n: int) -> None:
    parts = parallel.split(sizes, n)
    assert len(parts) == min(n, len(sizes))
    assert all(len(p) > 0 for p in parts)
    assert [i for p in parts for i in p] == list(range(len(sizes)))


def test_split_balances_bytes() -> None:
    parts = parallel.split([100] * 1000, 2)
    assert [len(p) for p in parts] == [500, 500]
    parts = parallel.split([1000, 10, 10, 10, 1000, 10], 2)
    assert [list(p) for p in parts] == [[0, 1, 2], [3, 4, 5]]


def test_workers_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = []
    for i in range(4):
        f = tmp_path / f"p{i}.yaml"
        f.write_bytes(b"x" * 1000)
        files.append(f)
    monkeypatch.setattr(parallel, "cores", lambda: 8)
    assert parallel.workers_for(3, files) == 3
    assert parallel.workers_for(16, files) == 4  # never more workers than files
    assert parallel.workers_for(1, files) == 1
    assert parallel.workers_for(None, files) == 1  # 4 KB: not worth starting workers
    monkeypatch.setattr(parallel, "AUTO_MIN_BYTES", 2000)
    assert parallel.workers_for(None, files) == 1  # 4 files: parts would read the same registries and templates
    monkeypatch.setattr(parallel, "AUTO_MIN_FILES", 4)
    assert parallel.workers_for(None, files) == 4
    monkeypatch.setattr(parallel, "cores", lambda: 1)
    assert parallel.workers_for(None, files) == 1
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert parallel.workers_for(500, files) == 2  # never more processes than CPUs
    assert parallel.capped(500) == 2 and parallel.capped(2) is None and parallel.capped(None) is None


def test_jobs_over_the_cpu_count_are_capped_and_the_run_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    plans = [str(ROOT / "plans" / "haiphong.yaml"), str(ROOT / "plans" / "binhduong.yaml")]
    result = invoke("validate", *plans, "--jobs", "100000", "--lang", "en")
    assert result.exit_code in (0, 1)
    assert "--jobs 100000 is more than the CPUs" in result.stderr and "using 2 processes" in result.stderr


def test_jobs_from_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from xhht_cli.config import ConfigError, resolve

    (tmp_path / "xhht.toml").write_text("jobs = 3\n", encoding="utf-8")
    assert resolve(cwd=tmp_path).jobs == 3
    assert resolve(jobs=1, cwd=tmp_path).jobs == 1  # the command line wins
    (tmp_path / "xhht.toml").write_text('jobs = "auto"\n', encoding="utf-8")
    assert resolve(cwd=tmp_path).jobs is None
    (tmp_path / "xhht.toml").write_text("jobs = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="jobs"):
        resolve(cwd=tmp_path)
