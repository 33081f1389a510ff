"""The options several commands share, with their help texts (`xhht COMMAND --help`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from xhht_cli.config import FAIL_ON, FORMATS, MAX_DUE_SOON_DAYS

Paths = Annotated[
    list[Path],
    typer.Argument(
        metavar="PATH", help="Plan, report or registry files, or folders (read recursively).", show_default=False
    ),
]
AsOf = Annotated[
    str | None,
    typer.Option("--as-of", metavar="YYYY-MM-DD", help="The day to judge deadlines and bodies on [default: today]."),
]
Format = Annotated[
    str | None,
    typer.Option("--format", "-f", metavar="|".join(FORMATS), help="Output format [default: text]."),
]
Select = Annotated[
    list[str] | None,
    typer.Option("--select", metavar="CODES", help="Only these codes, rule names or prefixes (D, C00)."),
]
Ignore = Annotated[
    list[str] | None,
    typer.Option("--ignore", metavar="CODES", help="Leave out these codes, rule names or prefixes."),
]
FailOn = Annotated[
    str | None,
    typer.Option(
        "--fail-on",
        metavar="|".join(FAIL_ON),
        help="Exit 1 when a finding at or above this severity [default: error].",
    ),
]
Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="vi|en",
        help="Message language [default: XHHT_LANG, then LANG; vi if it starts with 'vi'].",
    ),
]
DueSoon = Annotated[
    int | None,
    typer.Option(
        "--due-soon-days", metavar="N", min=0, max=MAX_DUE_SOON_DAYS, help="D002 window in days [default: 30]."
    ),
]
Registry = Annotated[
    Path | None,
    typer.Option("--registry", metavar="FILE", help="Body registry to use instead of the shipped one."),
]
MaxSize = Annotated[
    int | None,
    typer.Option("--max-file-size", metavar="BYTES", min=1, help="Largest file read [default: 8 MiB]."),
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the output to FILE (atomically) instead of stdout."),
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help=(
            "Processes to check with; the same output for any N "
            "[default: one per core for 2 MiB of YAML in 16 files or more]."
        ),
    ),
]
Force = Annotated[bool, typer.Option("--force", help="Overwrite --output if it exists.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Name the YAML files skipped as not xhht files.")]
