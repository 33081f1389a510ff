"""`xhht extract FOLDER -o OUTFOLDER`: every document in a folder drafted as a plan, with one summary table.

Documents are the folder's files (not recursively, hidden files skipped) whose content is text, Word, PDF or HTML;
each is written to OUTFOLDER as `<name>.yaml` (and `<name>.txt`, its text, for a Word, PDF or HTML document). A
document that cannot be read or holds no plan is a row of the table with the reason, and the others go on. The
table gives per file: tasks, names not in the registry, unsure counterparts, and whether the plan is partial. A
progress bar runs on standard error while more than a few documents are read, when it is a terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from xhht_cli.config import ConfigError
from xhht_cli.extract import load_context
from xhht_cli.extract.draft import extract_file, text_path_for
from xhht_cli.extract.messages import msg

_SUFFIXES = {".txt", ".text", ".md", ".docx", ".pdf", ".html", ".htm", ".xhtml"}


@dataclass(slots=True)
class Row:
    name: str
    tasks: int = 0
    unresolved: int = 0
    unsure: int = 0
    partial: bool = False
    error: str = ""
    written: str = ""


def documents(folder: Path) -> list[Path]:
    """The documents of `folder`, by name: files with a document suffix, hidden files aside."""
    return sorted(
        p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in _SUFFIXES
    )


def run_batch(
    folder: Path, output: Path | None, *, force: bool, template: str | None, lang: str, registry: Path | None
) -> int:
    from xhht_cli.atomic import write_atomic

    if output is None:
        raise ConfigError(msg("error.batch-output", lang, path=folder))
    if output.exists() and not output.is_dir():
        raise ConfigError(msg("error.batch-output-file", lang, path=output))
    files = documents(folder)
    if not files:
        raise ConfigError(msg("error.batch-empty", lang, path=folder))
    output.mkdir(parents=True, exist_ok=True)
    context = load_context(registry)
    rows: list[Row] = []
    with _progress(len(files), lang) as advance:
        for doc in files:
            row = Row(doc.name)
            rows.append(row)
            target = output / (doc.stem + ".yaml")
            try:
                if target.exists() and not force:
                    raise ConfigError(msg("error.batch-exists", lang, path=target))
                done = extract_file(doc, output=target, template=template, lang=lang, context=context)
                saved = text_path_for(doc, done.kind, target, None)
                if saved is not None:
                    write_atomic(saved, done.text, force=force)
                write_atomic(target, done.yaml, force=force)
            except (ConfigError, OSError) as exc:
                error = exc.message(lang) if isinstance(exc, ConfigError) else str(exc)
                row.error = error.removeprefix(f"{doc}: ")  # the file is named in its own column
            else:
                stats = done.result.stats()
                row.tasks = stats.tasks
                row.unresolved = sum(len(t.unresolved) for t in done.result.tasks)
                row.unsure = sum(1 for r in done.result.review if r.key in ("low-score", "close-call"))
                row.partial = bool(done.result.partial)
                row.written = str(target)
            advance()
    sys.stderr.write(table(rows, lang))
    sys.stderr.flush()
    return 0 if all(not r.error for r in rows) else 1


def table(rows: list[Row], lang: str) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    t = Table(title=msg("batch.title", lang, n=len(rows)), title_justify="left")
    for key in ("batch.file", "batch.tasks", "batch.unresolved", "batch.unsure", "batch.partial", "batch.result"):
        t.add_column(msg(key, lang), justify="right" if key in ("batch.tasks", "batch.unresolved",
                                                               "batch.unsure") else "left")  # fmt: skip
    yes, no = msg("batch.yes", lang), msg("batch.no", lang)
    for r in rows:
        if r.error:
            t.add_row(r.name, "", "", "", "", r.error)
        else:
            t.add_row(r.name, str(r.tasks), str(r.unresolved), str(r.unsure), yes if r.partial else no, r.written)
    buf = io.StringIO()
    Console(file=buf, width=140, no_color=True, color_system=None, highlight=False, emoji=False).print(t)
    return buf.getvalue()


@contextmanager
def _progress(total: int, lang: str) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal's stderr for more than 3 documents; otherwise nothing."""
    if total <= 3 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(msg("batch.progress", lang), total=total)
        yield lambda: bar.advance(task)
