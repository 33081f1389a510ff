"""S009 text-not-in-source: A task's or target's 'text' does not occur verbatim in the plan's source document ('source';
compared after Unicode NFC and whitespace folding), or the source file cannot be read.

The workspace records what it cannot read or find (`Workspace.unresolved.source_texts`); `check` reports it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from xhht_cli.catalogue import Doc, T
from xhht_cli.findings import Finding, Severity
from xhht_cli.rules.base import Rule, RuleContext
from xhht_cli.workspace.unresolved import UnreadSource

if TYPE_CHECKING:
    from xhht_cli.workspace.index import Workspace


def check(ws: Workspace, ctx: RuleContext) -> Iterator[Finding]:
    """The sources the workspace could not read and the texts it did not find in theirs, in the order met."""
    for s in ws.unresolved.source_texts:
        if isinstance(s, UnreadSource):
            key = "S009.missing-source" if s.problem == "missing" else f"S009.source-{s.problem}"
            yield RULE.finding(s.file, s.pos, key, {"source": s.name, "limit": s.limit}, plan=s.plan, task=s.task)
            continue
        text, found = s.text, s.matched
        args = {"matched": _tail(text[:found]), "rest": _head(text[found:])}
        source = s.source if isinstance(s.source, str) else list(s.source)
        data = {"matched_chars": found, "length": len(text), "source": source}
        yield RULE.finding(s.file, s.pos, "S009", args, data=data, plan=s.plan, task=s.task)


def _tail(s: str, n: int = 40) -> str:
    return s if len(s) <= n else "…" + s[-n:]


def _head(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[:n] + "…"


RULE = Rule(
    code="S009",
    name="text-not-in-source",
    severity=Severity.ERROR,
    family="schema",
    messages={
        "S009": T(
            "đoạn 'text' không có trong văn bản nguồn: khớp đến «{matched}», khác từ «{rest}»",
            "'text' does not occur in the source document: matches up to «{matched}», differs from «{rest}»",
        ),
        "S009.missing-source": T(
            "không đọc được văn bản nguồn '{source}'", "cannot read the source document '{source}'"
        ),
        "S009.source-outside": T(
            (
                "văn bản nguồn '{source}' nằm ngoài kho kế hoạch; xhht chỉ đọc tệp trong kho (thư mục có .git hoặc "
                "xhht.toml)"
            ),
            (
                "the source document '{source}' is outside the plan's repository; xhht reads only files inside it (the "
                "folder holding .git or xhht.toml)"
            ),
        ),
        "S009.source-special": T(
            "văn bản nguồn '{source}' không phải tệp thông thường (thiết bị, FIFO hay thư mục)",
            "the source document '{source}' is not a regular file (a device, a FIFO or a folder)",
        ),
        "S009.source-size": T(
            "văn bản nguồn '{source}' quá lớn (giới hạn {limit} byte, đổi bằng --max-file-size)",
            "the source document '{source}' is too large (limit {limit} bytes, change with --max-file-size)",
        ),
    },
    doc=Doc(
        summary=T(
            (
                "Đoạn 'text' của một nhiệm vụ hay chỉ tiêu không có nguyên văn trong văn bản nguồn ('source') của kế "
                "hoạch (so sau chuẩn hóa Unicode NFC và gộp khoảng trắng), hoặc không đọc được tệp nguồn."
            ),
            (
                "A task's or target's 'text' does not occur verbatim in the plan's source document ('source'; compared "
                "after Unicode NFC and whitespace folding), or the source file cannot be read."
            ),
        ),
        why=T(
            (
                "'text' là bằng chứng nhiệm vụ được mã hóa đúng như văn bản ban hành; một chữ sai về số liệu, thời hạn "
                "hay cơ quan có thể làm sai kết luận kiểm tra."
            ),
            (
                "'text' is the evidence that a task was encoded as the document says; one wrong word in a figure, "
                "deadline or body can make the checks conclude wrongly."
            ),
        ),
        fix=T(
            (
                "Chép lại nguyên văn từ văn bản nguồn, từ chỗ thông báo chỉ ra là bắt đầu sai khác (xuống dòng, khoảng "
                "trắng không cần giống). Nhiệm vụ lấy từ văn bản khác thì ghi 'source' riêng; đường dẫn sai thì sửa "
                "'plan.source' (tính từ thư mục của tệp kế hoạch)."
            ),
            (
                "Copy the wording from the source again, from the point the message shows it differs (line breaks and "
                "spacing need not match). For a task from another document give it its own 'source'; for a wrong path "
                "fix 'plan.source' (relative to the plan file)."
            ),
        ),
        example=T.both(
            "plan:\n"
            "  source: sources/000_8254980917946ef6.txt\n"
            "…\n"
            "      - id: II.1.d\n"
            "        text: Sở Giáo dục và Đào tạo chủ trì tổng kết Đề án …"
        ),
    ),
    check=check,
)
