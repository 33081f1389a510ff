#!/usr/bin/env python3
"""The least a command built on xhht's stack can take to validate one file: a lower bound for the small-file case.

    python bench/startup_bound.py validate FILE...

A typer app with the same commands' options as `xhht validate` (typer builds a converter for each, as it does for
xhht), which reads each file with libyaml and validates its top level with a one-field pydantic model (pydantic's
model machinery and its plugin discovery load on first use, as they do for xhht). It checks nothing else: no
registry, no templates, no positions. `bench/run.py` times it beside `xhht validate plans/haiphong.yaml` and the
import floor (`python -c "import typer, pydantic, yaml"`), so that what the stack costs and what xhht adds are told
apart. It does not import xhht.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import yaml
from pydantic import BaseModel, ConfigDict


class Head(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)
    format: str


app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version")] = False,
    debug: Annotated[bool, typer.Option("--debug")] = False,
) -> None:
    pass


@app.command()
def validate(
    paths: list[Path],
    fmt: Annotated[str | None, typer.Option("--format", "-f")] = None,
    select: Annotated[list[str] | None, typer.Option("--select")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore")] = None,
    fail_on: Annotated[str | None, typer.Option("--fail-on")] = None,
    lang: Annotated[str | None, typer.Option("--lang")] = None,
    registry: Annotated[Path | None, typer.Option("--registry")] = None,
    max_file_size: Annotated[int | None, typer.Option("--max-file-size", min=1)] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1)] = None,
) -> None:
    for path in paths:
        Head.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))


@app.command()
def check() -> None:  # a second command, so that typer builds a group as it does for xhht
    pass


if __name__ == "__main__":
    app()
