"""`xhht extract DOCUMENT|FOLDER [--template ID] [-o FILE|FOLDER] [--text FILE] [--force] [--id ID] [--lang vi|en]
[--registry FILE]`.

Reads the document (plain text, Word, PDF or a web page: see `documents`), extracts the plan, writes the YAML
atomically to `--output` (never over an existing file without `--force`) or to stdout, and prints the summary table
to stderr. The text of a Word, PDF or HTML document is saved beside the output (or to `--text`) and named as the
plan's `source`, so that `xhht check` can verify every task's text. A folder is drafted file by file (`batch`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from xhht_cli.config import ConfigError
from xhht_cli.extract import ExtractResult
from xhht_cli.extract.batch import run_batch
from xhht_cli.extract.draft import extract_file, text_path_for
from xhht_cli.extract.messages import msg
from xhht_cli.i18n import detect_lang


def summary(result: ExtractResult, lang: str, written: Path | None = None) -> str:
    """The summary table (rich, plain text) and the list of what needs a human look."""
    import io

    from rich.console import Console
    from rich.table import Table

    s = result.stats()
    table = Table(title=msg("title", lang) + f": {result.identity.id}", title_justify="left")
    table.add_column(msg("col.what", lang))
    table.add_column(msg("col.found", lang))
    table.add_row(msg("row.tasks", lang), str(s.tasks))
    table.add_row(msg("row.leads", lang), msg("of", lang, n=s.with_lead, total=s.tasks))
    table.add_row(msg("row.names", lang), msg("of", lang, n=s.names_resolved, total=s.names))
    bad = msg("deadlines.bad", lang, n=s.deadlines_not_understood) if s.deadlines_not_understood else ""
    table.add_row(msg("row.deadlines", lang), msg("deadlines.value", lang, n=s.deadlines) + bad)
    impl = (
        msg("implements.value", lang, n=s.with_implements, total=s.tasks, template=s.template)
        if s.template
        else msg("implements.none", lang)
    )
    table.add_row(msg("row.implements", lang), impl)
    table.add_row(msg("row.review", lang), str(s.review))
    buf = io.StringIO()
    console = Console(file=buf, width=110, no_color=True, color_system=None, highlight=False, emoji=False)
    console.print(table)
    if result.review:
        console.print(msg("review.header", lang), highlight=False)
        for line in review_lines(result, lang):
            console.print(f"  {line}", highlight=False, markup=False)
    if written is not None:
        console.print(msg("written", lang, path=written), highlight=False, markup=False)
    return buf.getvalue()


_GROUPED = ("no-lead", "low-score")


def review_lines(result: ExtractResult, lang: str) -> list[str]:
    """What needs a human look, one line per item; tasks without a lead or with an unsure counterpart are listed
    together (one line each kind), the plan's own items first."""
    order = ("", "issuer-unresolved", "no-jurisdiction", "no-template", "template-partial", "draft", "unresolved",
             "deadline-not-understood", "duplicate-id", "close-call")  # fmt: skip
    lines: list[str] = []
    items = sorted(
        (r for r in result.review if r.key not in _GROUPED),
        key=lambda r: (bool(r.where), order.index(r.key) if r.key in order else len(order)),
    )
    for r in items:
        lines.append((f"{r.where}: " if r.where else "") + msg(r.key, lang, **r.args))
    no_lead = [r.where for r in result.review if r.key == "no-lead"]
    if no_lead:
        lines.append(msg("group.no-lead", lang, n=len(no_lead), ids=", ".join(no_lead)))
    low = [f"{r.where} ({r.args['id']} {r.args['score']})" for r in result.review if r.key == "low-score"]
    if low:
        lines.append(msg("group.low-score", lang, n=len(low), items=", ".join(low)))
    return lines


def run_extract(
    document: Path,
    *,
    output: Path | None = None,
    force: bool = False,
    template: str | None = None,
    plan_id: str | None = None,
    lang: str | None = None,
    registry: Path | None = None,
    text_out: Path | None = None,
) -> int:
    """The `extract` command: returns the exit status (0); user errors raise ConfigError (exit 2). A folder is
    extracted document by document into the folder `output` (see `batch`)."""
    from xhht_cli.atomic import write_atomic

    if lang is not None and lang not in ("vi", "en"):
        raise ConfigError(msg("error.lang", "en", lang=lang))
    language = detect_lang(lang)
    if document.is_dir():
        return run_batch(document, output, force=force, template=template, lang=language, registry=registry)
    for path in (output, text_out):
        if path is not None and path.exists() and not force:
            raise ConfigError("error.output-exists", path=path)
        if path is not None and path.exists() and path.samefile(document):
            raise ConfigError("error.output-is-document", path=path)
    done = extract_file(
        document,
        output=output,
        template=template,
        plan_id=plan_id,
        registry=registry,
        lang=language,
        text_out=text_out,
    )
    saved = text_path_for(document, done.kind, output, text_out)
    if saved is not None:
        if saved.exists() and not force:
            raise ConfigError("error.output-exists", path=saved)
        write_atomic(saved, done.text, force=force)
    if output is None:
        sys.stdout.write(done.yaml)
        sys.stdout.flush()
    else:
        from xhht_cli.files import read_identities

        write_atomic(output, done.yaml, force=force, protect=read_identities())
    sys.stderr.write(summary(done.result, language, output))
    if saved is not None:
        sys.stderr.write(msg("written-text", language, path=saved) + "\n")
    sys.stderr.flush()
    return 0
