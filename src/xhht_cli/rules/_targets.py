"""What the target rules (T001, T002) share: how a message quotes a target.

A local target implements one template target. Targets carry no bodies, so every template target applies to every
plan that implements the template.
"""

from __future__ import annotations


def short(text: str, words: int = 14) -> str:
    """A target's text as messages quote it: its first words (the figure and what it measures come first)."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
