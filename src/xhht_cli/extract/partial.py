"""Texts that hold less than a plan: the opening of a document, or a press article about one.

A portal often stores only a plan's header, title and căn cứ; a news item reports that a body "vừa ban hành Kế hoạch
số 211/KH-UBND ngày 20/8/2020" and lists its tasks in bullets. Neither has the numbered structure of a plan, and both
still say which document it is. `identify_reported` reads a reported document's identity (number, date, issuer,
jurisdiction, the template it carries out) from the sentence that announces it; `partial_reason` says why a plan is
partial, for the `completeness: partial` the plan file is then written with and for its summary line.
"""

from __future__ import annotations

import re
from datetime import date

from xhht_cli.extract.bodies import Names
from xhht_cli.extract.identity import Identity, find_jurisdiction, jurisdictions, plan_id
from xhht_cli.extract.text import fold
from xhht_cli.namekeys import norm
from xhht_cli.registry import Registry

_KINDS = r"Kế hoạch|Chương trình|Quyết định|Đề án|Chỉ thị"
_REPORTED = re.compile(
    rf"(?:ký(?: ban hành)?|ban hành|phê duyệt),? (?P<kind>{_KINDS}) (?:số )?(?P<num>\d+/[A-ZĐ][\w&]*(?:[-/][\w&]+)*)"
    r"(?: ngày (?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}))?",
    re.IGNORECASE,
)
_CITED = re.compile(rf"(?:{_KINDS}|Kết luận|Nghị quyết) số (?P<num>\d+[^\s,;()]*/[^\s,;()]*[^\s,;().])")
_LEVELS = ("province", "district", "commune", "agency")


def identify_reported(doc: str, ident: Identity, registry: Registry, known_numbers: dict[str, str]) -> bool:
    """Fill `ident` from the sentence that reports the issue of a document; False when there is none."""
    flat = fold(doc)
    m = _REPORTED.search(flat)
    if m is None:
        return False
    ident.number = m.group("num")
    ident.issued = None
    if m.group("y"):
        try:
            ident.issued = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            ident.issued = None
        ident.year = int(m.group("y"))
    ident.status = "issued"  # it was reported as issued, dated or not
    sentence_start = max(flat.rfind(". ", 0, m.start()) + 2, flat.rfind("\n", 0, m.start()) + 1, 0)
    before = flat[sentence_start : m.start()]
    found = find_jurisdiction(before, jurisdictions(registry))
    names = Names(registry, found[1] if found else ident.jurisdiction)
    hits = [h for h in names.find_all(before) if h.entity and not registry.get(h.entity).is_group]
    if hits:
        entity = registry.get(hits[-1].entity or "")
        ident.issuer, ident.issuer_id, ident.issuer_written = entity.name, entity.id, hits[-1].written
        ident.jurisdiction = entity.jurisdiction or ident.jurisdiction
        ident.level = "national" if "central" in entity.levels else next(
            (lv for lv in _LEVELS if lv in entity.levels), "province")  # fmt: skip
        if "issuer-unresolved" in ident.notes:
            ident.notes.remove("issuer-unresolved")
    end = flat.find(". ", m.end())
    ident.cited = []
    for c in _CITED.finditer(flat, m.end(), end if end > 0 else len(flat)):
        if c.group("num") not in ident.cited:
            ident.cited.append(c.group("num"))
    ident.template = next((known_numbers[norm(n)] for n in ident.cited if norm(n) in known_numbers), None)
    kind = m.group("kind")[:1].upper() + m.group("kind")[1:]
    ident.title = _headline(doc, kind) or f"{kind} số {ident.number}"
    ident.id = plan_id(ident, registry)
    return True


def _headline(doc: str, kind: str) -> str | None:
    """The article's headline when it names the document's kind ("Kế hoạch về thực hiện …")."""
    for line in doc.splitlines()[:12]:
        text = fold(line)
        if text.lower().startswith(kind.lower() + " ") and len(text.split()) >= 4 and not text.endswith("."):
            return text
    return None


def partial_reason(ident: Identity, reported: bool, tasks: int) -> str | None:
    """Why the plan is partial: "article" (a report about the document), "header-only" (no tasks), or None."""
    if reported:
        return "article"
    if tasks == 0:
        return "header-only"
    return None
