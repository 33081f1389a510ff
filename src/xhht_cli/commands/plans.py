"""The commands that write or compare plan files: extract (a document to a plan), diff (two versions of a plan),
report new (a progress report to fill in)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from xhht_cli.commands.guard import guard
from xhht_cli.commands.options import AsOf, Force, Lang, Output, Registry
from xhht_cli.commands.output import check_output, check_paths
from xhht_cli.config import resolve


@guard
def extract(
    document: Annotated[
        Path,
        typer.Argument(
            metavar="DOCUMENT",
            help="The plan: a text file (UTF-8, UTF-16, Windows-1258), a Word .docx, a PDF with text, or a web page"
            " saved from a portal; or a folder of them (then -o names the folder to write to).",
        ),
    ],
    template: Annotated[
        str | None,
        typer.Option("--template", metavar="ID|FILE", help="The template plan [default: the one the preamble cites]."),
    ] = None,
    output: Output = None,
    force: Force = False,
    plan_id: Annotated[
        str | None, typer.Option("--id", metavar="ID", help="The plan's id [default: jurisdiction-number-year].")
    ] = None,
    lang: Lang = None,
    registry: Annotated[
        Path | None,
        typer.Option("--registry", metavar="FILE", help="A body registry to add to the shipped one."),
    ] = None,
    text_out: Annotated[
        Path | None,
        typer.Option(
            "--text",
            metavar="FILE",
            help="Save the text read from a Word, PDF or HTML document to FILE and name it as the plan's source"
            " [default: beside -o, x.yaml -> x.txt].",
        ),
    ] = None,
) -> None:
    """Draft a plan file from a document's text, with a summary of what to check. / Trích xuất kế hoạch từ văn bản."""
    from xhht_cli.extract.command import run_extract

    check_paths([document])
    code = run_extract(
        document,
        output=output,
        force=force,
        template=template,
        plan_id=plan_id,
        lang=lang,
        registry=registry,
        text_out=text_out,
    )
    raise typer.Exit(code)


@guard
def diff(
    old: Annotated[Path, typer.Argument(metavar="OLD", help="The earlier version of the plan.", show_default=False)],
    new: Annotated[Path, typer.Argument(metavar="NEW", help="The later version of the plan.", show_default=False)],
    local: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="LOCAL",
            help="Local plans (files or folders): their tasks that implement a changed or removed task are listed.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", metavar="text|markdown|json", help="Output format [default: text].")
    ] = None,
    lang: Lang = None,
    registry: Registry = None,
    output: Output = None,
    force: Force = False,
) -> None:
    """What changed between two versions of a plan; exit 1 when they differ. / So sánh hai phiên bản kế hoạch."""
    from xhht_cli.diffcmd import run_diff

    check_paths([old, new, *(local or [])])
    check_output(output, force, [old, new, *(local or [])])
    config = resolve(lang=lang, registry=registry)
    code = run_diff(
        old,
        new,
        local or [],
        fmt=fmt or "text",
        lang=config.lang,
        registry=config.registry,
        output=output,
        force=force,
    )
    raise typer.Exit(code)


@guard
def report_new(
    plan: Annotated[Path, typer.Argument(metavar="PLAN", help="The plan file to report on.", show_default=False)],
    reports: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="REPORT",
            help="Reports already made about the plan: what they record done or cancelled is left out.",
            show_default=False,
        ),
    ] = None,
    period: Annotated[
        int | None,
        typer.Option(
            "--period",
            metavar="YEAR",
            min=1945,
            max=2100,
            help="The year reported on, for yearly tasks [default: the as-of year].",
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="BODY",
            help="The reporting body; only the tasks it leads, unless it is the plan's issuer [default: the issuer].",
        ),
    ] = None,
    as_of: AsOf = None,
    output: Output = None,
    force: Force = False,
    lang: Lang = None,
    registry: Registry = None,
) -> None:
    """Write a progress report skeleton for a plan, to fill in. / Tạo khung báo cáo tiến độ của một kế hoạch."""
    from xhht_cli.skeleton import run_new

    check_paths([plan, *(reports or [])])
    check_output(output, force, [plan, *(reports or [])])
    config = resolve(as_of=as_of, lang=lang, registry=registry)
    code = run_new(
        plan,
        reports or [],
        period=period,
        by=by,
        as_of=config.as_of,
        lang=config.lang,
        registry=config.registry,
        output=output,
        force=force,
    )
    raise typer.Exit(code)
