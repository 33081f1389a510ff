"""What every document reader gives: blocks (paragraphs and tables, in reading order), laid out as text by
`to_text`; and what a reader raises: a `DocumentError` with a message key (see `messages`), never a traceback.
The readers (`readers` for Word and HTML, `pdf`) import the libraries of the ``documents`` extra through `need`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

INSTALL = "pip install 'xhht[documents]'"


class DocumentError(Exception):
    """The document cannot be read; `key` names the message (see `messages`), `args_` its arguments."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


@dataclass(slots=True)
class Table:
    rows: list[list[str]] = field(default_factory=list)


Block = str | Table  # a paragraph, or a table


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


def to_text(blocks: list[Block]) -> str:
    """Paragraphs one a line; a table as ``| a | b |`` rows between blank lines (a pipe inside a cell becomes
    "/"). Empty paragraphs and rows are dropped."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            rows = [[_cell(c) for c in row] for row in block.rows]
            rows = [r for r in rows if any(r)]
            if rows:
                out += ["", *("| " + " | ".join(r) + " |" for r in rows), ""]
        elif block.strip():
            out.append(" ".join(block.split()))
    return "\n".join(out).strip("\n") + "\n" if out else ""


def need(module: str) -> Any:
    """Import a library of the `documents` extra, or raise the one-line install message."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise DocumentError("doc.extra", module=module, command=INSTALL) from None


def detail(exc: Exception) -> str:
    """A library's exception in one short line: its type, and its message up to 120 characters."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__
