"""A plan as people name it in what xhht writes for them: by its kind, số, ký hiệu, date and issuer ("Kế hoạch
211/KH-UBND ngày 20/8/2020 của Ủy ban nhân dân thành phố Hải Phòng"), a draft by its id; built on
`xhht_cli.wording`, as the summary of `check` names plans."""

from __future__ import annotations

from datetime import date

from xhht_cli import wording
from xhht_cli.i18n import text
from xhht_cli.models import PlanInfo


def document_name(number: str | None, issued: date | str | None, issuer: str | None, lang: str, fallback: str) -> str:
    """A document by its kind and số, ký hiệu, date and issuer; `fallback` (the plan's id) when it has no number."""
    name = wording.document(number, lang, fallback)
    if number and issued:
        name += " " + text("ui.doc.dated", lang, date=wording.day(issued, lang))
    if issuer:
        name += " " + text("ui.doc.by", lang, issuer=issuer)
    return name


def plan_name(info: PlanInfo, lang: str) -> str:
    """A plan's name in running text (a draft without a number: "Dự thảo kế hoạch <id>")."""
    fallback = text("ui.doc.draft", lang, id=info.id) if info.status == "draft" else info.id
    return document_name(info.number, info.issued, info.issuer, lang, fallback)
