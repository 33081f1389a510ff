"""Writing output: atomically to files (text or bytes), and to standard output, whatever the file names hold."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from xhht_cli.atomic import atomic_bytes, atomic_text, write_atomic
from xhht_cli.config import ConfigError

TEXT = "Sở Giáo dục và Đào tạo\n" * 3000


def test_atomic_text_and_bytes(tmp_path: Path) -> None:
    write_atomic(tmp_path / "a.txt", TEXT)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == TEXT
    with atomic_bytes(tmp_path / "b.bin") as fh:
        fh.write(b"PK\x03\x04")
    assert (tmp_path / "b.bin").read_bytes() == b"PK\x03\x04"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin"]  # no temporary file left behind


def test_an_undecodable_name_keeps_its_bytes_in_a_file(tmp_path: Path) -> None:
    with atomic_text(tmp_path / "out.txt") as fh:
        fh.write(os.fsdecode(b"k\xe9.yaml") + "\n")
    assert (tmp_path / "out.txt").read_bytes() == b"k\xe9.yaml\n"


def test_nothing_is_written_when_the_block_fails(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    with pytest.raises(RuntimeError), atomic_text(path) as fh:
        fh.write("half")
        raise RuntimeError
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(ConfigError):
        write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "mine"
    write_atomic(path, "new", force=True)
    assert path.read_text(encoding="utf-8") == "new"


def test_a_file_name_that_is_not_utf8_is_written_as_its_bytes(tmp_path: Path) -> None:
    """Linux lets a file name be any bytes; Python holds the undecodable ones as surrogates. The formats people
    read write such a name as the bytes it has on disk; JSON and SARIF, which must stay UTF-8, as `\\udcXX`
    escapes (SARIF's uri percent-encoded); with one process or several alike, never failing."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    source = (root / "tests" / "cases" / "S006" / "fires" / "misspelt-body.yaml").read_bytes()
    folder = tmp_path / "plans"
    folder.mkdir()
    try:
        (folder / os.fsdecode(b"k\xe9-ho\xe1ch.yaml")).write_bytes(source)
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take a name that is not UTF-8")
    (folder / "b.yaml").write_bytes(source.replace(b"s006-", b"other-"))
    for fmt in ("json", "github", "text", "sarif", "markdown"):
        outputs = set()
        for jobs in ("1", "2"):
            args = [sys.executable, "-m", "xhht_cli", "validate", str(folder), "-f", fmt, "-j", jobs]
            env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"}
            done = subprocess.run(args, capture_output=True, env=env, check=False)
            assert done.returncode == 1 and b"internal error" not in done.stderr, (fmt, done.stderr)
            if fmt == "json":
                assert b"k\\udce9-ho\\udce1ch.yaml" in done.stdout, fmt
                done.stdout.decode("utf-8")  # valid UTF-8
            elif fmt == "sarif":
                assert b"k%E9-ho%E1ch.yaml" in done.stdout, fmt
                done.stdout.decode("utf-8")
            else:
                assert b"k\xe9-ho\xe1ch.yaml" in done.stdout, fmt
            outputs.add(done.stdout)
        assert len(outputs) == 1, fmt
