"""The shipped pre-commit hook (.pre-commit-hooks.yaml) on a plan repository: committing one report, or one plan that
names a body of the repository's own registry.yaml, passes exactly when the whole repository passes.

`pre-commit` installs a hook from its repository into an environment of its own; here the hook is declared as a
local hook with the shipped definition (entry, args, files, pass_filenames) and this test's interpreter running
xhht, so the test needs no network and checks what the shipped definition does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

PLAN = """format: xhht/plan@1
plan:
  id: kh-1
  title: Kế hoạch
  issuer: Ủy ban nhân dân tỉnh Quảng Trị
  level: province
  jurisdiction: Quảng Trị
  issued: 2021-01-01
sections:
  - id: I
    title: Nhiệm vụ
    tasks:
      - id: I.1
        text: Tổ chức các lớp học tại trung tâm
        lead:
          - {lead}
        deadline: năm 2021
"""
REGISTRY = """format: xhht/registry@1
bodies:
  - id: qt-ttgdtx
    name: Trung tâm Giáo dục thường xuyên tỉnh Quảng Trị
    aliases: [Trung tâm GDTX tỉnh]
    level: agency
    jurisdiction: Quảng Trị
"""
REPORT = """format: xhht/report@1
report:
  plan: kh-1
  by: Sở Giáo dục và Đào tạo
  date: 2021-12-20
entries:
  - task: {task}
    status: done
    completed: 2021-12-15
"""


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}  # fmt: skip
    return subprocess.run(["git", *args], cwd=repo, env=env, text=True, capture_output=True, check=check, timeout=300)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["pass_filenames"] is False and hook["args"] == ["."]
    local = {**hook, "language": "system", "entry": f"{sys.executable} -m xhht_cli validate"}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    repo = tmp_path / "plans-repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    (repo / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    (repo / "kh-1.yaml").write_text(PLAN.format(lead="Trung tâm GDTX tỉnh"), encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "plans")  # before the hook is installed
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, check=True, timeout=300,
                   capture_output=True)  # fmt: skip
    return repo


def _commit(repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    _git(repo, "add", *files)
    return _git(repo, "commit", "-m", "change", check=False)


def test_committing_only_a_report_passes_when_its_plan_is_in_the_repository(repo: Path) -> None:
    (repo / "bao-cao.yaml").write_text(REPORT.format(task="I.1"), encoding="utf-8")
    done = _commit(repo, "bao-cao.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    (repo / "bao-cao-2.yaml").write_text(REPORT.format(task="I.9"), encoding="utf-8")  # a task the plan lacks
    refused = _commit(repo, "bao-cao-2.yaml")
    assert refused.returncode != 0 and "C002" in refused.stdout + refused.stderr


def test_committing_only_a_plan_passes_with_a_body_of_the_repositorys_registry(repo: Path) -> None:
    (repo / "kh-1.yaml").write_text(PLAN.format(lead="Trung tâm GDTX tỉnh").replace("năm 2021", "năm 2022"))
    done = _commit(repo, "kh-1.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    (repo / "kh-1.yaml").write_text(PLAN.format(lead="Trung tâm không có"), encoding="utf-8")
    refused = _commit(repo, "kh-1.yaml")
    assert refused.returncode != 0 and "S006" in refused.stdout + refused.stderr
