"""`xhht explain`: every finding code is documented, in Vietnamese and English, in its rule's module."""

from __future__ import annotations

import unicodedata

import pytest

from xhht_cli.explain import Explanation, doc
from xhht_cli.rules import ALL

FIELDS = list(Explanation._fields)
# Letters that occur only in Vietnamese text with its diacritics (never in plain ASCII English).
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")


def _has_vietnamese_diacritics(text: str) -> bool:
    if any(c in _VI_LETTERS for c in text):
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


@pytest.mark.parametrize("code", sorted(ALL))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_doc_has_every_field(code: str, lang: str) -> None:
    d = doc(code, lang)
    for name in FIELDS:
        value = getattr(d, name)
        assert isinstance(value, str)
        assert value.strip(), f"{code} {lang}: {name} is empty"
        assert value == getattr(ALL[code].doc, name).in_(lang)
    assert "\n" not in d.summary, f"{code} {lang}: the summary is one line"
    assert 1 <= len(d.example.splitlines()) <= 6, f"{code} {lang}: the example has 1-6 lines"


@pytest.mark.parametrize("code", sorted(ALL))
def test_vietnamese_text_has_diacritics(code: str) -> None:
    d = doc(code, "vi")
    for name in ("summary", "why", "fix"):
        text = getattr(d, name)
        assert _has_vietnamese_diacritics(text), f"{code}: vi {name} lacks Vietnamese diacritics"
        assert unicodedata.is_normalized("NFC", text), f"{code}: vi {name} is not NFC"


@pytest.mark.parametrize("code", sorted(ALL))
def test_languages_differ(code: str) -> None:
    vi, en = doc(code, "vi"), doc(code, "en")
    assert vi.summary != en.summary
    assert vi.why != en.why
    assert vi.fix != en.fix


def test_other_languages_get_english() -> None:
    assert doc("D001", "fr") is doc("D001", "en")
    assert doc("D001", "en").summary == ALL["D001"].doc.summary.en
    assert doc("D001", "vi").summary == ALL["D001"].doc.summary.vi
    assert doc("D001", "fr") != doc("D001", "vi")


def test_code_is_case_insensitive_and_a_rule_name_works() -> None:
    assert doc("d001", "en") is doc("D001", "en") is doc("overdue", "en")


def test_unknown_code_raises_key_error() -> None:
    with pytest.raises(KeyError):
        doc("X999", "en")


def test_on_a_terminal_explain_wraps_its_paragraphs_at_spaces() -> None:
    import os
    import pty
    import subprocess
    import sys

    main, side = pty.openpty()
    env = {**os.environ, "COLUMNS": "60", "LINES": "24"}
    proc = subprocess.run(
        [sys.executable, "-m", "xhht_cli", "explain", "S002", "--lang", "vi"],
        stdout=side,
        stderr=subprocess.PIPE,
        env=env,
        timeout=60,
        check=False,
    )
    os.close(side)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    lines = out.decode("utf-8").replace("\r\n", "\n").splitlines()
    assert proc.returncode == 0 and any(line.startswith("Kiểm tra: ") for line in lines)
    prose = [line for line in lines if not line.startswith("    ")]  # the YAML example is kept as written
    assert max(len(line) for line in prose) <= 59
    assert "kiểu hay ngoài danh sách cho phép" in " ".join(lines)  # no word cut at the edge
