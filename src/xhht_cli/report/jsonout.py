"""`--format json`: one JSON document in the shape the specification fixes (keys are a contract)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from xhht_cli import __version__
from xhht_cli.codes import RULES
from xhht_cli.findings import Finding, Report
from xhht_cli.i18n import message


class JsonReporter:
    def __init__(self, lang: str, *, color: bool = False, width: int | None = None) -> None:
        self.lang = lang

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

    def document(self, report: Report, view: str) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, Iterator) else v for k, v in self._document(report, view).items()}

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
        if view == "deadlines":
            doc["statuses"] = [asdict(s) for s in report.statuses]
        if view == "bodies":
            doc["bodies"] = [{**asdict(b), "counts": dict(b.counts)} for b in report.bodies]
        return doc

    def render(self, report: Report, view: str) -> str:
        return "".join(self.chunks(report, view))

    def chunks(self, report: Report, view: str) -> Iterator[str]:
        """One JSON document, in pieces: each top-level key on its own line, each list item on its own line.

        The items are encoded compactly by the json module's C encoder (`indent` would switch it to the pure-Python
        one, five times slower on a portfolio with a hundred thousand findings); the layout keeps it readable. The
        pieces are written as they are made, so a report of 300,000 findings is never held as one string.
        """
        dumps = json.JSONEncoder(ensure_ascii=False, default=str).encode
        yield "{\n"
        first = True
        for key, value in self._document(report, view).items():
            yield ("" if first else ",\n") + f"  {dumps(key)}: "
            first = False
            items = iter(value) if isinstance(value, (list, Iterator)) else None
            head = next(items, None) if items is not None else None
            if items is None or head is None:
                yield dumps(list(value) if isinstance(value, Iterator) else value)
                continue
            yield "[\n    " + dumps(head)
            for item in items:
                yield ",\n    " + dumps(item)
            yield "\n  ]"
        yield "\n}\n"
