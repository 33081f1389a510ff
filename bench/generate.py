#!/usr/bin/env python3
"""Generate a synthetic but realistic corpus of xhht plan files for benchmarking.

Two modes:

    python bench/generate.py OUT_DIR --provinces 34 --communes 3321 --tasks 40-80 [--seed 1]
        A national portfolio: one provincial plan per post-2025 province (level province, implements the shipped
        national template qd-489-2020), commune plans implementing their province's plan, and progress reports
        (`format: xhht/report@1`) for every provincial plan and some commune plans. Layout:
            OUT_DIR/provinces/<province>.yaml
            OUT_DIR/communes/<province>/<plan-id>.yaml
            OUT_DIR/reports/<plan-id>-bc.yaml

    python bench/generate.py OUT_DIR --files 1000 [--tasks 55-65] [--seed 1]
        A flat corpus of N provincial plans (~32 KB, ~60 tasks each) in OUT_DIR, jurisdictions cycling over the
        34 provinces.

Tasks reuse sentences of the 489/QĐ-TTg source text, name bodies that the shipped registry resolves in any
province, and use every deadline form the plan format lists. About `--defect-rate` (default 1 %) of tasks carry one
real defect, chosen evenly among: an unknown body name (S006), an impossible deadline (S007), a duplicate key
(S003) and an `implements` id the template does not have (C002); the same rate of commune plans (of plans in
`--files` mode) name a template plan that does not exist (S005). At least one defect of each code is planted.
No plan has a `source:` key, so S009 is not exercised.

The output is deterministic for given arguments. The generator prints how many defects it planted of each code and
writes OUT_DIR/manifest.json (files, bytes, tasks, planted counts); `xhht validate OUT_DIR` must report exactly the
planted findings and nothing else.

Only the standard library and PyYAML (a dependency of xhht, used to read the shipped registry and template) are
needed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
REGISTRY = PLANS / "registry.yaml"
KINDS = PLANS / "kinds" / "provinces.yaml"
TEMPLATE = PLANS / "national" / "qd-489-2020.yaml"
SOURCE = PLANS / "sources" / "001_5f5b5efaf95090c0.txt"
TEMPLATE_ID = "qd-489-2020"

CODES = ("C002", "S003", "S005", "S006", "S007")
TASK_DEFECTS = ("S006", "S007", "S003", "C002")

# Names valid in every province (jurisdiction-less groups of the shipped registry), plus the province's own UBND.
PROVINCE_LEADS = [
    "Các sở, ban, ngành, đơn vị",
    "Ủy ban nhân dân cấp xã",
    "Sở Giáo dục và Đào tạo",
    "các sở, ngành",
    "Hội khuyến học các cấp",
    "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp",
    "các sở, ban, ngành, đoàn thể",
    "các cơ quan truyền thông, báo chí",
    "các tổ chức chính trị - xã hội",
    "Liên đoàn Lao động cấp tỉnh",
]
PROVINCE_COOPERATING = [
    "các sở, ngành liên quan",
    "các cơ quan liên quan",
    "các tổ chức chính trị - xã hội",
    "các đoàn thể",
    "Hội khuyến học các cấp",
    "cơ quan tài chính cùng cấp",
    "các cơ sở giáo dục",
    "các địa phương",
    "Ủy ban nhân dân cấp xã",
]
COMMUNE_LEADS = [
    "Ủy ban nhân dân cấp xã",
    "Hội Khuyến học cấp xã",
    "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã",
    "các Hội Khuyến học cơ sở",
    "hệ thống thông tin cơ sở",
    "Hội khuyến học các cấp",
    "các đoàn thể",
]
COMMUNE_COOPERATING = [
    "các tổ chức chính trị - xã hội",
    "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp",
    "các cơ sở giáo dục",
    "hộ gia đình",
    "dòng họ",
    "cơ quan tài chính cùng cấp",
    "các tổ chức thành viên",
]
# Misspellings a person might type; checked against the registry at start-up so that none resolves.
UNKNOWN_NAMES = [
    "Sở Giáo dục và Đào tao",
    "Sở Giáo duc và Đào tạo",
    "Ủy ban nhân dân cấp xả",
    "Hội Khuyến hoc cấp xã",
    "Uỷ ban Mặt trận Tổ quốc cấp phường",
    "Phòng Văn hóa - Xã hội cấp xã",
    "Trung tâm học tập cộng đồng xã",
    "các sở, nghành",
]
BAD_DEADLINES = [
    "trước ngày 31/02/2021",
    "ngày 22/22/2033",
    "quý V năm 2021",
    "trước ngày 30 tháng 2 năm 2022",
    "tháng 13/2021",
    "2021-02-30",
    "trước ngày 32/1/2022",
]
ROMAN = ("I", "II", "III", "IV")
SYLLABLES = ("An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Mỹ", "Đông", "Tây", "Nam", "Bắc", "Trung",
             "Hưng", "Phước", "Thuận", "Vĩnh", "Quang", "Minh", "Hiệp", "Lộc", "Xuân", "Thành", "Đức", "Sơn",
             "Hải", "Lâm", "Cát", "Khánh", "Định")  # fmt: skip


def norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


# -- inputs ------------------------------------------------------------------------------------------------------


@dataclass
class Province:
    slug: str
    ubnd: str
    name: str  # the jurisdiction


@dataclass
class TemplateTask:
    id: str
    section: str
    section_title: str
    title: str


def load_inputs() -> tuple[list[Province], list[TemplateTask], list[tuple[str, str]], list[str]]:
    reg = yaml.load(REGISTRY.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    # the provincial units (generated by xhht from plans/kinds/provinces.yaml): the 34 that exist today
    kinds = yaml.load(KINDS.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    places = kinds.get("places") or {}
    provinces = [
        Province(slug=u[0], ubnd=f"Ủy ban nhân dân {places.get(u[0], [f'{u[2]} {u[1]}'])[0]}", name=u[1])
        for u in kinds["units"]
        if len(u) == 3
    ]
    known = {norm(n) for e in reg["bodies"] + reg["groups"] for n in [e["name"], *e.get("aliases", [])]}
    for name in PROVINCE_LEADS + PROVINCE_COOPERATING + COMMUNE_LEADS + COMMUNE_COOPERATING:
        if norm(name) not in known:
            raise SystemExit(f"generate.py: '{name}' is not in {REGISTRY}; update the name lists")
    unknown = [n for n in UNKNOWN_NAMES if norm(n) not in known]
    tpl = yaml.load(TEMPLATE.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    tasks: list[TemplateTask] = []
    sections: list[tuple[str, str]] = []
    for s in tpl["sections"]:
        if not s.get("tasks"):
            continue
        sections.append((s["id"], " ".join(s["title"].split())))
        for t in s["tasks"]:
            tasks.append(TemplateTask(t["id"], s["id"], s["title"], " ".join(t.get("title", t["id"]).split())))
    return provinces, tasks, sections, unknown


def load_sentences() -> list[str]:
    """Clauses of the 489 plan text: numbered items and bullets split at sentence ends and semicolons."""
    text = SOURCE.read_text(encoding="utf-8")
    start = text.find("I. MỤC ĐÍCH")
    out: list[str] = []
    for line in text[start if start >= 0 else 0:].splitlines():
        line = re.sub(r"^\s*(\d+\.|[a-zđ]\)|[-–•])\s*", "", unicodedata.normalize("NFC", line)).strip()
        if len(line) < 40:
            continue
        for chunk in re.split(r"(?<=[.;])\s+", line):
            chunk = chunk.strip().rstrip(";").strip()
            if 50 <= len(chunk) <= 200 and not chunk.isupper():
                if chunk[-1] not in ".;:!?":
                    chunk += "."
                out.append(chunk[0].upper() + chunk[1:])
    if not out:
        raise SystemExit(f"generate.py: no sentences found in {SOURCE}")
    return out


# -- YAML writing ------------------------------------------------------------------------------------------------

_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")
_RESERVED = {"", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"}


def scalar(s: str) -> str:
    """A plain scalar where that is safe, a double-quoted one otherwise."""
    if (
        s
        and s[0] not in _PLAIN_BAD_START
        and ": " not in s
        and " #" not in s
        and not s.endswith(":")
        and s.strip() == s
        and "\n" not in s
        and s.lower() not in _RESERVED
        and not re.fullmatch(r"[-+.\d][\d.eE+-]*", s)
    ):
        return s
    return json.dumps(s, ensure_ascii=False)


def folded(text: str, indent: int, width: int = 112) -> list[str]:
    """`>-` block scalar lines, wrapped at `width` like the shipped plans."""
    pad = " " * indent
    lines: list[str] = []
    cur = ""
    for word in text.split():
        if cur and len(pad) + len(cur) + 1 + len(word) > width:
            lines.append(pad + cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(pad + cur)
    return lines


# -- generation --------------------------------------------------------------------------------------------------


@dataclass
class Task:
    id: str
    section: str
    title: str
    text: str
    lead: list[str]
    cooperating: list[str]
    deadline: str | None
    implements: list[str]
    yearly: bool = False
    requires_plans: tuple[list[str], str] | None = None
    dup_title: str | None = None


@dataclass
class Plan:
    id: str
    number: str
    title: str
    issuer: str
    level: str
    jurisdiction: str
    issued: str
    implements: str
    sections: list[tuple[str, str]]
    tasks: list[Task] = field(default_factory=list)


class Generator:
    def __init__(self, seed: int, tasks: tuple[int, int], defect_rate: float) -> None:
        self.rng = random.Random(seed)
        self.task_range = tasks
        self.rate = defect_rate
        self.provinces, self.template, self.template_sections, self.unknown = load_inputs()
        self.sentences = load_sentences()
        self.planted: Counter[str] = Counter()
        self.forced: list[str] = list(TASK_DEFECTS)  # at least one of each, on the first tasks generated
        self.files = 0
        self.bytes = 0
        self.tasks = 0
        self.plans = 0
        self.reports = 0

    # text ----------------------------------------------------------------------------------------------------

    def text(self) -> str:
        rng = self.rng
        target = rng.randint(0, 110)
        parts = [rng.choice(self.sentences)]
        while sum(len(p) for p in parts) < target:
            parts.append(rng.choice(self.sentences))
        return " ".join(parts)

    def title(self) -> str:
        """A short title in the plans' own words: a template task's title."""
        return self.rng.choice(self.template).title

    def deadline(self, year: int) -> tuple[str | None, bool]:
        """A deadline in one of the written forms, years from `year`; (text, yearly)."""
        rng = self.rng
        y = year + rng.randint(0, 2)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        form = rng.randrange(11)
        if form == 0:
            return f"trong quý {rng.choice(ROMAN)} năm {y}", False
        if form == 1:
            return f"trước ngày {d}/{m}/{y}", False
        if form == 2:
            return rng.choice(("hằng năm", "hàng năm")), True
        if form == 3:
            return f"Trước ngày {d:02d} tháng {m} hàng năm", True
        if form == 4:
            return "thường xuyên", False
        if form == 5:
            return f"giai đoạn {y} – {y + rng.choice((4, 9))}", False
        if form == 6:
            return f"6 tháng đầu năm {y}", False
        if form == 7:
            return f"{y}-{m:02d}-{d:02d}", False
        if form == 8:
            return f"tháng {m}/{y}", False
        if form == 9:
            return f"hoàn thành trong năm {y}", False
        return None, False

    def pick_defect(self) -> str | None:
        if self.forced:
            return self.forced.pop(0)
        if self.rng.random() < self.rate:
            return self.rng.choice(TASK_DEFECTS)
        return None

    def make_tasks(self, plan: Plan, targets: list[tuple[str, str, bool, str]], leads: list[str],
                   cooperating: list[str], year: int, n: int, *, allow_c002: bool) -> None:
        """`targets`: (template task id, section id, yearly, title) to implement: in order, then at random."""
        rng = self.rng
        chosen = list(targets[:n])
        while len(chosen) < n:
            chosen.append(rng.choice(targets))
        order = {sid: i for i, (sid, _) in enumerate(plan.sections)}
        chosen.sort(key=lambda t: order[t[1]])
        counters: Counter[str] = Counter()
        for tid, sec, tpl_yearly, title in chosen:
            counters[sec] += 1
            deadline, yearly = self.deadline(year)
            if tpl_yearly and rng.random() < 0.5:
                deadline, yearly = "hằng năm", True
            task = Task(
                id=f"{sec}.{counters[sec]}",
                section=sec,
                title=title,
                text=self.text(),
                lead=rng.sample(leads, rng.choice((1, 1, 2))),
                cooperating=rng.sample(cooperating, rng.choice((0, 0, 1, 2))),
                deadline=deadline,
                implements=[tid],
                yearly=yearly,
            )
            task.cooperating = [c for c in task.cooperating if c not in task.lead]
            defect = self.pick_defect()
            if defect == "C002" and not allow_c002:
                defect = rng.choice(("S006", "S007", "S003"))
            if defect == "S006":
                task.lead = [*task.lead, rng.choice(self.unknown)]
            elif defect == "S007":
                task.deadline, task.yearly = rng.choice(BAD_DEADLINES), False
            elif defect == "S003":
                task.dup_title = self.title()
            elif defect == "C002":
                task.implements = [*task.implements, f"IX.{rng.randint(1, 9)}"]
            if defect:
                self.planted[defect] += 1
            plan.tasks.append(task)

    # plans ---------------------------------------------------------------------------------------------------

    def province_plan(self, prov: Province, plan_id: str, number: int) -> Plan:
        rng = self.rng
        month, day = rng.randint(5, 12), rng.randint(1, 28)
        kind = "thành phố" if "thành phố" in prov.ubnd.lower() else "tỉnh"
        place = prov.name if prov.name.startswith("Thành phố") else f"{kind} {prov.name}"
        plan = Plan(
            id=plan_id,
            number=f"{number}/KH-UBND",
            title=(f"Kế hoạch thực hiện Quyết định số 489/QĐ-TTg ngày 08/4/2020 của Thủ tướng Chính phủ ban hành "
                   f"Kế hoạch thực hiện Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tăng cường sự lãnh "
                   f"đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn "
                   f"{place}"),
            issuer=prov.ubnd,
            level="province",
            jurisdiction=prov.name,
            issued=f"2020-{month:02d}-{day:02d}",
            implements=TEMPLATE_ID,
            sections=self.template_sections,
        )
        n = rng.randint(*self.task_range)
        targets = [(t.id, t.section, t.id == "III.1.c", t.title) for t in self.template]
        self.make_tasks(plan, targets, [*PROVINCE_LEADS, prov.ubnd], PROVINCE_COOPERATING, 2020, n,
                        allow_c002=True)
        # the task carrying out III.1.a requires every commune to issue its own plan
        for t in plan.tasks:
            if t.implements[0] == "III.1.a":
                t.requires_plans = (["Ủy ban nhân dân cấp xã"], f"trước ngày {rng.randint(1, 28)}/9/2021")
                break
        return plan

    def commune_plan(self, prov: Province, parent: Plan, plan_id: str, commune: str, number: int,
                     bad_template: bool) -> Plan:
        rng = self.rng
        month, day = rng.choice((8, 9, 10, 11, 12)), rng.randint(1, 28)
        plan = Plan(
            id=plan_id,
            number=f"{number}/KH-UBND",
            title=(f"Kế hoạch thực hiện Kế hoạch số {parent.number} của {prov.ubnd} về khuyến học, khuyến tài, "
                   f"xây dựng xã hội học tập trên địa bàn {commune}"),
            issuer="Ủy ban nhân dân cấp xã",
            level="commune",
            jurisdiction=prov.name,
            issued=f"2025-{month:02d}-{day:02d}",
            implements=f"{parent.id}-cu" if bad_template else parent.id,
            sections=parent.sections,
        )
        n = rng.randint(*self.task_range)
        targets = [(t.id, t.section, t.yearly, t.title) for t in parent.tasks]
        rng.shuffle(targets)
        self.make_tasks(plan, targets, COMMUNE_LEADS, COMMUNE_COOPERATING, 2026, n, allow_c002=not bad_template)
        return plan

    def render(self, plan: Plan) -> str:
        out = [
            f"# {plan.number} — {plan.title[:90]}…",
            "# Generated by bench/generate.py (synthetic benchmark data; not a real document).",
            "format: xhht/plan@1",
            "plan:",
            f"  id: {plan.id}",
            f"  number: {plan.number}",
            "  title: >-",
            *folded(plan.title, 4),
            f"  issuer: {scalar(plan.issuer)}",
            f"  level: {plan.level}",
            f"  jurisdiction: {scalar(plan.jurisdiction)}",
            f"  issued: {plan.issued}",
            "  status: issued",
            f"  implements: {plan.implements}",
            "sections:",
        ]
        by_section: dict[str, list[Task]] = {}
        for t in plan.tasks:
            by_section.setdefault(t.section, []).append(t)
        for sid, stitle in plan.sections:
            tasks = by_section.get(sid, [])
            out += ["", f"  - id: {sid}", "    title: >-", *folded(stitle, 6)]
            if not tasks:
                out.append("    tasks: []")
                continue
            out.append("    tasks:")
            for t in tasks:
                out.append(f"      - id: {t.id}")
                out.append(f"        title: {scalar(t.title)}")
                if t.dup_title is not None:
                    out.append(f"        title: {scalar(t.dup_title)}")
                out += ["        text: >-", *folded(t.text, 10)]
                out.append("        lead:")
                out += [f"          - {scalar(x)}" for x in t.lead]
                if t.cooperating:
                    out.append("        cooperating:")
                    out += [f"          - {scalar(x)}" for x in t.cooperating]
                if t.deadline is not None:
                    out.append(f"        deadline: {scalar(t.deadline)}")
                if t.requires_plans:
                    bodies, deadline = t.requires_plans
                    out += ["        requires_plans:", "          from:"]
                    out += [f"            - {scalar(x)}" for x in bodies]
                    out.append(f"          deadline: {scalar(deadline)}")
                out.append(f"        implements: [{', '.join(t.implements)}]")
        return "\n".join(out) + "\n"

    def report(self, plan: Plan, by: str, year: int) -> str:
        rng = self.rng
        entries = [t for t in plan.tasks if rng.random() < 0.4]
        out = [
            "# Generated by bench/generate.py (synthetic benchmark data).",
            "format: xhht/report@1",
            "report:",
            f"  plan: {plan.id}",
            f"  by: {scalar(by)}",
            f"  date: {year}-12-{rng.randint(10, 28):02d}",
            f"  reference: {rng.randint(100, 9999)}/BC-UBND",
            "entries:",
        ]
        for t in entries:
            status = rng.choice(("done", "done", "in_progress", "not_started"))
            out.append(f"  - task: {t.id}")
            out.append(f"    status: {status}")
            if t.yearly:
                out.append(f"    period: {year}")
            if status == "done":
                out.append(f"    completed: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
                out += ["    evidence: >-", *folded(f"Báo cáo kết quả: {self.title().lower()}.", 6)]
        if not entries:
            out[-1] = "entries: []"
        return "\n".join(out) + "\n"

    def write(self, path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        self.files += 1
        self.bytes += len(data)

    def write_plan(self, path: Path, plan: Plan) -> None:
        self.write(path, self.render(plan))
        self.plans += 1
        self.tasks += len(plan.tasks)

    # corpora -------------------------------------------------------------------------------------------------

    def national(self, out: Path, provinces: int, communes: int) -> None:
        rng = self.rng
        provs = self.provinces[:provinces]
        if not provs:
            raise SystemExit("generate.py: --provinces must be at least 1")
        weights = [rng.uniform(0.5, 2.0) for _ in provs]
        owners = rng.choices(range(len(provs)), weights=weights, k=communes)
        per: Counter[int] = Counter(owners)
        # the first commune plan is the forced S005; then about `rate` of them
        bad = {i for i in range(communes) if i == 0 or rng.random() < self.rate}
        pending_bad = sorted(bad)
        numbers = iter(rng.sample(range(100, 9999), len(provs)))
        index = 0
        for pi, prov in enumerate(provs):
            plan = self.province_plan(prov, f"{prov.slug}-kh-2020", next(numbers))
            self.write_plan(out / "provinces" / f"{prov.slug}.yaml", plan)
            self.write(out / "reports" / f"{plan.id}-bc-2021.yaml",
                       self.report(plan, f"Sở Giáo dục và Đào tạo {prov.name}", 2021))
            self.reports += 1
            used: set[str] = set()
            for k in range(per[pi]):
                name = f"xã {rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}"
                while name in used:
                    name = f"{name} {rng.randint(1, 9)}"
                used.add(name)
                is_bad = bool(pending_bad) and pending_bad[0] == index
                if is_bad:
                    pending_bad.pop(0)
                    self.planted["S005"] += 1
                cid = f"{prov.slug}-xa-{k + 1:04d}-2025"
                cplan = self.commune_plan(prov, plan, cid, name, rng.randint(1, 999), is_bad)
                self.write_plan(out / "communes" / prov.slug / f"{cid}.yaml", cplan)
                if not is_bad and rng.random() < 0.04:
                    self.write(out / "reports" / f"{cid}-bc-2026.yaml",
                               self.report(cplan, f"Ủy ban nhân dân {name}", 2026))
                    self.reports += 1
                index += 1

    def flat(self, out: Path, files: int) -> None:
        rng = self.rng
        for i in range(files):
            prov = self.provinces[i % len(self.provinces)]
            plan = self.province_plan(prov, f"{prov.slug}-kh-{i + 1:04d}", rng.randint(100, 9999))
            if i == max(files - 1, 0) or rng.random() < self.rate:
                plan.implements = "qd-498-2020"  # a transposed template number: S005
                self.planted["S005"] += 1
                # C002 is not reported for a plan whose template is unknown: take its C002s back
                for t in plan.tasks:
                    if len(t.implements) > 1:
                        t.implements = t.implements[:1]
                        self.planted["C002"] -= 1
                        if t.dup_title is None:
                            t.dup_title = self.title()
                            self.planted["S003"] += 1
            self.write_plan(out / f"{plan.id}.yaml", plan)


def parse_range(s: str) -> tuple[int, int]:
    lo, _, hi = s.partition("-")
    a, b = int(lo), int(hi or lo)
    if a < 1 or b < a:
        raise argparse.ArgumentTypeError(f"bad range {s!r}: want N or LO-HI with 1 <= LO <= HI")
    return a, b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="output folder (created; must be empty or absent)")
    ap.add_argument("--provinces", type=int, default=34, help="provincial plans (at most 34) [34]")
    ap.add_argument("--communes", type=int, default=3321, help="commune plans [3321]")
    ap.add_argument("--files", type=int, default=None, help="flat mode: this many provincial plans instead")
    ap.add_argument("--tasks", type=parse_range, default=None, help="tasks per plan, N or LO-HI [40-80; 55-65 "
                    "with --files]")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--defect-rate", type=float, default=0.01, help="share of tasks with a defect [0.01]")
    ap.add_argument("--quiet", action="store_true", help="print only the planted counts line")
    args = ap.parse_args(argv)
    out: Path = args.out
    if out.exists() and any(out.iterdir()):
        ap.error(f"{out} exists and is not empty")
    out.mkdir(parents=True, exist_ok=True)
    tasks = args.tasks or ((55, 65) if args.files else (40, 80))
    gen = Generator(args.seed, tasks, args.defect_rate)
    if args.files is not None:
        gen.flat(out, args.files)
        mode = "files"
    else:
        if not 1 <= args.provinces <= len(gen.provinces):
            ap.error(f"--provinces must be 1..{len(gen.provinces)}")
        gen.national(out, args.provinces, args.communes)
        mode = "national"
    planted = {c: gen.planted.get(c, 0) for c in CODES}
    manifest = {
        "generator": "bench/generate.py",
        "mode": mode,
        "args": {"provinces": args.provinces, "communes": args.communes, "files": args.files,
                 "tasks": list(tasks), "seed": args.seed, "defect_rate": args.defect_rate},
        "files": gen.files,
        "plans": gen.plans,
        "reports": gen.reports,
        "tasks": gen.tasks,
        "bytes": gen.bytes,
        "planted": planted,
        "planted_total": sum(planted.values()),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not args.quiet:
        print(f"wrote {gen.files} files ({gen.plans} plans, {gen.reports} reports, {gen.tasks} tasks, "
              f"{gen.bytes / 1e6:.1f} MB) to {out}", file=sys.stderr)
    print("planted: " + " ".join(f"{c}={n}" for c, n in planted.items()) + f" total={sum(planted.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
