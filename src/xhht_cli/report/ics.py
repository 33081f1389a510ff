"""`xhht deadlines --format ics`: the open deadlines as an iCalendar file (RFC 5545), for calendar programs.

One all-day event per open task with a date (within its deadline or overdue) and per yearly period that falls due in
the twelve months after the as-of date and is not settled. Each event's UID is made of the plan id, the task id and
the period, so the same task gets the same UID in every run: importing a newer file updates the events instead of
adding them twice. The file is made with the icalendar library (the `calendar` extra), imported only here.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any, TextIO
from urllib.parse import quote

from xhht_cli import __version__
from xhht_cli.config import ConfigError
from xhht_cli.findings import DocRef, Report, TaskStatus
from xhht_cli.i18n import text
from xhht_cli.report.base import VIEWS, TextFormat


def require_icalendar() -> Any:
    """The icalendar module, or a usage error with the command that installs it."""
    try:
        import icalendar
    except ImportError:
        raise ConfigError("error.extra-missing", format="ics", package="icalendar", extra="calendar") from None
    return icalendar


def year_after(day: date) -> date:
    """The same day a year later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def events(report: Report) -> list[TaskStatus]:
    """The rows that become events, in date order."""
    as_of = date.fromisoformat(report.as_of)
    horizon = year_after(as_of)
    out = []
    for s in report.statuses:
        if s.due is None or s.status not in ("open", "overdue"):
            continue
        if s.period is not None and not (as_of <= date.fromisoformat(s.due) <= horizon):
            continue  # a yearly period: only those still to come within twelve months
        out.append(s)
    return sorted(out, key=lambda s: (s.due or "", s.plan, s.task))


def uid(s: TaskStatus) -> str:
    """The same for a task (and period) in every run, whatever else changed."""
    return f"{quote(s.plan, safe='')}/{quote(s.task, safe='.')}/{s.period if s.period is not None else 'once'}@xhht"


class IcsReporter(TextFormat):
    def write(self, report: Report, view: str, stream: TextIO) -> None:
        if not VIEWS[view].statuses:
            raise ConfigError("error.ics-view")
        ical = require_icalendar()
        lang = self.lang
        docs = {p.id: p.document for p in report.plans}
        cal = ical.Calendar()
        cal.add("prodid", f"-//xhht//xhht {__version__}//{lang.upper()}")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", text("ics.calendar", lang))
        stamp = datetime.combine(date.fromisoformat(report.as_of), time(0), tzinfo=timezone.utc)
        for s in events(report):
            due = date.fromisoformat(s.due or report.as_of)
            doc = docs.get(s.plan)
            ev = ical.Event()
            ev.add("uid", uid(s))
            ev.add("dtstamp", stamp)
            ev.add("dtstart", due)
            ev.add("dtend", due + timedelta(days=1))
            ev.add("summary", self.summary(s, doc))
            ev.add("description", self.description(s, doc, due))
            ev.add("categories", [text(f"ui.status.{s.status}", lang)])
            ev.add("transp", "TRANSPARENT")
            cal.add_component(ev)
        stream.write(cal.to_ical().decode("utf-8"))

    def summary(self, s: TaskStatus, doc: DocRef | None) -> str:
        where = (doc.number if doc is not None and doc.number else s.plan) + " "
        leads = "; ".join(s.leads) or text("report.no-lead", self.lang)
        overdue = text("ics.overdue", self.lang) + " " if s.status == "overdue" else ""
        return f"{overdue}{where}{s.task}: {s.title} — {leads}"

    def description(self, s: TaskStatus, doc: DocRef | None, due: date) -> str:
        from xhht_cli.naming import document_name
        from xhht_cli.wording import day

        lang = self.lang
        name = s.plan if doc is None else document_name(doc.number, doc.issued, doc.issuer, lang, s.plan)
        period = text("ics.period", lang, period=s.period) if s.period is not None else ""
        status = text(f"ui.status.{s.status}", lang)
        lines = [
            s.text or s.title,
            "",
            text("ics.plan", lang, plan=name, task=s.task),
            text("ics.lead", lang, lead="; ".join(s.leads) or text("report.no-lead", lang)),
            text("ics.due", lang, due=day(due, lang), period=period, status=status),
        ]
        return "\n".join(lines)
