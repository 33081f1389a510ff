#!/usr/bin/env python3
"""Profile one xhht command with cProfile and print the top functions by cumulative time.

    python bench/prof.py validate DIR [--top 15] [--out FILE.prof] [--sort cumulative|tottime]
    python bench/prof.py check DIR [--as-of 2026-11-22] ...

Runs the command in this process through `xhht_cli.cli.app` (the output goes to /dev/null), so start-up imports
are profiled too. cProfile adds overhead (roughly 1.5-2x on this code), so read the shares, not the seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import sys
import time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("validate", "check"))
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--as-of", default="2026-11-22")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--sort", default="cumulative", choices=("cumulative", "tottime"))
    ap.add_argument("--out", help="also save the raw profile here (for snakeviz, pstats)")
    args = ap.parse_args(argv)
    cli_args = [args.command, *args.paths, "--format", "json", "--jobs", "1"]
    if args.command == "check":
        cli_args += ["--as-of", args.as_of]

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    from xhht_cli.cli import app  # imported under the profiler: start-up cost is part of the picture

    with (open(os.devnull, "w", encoding="utf-8") as null, contextlib.redirect_stdout(null),
          contextlib.suppress(SystemExit)):
        app(cli_args, standalone_mode=False)
    prof.disable()
    wall = time.perf_counter() - t0
    if args.out:
        prof.dump_stats(args.out)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats(args.sort).print_stats(args.top)
    print(f"xhht {' '.join(cli_args)}: {wall:.2f} s under cProfile")
    print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
