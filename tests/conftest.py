"""What the test modules share: where things are, the day judged, and the command line run in-process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from xhht_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
"""The repository."""
CASES = ROOT / "tests" / "cases"
"""`CODE/{fires,quiet}/...`: the rule cases (`test_cases.py`)."""
AS_OF = "2026-11-22"
"""The day the tests judge deadlines and bodies on."""


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    """`xhht ARGS`, in this process; an exception the command line lets out fails the test."""
    return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)


def invoke_json(*args: str, lang: str = "en") -> tuple[dict[str, Any], int, str]:
    """`xhht ARGS --format json --lang LANG`: the document, the exit status and the whole output, which is never a
    traceback and never a usage error."""
    result = invoke(*args, "--format", "json", "--lang", lang)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout), result.exit_code, result.output
