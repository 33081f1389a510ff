"""Writing output pieces: text, UTF-8 bytes and file runs a worker wrote, to every kind of stream."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest

from xhht_cli.atomic import FileRun, write_atomic, write_pieces

TEXT = "Sở Giáo dục và Đào tạo\n"


def _run(data: bytes) -> FileRun:
    fh = tempfile.TemporaryFile()  # noqa: SIM115 - kept open by the run, as a worker's file is
    fh.write(data + b"tail that is not part of the run")
    fh.flush()
    return FileRun(fh, len(data))  # type: ignore[arg-type]


def _pieces() -> list[str | bytes | FileRun]:
    return ["[", TEXT.encode(), ", ", _run(("Ủy ban nhân dân cấp xã\n" * 3000).encode()), "]"]


EXPECTED = "[" + TEXT + ", " + "Ủy ban nhân dân cấp xã\n" * 3000 + "]"


@pytest.mark.parametrize(
    "make",
    [
        io.StringIO,  # no buffer at all
        lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),  # a buffer without a file descriptor
        lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-16"),  # not UTF-8: everything goes through the text
    ],
    ids=["string", "bytes-buffer", "utf-16"],
)
def test_pieces_to_in_memory_streams(make: object) -> None:
    stream = make()  # type: ignore[operator]
    write_pieces(stream, _pieces())
    stream.flush()
    if isinstance(stream, io.StringIO):
        assert stream.getvalue() == EXPECTED
    else:
        assert stream.buffer.getvalue().decode(stream.encoding) == EXPECTED


def test_pieces_to_a_real_file_and_a_pipe(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("head\n")  # buffered text before the kernel copies the run: it must come first
        write_pieces(fh, _pieces())
    assert path.read_text(encoding="utf-8") == "head\n" + EXPECTED
    read_end, write_end = os.pipe()
    with open(write_end, "w", encoding="utf-8") as fh:
        write_pieces(fh, ["x", _run(b"abc"), "y"])
    with open(read_end, "rb") as fh:
        assert fh.read() == b"xabcy"


def test_atomic_file_with_runs(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    write_atomic(path, _pieces())
    assert path.read_text(encoding="utf-8") == EXPECTED
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


def test_a_file_name_that_is_not_utf8_is_written_as_its_bytes(tmp_path: Path) -> None:
    """Linux lets a file name be any bytes; Python holds the undecodable ones as surrogates. Every format writes
    such a name as the bytes it has on disk, with one process or several, instead of failing."""
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
            assert b"k\xe9-ho\xe1ch.yaml" in done.stdout, fmt
            outputs.add(done.stdout)
        assert len(outputs) == 1, fmt
