"""Task tables: many provinces publish their tasks as a table, "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian hoàn thành", one task a row.

In the text a table is rows of ``| cell | cell |`` (as `blocks.to_text` lays out a Word, PDF or HTML table, and as
a copied text often has them). A table is a task table when its header row names a task column ("Nhiệm vụ", "Nội
dung") and a lead column ("chủ trì"). Each row below it with a task is a task: its id is the enclosing roman part's
and the row's number ("II.3" for row 3 of a table in part II; the row's position when the number cell is empty), its
`text` the task cell verbatim, its lead and cooperating bodies the names in those cells, its deadline the time cell
when the grammar understands it. A row that only names a group ("I | Công tác tuyên truyền") is a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xhht_cli.deadlines import Deadline, parse_deadline
from xhht_cli.extract.bodies import HEAD, NameHit, Names, match_key
from xhht_cli.extract.dates import find_deadline
from xhht_cli.extract.model import ExtractedTask, Review
from xhht_cli.extract.text import Line, fold

_ROW = re.compile(r"^\|(?P<cells>.*)\|$")
_ROMAN_OR_LETTER = re.compile(r"^(?:[IVX]+|[A-ZĐ])\.?$")


@dataclass(slots=True)
class Cell:
    start: int  # offsets in the document
    end: int

    def text(self, doc: str) -> str:
        return fold(doc[self.start : self.end])


@dataclass(slots=True)
class Row:
    line: Line
    number: str
    task: Cell
    lead: Cell | None
    cooperating: Cell | None
    deadline: Cell | None


@dataclass(slots=True)
class TaskTable:
    start: int  # offset of the header row
    rows: list[Row] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)  # line numbers the table takes


def _cells(doc: str, ln: Line) -> list[Cell] | None:
    m = _ROW.match(ln.text)
    if m is None:
        return None
    out: list[Cell] = []
    pos = ln.start + 1
    for raw in m.group("cells").split("|"):
        lead = len(raw) - len(raw.lstrip())
        out.append(Cell(pos + lead, pos + lead + len(raw.strip())))
        pos += len(raw) + 1
    return out


def _roles(doc: str, header: list[Cell]) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for i, cell in enumerate(header):
        words = cell.text(doc).lower()
        if "chủ trì" in words:
            roles.setdefault("lead", i)
        elif "phối hợp" in words:
            roles.setdefault("cooperating", i)
        elif any(w in words for w in ("thời gian", "thời hạn", "tiến độ")):
            roles.setdefault("deadline", i)
        elif any(w in words for w in ("nhiệm vụ", "nội dung", "công việc", "giải pháp")):
            roles.setdefault("task", i)
        elif words.strip(" .") in ("tt", "stt", "số tt", "số thứ tự"):
            roles.setdefault("number", i)
    return roles if "task" in roles and "lead" in roles else None


def task_tables(doc: str, lines: list[Line]) -> list[TaskTable]:
    """The task tables among `lines`."""
    out: list[TaskTable] = []
    i = 0
    while i < len(lines):
        header = _cells(doc, lines[i])
        roles = _roles(doc, header) if header and len(header) >= 3 else None
        if roles is None or header is None:
            i += 1
            continue
        table = TaskTable(lines[i].start, lines={lines[i].number})
        width = len(header)
        j = i + 1
        while j < len(lines) and (lines[j].blank or (cells := _cells(doc, lines[j])) is not None):
            if lines[j].blank:
                if j + 1 < len(lines) and _cells(doc, lines[j + 1]) is not None:
                    j += 1
                    continue
                break
            table.lines.add(lines[j].number)
            if cells is not None and len(cells) == width:
                row = _row(doc, lines[j], cells, roles)
                if row is not None:
                    table.rows.append(row)
            j += 1
        out.append(table)
        i = j
    return out


def _row(doc: str, ln: Line, cells: list[Cell], roles: dict[str, int]) -> Row | None:
    def get(role: str) -> Cell | None:
        k = roles.get(role)
        return cells[k] if k is not None and cells[k].end > cells[k].start else None

    task = get("task")
    if task is None:
        return None
    number = get("number")
    label = number.text(doc).rstrip(".") if number else ""
    lead, coop, deadline = get("lead"), get("cooperating"), get("deadline")
    if _ROMAN_OR_LETTER.match(label) and lead is None and coop is None:
        return None  # a group heading inside the table
    if re.fullmatch(r"\d+(?:\.\d+)*", label) is None:
        label = ""
    return Row(ln, label, task, lead, coop, deadline)


def row_task(doc: str, row: Row, task_id: str, names: Names) -> tuple[ExtractedTask, list[Review]]:
    """The task a row states, and what about it needs a human look."""
    task = ExtractedTask(task_id, row.task.text(doc))
    reviews: list[Review] = []
    lead = _names(doc, row.lead, names)
    coop = [h for h in _names(doc, row.cooperating, names) if (h.entity or h.written) not in
            {x.entity or x.written for x in lead}]  # fmt: skip
    task.lead = [h.label for h in lead]
    task.cooperating = [h.label for h in coop]
    task.unresolved = [h.written for h in (*lead, *coop) if h.entity is None]
    task.names_found = len(lead) + len(coop)
    if not task.lead:
        reviews.append(Review(task_id, "no-lead"))
    if task.unresolved:
        reviews.append(Review(task_id, "unresolved", {"names": "; ".join(task.unresolved)}))
    if row.deadline is not None:
        written = row.deadline.text(doc)
        if isinstance(parse_deadline(written), Deadline):
            task.deadline = written
        else:
            found = find_deadline(written)
            task.deadline = found.text
            if found.text is None:
                reviews.append(Review(task_id, "deadline-not-understood", {"text": written}))
    else:
        task.deadline = find_deadline(task.text).text
    return task, reviews


def _names(doc: str, cell: Cell | None, names: Names) -> list[NameHit]:
    """The bodies a cell names, one per piece between ";" (and between commas or "và" where the next piece opens a
    body's name: "Sở Văn hóa, Thể thao và Du lịch" is one name); a piece the registry does not know is kept as it
    stands."""
    if cell is None:
        return []
    out: list[NameHit] = []
    for part in re.split(r"\s*;\s*", cell.text(doc)):
        pieces = re.split(r"(,\s*|\s+và\s+)", part.strip(" .;:"))
        current = pieces[0]
        for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            if _opens_name(piece, names):
                out.append(_hit(current, names))
                current = piece
            else:
                current += sep + piece
        if current.strip():
            out.append(_hit(current, names))
    return out


def _opens_name(piece: str, names: Names) -> bool:
    return bool(HEAD.match(piece)) or names.match_at(piece, match_key(piece), 0) is not None


def _hit(name: str, names: Names) -> NameHit:
    name = name.strip()
    eid = names.resolve(name)
    if eid is None:
        hit = names.qualified(name, names.match_at(name, match_key(name), 0))
        if hit is not None and hit.end == len(name):
            return hit
    return NameHit(0, len(name), name, eid, name)
