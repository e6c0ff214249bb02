"""Synthetic plans for the scale benchmark: the seed plan renamed and rescaled.

    python bench/synth.py 99 --out bench/out/synth        # synth-001.txt … synth-099.txt

Plan number *n* is the seed with

* its own region (read from the title: 零陵区 → a new two-character 区 name,
  different for every *n*) and its towns (Place entities ending in 镇/乡/街道)
  renamed;
* its projects, parks and organisations renamed: the distinctive core of each
  name (what precedes its works/park/organisation head, see
  :data:`kg.extract.names.WORKS_SUFFIXES`) has its characters shuffled and one of
  them replaced, so 何仙观水库 may become 观仙晴水库;
* its figures with units (money, area, length, volume, power, mass, counts)
  multiplied by one factor per plan; years, percentages and table cells stay.

Names are found by the project's own extraction (``kg.extract.extractor``), i.e. by the
genre's suffixes, never from a list. Everything is deterministic in *n*. Some
plans are written in GB18030 and/or with CRLF line ends so the benchmark also
exercises ingestion. :func:`map_question` applies a plan's renames to a
question about the seed, so the dev questions can be asked of any synthetic plan.
"""
from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.extractor import extract_facts
from kg.extract.names import PARK_SUFFIXES, WORKS_SUFFIXES, region_prefixes, strip_region
from kg.ingest.parse import parse_document
from kg.ingest.read import read_source
from kg.extract.units import MULTIPLIERS, UNITS

__all__ = ["SEED", "SynthPlan", "synthesise", "map_question", "write_plans", "synth_path"]

SEED = Path(__file__).resolve().parents[1] / "data" / "lingling-14th-five-year-plan.txt"

# Characters new place names are drawn from: common in Chinese place names, none of
# them a structure word of the genre (篇/章/节/栏/第) or a digit.
_POOL = "安宁平江山河东西南北阳明清泉石桥林溪峰岭湖云龙凤华兴福德仁新昌隆泰和丰瑞嘉永庆长乐宝"
_TOWN_HEADS = ("街道", "镇", "乡")
_ORG_HEADS = ("有限公司", "股份公司", "公司", "集团", "银行", "支行", "分行", "医院", "学院", "大学",
              "中学", "小学", "研究院", "研究所", "剧团", "协会", "商会", "合作社")
_HEADS = tuple(sorted(set(WORKS_SUFFIXES + PARK_SUFFIXES + _ORG_HEADS), key=len, reverse=True))
_CJK_CORE = re.compile(r"[\u4e00-\u9fff]{2,8}")
_STRUCTURE = re.compile(r"[篇章节栏第]")
_ADMIN_END = "区县市旗"
_SCALED = {"money", "area", "length", "volume", "power", "mass", "count"}
_FIGURE = re.compile(
    r"(?<![A-Za-z0-9.])(?P<num>\d+(?:\.\d+)?)(?=[ \u3000]*(?:"
    + "|".join(re.escape(m) for m in sorted(MULTIPLIERS, key=len, reverse=True))
    + r")?[ \u3000]*(?:"
    + "|".join(re.escape(u) for u in sorted((u for u, d in UNITS.items() if d.dimension in _SCALED), key=len, reverse=True))
    + r"))"
)


@dataclass(frozen=True)
class SynthPlan:
    """One synthetic plan: its text, how it is written, and the renames that made it.

    ``renames`` holds two passes (places, then named things); apply both, in
    order, to map seed wording onto this plan (:func:`map_question`).
    """

    number: int
    text: str
    region: str
    renames: tuple[dict[str, str], dict[str, str]]
    factor: float
    encoding: str
    crlf: bool


def synth_path(folder: Path, number: int) -> Path:
    """Where plan ``number`` is written: ``<folder>/synth-NNN.txt`` (plan id ``synth-NNN``)."""
    return Path(folder) / f"synth-{number:03d}.txt"


def _replace_all(text: str, table: dict[str, str]) -> str:
    """Replace every key of ``table`` in one pass, longest key first at each position."""
    if not table:
        return text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern.sub(lambda m: table[m.group(0)], text)


def _region_name(number: int) -> str:
    # A bijection from plan numbers to ordered character pairs: every plan gets its own region.
    n = len(_POOL)
    i = (number * 7919) % (n * (n - 1))
    a, b = divmod(i, n - 1)
    b = b + 1 if b >= a else b
    return _POOL[a] + _POOL[b]


def _place_renames(doc, facts, number: int) -> tuple[dict[str, str], str]:
    prefixes = region_prefixes(doc)
    own = max((p for p in prefixes if doc.title.startswith(p)), key=len, default=None)
    table: dict[str, str] = {}
    region = ""
    if own:
        bare = own[:-1] if own[-1] in _ADMIN_END and len(own) > 2 else own
        new = _region_name(number)
        table[bare] = new
        region = new + own[len(bare):]
    rng = random.Random(f"plankg-synth-towns-{number}")
    for e in sorted(facts.by_type("Place"), key=lambda e: e.label):
        head = next((h for h in _TOWN_HEADS if e.label.endswith(h)), None)
        stem = e.label[: -len(head)] if head else ""
        if not head or not _CJK_CORE.fullmatch(stem) or any(k in e.label for k in table):
            continue
        new_stem = "".join(rng.choice(_POOL) for _ in stem)
        # Short stems are everyday words too (山镇 …): rename them only with their head.
        table[stem if len(stem) >= 3 else e.label] = new_stem if len(stem) >= 3 else new_stem + head
    return table, region


def _scramble(core: str, rng: random.Random) -> str:
    chars = list(core)
    for _ in range(8):  # a few shuffles are enough to move at least one character
        rng.shuffle(chars)
        if "".join(chars) != core:
            break
    chars[rng.randrange(len(chars))] = rng.choice(_POOL)
    return "".join(chars)


def _core(label: str, prefixes: tuple[str, ...]) -> tuple[str, str, str]:
    """(lead, core, head): the distinctive CJK run of a name, between its region prefix and its heads."""
    name = strip_region(label, prefixes=prefixes)
    lead = label[: len(label) - len(name)]
    heads = ""
    while (h := next((h for h in _HEADS if name.endswith(h) and len(name) - len(h) >= 2), None)):
        name, heads = name[: -len(h)], h + heads
    run = re.search(r"[\u4e00-\u9fff]+$", name)
    if run is None:
        return label, "", ""
    return lead + name[: run.start()], run.group(0), heads


def _name_renames(facts, number: int, *, places: dict[str, str], prefixes: tuple[str, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for type_ in ("Project", "Park", "Organization"):
        for e in sorted(facts.by_type(type_), key=lambda e: e.label):
            _, core, heads = _core(_replace_all(e.label, places), prefixes)
            if not 2 <= len(core) <= 10 or _STRUCTURE.search(core) or core in table or core in places.values():
                continue
            rng = random.Random(f"plankg-synth-name-{number}-{core}")
            new = _scramble(core, rng)
            if len(core) >= 3:
                table[core] = new  # a distinctive core is renamed wherever it is printed
            elif heads:
                # Two characters are often an everyday word: rename them only before their head.
                first = next(h for h in _HEADS if heads.startswith(h))
                table.setdefault(core + first, new + first)
    return table


def _scale_figures(text: str, factor: float) -> str:
    def scale(m: re.Match) -> str:
        raw = m.group("num")
        value = float(raw) * factor
        if "." in raw:
            return f"{value:.{len(raw.split('.')[1])}f}"
        return str(max(1, round(value)))

    return _FIGURE.sub(scale, text)


@lru_cache(maxsize=2)
def _analyse(text: str):
    # Parsing and extracting the seed is the slow part; it is the same for every plan number.
    doc = parse_document(text, plan_id="seed")
    return doc, extract_facts(doc)


def synthesise(text: str, number: int) -> SynthPlan:
    """Plan ``number`` made from seed ``text`` (see the module docstring).

    Parameters
    ----------
    text : str
        The seed plan's text (decoded, ``\\n`` line ends).
    number : int
        1, 2, …; the same number always gives the same plan.

    Returns
    -------
    SynthPlan

    Examples
    --------
    >>> seed = read_source(SEED).text
    >>> a, b = synthesise(seed, 1), synthesise(seed, 2)
    >>> a.region != b.region and a.region in a.text and "零陵" not in a.text
    True
    >>> synthesise(seed, 1) == a
    True
    """
    doc, facts = _analyse(text)
    places, region = _place_renames(doc, facts, number)
    prefixes = tuple(_replace_all(p, places) for p in region_prefixes(doc))
    names = _name_renames(facts, number, places=places, prefixes=prefixes)
    rng = random.Random(f"plankg-synth-{number}")
    factor = round(rng.uniform(0.5, 2.0), 3)
    out = _scale_figures(_replace_all(_replace_all(text, places), names), factor)
    return SynthPlan(
        number=number,
        text=out,
        region=region,
        renames=(places, names),
        factor=factor,
        encoding="gb18030" if number % 3 == 1 else "utf-8",
        crlf=number % 4 == 2,
    )


def map_question(question: str, plan: SynthPlan) -> str:
    """A question about the seed, reworded with ``plan``'s names (figures are not rescaled).

    Examples
    --------
    >>> p = synthesise(read_source(SEED).text, 3)
    >>> q = map_question("何仙观水库的总库容是多少？", p)
    >>> q != "何仙观水库的总库容是多少？" and q.endswith("的总库容是多少？")
    True
    """
    places, names = plan.renames
    return _replace_all(_replace_all(question, places), names)


def write_plans(count: int, folder: Path, *, seed: Path = SEED, start: int = 1) -> list[Path]:
    """Write plans ``start`` … ``start + count - 1`` into ``folder``; return their paths.

    A file that already holds the same bytes is left alone, so rewriting keeps
    build keys (and ``plankg build``'s skip) stable.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    text = read_source(seed).text
    paths = []
    for n in range(start, start + count):
        plan = synthesise(text, n)
        body = plan.text.replace("\n", "\r\n") if plan.crlf else plan.text
        data = body.encode(plan.encoding)
        path = synth_path(folder, n)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description="Write N synthetic plans made from the seed plan.")
    ap.add_argument("count", type=int)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out" / "synth")
    ap.add_argument("--start", type=int, default=1)
    args = ap.parse_args()
    for p in write_plans(args.count, args.out, start=args.start):
        print(p)


if __name__ == "__main__":
    main()
