"""Run configuration: options over the configuration file over defaults (`xhht_cli.config.resolve`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from xhht_cli.config import FAIL_ON, Config, ConfigError, resolve
from xhht_cli.findings import Severity


def test_defaults_without_a_configuration_file(tmp_path: Path) -> None:
    c = resolve(cwd=tmp_path, lang="en")
    assert c.as_of == date.today()
    assert (c.format, c.fail_on, c.due_soon_days, c.select, c.ignore, c.jobs) == (
        "text",
        "error",
        30,
        None,
        frozenset(),
        None,
    )
    assert (c.max_file_size, c.max_depth, c.max_nodes, c.registry) == (8 * 1024 * 1024, 64, 500_000, None)


def test_the_file_fills_in_what_the_command_line_leaves_out(tmp_path: Path) -> None:
    (tmp_path / "xhht.toml").write_text(
        'as-of = "2020-09-01"\nlang = "en"\nselect = ["D001", "late-issuance"]\nformat = "json"\n'
        "due-soon-days = 7\nmax-depth = 10\n",
        encoding="utf-8",
    )
    c = resolve(cwd=tmp_path)
    assert (c.as_of, c.lang, c.format, c.due_soon_days, c.max_depth) == (date(2020, 9, 1), "en", "json", 7, 10)
    assert c.select == {"D001", "D006"}
    c = resolve(cwd=tmp_path, as_of="2026-11-22", fmt="text", select=["A"], due_soon_days=3)
    assert (c.as_of, c.format, c.due_soon_days) == (date(2026, 11, 22), "text", 3)
    assert c.select == {"A001", "A002", "A003", "A004"}


def test_pyproject_table_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.xhht]\nfail-on = "warning"\n', encoding="utf-8")
    (tmp_path / "plans").mkdir()
    assert resolve(cwd=tmp_path / "plans").fail_on == "warning"


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"as_of": "2026-02-30"}, "error.as-of"),
        ({"fmt": "yaml"}, "error.choice"),
        ({"fail_on": "fatal"}, "error.choice"),
        ({"lang": "fr"}, "error.choice"),
        ({"select": ["Z9"]}, "error.selection"),
    ],
)
def test_values_not_allowed(tmp_path: Path, options: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        resolve(cwd=tmp_path, **options)  # type: ignore[arg-type]
    assert info.value.key == key


def test_unknown_key_in_the_file(tmp_path: Path) -> None:
    (tmp_path / "xhht.toml").write_text("fial-on = 'info'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        resolve(cwd=tmp_path)
    assert "fial-on" in info.value.message("en") and "fial-on" in info.value.message("vi")


def test_fail_on_is_every_severity_and_never() -> None:
    assert FAIL_ON == ("error", "warning", "info", "never")


@pytest.mark.parametrize(
    ("fail_on", "worst", "status"),
    [
        ("error", None, 0),
        ("error", Severity.WARNING, 0),
        ("error", Severity.ERROR, 1),
        ("warning", Severity.WARNING, 1),
        ("warning", Severity.INFO, 0),
        ("info", Severity.INFO, 1),
        ("never", Severity.ERROR, 0),
    ],
)
def test_exit_status(fail_on: str, worst: Severity | None, status: int) -> None:
    assert Config(as_of=date(2026, 1, 1), fail_on=fail_on).exit_status(worst) == status
