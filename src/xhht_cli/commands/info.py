"""The commands that describe xhht itself: schema (the JSON Schema of its files) and explain (its codes)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from xhht_cli.commands.guard import guard
from xhht_cli.commands.options import Lang
from xhht_cli.config import ConfigError


@guard
def schema(kind: Annotated[str, typer.Argument(metavar="KIND", help="plan, report or registry.")] = "plan") -> None:
    """Print the JSON Schema of plan, report or registry files (for editors). / Lược đồ JSON của tệp."""
    import json

    from xhht_cli.models import MODEL_BY_KIND
    from xhht_cli.schema_docs import json_schema

    if kind not in MODEL_BY_KIND:
        raise ConfigError("error.choice", option="schema", value=kind, choices=", ".join(MODEL_BY_KIND))
    doc = json_schema(kind)
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


@guard
def explain(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="CODE", help="A code (D001) or rule name (overdue); none lists them all.", show_default=False
        ),
    ] = None,
    lang: Lang = None,
) -> None:
    """What a rule checks, why it matters and how to fix it. / Giải thích một mã."""
    from xhht_cli.explain import doc
    from xhht_cli.i18n import detect_lang, text
    from xhht_cli.rules.table import BY_NAME as RULES_BY_NAME
    from xhht_cli.rules.table import RULES

    language = detect_lang(lang)
    if code is None:
        for r in RULES.values():
            typer.echo(f"{r.code}  {r.name:<28} {r.severity.value:<8} {doc(r.code, language).summary}")
        return
    rule = RULES.get(code.upper()) or RULES_BY_NAME.get(code)
    if rule is None:
        typer.echo("xhht: " + text("ui.explain.unknown", language, code=code, codes=", ".join(RULES)), err=True)
        raise typer.Exit(2)
    d = doc(rule.code, language)
    labels = [text(f"ui.explain.{part}", language) for part in ("severity", "summary", "why", "fix", "example")]
    typer.echo(f"{rule.code} {rule.name}\n{labels[0]}: {text('ui.severity.' + rule.severity.value, language)}\n")
    paragraphs = [f"{labels[1]}: {d.summary}", f"{labels[2]}: {d.why}", f"{labels[3]}: {d.fix}"]
    if sys.stdout.isatty():  # a terminal would cut words at its edge: wrap at spaces (a pipe gets one line each)
        import shutil
        import textwrap

        width = max(40, shutil.get_terminal_size().columns - 1)
        paragraphs = [textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs]
    typer.echo("\n\n".join(paragraphs) + f"\n\n{labels[4]}:")
    typer.echo("\n".join("    " + line for line in d.example.splitlines()))
