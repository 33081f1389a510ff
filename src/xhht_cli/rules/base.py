"""What every rule is given besides the workspace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class RuleContext:
    as_of: date
    due_soon_days: int = 30
