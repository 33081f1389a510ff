"""One document drafted as a plan: its text read (any kind `documents` reads), the template resolved, the plan
extracted and rendered as YAML, with where its text is saved for `source`. Nothing is written here: `command` (one
document) and `batch` (a folder) write what this returns.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from xhht_cli.config import ConfigError
from xhht_cli.extract import Context, ExtractError, ExtractResult, Review, extract_plan, load_context, render
from xhht_cli.extract.blocks import DocumentError
from xhht_cli.extract.documents import Kind
from xhht_cli.extract.documents import read_document as read_text_of
from xhht_cli.extract.messages import msg
from xhht_cli.extract.writer import load_plan


def read_document(path: Path, lang: str) -> str:
    """The text of a plain-text file (a template given as a file)."""
    return read_any(path, lang)[0]


def read_any(path: Path, lang: str) -> tuple[str, Kind]:
    """The text of a document of any kind xhht reads (see `documents`), and its kind."""
    try:
        return read_text_of(path)
    except OSError as exc:
        raise ConfigError(msg("error.read", lang, path=path, reason=exc.strerror or exc)) from None
    except DocumentError as exc:
        raise ConfigError(msg(exc.key, lang, path=path, **exc.args_)) from None


def source_path(document: Path, output: Path | None) -> str:
    """The document's path relative to the output file's folder (or the current folder for stdout), with "/"."""
    base = (output.parent if output is not None else Path(".")).resolve()
    try:
        rel = os.path.relpath(document.resolve(), base)
    except ValueError:  # another drive on Windows
        rel = str(document.resolve())
    return rel.replace(os.sep, "/")


def _template(value: str | None, context: Context, lang: str) -> str | None:
    """A template id: a known plan's id, or the id of the plan in the file `value` (then added to the context)."""
    if value is None or value in context.plans:
        return value
    path = Path(value)
    if path.is_file():
        try:
            plan = load_plan(read_document(path, lang), str(path))
        except ValueError as exc:
            # named by code and place only: the file may be any file on the machine
            raise ConfigError(msg("error.not-plan", lang, path=path, problems=exc)) from None
        context.plans[plan.plan.id] = plan
        return plan.plan.id
    known = ", ".join(sorted(context.plans)[:10])
    raise ConfigError(msg("error.template", lang, id=value, known=known))


@dataclass(slots=True)
class Extracted:
    result: ExtractResult
    yaml: str
    text: str  # the document's text, as read
    kind: Kind


def text_path_for(document: Path, kind: Kind, output: Path | None, text_out: Path | None) -> Path | None:
    """Where the text of a Word, PDF or HTML document, or of a text converted to UTF-8 (or cleared of control
    characters), is saved for `source` (and S009): `text_out`, else beside the output file (`x.yaml` -> `x.txt`);
    None for a UTF-8 text document, or when the plan goes to stdout."""
    if kind == "text" and text_out is None:
        return None
    if text_out is not None:
        return text_out
    return output.with_suffix(".txt") if output is not None else None


def extract_file(
    document: Path,
    *,
    output: Path | None = None,
    template: str | None = None,
    plan_id: str | None = None,
    registry: Path | None = None,
    lang: str = "en",
    context: Context | None = None,
    text_out: Path | None = None,
) -> Extracted:
    """Extract `document`; returns the result, the YAML text and the document's text (nothing is written). The
    plan's `source` is the document when it is plain text, else the text file it will be saved to (`text_path_for`),
    else absent (with a review note)."""
    if plan_id is not None and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", plan_id):
        raise ConfigError(msg("error.id", lang, id=plan_id))
    text, kind = read_any(document, lang)
    context = context or load_context(registry)
    tpl = _template(template, context, lang)
    saved = text_path_for(document, kind, output, text_out)
    source = source_path(saved or document, output) if (saved or kind == "text") else ""
    try:
        result = extract_plan(text, context, source=source, template=tpl, plan_id=plan_id)
    except ExtractError as exc:
        raise ConfigError(msg(exc.key, lang, path=document)) from None
    result.document = document.name
    if not source:
        result.review.append(Review("", "no-source", {"kind": kind}))
    return Extracted(result, render(result, lang), text, kind)
