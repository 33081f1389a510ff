"""One way through: paths -> workspace -> rules -> Report. The CLI and the library API both call `run` or `report`.

`report` chooses how: in this process, or, for many files, in several (`xhht_cli.parallel`, which gives the same
report).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from xhht_cli import parallel
from xhht_cli.checking import load_options, summarize
from xhht_cli.config import Config
from xhht_cli.discovery import discover
from xhht_cli.findings import Report
from xhht_cli.heap import no_cyclic_gc
from xhht_cli.i18n import text
from xhht_cli.part import release
from xhht_cli.workspace import Workspace, assemble, build, read


def load(paths: Iterable[Path], config: Config) -> Workspace:
    return build(paths, load_options(config))


def run(
    paths: Iterable[Path], config: Config, *, mode: str = "check", with_statuses: bool = False
) -> tuple[Report, Workspace]:
    """Load and check in this process, keeping the workspace. `mode` is `validate` (S codes and C002 only) or
    `check` (every rule); `with_statuses` adds the status of every task (for the `deadlines` and `bodies` views)."""
    with no_cyclic_gc():
        ws = load(paths, config)
        return summarize(ws, config, mode, with_statuses), ws


def report(paths: Iterable[Path], config: Config, *, mode: str = "check", with_statuses: bool = False) -> Report:
    """Load and check, on as many processes as `config.jobs` says (`xhht_cli.parallel.workers_for`); the same
    report as `run`. Should a worker fail, this process does its part and says so once on stderr."""
    with no_cyclic_gc():
        files = list(discover(list(paths)))
        jobs = parallel.workers_for(config.jobs, files)
        cap = parallel.capped(config.jobs) if len(files) > 1 else None
        if cap is not None:
            print(text("ui.jobs.capped", config.lang, asked=config.jobs, cores=cap), file=sys.stderr)
        if jobs > 1:

            def warn(reason: str) -> None:
                print(text("ui.jobs.failed", config.lang, reason=reason), file=sys.stderr)

            return parallel.run(files, config, jobs, mode, with_statuses, warn)
        options = load_options(config)
        ws = assemble((read(f, options.limits) for f in files), options)
        result = summarize(ws, config, mode, with_statuses)
        release(ws)
        return result
