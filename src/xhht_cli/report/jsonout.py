"""`--format json`: one JSON document in the shape the specification fixes (keys are a contract)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import asdict
from json.encoder import encode_basestring
from typing import Any

from xhht_cli import __version__
from xhht_cli.atomic import FileRun, Piece
from xhht_cli.codes import RULES
from xhht_cli.findings import Finding, Report
from xhht_cli.i18n import message
from xhht_cli.report.stream import FindingStream

_enc: Callable[[str], str] = encode_basestring
"""A JSON string literal, as the json module writes it with ensure_ascii=False."""


class JsonReporter(FindingStream):
    separator = b",\n    "
    """Between two findings in the list."""

    def __init__(self, lang: str, *, color: bool = False, width: int | None = None, show_info: bool = False) -> None:
        super().__init__(lang, color=color, width=width, show_info=show_info)
        self._cache: dict[Any, str] = {}
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

    def _encoded(self, f: Finding, dumps: Callable[[Any], str]) -> str:
        """`dumps(self.finding(f))`, byte for byte, with the parts that repeat (code, rule, severity, file) encoded
        once: the findings are most of a portfolio's report."""
        cache = self._cache
        head = cache.get((f.code, f.severity))
        if head is None:
            head = cache[(f.code, f.severity)] = (
                f'{{"code": {_enc(f.code)}, "rule": {_enc(RULES[f.code].name)}, "severity": {_enc(f.severity.value)}'
            )
        file = cache.get(f.file)
        if file is None:
            file = cache[f.file] = _enc(f.file)
        plan = "null" if f.plan is None else _enc(f.plan)
        task = "null" if f.task is None else _enc(f.task)
        data = dumps(f.data if type(f.data) is dict else dict(f.data))
        return (
            f'{head}, "file": {file}, "line": {f.line}, "column": {f.column}, "plan": {plan}, "task": {task}, '
            f'"message": {_enc(message(f, self.lang))}, "data": {data}}}'
        )

    def encode(self, f: Finding) -> str:
        """The line of one finding in the findings list."""
        return self._encoded(f, self._dumps)

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
        if view in ("check", "coverage"):
            from xhht_cli.summary import portfolio

            found = portfolio(report)
            if found is not None:
                doc["portfolio"] = found.as_json()
        if view == "deadlines":
            doc["statuses"] = [asdict(s) for s in report.statuses]
        if view == "bodies":
            doc["bodies"] = [{**asdict(b), "counts": dict(b.counts)} for b in report.bodies]
        return doc

    def chunks(self, report: Report, view: str) -> Iterator[Piece]:
        """One JSON document, in pieces: each top-level key on its own line, each list item on its own line.

        The items are encoded compactly by the json module's C encoder (`indent` would switch it to the pure-Python
        one, five times slower on a portfolio with a hundred thousand findings); the layout keeps it readable. The
        pieces are written as they are made, so a report of 300,000 findings is never held as one string.
        """
        dumps = json.JSONEncoder(ensure_ascii=False, default=str).encode
        yield "{\n"
        first = True
        doc = self._document(report, view)
        if report.encoded is not None:  # runs of findings that the parts of a parallel run wrote
            doc["findings"] = iter(report.encoded)
        else:
            doc["findings"] = (self._encoded(f, dumps) for f in report.findings)
        for key, value in doc.items():
            yield ("" if first else ",\n") + f"  {dumps(key)}: "
            first = False
            items = iter(value) if isinstance(value, (list, Iterator)) else None
            head = next(items, None) if items is not None else None
            if items is None or head is None:
                yield dumps(list(value) if isinstance(value, Iterator) else value)
                continue
            yield from _items(head, items, dumps)
            yield "\n  ]"
        yield "\n}\n"


def _items(head: Any, rest: Iterator[Any], dumps: Callable[[Any], str]) -> Iterator[Piece]:
    """A JSON list's items, one a line. Bytes and file runs are a parallel run's findings, each a run of them joined
    by the separator."""
    sep = "[\n    "
    for item in itertools.chain((head,), rest):
        if isinstance(item, (bytes, FileRun)):
            yield sep
            yield item
        else:
            yield sep + (item if isinstance(item, str) else dumps(item))
        sep = ",\n    "
