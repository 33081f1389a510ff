"""How people name dates and documents in what xhht writes for them: dd/mm/yyyy in Vietnamese, and a plan by its
kind, số, ký hiệu, date and issuer ("Kế hoạch số 211/KH-UBND ngày 20/08/2020 của …") rather than by its id."""

from __future__ import annotations

import re
from datetime import date

from xhht_cli.i18n import text
from xhht_cli.models import PlanInfo


def vn_date(day: date) -> str:
    """A date as Vietnamese documents write it: dd/mm/yyyy."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def human_date(day: date, lang: str) -> str:
    """dd/mm/yyyy in Vietnamese, YYYY-MM-DD in English."""
    return vn_date(day) if lang == "vi" else day.isoformat()


_KINDS = {  # letters of a số, ký hiệu -> the kind of document (vi, en)
    "KH": ("Kế hoạch", "Plan"),
    "QĐ": ("Quyết định", "Decision"),
    "CT": ("Chỉ thị", "Directive"),
    "TB": ("Thông báo", "Notice"),
    "TT": ("Thông tư", "Circular"),
    "NQ": ("Nghị quyết", "Resolution"),
    "KL": ("Kết luận", "Conclusion"),
}


def plan_name(info: PlanInfo, lang: str) -> str:
    """How people name a plan: its kind, số, ký hiệu, date and issuer (a draft by its title)."""
    if info.number is None:
        return text("name.draft", lang, title=info.title)
    parts = re.split(r"[/-]", info.number)
    kind = next((k for part in parts if (k := _KINDS.get(part.upper()))), ("Văn bản", "Document"))
    issued = human_date(info.issued, lang) if info.issued else "?"
    return text("name.plan", lang, kind=kind[lang != "vi"], number=info.number, issued=issued, issuer=info.issuer)


def short_name(info: PlanInfo, lang: str) -> str:
    """A plan by its số, ký hiệu alone (a draft: its id)."""
    return info.number or text("name.draft-id", lang, id=info.id)
