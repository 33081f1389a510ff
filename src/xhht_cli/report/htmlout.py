"""`--format html`: one self-contained web page (Jinja2, from the `reports` extra) that opens from an email
attachment: the summary, a coverage chart per section, the portfolio heat-map, a timeline of deadlines with the
overdue ones marked, and the findings table, filterable by severity, rule and body, each finding linked to the
explanation of its rule.

Nothing is fetched: styles, the script and the charts (SVG drawn here, from the figures) are inside the file, and
its Content-Security-Policy allows no request at all and only the page's own script (by its hash), so even a
field that got past escaping could not load or run anything. Every value comes from files under review and is
escaped by Jinja2's autoescaping. The page reads on a phone (the findings table becomes cards below 700 px), prints
without its filters, and has table headers, labelled charts and colours with a contrast of at least 4.5:1.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from xhht_cli import __version__
from xhht_cli.findings import STATUS_ORDER, Coverage, Report, Severity, TaskStatus
from xhht_cli.i18n import message
from xhht_cli.report.labels import clean, label, long_date, number, percent, percent_text, require
from xhht_cli.report.tables import (
    MARK_SYMBOLS,
    PLAN_KEYS,
    Story,
    by_lead,
    matrix_rows,
    portfolio_name,
    portfolios,
    status_counts,
    successors_text,
)
from xhht_cli.rules.table import RULES

BAR_W = 320
"""Width of a coverage bar, in SVG units (the chart scales to the page)."""


@dataclass(frozen=True)
class Bar:
    section: str
    title: str
    applicable: int
    covered: int
    waived: int
    missing: int
    pct: str
    widths: tuple[float, float, float]
    """Covered, waived and missing as lengths of the bar."""


@dataclass(frozen=True)
class Dot:
    """One deadline on the timeline."""

    x: float
    lane: int
    status: str
    text: str


def _bars(cov: Coverage, lang: str) -> list[Bar]:
    out = []
    for s in cov.sections:
        n = max(s.template_tasks, 1)
        missing = len(s.missing)
        out.append(
            Bar(
                s.section,
                s.title,
                s.template_tasks,
                s.covered,
                s.waived,
                missing,
                percent_text(percent(s.covered + s.waived, s.template_tasks), lang),
                (BAR_W * s.covered / n, BAR_W * s.waived / n, BAR_W * missing / n),
            )
        )
    return out


def _timeline(statuses: Sequence[TaskStatus], as_of: date, lang: str) -> dict[str, Any]:
    """Deadlines placed on a line of years: one dot per task (or yearly period), in lanes so that dots of nearby
    dates do not cover each other; the as-of date marked."""
    dated = [(date.fromisoformat(s.due), s) for s in statuses if s.due]
    if not dated:
        return {"dots": [], "years": [], "width": 0, "height": 0, "today": 0.0, "overdue": 0}
    first = min(min(d for d, _ in dated), as_of).year
    last = max(max(d for d, _ in dated), as_of).year + 1
    width, left = 640.0, 20.0
    span = (date(last, 1, 1) - date(first, 1, 1)).days or 1

    def x(day: date) -> float:
        return round(left + (width - 2 * left) * (day - date(first, 1, 1)).days / span, 1)

    lanes: list[float] = []
    dots = []
    for day, s in sorted(dated, key=lambda p: (p[0], p[1].plan, p[1].task, p[1].period or 0)):
        pos = x(day)
        lane = next((i for i, end in enumerate(lanes) if end + 9 <= pos), len(lanes))
        if lane == len(lanes):
            lanes.append(pos)
        lanes[lane] = pos
        task = s.task + (f" ({s.period})" if s.period else "")
        status = label("ui.status." + s.status, lang)
        dots.append(Dot(pos, min(lane, 11), s.status, f"{s.plan} {task}: {long_date(day, lang)} — {status}"))
    years = [(y, x(date(y, 1, 1))) for y in range(first, last + 1)]
    height = 40 + 12 * (min(len(lanes), 12))
    overdue = sum(1 for _, s in dated if s.status == "overdue")
    return {"dots": dots, "years": years, "width": width, "height": height, "today": x(as_of), "overdue": overdue}


def _static(name: str) -> str:
    from importlib import resources

    return resources.files("xhht_cli.report").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    import base64
    import hashlib

    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def context(report: Report, view: str, lang: str) -> dict[str, Any]:
    """Everything the template shows, as plain values (the template only lays them out)."""
    from xhht_cli.explain import doc

    story = Story.of(report, lang)
    leads: dict[tuple[str, str], tuple[str, ...]] = {(s.plan, s.task): s.lead_names or s.leads for s in report.statuses}
    findings: list[dict[str, Any]] = []
    for i, f in enumerate(story.findings, 1):
        name = f.data.get("name")
        written: tuple[str, ...] = (
            (name,) if isinstance(name, str) and name else leads.get((f.plan or "", f.task or ""), ())
        )
        findings.append(
            {
                "n": i,
                "code": f.code,
                "rule": RULES[f.code].name,
                "severity": f.severity.value,
                "severity_text": label("ui.severity." + f.severity.value, lang),
                "plan": f.plan or "",
                "task": f.task or "",
                "where": f"{f.file}:{f.line}:{f.column}",
                "message": clean(message(f, lang)),
                "bodies": [clean(b) for b in written],
                "successors": successors_text(f.data.get("successors")),
            }
        )
    bodies = sorted({b for row in findings for b in row["bodies"]})
    index = {b: i for i, b in enumerate(bodies, 1)}
    for row in findings:
        row["body_ids"] = [index[b] for b in row["bodies"]]
    codes = sorted({f.code for f in story.findings})
    explain = [{"code": c, "rule": RULES[c].name, "doc": doc(c, lang)} for c in codes]
    groups = by_lead(report.statuses)
    script, style = _static("report.js"), _static("report.css")
    return {
        "lang": lang,
        "t": lambda key, **args: label(key, lang, **args),
        "date": lambda value: long_date(value, lang),
        "num": lambda value: number(value, lang),
        "title": clean(story.title()),
        "as_of": long_date(story.as_of, lang),
        "version": __version__,
        "facts": [
            (label(f.key, lang), number(f.value, lang) if isinstance(f.value, int) else f.value) for f in story.facts()
        ],
        "counts": report.counts(),
        "plan_keys": PLAN_KEYS,
        "symbols": MARK_SYMBOLS[lang],
        "plan_rows": [
            [long_date(v, lang) if k == "issued" else v for k, v in zip(PLAN_KEYS, row, strict=True)]
            for row in story.plan_rows()
        ],
        "coverage": [(c, story.coverage_caption(c), _bars(c, lang)) for c in report.coverage],
        "bar_w": BAR_W,
        "matrices": [
            {
                "name": portfolio_name(p, lang),
                "names": p.names,
                "rows": matrix_rows(p),
                "totals": [p.totals[plan] for plan in p.plans],
                "without_plan": p.without_plan,
                "obliged": p.obliged,
            }
            for p in portfolios(report)
        ],
        "timeline": _timeline(report.statuses, story.as_of, lang),
        "statuses": [(lead, items, status_counts(items)) for lead, items in groups],
        "status_order": STATUS_ORDER,
        "overdue_list": sorted(
            (s for s in report.statuses if s.status == "overdue"), key=lambda s: (s.due or "", s.plan, s.task)
        ),
        "findings": findings,
        "severity_order": [s.value for s in Severity],
        "severities": [s.value for s in Severity if any(f["severity"] == s.value for f in findings)],
        "rules": [(c, RULES[c].name) for c in codes],
        "bodies": bodies,
        "by_severity": Counter(f["severity"] for f in findings),
        "explain": explain,
        "script": script,
        "style": style,
        "csp": f"default-src 'none'; style-src '{_hash(style)}'; script-src '{_hash(script)}'; img-src data:; "
        "base-uri 'none'; form-action 'none'",
        "view": view,
    }


@functools.cache
def _template() -> Any:
    """The page's template, compiled once per process (compiling it costs more than rendering a plan's report)."""
    jinja2 = require("jinja2", "html")
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("xhht_cli.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("report.html.j2")


def render_html(report: Report, view: str, lang: str) -> str:
    require("jinja2", "html")  # (also once the template is compiled: the message, not a cached template, if gone)
    template = _template()
    from markupsafe import Markup

    ctx = context(report, view, lang)
    ctx["script"], ctx["style"] = Markup(ctx["script"]), Markup(ctx["style"])
    page: str = template.render(ctx)
    return page
