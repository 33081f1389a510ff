"""Who leads and who cooperates: body names found in a task's words, guided by the registry.

Lists of bodies are split on commas and "và" by matching the registry's names and aliases greedily, longest first,
at each position, so a name that itself holds commas ("Ủy ban nhân dân các quận, huyện", "các cơ quan truyền thông,
báo chí") is never broken. Matching ignores case and the old/new placement of tone marks ("Uỷ ban" = "Ủy ban"), never
the accents themselves. A name the registry does not know is reported (it is kept verbatim for the summary), never
written as a lead: the output must resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xhht_cli.namekeys import norm
from xhht_cli.registry import Registry

# Verbs (and verb phrases) that follow the bodies a sentence makes responsible.
LEAD_VERBS = (
    "chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "chủ động", "thực hiện", "tổ chức", "xây dựng",
    "triển khai", "hướng dẫn", "chỉ đạo", "tham mưu", "rà soát", "lồng ghép", "nghiên cứu", "đề xuất", "theo dõi",
    "kiểm tra", "tuyên truyền", "ban hành", "bố trí", "lập", "báo cáo", "biểu dương", "vận động", "kiện toàn",
    "cập nhật", "căn cứ", "tăng cường", "đẩy mạnh", "phát động", "quán triệt", "tích cực", "khẩn trương", "tiếp tục",
    "đôn đốc", "giám sát", "sơ kết", "tổng kết", "huy động", "đảm bảo", "bảo đảm", "cân đối", "phát huy", "hỗ trợ",
    "thành lập", "tập trung", "nâng cao", "cung cấp", "có kế hoạch", "phổ biến", "thống nhất", "trình", "ưu tiên",
    "theo chức năng", "trong phạm vi", "được giao",
)  # fmt: skip
_VERBS = "|".join(re.escape(v) for v in sorted(LEAD_VERBS, key=len, reverse=True))
_VERB_RE = re.compile(r",?\s*(?:" + _VERBS + r")(?!\w)")
# Words before a body name that make it an object rather than the subject ("báo cáo Ủy ban nhân dân", "với Sở …").
_OBJECT_BEFORE = frozenset(
    ("của", "với", "cho", "về", "gửi", "tại", "trong", "đến", "từ", "theo", "và", "hoặc", "giúp", "mưu", "cáo",
     "nghị", "dẫn", "đạo", "sự", "là", "thuộc", "trình", "qua", "ở")
)  # fmt: skip
_PREFIX = re.compile(r"(?:[Đđ]ề nghị|[Gg]iao cho|[Gg]iao|[Yy]êu cầu|[Đđ]ối với|[Rr]iêng)\s+")
_SEPARATOR = re.compile(r"\s*,\s*(?:và\s+)?|\s+(?:và|cùng)\s+|\s+&\s+")
_PAREN = re.compile(r"\s*\([^()]{0,200}\)")
_COOPERATE = re.compile(r"(?<!\w)[Pp]hối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s+")
_NOT_COOPERATING_BEFORE = re.compile(r"(?:tăng cường|sự|thông qua|cường)\s*$", re.IGNORECASE)
# "chỉ đạo X phối hợp với Y", "tiêu chí do X phối hợp với Y ban hành": X cooperates with Y, not the task's lead
_THIRD_PARTY = re.compile(r"(?<!\w)(?:chỉ đạo|do)\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\.(?:\s|$)|:")
HEAD = re.compile(  # how a body's name opens
    r"(?:[Cc]ác\s+)?(?:Sở|Ban(?!\s+hành)|Bộ(?!\s+tiêu)|Hội(?!\s+(?:nghị|thảo|thi|diễn))|Ủy ban|Uỷ ban|UBND|Liên đoàn"
    r"|Đài|Báo(?!\s+cáo)|Phòng(?!\s+(?:chống|ngừa))|Trung tâm|Trường(?!\s+hợp)|Cục|Chi cục|Văn phòng|Thanh tra"
    r"|Công an|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Tỉnh đoàn|Thành đoàn|Hội đồng|Quỹ|Viện|Kho bạc|Ngân hàng"
    r"|Tổng cục|Học viện|Bệnh viện|Bộ Chỉ huy)(?!\w)"
)
# a level or place after a name: "Hội Khuyến học tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"
QUALIFIER = re.compile(
    r"\s+(?:cấp\s+(?:tỉnh|huyện|xã)|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s+(?!và\b)[A-ZĐÀ-Ỹ]\w*){0,3}"
    r"|\s+các\s+(?:huyện|quận|thị xã|thành phố|xã|phường)(?:\s*,\s*(?:huyện|quận|thị xã|thành phố|xã|phường)){0,4}"
    r"(?=\s*(?:[,;.:()]|\s(?:và|" + _VERBS + r")(?!\w)|$))"
)
# more units after a name that lists them: "Ủy ban nhân dân các huyện, thành phố" + ", thị xã"
_UNITS = r"(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)"
_UNIT_END = re.compile(rf"(?:các|cấp)\s+(?:{_UNITS}\s*,\s*)*{_UNITS}$", re.IGNORECASE)
_MORE_UNITS = re.compile(
    rf"(?:\s*,\s*(?:và\s+)?{_UNITS}|\s+và\s+{_UNITS})+(?=\s*(?:[,;.:()]|\s(?:và|" + _VERBS + r")(?!\w)|$))"
)
_UNKNOWN_STOP = re.compile(r",|;|:|\.(?:\s|$)|\(|\s+và\s+|\s+(?:" + _VERBS + r")(?!\w)")
_TONES = (("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("oè", "òe"), ("oé", "óe"),
          ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"), ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"),
          ("uỵ", "ụy"))  # fmt: skip
_OLD_TONE = re.compile(r"(?<!q)(" + "|".join(old for old, _ in _TONES) + r")(?!\w)")
_NEW_TONE = dict(_TONES)


def match_key(text: str) -> str:
    """Lower case, dashes unified, tone marks placed the new way: same length as `text`, so offsets carry over."""
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    lowered = lowered.replace("–", "-").replace("—", "-")
    return _OLD_TONE.sub(lambda m: _NEW_TONE[m.group(1)], lowered)


def _first_token(s: str, pos: int = 0) -> str:
    m = re.compile(r"\w+").match(s, pos)
    return m.group() if m else ""


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    written: str  # as the document writes it
    entity: str | None  # the registry id, None when the registry does not know it
    label: str  # what to write so that it resolves: `written`, or the registry's spelling when only that resolves
    weak: bool = False  # a common noun ("các địa phương", "cá nhân"): a subject only before a verb


@dataclass(slots=True)
class Assignment:
    lead: list[NameHit] = field(default_factory=list)
    cooperating: list[NameHit] = field(default_factory=list)
    heading: bool = False  # the words are nothing but a list of bodies: a heading over their duties

    @property
    def resolved_lead(self) -> list[NameHit]:
        return [h for h in self.lead if h.entity]


class Names:
    """The registry's names usable in one jurisdiction, indexed for longest-first matching inside running text."""

    def __init__(self, registry: Registry, jurisdiction: str | None) -> None:
        self.registry = registry
        self.jurisdiction = jurisdiction
        scope = norm(jurisdiction) if jurisdiction else None
        self._index: dict[str, list[tuple[str, str, str]]] = {}
        seen: set[str] = set()
        for entity in registry.entities.values():
            if entity.jurisdiction and norm(entity.jurisdiction) != scope:
                continue
            for label in (entity.name, *entity.aliases):
                key = match_key(" ".join(label.split()))
                eid = registry.resolve(label, jurisdiction)
                if eid is None or key in seen:
                    continue
                seen.add(key)
                self._index.setdefault(_first_token(key), []).append((key, label, eid))
        for entries in self._index.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)

    def resolve(self, name: str) -> str | None:
        return self.registry.resolve(name, self.jurisdiction)

    def match_at(self, text: str, key: str, pos: int) -> NameHit | None:
        """The longest registered name starting at `pos` and ending on a word boundary."""
        for k, label, eid in self._index.get(_first_token(key, pos), ()):
            end = pos + len(k)
            if key.startswith(k, pos) and (end == len(key) or not key[end].isalnum()):
                written = text[pos:end]
                out = written if self.resolve(written) == eid else label
                return NameHit(pos, end, written, eid, out, weak=_weak(k))
        return None

    def qualified(self, text: str, hit: NameHit | None) -> NameHit | None:
        """`hit` with the level or place written after it ("Hội Khuyến học" + "tỉnh"), when the name alone is a
        group of every level: the qualified name is that level's body, known to the registry or not."""
        if hit is None or hit.entity is None:
            return hit
        q = _MORE_UNITS.match(text, hit.end) if _UNIT_END.search(hit.written) else None
        if q is None and self.registry.get(hit.entity).is_group:
            q = QUALIFIER.match(text, hit.end)
        if q is None:
            return hit
        written = text[hit.start : q.end()]
        return NameHit(hit.start, q.end(), written, self.resolve(written), written)

    def unknown_at(self, text: str, pos: int) -> NameHit | None:
        """A name that looks like a body ("Sở …", "Ban …") but is not registered: up to a comma, "và" or a verb."""
        m = HEAD.match(text, pos)
        if not m:
            return None
        key = match_key(text)
        stop = _UNKNOWN_STOP.search(text, m.end())
        # "Sở Kế hoạch và Đầu tư": "và" ends the name only when another body follows it
        while (
            stop
            and stop.group().strip() == "và"
            and not (self.match_at(text, key, stop.end()) or HEAD.match(text, stop.end()))
        ):
            stop = _UNKNOWN_STOP.search(text, stop.end())
        end = stop.start() if stop else len(text)
        words = text[pos:end].split()
        if len(words) < 2 or len(words) > 12:
            return None
        end = pos + len(text[pos:end].rstrip())
        return NameHit(pos, end, text[pos:end], None, text[pos:end])

    def find_all(self, text: str) -> list[NameHit]:
        """Every registered name in `text`, left to right, without overlaps."""
        key = match_key(text)
        out: list[NameHit] = []
        pos = 0
        for m in re.finditer(r"\w+", key):
            if m.start() < pos or (m.start() > 0 and key[m.start() - 1].isalnum()):
                continue
            hit = self.match_at(text, key, m.start())
            if hit:
                out.append(hit)
                pos = hit.end
        return out

    def parse_list(self, text: str, key: str, pos: int, *, first_verb_ok: bool = False) -> tuple[list[NameHit], int]:
        """Bodies named one after another from `pos`, separated by commas, "và" or "cùng"."""
        hits: list[NameHit] = []
        while True:
            hit = self.qualified(text, self.match_at(text, key, pos)) or self.unknown_at(text, pos)
            if hit is None or (not hits and not first_verb_ok and _is_verb_name(hit)):
                break
            hits.append(hit)
            pos = hit.end
            paren = _PAREN.match(text, pos)
            after = paren.end() if paren else pos
            sep = _SEPARATOR.match(text, after)
            if sep is None:
                pos = after
                break
            nxt = sep.end()
            if self.match_at(text, key, nxt) is None and self.unknown_at(text, nxt) is None:
                pos = after
                break
            pos = nxt
        return hits, pos

    def spans(self, before: str, after: str) -> bool:
        """Whether a registered name runs across the junction of `before` and `after` (a line break)."""
        tail = " ".join(before.split()[-8:])
        head = " ".join(after.split()[:8])
        joined = f"{tail} {head}"
        cut = len(tail)
        key = match_key(joined)
        for m in re.finditer(r"\w+", key[:cut]):
            if m.start() > 0 and key[m.start() - 1].isalnum():
                continue
            hit = self.match_at(joined, key, m.start())
            if hit is not None and hit.end > cut + 1 and len(hit.written.split()) > 1:
                return True
        return False

    def bodies_only(self, text: str) -> bool:
        """Whether `text` is nothing but a list of bodies (a heading such as "3. Sở Tài chính")."""
        text = _PREFIX.sub("", text, count=1) if _PREFIX.match(text) else text
        hits, end = self.parse_list(text, match_key(text), 0)
        return bool(hits) and any(h.entity for h in hits) and not text[end:].strip(" .:;")


def _weak(key: str) -> bool:
    words = key.split()
    return len(words) <= 2 or (words[0] == "các" and len(words) <= 3 and "," not in key)


def _is_verb_name(hit: NameHit) -> bool:
    return match_key(hit.written) in ("tổ chức", "đoàn thể", "gia đình", "doanh nghiệp", "địa phương")


def _verb_follows(text: str, pos: int) -> bool:
    paren = _PAREN.match(text, pos)
    pos = paren.end() if paren else pos
    return bool(_VERB_RE.match(match_key(text), pos))


def _accept(text: str, hits: list[NameHit], end: int) -> bool:
    """A list at the start of a sentence is its subject unless it is only common nouns or guesses not before a verb."""
    if not hits:
        return False
    rest = _PAREN.sub("", text[end:], count=1).strip()
    if not rest or rest[0] in ":;.":
        return True
    if all(h.entity is None or h.weak for h in hits):
        return _verb_follows(text, end)
    return True


def parse_assignment(text: str, names: Names, *, scan: bool = False) -> Assignment:
    """The lead and cooperating bodies a task's words name.

    The lead is the list of bodies the words open with ("Sở Giáo dục và Đào tạo chủ trì, …", "Giao X …",
    "Đề nghị X …", "Đối với X", "X có trách nhiệm:"); with `scan`, when there is none, the first list in the first
    sentence that is followed by a verb ("Trước ngày …, các quận/huyện, Sở, ngành … báo cáo"). The cooperating bodies
    follow "phối hợp (chặt chẽ) với" in the first clause, unless that is "tăng cường phối hợp", "sự phối hợp" or
    something a third body does ("chỉ đạo X phối hợp với Y", "tiêu chí do X phối hợp với Y ban hành").
    """
    key = match_key(text)
    out = Assignment()
    m = _PREFIX.match(text)
    start = m.end() if m else 0
    hits, end = names.parse_list(text, key, start)
    if _accept(text, hits, end):
        out.lead = hits
        out.heading = not _PAREN.sub("", text[end:], count=1).strip(" .:;")
    elif scan:
        out.lead, end = _scan(text, key, names)
    if not out.lead:
        end = 0
    clause = _CLAUSE_END.search(text, end)
    limit = clause.start() if clause else len(text)
    for c in _COOPERATE.finditer(text, end, limit):
        before = text[end : c.start()]
        if _NOT_COOPERATING_BEFORE.search(before) or _THIRD_PARTY.search(before):
            continue
        coop, _ = names.parse_list(text, key, c.end(), first_verb_ok=True)
        out.cooperating = coop
        break
    return out


def _scan(text: str, key: str, names: Names) -> tuple[list[NameHit], int]:
    sentence = re.search(r"\.\s+(?=[A-ZĐÀ-Ỹ])", text)
    limit = sentence.start() if sentence else len(text)
    for m in re.finditer(r"\w+", key[:limit]):
        pos = m.start()
        if pos > 0 and key[pos - 1].isalnum():
            continue
        before = key[:pos].rstrip(" ,").rsplit(" ", 1)[-1]
        if before in _OBJECT_BEFORE:
            continue
        hit = names.match_at(text, key, pos)
        if hit is None or _is_verb_name(hit):
            continue
        hits, end = names.parse_list(text, key, pos)
        if hits and any(h.entity for h in hits) and _verb_follows(text, end):
            return hits, end
    return [], 0
