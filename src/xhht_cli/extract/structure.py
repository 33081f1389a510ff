"""The document's numbering as a tree, and the tasks in it with their ids.

Roman sections (I, II …), numbered items (1., 2.1.), lettered items (a) … đ) … i), in the Vietnamese order) and
bullets ("-", "–", "+" one level deeper) nest by kind; a marker out of sequence is ordinary text. Ids follow the
document's own numbering: `II.4.a.2` is the second bullet of II.4.a, `II.7.3` the third bullet directly under II.7.

A task is the smallest numbered or bulleted item that assigns work:
- a leaf item; its text is its own words and the paragraphs under it, except a title with no final punctuation
  ("3. Sở Nội vụ", "a) Khen thưởng hàng năm") when paragraphs follow it;
- the paragraph under an item and before its bullets, when that paragraph names no body (then it is the header the
  bullets inherit their lead from, "Sở Giáo dục và Đào tạo chủ trì, …:");
- never in sections that only state purpose (Mục đích, yêu cầu, Mục tiêu, Quan điểm …); in a funding section
  (Kinh phí) only items that name a body; never an item that lists forms of commendation or sources of funds.
The unnumbered paragraphs after the last item of the plan (the closing "Trên đây là …", "Trong quá trình tổ chức
thực hiện, nếu có vướng mắc …./.") belong to no task.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from xhht_cli.extract.text import Marker, Para, ends_terminal, fold, next_letter, next_roman
from xhht_cli.namekeys import fold as fold_key

_PURPOSE = re.compile(
    r"^(?:muc dich|yeu cau|muc tieu|quan diem|can cu|su can thiet|ket qua|thuc trang|tinh hinh|chi tieu|"
    r"danh gia|boi canh|pham vi|doi tuong ap dung)"
)
_FUNDING = re.compile(r"^(?:kinh phi|nguon kinh phi|nguon luc tai chinh)")
_NOT_A_TASK = re.compile(
    r"^(?:Kinh phí|Nguồn kinh phí|Bằng khen|Giấy khen|Cờ thi đua|Huân chương|Huy chương|Hình thức khen thưởng"
    r"|Tiêu chuẩn khen thưởng|Đối tượng khác|Đối tượng áp dụng)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện|Quá trình thực hiện"
    r"|(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\b.{0,60}\byêu cầu\b|Yêu cầu các|Đề nghị các cơ quan)"
)
_LEVEL = {"roman": 0, "letter": 5}


@dataclass(slots=True, eq=False)
class Node:
    kind: str  # "root" | "roman" | "number" | "letter" | "bullet"
    label: str
    id: str
    level: int
    head: Para | None = None
    paras: list[Para] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    bullet: str = ""  # "-" or "+" for bullets

    def head_text(self, doc: str) -> str:
        return self.head.text(doc) if self.head else ""

    def walk(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            yield from c.walk()

    def ancestors(self) -> Iterator[Node]:
        n = self.parent
        while n is not None and n.kind != "root":
            yield n
            n = n.parent


def _level(m: Marker) -> int:
    if m.kind == "number":
        return 1 + m.label.count(".")
    if m.kind == "bullet":
        return 6 if m.label == "-" else 7
    return _LEVEL[m.kind]


def build_tree(doc: str, paras: list[Para]) -> Node:
    """Nest the paragraphs by their markers; a marker out of sequence is treated as ordinary text."""
    root = Node("root", "", "", -1)
    stack = [root]
    for p in paras:
        m = p.marker
        placed = False
        if m is not None:
            level = _level(m)
            depth = len(stack)
            while depth > 1 and stack[depth - 1].level >= level:
                depth -= 1
            parent = stack[depth - 1]
            label = _label(parent, m)
            if label is not None:
                node = Node(m.kind, label, f"{parent.id}.{label}" if parent.id else label, level, p, parent=parent)
                node.bullet = m.label if m.kind == "bullet" else ""
                parent.children.append(node)
                del stack[depth:]
                stack.append(node)
                placed = True
        if not placed:
            p.marker = None
            stack[-1].paras.append(p)
    _drop_closing(doc, root)
    return root


def _label(parent: Node, m: Marker) -> str | None:
    siblings = [c for c in parent.children if c.kind == m.kind]
    if m.kind == "roman":
        prev = siblings[-1].label if siblings else None
        return m.label if parent.kind == "root" and next_roman(prev, m.label) else None
    if m.kind == "letter":
        return m.label if next_letter(siblings[-1].label if siblings else None, m.label) else None
    if m.kind == "bullet":
        return str(sum(1 for c in siblings if c.bullet == m.label) + 1)
    parts = m.label.split(".")
    last = int(parts[-1])
    prev_numbers = [int(c.label.split(".")[-1]) for c in siblings]
    expected = prev_numbers[-1] + 1 if prev_numbers else 1
    if last != expected:
        return None
    if len(parts) > 1 and parent.kind == "number" and parent.label.split(".")[-1] == parts[-2]:
        return parts[-1]
    return m.label


def _drop_closing(doc: str, root: Node) -> None:
    last = root
    while last.children:
        last = last.children[-1]
    for i, p in enumerate(last.paras):
        t = p.text(doc)
        if _CLOSING.match(t) or t.endswith("./."):
            del last.paras[i:]
            return


@dataclass(slots=True)
class TaskSpan:
    """Where a task's words are: its id, the node it belongs to, its text pieces and whether the head is one."""

    id: str
    node: Node
    pieces: list[Para]  # the paragraphs that make up its text, in order
    head_in_text: bool
    section_kind: str  # "funding" or "" (tasks of a funding section must name a body)
    intro: bool = False  # the paragraph before an item's bullets: a task only when it names no body

    def text(self, doc: str) -> str:
        first, last = self.pieces[0], self.pieces[-1]
        return fold(doc[first.body_start : last.end])


def section_kind(title: str) -> str:
    key = fold_key(title)
    if _PURPOSE.match(key):
        return "purpose"
    if _FUNDING.match(key):
        return "funding"
    return ""


def tasks_of(doc: str, roman: Node) -> list[TaskSpan]:
    """The task spans of one roman section, in document order."""
    kind = section_kind(roman.head_text(doc))
    if kind == "purpose":
        return []
    out: list[TaskSpan] = []
    if not roman.children and roman.paras:
        out.append(TaskSpan(roman.id, roman, list(roman.paras), False, kind))
    for node in roman.walk():
        if node is roman or node.head is None:
            continue
        if _NOT_A_TASK.match(node.head_text(doc)):
            continue
        if node.children:
            if node.paras:
                out.append(TaskSpan(node.id, node, list(node.paras), False, kind, intro=True))
            continue
        if node.paras and not ends_terminal(node.head_text(doc)):
            out.append(TaskSpan(node.id, node, list(node.paras), False, kind))
        else:
            out.append(TaskSpan(node.id, node, [node.head, *node.paras], True, kind))
    return [t for t in out if not _NOT_A_TASK.match(t.text(doc))]


def split_sections(doc: str, roman: Node) -> list[tuple[str, str, Node | None]]:
    """How a roman section is written out: one section, or one per numbered item when every item is a heading over
    lettered items or bullets (`II.1`, `II.2` …). Returns (id, title, the item or None for the whole section)."""
    title = section_title(roman.head_text(doc))
    numbers = [c for c in roman.children if c.kind == "number"]
    if (
        section_kind(roman.head_text(doc)) != "purpose"
        and numbers
        and all(c.children for c in numbers)
        and len(numbers) == len(roman.children)
        and not roman.paras
    ):
        return [(c.id, section_title(c.head_text(doc)), c) for c in numbers]
    return [(roman.id, title, None)]


def section_title(text: str) -> str:
    return text.rstrip(" .:;*_#") or text
