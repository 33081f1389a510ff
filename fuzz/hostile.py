"""Hostile-repository cases for `fuzz/run.py`: the paths a plan names, the values of `xhht.toml`, and `-o` targets.

Each case builds a small repository (a folder with `.git`) beside a *secret* file outside it, runs xhht on it and
returns a problem (a string) or None. A problem is: a traceback or an internal error, any byte of the secret in
the output, a file the run read that changed, or a special file that `-o` replaced.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import stat
from pathlib import Path

from typer.testing import CliRunner

from xhht_cli.cli import app
from xhht_cli.config import ConfigError, resolve

SECRET = "FUZZ-SECRET-7d1e"
HIDDEN = "HIDDEN-9f3a"
"""In the secret file only (the plans may quote the start of SECRET, as an attacker probing it would): it must never
reach the output."""
PLAN = """format: xhht/plan@1
plan:
  id: fuzz
  title: Kế hoạch
  issuer: Ủy ban nhân dân thành phố Hải Phòng
  level: province
  jurisdiction: Hải Phòng
  source: {source}
sections:
  - id: I
    title: Nhiệm vụ
    tasks:
      - id: I.1
        text: "{text}"
        lead: [Sở Giáo dục và Đào tạo]
"""
NAMES = ["../secret.txt", "{secret}", "/proc/self/environ", "/dev/zero", "link.txt", "fifo.txt", ".", "sources",
         "a" * 300, "x/" * 3000 + "s.txt", "s\ttab.txt", "s\nnew.txt", "%2e%2e/secret.txt", "~/secret.txt",
         "sources/../../secret.txt", "source.txt", "sources/s.txt", "/", "\u202e.txt"]  # fmt: skip
VALUES = ['"abc"', "-5", "0", "nan", "inf", "1e400", "99999999999999999999", "true", '""', "[]", "[1, 2]", '["D"]',
          "2026-02-30", "2026-06-30", '"/etc/passwd"', '"../r.yaml"', '"r.yaml"', "{a = 1}", "[[1]]", '"auto"',
          '"vi"', '"json"', '"never"', "5"]  # fmt: skip
KEYS = ["as-of", "select", "ignore", "fail-on", "lang", "due-soon-days", "format", "max-file-size", "max-depth",
        "max-nodes", "registry", "jobs", "tool", "unknown"]  # fmt: skip
TARGETS = ["new.txt", "plan.yaml", "source.txt", "r.yaml", ".", "nodir/x.txt", "/dev/null", "link-out",
           "secret-link", "sources"]  # fmt: skip


def _repo(root: Path, rng: random.Random) -> tuple[Path, Path]:
    """A fresh repository under `root` and the secret file beside it."""
    if root.exists():
        shutil.rmtree(root)
    repo = root / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "sources").mkdir()
    secret = root / "secret.txt"
    secret.write_text(f"{SECRET} {HIDDEN} Sở Giáo dục và Đào tạo tổ chức thực hiện.\n", encoding="utf-8")
    (repo / "source.txt").write_text("Sở Giáo dục và Đào tạo tổ chức thực hiện.\n", encoding="utf-8")
    (repo / "sources" / "s.txt").write_text("Sở Giáo dục và Đào tạo tổ chức thực hiện.\n", encoding="utf-8")
    (repo / "r.yaml").write_text("format: xhht/registry@1\nbodies: []\n", encoding="utf-8")
    (repo / "link.txt").symlink_to(secret)
    (repo / "secret-link").symlink_to(secret)
    (repo / "link-out").symlink_to(repo / "new.txt")
    os.mkfifo(repo / "fifo.txt")
    name = rng.choice(NAMES).replace("{secret}", str(secret))
    text = rng.choice([f"{SECRET} Sở", "Sở Giáo dục", SECRET[: rng.randint(1, len(SECRET))], "thực hiện."])
    quoted = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    (repo / "plan.yaml").write_text(PLAN.format(source=f'"{quoted}"', text=text), encoding="utf-8")
    return repo, secret


def _digest(repo: Path) -> dict[str, str]:
    out = {}
    for name in ("plan.yaml", "source.txt", "r.yaml", "sources/s.txt"):
        out[name] = hashlib.sha256((repo / name).read_bytes()).hexdigest()
    return out


def _problem(result: object, check_secret: bool = True) -> str | None:
    output = result.output  # type: ignore[attr-defined]
    if result.exception is not None and not isinstance(result.exception, SystemExit):  # type: ignore[attr-defined]
        return f"exception {result.exception!r}"  # type: ignore[attr-defined]
    if "Traceback" in output or "internal error" in output or "lỗi nội bộ" in output:
        return "internal error: " + output[-500:]
    if check_secret and HIDDEN in output:
        return "the secret reached the output"
    if result.exit_code not in (0, 1, 2):  # type: ignore[attr-defined]
        return f"exit status {result.exit_code}"  # type: ignore[attr-defined]
    return None


def path_case(root: Path, rng: random.Random) -> str | None:
    """A plan whose `source` names a hostile path; the output must hold nothing of the secret."""
    repo, _ = _repo(root, rng)
    fmt = rng.choice(["json", "text", "sarif", "github", "markdown"])
    args = ["check", str(repo), "-f", fmt, "--as-of", "2026-01-01", "--max-file-size", "4096"]
    result = CliRunner().invoke(app, args)
    return _problem(result)


def config_case(root: Path, rng: random.Random) -> str | None:
    """An `xhht.toml` of random keys and values: a Config or a ConfigError, nothing else."""
    repo, _ = _repo(root, rng)
    lines = [f"{rng.choice(KEYS)} = {rng.choice(VALUES)}" for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.1:
        lines = ["a = " + "[" * rng.randint(10, 3000) + "]" * rng.randint(0, 3000)]
    (repo / "xhht.toml").write_bytes("\n".join(lines).encode("utf-8", "replace"))
    try:
        config = resolve(cwd=repo)
    except ConfigError as exc:
        exc.message("vi")
        return None
    except Exception as exc:  # anything else is what the command line would call an internal error
        return f"{type(exc).__name__}: {exc}"
    if config.registry is not None and not config.registry.resolve().is_relative_to(repo.resolve()):
        return f"a registry outside the repository was accepted: {config.registry}"
    return None


def output_case(root: Path, rng: random.Random) -> str | None:
    """`-o` to a hostile target: never a file the run read, never a special file replaced."""
    repo, secret = _repo(root, rng)
    (repo / "plan.yaml").write_text(PLAN.format(source="source.txt", text="Sở Giáo dục"), encoding="utf-8")
    before, secret_before = _digest(repo), secret.read_bytes()
    target = rng.choice(TARGETS)
    args = ["check", str(repo / "plan.yaml"), "--registry", str(repo / "r.yaml"), "-o", str(repo / target)]
    args += ["--force"] if rng.random() < 0.7 else []
    args += ["-f", rng.choice(["json", "text", "sarif"]), "--as-of", "2026-01-01"]
    result = CliRunner().invoke(app, args)
    found = _problem(result, check_secret=False)
    if found:
        return found
    if _digest(repo) != before:
        return f"-o {target} changed a file the run read"
    if secret.read_bytes() != secret_before and target == "secret-link":
        pass  # the link's target is an ordinary file the run did not read: replacing it is what --force asks
    if not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        return "/dev/null was replaced"
    if not (repo / "link-out").is_symlink():
        return "-o replaced a symbolic link instead of the file it points to"
    return None


CASES = {"paths": path_case, "config": config_case, "output": output_case}
