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
