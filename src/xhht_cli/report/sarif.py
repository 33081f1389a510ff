"""`--format sarif`: SARIF 2.1.0 for code-scanning dashboards, one rule per code."""

from __future__ import annotations

import json
import os
from typing import Any, TextIO
from urllib.parse import quote

from xhht_cli import __version__
from xhht_cli.findings import Report, Severity
from xhht_cli.i18n import message
from xhht_cli.report.base import TextFormat
from xhht_cli.rules.table import RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


class SarifReporter(TextFormat):
    def document(self, report: Report) -> dict[str, Any]:
        from xhht_cli.explain import doc

        codes = sorted(RULES)
        index = {c: i for i, c in enumerate(codes)}
        rules = []
        for code in codes:
            r = RULES[code]
            d = doc(code, self.lang)
            rules.append(
                {
                    "id": code,
                    "name": r.name,
                    "shortDescription": {"text": d.summary},
                    "fullDescription": {"text": f"{d.summary} {d.why}"},
                    "help": {"text": d.fix},
                    "defaultConfiguration": {"level": _LEVEL[r.severity]},
                }
            )
        results = []
        for f in report.findings:
            result: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": _LEVEL[f.severity],
                "message": {"text": message(f, self.lang)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(f.file)},
                            "region": {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)},
                        }
                    }
                ],
                "properties": {"plan": f.plan, "task": f.task, "data": dict(f.data)},
            }
            results.append(result)
        return {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "xhht",
                            "version": __version__,
                            "informationUri": "https://pypi.org/project/xhht/",
                            "rules": rules,
                        }
                    },
                    "results": results,
                    "properties": {"as_of": report.as_of},
                }
            ],
        }

    def write(self, report: Report, view: str, stream: TextIO) -> None:
        stream.write(json.dumps(self.document(report), ensure_ascii=False, indent=2, default=str) + "\n")


def _uri(path: str) -> str:
    """A file name as a SARIF `uri`: a URI reference, so percent-encoded (`a#b.yaml`, `a%20b.yaml` and a name that
    is not UTF-8 would otherwise point at another file); `/` separates folders."""
    return quote(os.fsencode(path.replace("\\", "/")), safe="/")
