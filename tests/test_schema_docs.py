"""`xhht schema`: every key of the three file kinds has a description, in Vietnamese and in English."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import invoke

from xhht_cli.models import MODEL_BY_KIND
from xhht_cli.schema_docs import DESCRIPTIONS


def _nodes(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [("(root)", doc), *doc.get("$defs", {}).items()]


@pytest.mark.parametrize("kind", sorted(MODEL_BY_KIND))
def test_every_key_is_described(kind: str) -> None:
    r = invoke("schema", kind)
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    assert doc["title"] == f"xhht {kind} file" and doc["$schema"].endswith("2020-12/schema")
    for name, node in _nodes(doc):
        assert node.get("description"), name
        for key, prop in node.get("properties", {}).items():
            description = prop.get("description", "")
            vi, _, en = description.partition("\n\n")
            assert vi and en, f"{kind}: {name}.{key} has no description in both languages"


def test_no_description_names_a_key_that_does_not_exist() -> None:
    models: dict[str, Any] = {}
    for model in MODEL_BY_KIND.values():
        doc = model.model_json_schema(by_alias=True)
        models[model.__name__] = doc
        models.update(doc.get("$defs", {}))
    for name, keys in DESCRIPTIONS.items():
        assert name in models, name
        assert set(keys) - {""} <= set(models[name].get("properties", {})), name


def test_statuses_are_explained_with_their_vietnamese_meaning() -> None:
    doc = json.loads(invoke("schema", "report").stdout)
    status = doc["$defs"]["Entry"]["properties"]["status"]["description"]
    for word in (
        "not_started = chưa thực hiện",
        "in_progress = đang thực hiện",
        "done = hoàn thành",
        "cancelled = hủy",
    ):
        assert word in status
