#!/usr/bin/env python3
"""The README's table of codes, generated from the rule table and the rule docs.

python tools/doctable.py [README.md]
"""

from __future__ import annotations

import sys
from pathlib import Path

from xhht_cli.explain import doc
from xhht_cli.rules.table import RULES

START, END = "<!-- codes:start -->", "<!-- codes:end -->"


def codes_table() -> str:
    lines = ["| code | rule | default | fires when (en) | khi nào (vi) |", "|---|---|---|---|---|"]
    for r in RULES.values():
        en, vi = doc(r.code, "en").summary, doc(r.code, "vi").summary
        lines.append(f"| {r.code} | `{r.name}` | {r.severity.value} | {en} | {vi} |".replace("\n", " "))
    return "\n".join(lines)


def update(readme: Path) -> bool:
    """Rewrite the table between the markers; returns True when the file changed."""
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    new = f"{head}{START}\n{codes_table()}\n{END}{tail}"
    if new != text:
        readme.write_text(new, encoding="utf-8")
        return True
    return False


if __name__ == "__main__":  # pragma: no cover
    changed = update(Path(sys.argv[1] if len(sys.argv) > 1 else "README.md"))
    print("README.md updated" if changed else "README.md is current")
