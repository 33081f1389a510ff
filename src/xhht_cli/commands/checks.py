"""The commands that check plans and write a report: check, validate, coverage, deadlines, bodies.

Each is the same few steps: options -> `config.resolve` -> the pipeline -> the report -> its format and exit status
(`output.finish`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from xhht_cli.commands.guard import guard
from xhht_cli.commands.options import (
    AsOf,
    DueSoon,
    FailOn,
    Force,
    Format,
    Ignore,
    Jobs,
    Lang,
    MaxSize,
    Output,
    Paths,
    Registry,
    Select,
    Verbose,
)
from xhht_cli.commands.output import check_output, check_paths, file_format_needs_output, finish, for_people
from xhht_cli.config import ConfigError, resolve

if TYPE_CHECKING:
    from xhht_cli.registry import Registry as Registry_


@guard
def check(
    paths: Paths,
    as_of: AsOf = None,
    fmt: Format = None,
    select: Select = None,
    ignore: Ignore = None,
    fail_on: FailOn = None,
    lang: Lang = None,
    due_soon_days: DueSoon = None,
    registry: Registry = None,
    max_file_size: MaxSize = None,
    output: Output = None,
    force: Force = False,
    verbose: Verbose = False,
    jobs: Jobs = None,
    show_info: Annotated[
        bool,
        typer.Option(
            "--show-info",
            help="List info findings too in text and Markdown (they are counted in the summary otherwise).",
        ),
    ] = False,
) -> None:
    """Run every check: the summary, errors and warnings, coverage of the template. / Chạy mọi kiểm tra."""
    from xhht_cli.pipeline import report as run

    check_paths(paths)
    check_output(output, force, paths)
    config = resolve(
        as_of=as_of,
        fmt=fmt,
        select=select,
        ignore=ignore,
        fail_on=fail_on,
        lang=lang,
        due_soon_days=due_soon_days,
        registry=registry,
        max_file_size=max_file_size,
        verbose=verbose,
        jobs=jobs,
    )
    file_format_needs_output(config, output)
    report = run(paths, config, mode="check", with_statuses=for_people(config))
    finish(report, config, "check", output, force, show_info=show_info)


@guard
def validate(
    paths: Paths,
    fmt: Format = None,
    select: Select = None,
    ignore: Ignore = None,
    fail_on: FailOn = None,
    lang: Lang = None,
    registry: Registry = None,
    max_file_size: MaxSize = None,
    verbose: Verbose = False,
    jobs: Jobs = None,
) -> None:
    """Only the file checks (S codes) and dangling ids (C002): fast, for pre-commit hooks. / Chỉ kiểm tra tệp."""
    from xhht_cli.pipeline import report as run

    check_paths(paths)
    config = resolve(
        fmt=fmt,
        select=select,
        ignore=ignore,
        fail_on=fail_on,
        lang=lang,
        registry=registry,
        max_file_size=max_file_size,
        verbose=verbose,
        jobs=jobs,
    )
    report = run(paths, config, mode="validate")
    finish(report, config, "validate")


@guard
def coverage(
    plan: Annotated[
        list[Path],
        typer.Argument(metavar="PLAN", help="The plan file(s), with any other files needed.", show_default=False),
    ],
    fmt: Format = None,
    lang: Lang = None,
    registry: Registry = None,
    fail_on: FailOn = None,
    jobs: Jobs = None,
    output: Output = None,
    force: Force = False,
) -> None:
    """Coverage of the template by the plan: per section, with what is missing. / Mức độ thực hiện."""
    from xhht_cli.pipeline import report as run

    check_paths(plan)
    check_output(output, force, plan)
    config = resolve(
        fmt=fmt, select=["C001", "C002", "T002", "S"], fail_on=fail_on, lang=lang, registry=registry, jobs=jobs
    )
    file_format_needs_output(config, output)
    report = run(plan, config, mode="check")
    finish(report, config, "coverage", output, force)


@guard
def deadlines(
    paths: Paths,
    as_of: AsOf = None,
    fmt: Format = None,
    lang: Lang = None,
    due_soon_days: DueSoon = None,
    registry: Registry = None,
    fail_on: FailOn = None,
    jobs: Jobs = None,
    output: Output = None,
    force: Force = False,
) -> None:
    """Tasks by lead body in date order, with their status on --as-of. / Thời hạn theo cơ quan chủ trì."""
    from xhht_cli.pipeline import report as run

    check_paths(paths)
    check_output(output, force, paths)
    config = resolve(
        as_of=as_of,
        fmt=fmt,
        select=["D001", "D002", "D007", "S"],
        fail_on=fail_on,
        lang=lang,
        due_soon_days=due_soon_days,
        registry=registry,
        jobs=jobs,
    )
    file_format_needs_output(config, output)
    if config.format == "ics":  # before the run: a missing library is said at once
        from xhht_cli.report.ics import require_icalendar

        require_icalendar()
    report = run(paths, config, mode="check", with_statuses=True)
    finish(report, config, "deadlines", output, force)


@guard
def bodies(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH", help="Plans whose tasks are counted per lead body [default: none].", show_default=False
        ),
    ] = None,
    as_of: AsOf = None,
    fmt: Format = None,
    lang: Lang = None,
    registry: Registry = None,
    jurisdiction: Annotated[
        str | None,
        typer.Option("--jurisdiction", help="Only bodies of this province or city (and national ones)."),
    ] = None,
    changed: Annotated[
        bool, typer.Option("--changed", help="Only bodies that ended or began (the 2025 reorganisation).")
    ] = False,
) -> None:
    """The body registry on --as-of: who exists, who replaced whom, open tasks. / Danh mục cơ quan."""
    from xhht_cli.bodies import body_rows
    from xhht_cli.pipeline import run

    config = resolve(as_of=as_of, fmt=fmt, select=["S"], fail_on="never", lang=lang, registry=registry)
    if paths:
        check_paths(paths)
    report, ws = run(paths or [], config, mode="check", with_statuses=True)
    if jurisdiction is not None:
        jurisdiction = _jurisdiction(ws.registry, jurisdiction)
    report = replace(
        report,
        findings=tuple(f for f in report.findings if f.code.startswith("S")),
        bodies=tuple(body_rows(ws, report.statuses, config.as_of, jurisdiction, changed)),
    )
    finish(report, config, "bodies")


def _jurisdiction(registry: Registry_, value: str) -> str:
    """The registry's name of a province or city as the user wrote it (accents and case aside: "hai phong" is
    Hải Phòng); an unknown one is a usage error naming the closest."""
    import difflib

    from xhht_cli.namekeys import fold

    known: dict[str, str] = {fold(e.jurisdiction): e.jurisdiction for e in registry.entities.values() if e.jurisdiction}
    squeezed = {k.replace(" ", ""): v for k, v in known.items()}
    if fold(value).replace(" ", "") in squeezed:  # "Hai Phong", "haiphong": Hải Phòng
        return squeezed[fold(value).replace(" ", "")]
    close = difflib.get_close_matches(fold(value), list(known), n=3, cutoff=0.6)
    raise ConfigError(
        "error.jurisdiction",
        value=value,
        suggestions=", ".join(known[c] for c in close) or ", ".join(sorted(known.values())[:5]) + ", …",
    )
