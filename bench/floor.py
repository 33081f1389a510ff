#!/usr/bin/env python3
"""The libyaml floor: read every YAML file under the folders named and parse it with PyYAML's C loader.

    python bench/floor.py [--gc-off] DIR [DIR ...]

This is the least any Python tool that parses these files with libyaml has to do: start Python, import yaml, find
the files (every *.yaml/*.yml, hidden folders skipped, as `xhht` does), read, decode and build Python objects with
`yaml.load(text, Loader=yaml.CSafeLoader)`. It does no validation. Prints the number of files and documents read.

With `--gc-off` the cyclic garbage collector is off, as it is in xhht: with it on, PyYAML's loader is superlinear
on large documents, which makes the plain floor slower and the ratios against it kinder than they should be.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import yaml


def files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(
        f for f in root.rglob("*")
        if f.suffix in (".yaml", ".yml") and f.is_file()
        and not any(part.startswith(".") for part in f.relative_to(root).parts)
    )


def main(argv: list[str]) -> int:
    if argv[:1] == ["--gc-off"]:
        gc.disable()
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    if not getattr(yaml, "__with_libyaml__", False):
        print("floor.py: PyYAML was built without libyaml (no yaml.CSafeLoader)", file=sys.stderr)
        return 2
    n = 0
    for root in argv:
        for path in files(Path(root)):
            text = path.read_bytes().decode("utf-8")
            yaml.load(text, Loader=yaml.CSafeLoader)
            n += 1
    print(f"{n} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
