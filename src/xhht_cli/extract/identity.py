"""The plan's identity: where it starts and ends in the text, its number, place and date, issuer, jurisdiction, level,
title, and the template it implements (the document its preamble cites, matched to a known plan by number).

A copied text may hold more than the plan: a portal's menus, a cover letter sent with a draft (seed 003), the
Quyết định a national Kế hoạch is attached to (seed 001). The plan is taken to start at the last title line
("KẾ HOẠCH", "CHƯƠNG TRÌNH" …) before the first "I." that is followed by a "II.", its header (Số, place and date) to
be the lines above that title back to the previous signature or list of recipients, and its body to end at
"Nơi nhận", a signature ("TM.", "KT.") or an appendix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from xhht_cli.extract.bodies import Names, match_key
from xhht_cli.extract.noise import join_numbers
from xhht_cli.extract.text import Line, ends_terminal, fold, is_end_of_body, marker_of
from xhht_cli.namekeys import fold as fold_accents
from xhht_cli.namekeys import norm
from xhht_cli.registry import Registry

_TITLE = re.compile(
    r"^[\s*_#]*(?:DỰ THẢO\s+)?(?P<kind>KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|QUYẾT ĐỊNH)(?!\w)(?P<rest>.*)$"
)
_ROMAN_I = re.compile(r"^I\s*\.\s*\S")
_ROMAN_II = re.compile(r"^II\s*\.\s*\S")
_HEADER_STOP = re.compile(r"^[\s*_]*(?:KT\.|TM\.|T/M|Nơi nhận|NƠI NHẬN|Lưu\s*:|-\s*Lưu\s*:|Trân trọng)")
_NUMBER = re.compile(r"Số\s*:?\s*(?P<num>\d[\d.]*)?\s*/\s*(?P<code>[A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/][A-Za-zĐđ0-9&]+)*)")
_DAY = (
    r"(?:ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})"
    r"|ngày\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4}))"
)
_UP = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper()) + "]"
_PLACE_DATE = re.compile(
    r"(?<!\S)(?P<place>(?:TP\.\s*)?" + _UP + r"[^\s,]*(?:\s+" + _UP + r"[^\s,]*){0,4})\s*,\s*" + _DAY
)
_ISSUED_WITH = re.compile(
    r"\((?:Ban hành )?kèm theo (?:Quyết định|Nghị quyết|Chỉ thị)\s+số\s+(?P<num>\d+/[^\s,)]+)\s+" + _DAY
    + r"(?:\s+của\s+(?P<issuer>[^)]+))?\)",
    re.IGNORECASE,
)  # fmt: skip
_CITED = re.compile(
    r"(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Kết luận|Chương trình|Đề án|Thông tư|Nghị định|Công văn)"
    r"\s+số\s+(?P<num>\d+[^\s,;()]*/[^\s,;()]*[^\s,;().])",
)
_CARRIES_OUT = re.compile(r"(?:Thực hiện|thực hiện|Triển khai|triển khai)\s+(?:\S+\s+){0,2}$")
_ISSUES = re.compile(r"(?:xây dựng và )?ban hành\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình)")
_PREAMBLE_START = re.compile(r"^(?:Thực hiện|Căn cứ|Triển khai|Nhằm|Để|Theo|Trên cơ sở)\b")
_LEVEL_ORDER = ("province", "district", "commune", "agency")


@dataclass(slots=True)
class Layout:
    header: list[Line] = field(default_factory=list)
    title: list[Line] = field(default_factory=list)
    issued_with: list[Line] = field(default_factory=list)
    preamble: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    title_kind: str = "KẾ HOẠCH"
    title_rest: str = ""


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def locate(lines: list[Line]) -> Layout:
    """Split the document's lines into header, title, preamble and body (see the module's docstring)."""
    first_i = None
    for i, ln in enumerate(lines):
        if _ROMAN_I.match(ln.text) and any(_ROMAN_II.match(x.text) for x in lines[i + 1 :]):
            first_i = i
            break
    titles = [
        i
        for i, ln in enumerate(lines[:first_i])
        if _TITLE.match(ln.text) and _upper(ln.text) and not ln.text.endswith(":")  # "QUYẾT ĐỊNH:" opens Điều 1
    ]
    out = Layout()
    if first_i is None:  # a plan with a single roman part
        after = titles[-1] + 1 if titles else 0
        first_i = next((i for i in range(after, len(lines)) if _ROMAN_I.match(lines[i].text)), None)
    if first_i is None:  # no roman parts: the body starts at the first "1." after the title
        after = titles[-1] + 1 if titles else 0
        ones = [i for i in range(after, len(lines)) if (mk := marker_of(lines[i].text)) and mk.label == "1"]
        first_i = ones[0] if ones else (len(lines) if titles else after)  # a title and no items: header only
    body_start = first_i
    end = len(lines)
    for j in range(body_start, len(lines)):
        if is_end_of_body(lines[j].text):
            end = j
            break
    out.body = lines[body_start:end]
    if not titles:
        out.header = lines[max(0, body_start - 30) : body_start] if body_start else lines[:30]
        return out
    t = titles[-1]
    m = _TITLE.match(lines[t].text)
    assert m is not None
    out.title_kind, out.title_rest = m.group("kind"), m.group("rest").strip()
    h = t - 1
    while h >= 0 and t - h <= 30 and not _HEADER_STOP.match(lines[h].text):
        h -= 1
    out.header = lines[h + 1 : t + 1]
    rest = [ln for ln in lines[t + 1 : body_start]]
    k = 0
    while k < len(rest) and rest[k].blank:
        k += 1
    title: list[Line] = []
    while k < len(rest) and not rest[k].blank and _upper(rest[k].text) and not rest[k].text.startswith("("):
        title.append(rest[k])
        k += 1
    if not title and not out.title_rest and k < len(rest) and not rest[k].text.startswith("("):
        title.append(rest[k])
        k += 1
        while (
            k < len(rest)
            and not rest[k].blank
            and not ends_terminal(title[-1].text)
            and not (_PREAMBLE_START.match(rest[k].text) and not rest[k - 1].blank)
        ):
            title.append(rest[k])
            k += 1
    out.title = title
    while k < len(rest) and (rest[k].blank or rest[k].text.startswith("(")):
        if not rest[k].blank:  # "(Ban hành kèm theo Quyết định số … của Thủ tướng Chính phủ)", maybe wrapped
            out.issued_with.append(rest[k])
            while ")" not in rest[k].text and k + 1 < len(rest) and not rest[k + 1].blank:
                k += 1
                out.issued_with.append(rest[k])
        k += 1
    out.preamble = rest[k:]
    return out


@dataclass(slots=True)
class Identity:
    id: str = ""
    number: str | None = None
    title: str = ""
    issuer: str | None = None
    issuer_id: str | None = None
    issuer_written: str | None = None
    level: str = "province"
    jurisdiction: str | None = None
    issued: date | None = None
    year: int | None = None
    place: str | None = None
    status: str = "issued"
    template: str | None = None
    cited: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _text(lines: list[Line]) -> str:
    return fold(" ".join(ln.text for ln in lines if not ln.blank and ln.text.strip("|-_=") != ""))


def _date(m: re.Match[str]) -> tuple[date | None, int | None]:
    d, mo, y = m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2")
    year = int(y) if y else None
    if d and mo and y:
        try:
            return date(int(y), int(mo), int(d)), year
        except ValueError:
            return None, year
    return None, year


def jurisdictions(registry: Registry) -> list[str]:
    names = {e.jurisdiction for e in registry.entities.values() if e.jurisdiction}
    return sorted(names, key=len, reverse=True)


def find_jurisdiction(text: str, known: list[str]) -> tuple[int, str] | None:
    key = norm(text)
    best: tuple[int, str] | None = None
    for j in known:
        for m in re.finditer(r"(?<!\w)" + re.escape(norm(j)) + r"(?!\w)", key):
            if best is None or m.start() < best[0]:
                best = (m.start(), j)
            break
    return best


def slug(jurisdiction: str | None, registry: Registry) -> str:
    if jurisdiction:
        for e in registry.entities.values():
            if e.jurisdiction == jurisdiction and "/" in e.id:
                return e.id.split("/", 1)[0]
    return re.sub(r"[^a-z0-9]+", "", fold_accents(jurisdiction or "kh")) or "kh"


def _issuer_before(text: str, names: Names) -> tuple[str, str] | None:
    """The registered body named right before "ban hành Kế hoạch" in the preamble."""
    key = match_key(text)
    for m in reversed(list(_ISSUES.finditer(text))):  # the plan's own "X ban hành Kế hoạch … như sau" comes last
        i = m.start()
        lo = max(0, i - 120)
        for w in re.finditer(r"\w+", key[lo:i]):
            pos = lo + w.start()
            if pos > 0 and key[pos - 1].isalnum():
                continue
            hit = names.match_at(text, key, pos)
            if hit and hit.entity and text[hit.end : i].strip(" ,") == "":
                if key[:pos].rstrip().endswith("của"):  # "Quyết định … của Thủ tướng Chính phủ ban hành …": cited
                    break
                return hit.entity, hit.written
    return None


def recase(upper: str, doc: str, registry: Registry, known: list[str]) -> str:
    """An upper-case title in ordinary case: copied from where the document writes the same words in mixed case,
    otherwise lower case with place names, registered bodies and document numbers restored."""
    words = upper.split()
    doc_fold = fold(doc)
    doc_key = match_key(doc_fold)
    out: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i + 2, -1):
            phrase = match_key(" ".join(words[i:j]))
            pos = doc_key.find(phrase)
            while pos >= 0 and _upper(doc_fold[pos : pos + len(phrase)]):
                pos = doc_key.find(phrase, pos + 1)
            if pos >= 0:
                out.append(doc_fold[pos : pos + len(phrase)])
                i = j
                break
        else:
            w = words[i]
            out.append(w if any(c.isdigit() for c in w) or "/" in w else w.lower())
            i += 1
    text = " ".join(out)
    for name in [*known, *(e.name for e in registry.entities.values() if " " in e.name and not e.jurisdiction)]:
        text = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", name, text, flags=re.IGNORECASE)
    return re.sub(r"([“\"«(]\s*)(\w)", lambda m: m.group(1) + m.group(2).upper(), text)


def identify(doc: str, layout: Layout, registry: Registry, known_numbers: dict[str, str]) -> Identity:
    """Number, place, date, jurisdiction, issuer, level, title and template of the plan laid out in `layout`."""
    ident = Identity()
    header = join_numbers(_text(layout.header))
    issued_with = join_numbers(_text(layout.issued_with))
    preamble = join_numbers(_text(layout.preamble))
    known = jurisdictions(registry)
    if m := _NUMBER.search(header):
        if m.group("num"):
            ident.number = f"{m.group('num')}/{m.group('code')}"
        code = m.group("code")
    else:
        code = ""
    if m := _PLACE_DATE.search(header):
        ident.place = m.group("place")
        ident.issued, ident.year = _date(m)
    w = _ISSUED_WITH.search(issued_with) or _ISSUED_WITH.search(header)
    if w:
        ident.number = ident.number or w.group("num")
        if ident.issued is None:
            ident.issued, ident.year = _date(w)
    # jurisdiction: the place line, else the header, else the title and preamble
    for source in (ident.place or "", header, _text(layout.title) + " " + preamble):
        found = find_jurisdiction(source, known)
        if found:
            ident.jurisdiction = found[1]
            break
    names = Names(registry, ident.jurisdiction)
    issuer: tuple[str, str] | None = _issuer_before(preamble, names)
    if issuer is None and w and w.group("issuer"):
        eid = names.resolve(w.group("issuer").strip())
        issuer = (eid, w.group("issuer").strip()) if eid else None
    if issuer is None:
        for hit in names.find_all(header):
            if hit.entity and not registry.get(hit.entity).is_group:
                issuer = (hit.entity, hit.written)
                break
    if issuer is None and "UBND" in code.upper():
        for label in ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố"):
            eid = names.resolve(label)
            if eid:
                issuer = (eid, label)
                break
    if issuer is not None:
        ident.issuer_id, ident.issuer_written = issuer
        entity = registry.get(issuer[0])
        ident.issuer = entity.name
        if "central" in entity.levels:
            ident.level, ident.jurisdiction = "national", None
        else:
            ident.level = next((lv for lv in _LEVEL_ORDER if lv in entity.levels), "province")
            ident.jurisdiction = entity.jurisdiction or ident.jurisdiction
    elif ident.jurisdiction:
        ident.issuer = f"Ủy ban nhân dân {_kind_of(ident.jurisdiction)} {ident.jurisdiction}"
        ident.notes.append("issuer-unresolved")
    else:
        ident.issuer = "?"
        ident.notes.append("issuer-unresolved")
    draft = "DỰ THẢO" in header.upper() or ident.number is None or ident.issued is None
    ident.status = "draft" if draft else "issued"
    ident.title = _title(doc, layout, registry, known, issued_with)
    # template: the first document the preamble cites that is a known plan
    carried_out: set[str] = set()  # cited after "Thực hiện" / "Triển khai", not as a legal basis ("Căn cứ")
    for c in _CITED.finditer(preamble):
        number = c.group("num")
        if number not in ident.cited and norm(number) != norm(ident.number or ""):
            ident.cited.append(number)
        if _CARRIES_OUT.search(preamble, max(0, c.start() - 40), c.start()):
            carried_out.add(number)
    for number in ident.cited:
        # a national decision cites others as its legal basis: only one it carries out is its template
        if norm(number) in known_numbers and (ident.level != "national" or number in carried_out):
            ident.template = known_numbers[norm(number)]
            break
    ident.id = plan_id(ident, registry)
    return ident


def _kind_of(jurisdiction: str) -> str:
    return "thành phố" if norm(jurisdiction) in {"hà nội", "hải phòng", "đà nẵng", "cần thơ", "huế"} else "tỉnh"


def _title(doc: str, layout: Layout, registry: Registry, known: list[str], issued_with: str) -> str:
    sub = fold(" ".join([layout.title_rest, *(ln.text for ln in layout.title)]))
    kind = layout.title_kind.capitalize() if layout.title_kind else "Kế hoạch"
    kind = {"Kế hoạch": "Kế hoạch", "Chương trình": "Chương trình", "Đề án": "Đề án"}.get(kind, kind)
    if not sub:
        return kind
    if _upper(sub):
        sub = recase(sub, doc, registry, known)
    if sub[:1].isupper() and (len(sub) < 2 or not sub[1].isupper()):
        sub = sub[0].lower() + sub[1:]
    return f"{kind} {sub}"


def plan_id(ident: Identity, registry: Registry) -> str:
    """`haiphong-211-2020`, `qd-489-2020`, `haiphong-draft-2023`: [a-z0-9-], from jurisdiction, number and year."""
    year = ident.issued.year if ident.issued else ident.year
    parts: list[str] = []
    if ident.level == "national" and ident.number and "/" in ident.number:
        code = ident.number.split("/", 1)[1].split("-", 1)[0]
        parts.append(re.sub(r"[^a-z0-9]+", "", fold_accents(code)) or "kh")
    else:
        parts.append(slug(ident.jurisdiction, registry))
    if ident.number:
        parts.append(re.sub(r"[^a-z0-9]+", "", fold_accents(ident.number.split("/", 1)[0])))
    else:
        parts.append("draft")
    if year:
        parts.append(str(year))
    return "-".join(p for p in parts if p)
