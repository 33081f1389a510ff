"""What a person can do about a file that does not read: the usual cause of a YAML syntax error (S001), the key a
Vietnamese key name stands for, and the value a Vietnamese word stands for (S002).

People who write these files write Vietnamese: `chu_tri:` for `lead:`, `level: tỉnh` for `level: province`. The
messages name what they meant, in the words of the schema.
"""

from __future__ import annotations

import re

from xhht_cli.registry import fold

#: Vietnamese key names (accents, case, "_", "-" and spaces aside) -> the key of the schema.
VI_KEYS: dict[str, str] = {
    "chutri": "lead",
    "coquanchutri": "lead",
    "donvichutri": "lead",
    "phoihop": "cooperating",
    "coquanphoihop": "cooperating",
    "donviphoihop": "cooperating",
    "thoihan": "deadline",
    "han": "deadline",
    "thoigian": "deadline",
    "thoigianhoanthanh": "deadline",
    "nhiemvu": "tasks",
    "muc": "sections",
    "phan": "sections",
    "tieude": "title",
    "ten": "title",
    "noidung": "text",
    "vanban": "text",
    "coquanbanhanh": "issuer",
    "banhanh": "issuer",
    "ngaybanhanh": "issued",
    "so": "number",
    "sohieu": "number",
    "sokyhieu": "number",
    "thuchien": "implements",
    "cuthehoa": "implements",
    "chitieu": "targets",
    "trangthai": "status",
    "tinhtrang": "status",
    "cap": "level",
    "diaban": "jurisdiction",
    "tinh": "jurisdiction",
    "nguon": "source",
    "mientru": "waived",
    "lydo": "reason",
    "ngayhoanthanh": "completed",
    "hoanthanh": "completed",
    "ky": "period",
    "nam": "period",
    "minhchung": "evidence",
    "ghichu": "note",
    "giatri": "value",
    "donvi": "unit",
    "kehoach": "plan",
    "baocao": "report",
    "ngay": "date",
    "kemtheo": "requires_plans",
}

#: Vietnamese words for enumerated values (folded) -> the value, per key.
VI_VALUES: dict[str, dict[str, str]] = {
    "level": {
        "trung uong": "national",
        "quoc gia": "national",
        "toan quoc": "national",
        "tinh": "province",
        "thanh pho": "province",
        "cap tinh": "province",
        "huyen": "district",
        "quan": "district",
        "cap huyen": "district",
        "xa": "commune",
        "phuong": "commune",
        "cap xa": "commune",
        "co quan": "agency",
        "bo": "agency",
        "nganh": "agency",
    },
    "status": {
        "chua bat dau": "not_started",
        "chua thuc hien": "not_started",
        "chua trien khai": "not_started",
        "dang thuc hien": "in_progress",
        "dang trien khai": "in_progress",
        "hoan thanh": "done",
        "da hoan thanh": "done",
        "xong": "done",
        "huy": "cancelled",
        "da huy": "cancelled",
        "huy bo": "cancelled",
        "du thao": "draft",
        "ban hanh": "issued",
        "da ban hanh": "issued",
        "het hieu luc": "superseded",
        "bi thay the": "superseded",
        "thay the": "superseded",
    },
    "completeness": {"day du": "complete", "du": "complete", "mot phan": "partial", "chua du": "partial"},
}

#: Each value in Vietnamese, shown next to it in the list of allowed values.
VALUE_WORDS: dict[str, str] = {
    "national": "trung ương",
    "province": "tỉnh",
    "district": "huyện",
    "commune": "xã",
    "agency": "cơ quan",
    "central": "trung ương",
    "not_started": "chưa bắt đầu",
    "in_progress": "đang thực hiện",
    "done": "hoàn thành",
    "cancelled": "đã hủy",
    "draft": "dự thảo",
    "issued": "đã ban hành",
    "superseded": "bị thay thế",
    "complete": "đầy đủ",
    "partial": "một phần",
}


def _squeeze(word: str) -> str:
    return re.sub(r"[\s_\-]+", "", fold(word))


def key_for(word: str) -> str | None:
    """The schema key a Vietnamese key name stands for: `chu_tri` -> `lead`, `thời_hạn` -> `deadline`."""
    return VI_KEYS.get(_squeeze(word))


def value_for(key: str, word: object, allowed: list[str]) -> str | None:
    """The allowed value a Vietnamese word stands for under `key`: `tỉnh` -> `province`, `hoàn thành` -> `done`."""
    if not isinstance(word, str):
        return None
    found = VI_VALUES.get(key, {}).get(" ".join(fold(word).replace("_", " ").split()))
    return found if found in allowed else None


def allowed_values(allowed: list[str], lang: str) -> str:
    """The allowed values, each with its Vietnamese word in Vietnamese: "'national' (trung ương), 'province' (tỉnh)
    hoặc 'district' (huyện)"."""
    from xhht_cli.wording import either

    shown = [f"'{v}'" + (f" ({VALUE_WORDS[v]})" if lang == "vi" and v in VALUE_WORDS else "") for v in allowed]
    return either(shown, lang)


def syntax_cause(problem: str | None, context: str | None, text: str, line: int) -> tuple[str, dict[str, object]]:
    """The message key and arguments of a YAML syntax error (S001) by its usual cause: a tab used for indentation,
    an unclosed quote, ": " inside an unquoted value, a flow list ([...]) broken by a comma or colon; else what the
    parser says."""
    problem = problem or ""
    context = context or ""
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    indent = here[: len(here) - len(here.lstrip())]
    if "tab character" in problem or "'\\t'" in problem or ("\t" in indent and "token" in problem):
        return "S001.tab", {"line": line}
    if "quoted scalar" in context:
        return "S001.quote", {"line": line}
    if "mapping values are not allowed" in problem:
        return "S001.colon", {"line": line}
    if "flow sequence" in context or "flow mapping" in context:
        return "S001.flow", {"line": line}
    if "could not find expected ':'" in problem:
        return "S001.no-colon", {"line": line}
    if "expected <block end>" in problem or "did not find expected key" in problem or "expected '-'" in problem:
        return "S001.indent", {"line": line}
    if "cannot start any token" in problem:
        m = re.search(r"found character '(.+?)'", problem)
        return "S001.token", {"line": line, "character": m.group(1) if m else "?"}
    return "S001", {"problem": " ".join(filter(None, (context, problem)))}
