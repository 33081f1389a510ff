"""`--format json`: one JSON document in the shape the specification fixes (keys are a contract)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from typing import Any, TextIO

from xhht_cli import __version__
from xhht_cli.findings import Finding, Report
from xhht_cli.i18n import message
from xhht_cli.report.base import VIEWS, TextFormat
from xhht_cli.rules.table import RULES
from xhht_cli.summary import portfolio

BATCH = 4096
"""List items encoded and written at a time: a handful of writes for a portfolio's 300,000 findings, and never the
whole output in memory."""


class JsonReporter(TextFormat):
    def __init__(self, lang: str, *, color: bool = False, width: int | None = None, show_info: bool = False) -> None:
        super().__init__(lang, color=color, width=width, show_info=show_info)
        self._dumps = json.JSONEncoder(ensure_ascii=False, default=str).encode

    def finding(self, f: Finding) -> dict[str, Any]:
        return {
            "code": f.code,
            "rule": RULES[f.code].name,
            "severity": f.severity.value,
            "file": f.file,
            "line": f.line,
            "column": f.column,
            "plan": f.plan,
            "task": f.task,
            "message": message(f, self.lang),
            "data": f.data if type(f.data) is dict else dict(f.data),
        }

    def _document(self, report: Report, view: str) -> dict[str, Any]:
        """The document, with the findings as an iterator: they are encoded one by one as they are written."""
        doc: dict[str, Any] = {
            "tool": {"name": "xhht", "version": __version__},
            "as_of": report.as_of,
            "plans": [{"id": p.id, "file": p.file, "tasks": p.tasks, "template": p.template} for p in report.plans],
            "findings": (self.finding(f) for f in report.findings),
            "coverage": [
                {
                    "plan": c.plan,
                    "template": c.template,
                    "template_tasks": c.template_tasks,
                    "covered": c.covered,
                    "waived": c.waived,
                    "missing": list(c.missing),
                    "partial_template": c.partial_template,
                    "template_targets": c.template_targets,
                    "covered_targets": c.covered_targets,
                    "missing_targets": list(c.missing_targets),
                    "sections": [
                        {
                            "section": s.section,
                            "title": s.title,
                            "template_tasks": s.template_tasks,
                            "covered": s.covered,
                            "waived": s.waived,
                            "missing": list(s.missing),
                            "template_targets": s.template_targets,
                            "covered_targets": s.covered_targets,
                            "missing_targets": list(s.missing_targets),
                        }
                        for s in c.sections
                    ],
                }
                for c in report.coverage
            ],
            "summary": report.counts(),
        }
        shows = VIEWS[view]
        if shows.coverage:
            found = portfolio(report)
            if found is not None:
                doc["portfolio"] = found.as_json()
        if shows.statuses:
            doc["statuses"] = [asdict(s) for s in report.statuses]
        if shows.bodies:
            doc["bodies"] = [{**asdict(b), "counts": dict(b.counts)} for b in report.bodies]
        return doc

    def write(self, report: Report, view: str, stream: TextIO) -> None:
        """One JSON document: each top-level key on its own line, each list item on its own line.

        The items are encoded compactly by the json module's C encoder (`indent` would switch it to the pure-Python
        one, five times slower on a portfolio with a hundred thousand findings); the layout keeps it readable. The
        findings are encoded as they are written, so a report of 300,000 findings is never held as one string.
        """
        dumps = self._dumps
        stream.write("{")
        sep = "\n"
        for key, value in self._document(report, view).items():
            stream.write(f"{sep}  {dumps(key)}: ")
            sep = ",\n"
            if isinstance(value, (list, Iterator)):
                self._list(value, stream)
            else:
                stream.write(dumps(value))
        stream.write("\n}\n")

    def _list(self, items: Iterable[Any], stream: TextIO) -> None:
        """A list, one item a line, encoded and written a batch at a time."""
        dumps = self._dumps
        rest = iter(items)
        first = next(rest, _NOTHING)
        if first is _NOTHING:
            stream.write("[]")
            return
        stream.write("[\n    " + dumps(first))
        while batch := list(islice(rest, BATCH)):
            stream.write("".join([",\n    " + dumps(item) for item in batch]))
        stream.write("\n  ]")


_NOTHING = object()
