"""`escaped`: every text of a report passed through the escape, nested ones too, and nothing copied that needs no
change."""

from __future__ import annotations

from xhht_cli.findings import Finding, Report, Severity
from xhht_cli.report.escape import escape_markdown, escape_terminal, escaped


def _finding(line: int, **args: object) -> Finding:
    return Finding("S006", Severity.ERROR, "p.yaml", line, 3, "S006", args, args, "p", "I.1")


def test_texts_at_any_depth_are_escaped() -> None:
    plain = _finding(1, name="Sở Tài chính")
    hostile = _finding(2, name="X\n::error::forged", names=["ok", "a\x1b]0;PWNED\x07"], nested={"k\r": ("\u202e",)})
    out = escaped(Report(as_of="2026-11-22", findings=(plain, hostile), skipped=("a\tb.yaml",)), escape_terminal)
    assert out.findings[0] is plain  # nothing to change: the same object, not a copy
    got = out.findings[1]
    assert got.args == {
        "name": "X\\n::error::forged",
        "names": ["ok", "a\\x1b]0;PWNED\\x07"],
        "nested": {"k\\r": ("\\u202e",)},
    }
    assert got.data == got.args and (got.line, got.task, got.severity) == (2, "I.1", Severity.ERROR)
    assert type(got) is Finding and out.skipped == ("a\\tb.yaml",)
    assert hostile.args["name"] == "X\n::error::forged"  # the report given is not changed


def test_markdown_escapes_html_and_keeps_what_is_plain() -> None:
    report = Report(as_of="2026-11-22", findings=(_finding(1, name="<b>`x` & y</b>"), _finding(2, name="Sở")))
    out = escaped(report, escape_markdown)
    assert out.findings[0].args["name"] == "&lt;b&gt;&#96;x&#96; &amp; y&lt;/b&gt;"
    assert out.findings[1] is report.findings[1]
