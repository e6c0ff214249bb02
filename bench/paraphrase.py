"""Ask seen questions that pass today again in other wordings of the same meaning, and count the flips.

    python bench/paraphrase.py [--sets SET ...] [--family mechanical|office ...] [--out DIR] [--save FILE]

Held-out examiners keep finding a question answered in one wording and refused or mis-answered in
another. This takes the rows of seen regression sets (bench/regression/) that pass as written,
rewords each by every variation in ``VARIATIONS`` that applies (a small pure function of the question:
a polite prefix, 是多少 ↔ 为多少, 到2025年 ↔ 2025年, a scope word dropped, 哪些 ↔ 有哪几个, the year moved,
punctuation width, the trailing ？ dropped; and, with ``--family office``, a second table of wordings said or typed
in an office: 多少个亿/多少亩地/多少平米/几公里, 多少个 ↔ 几个, 目标定的多少, 哪些 ↔ 什么, a 的 dropped between nouns,
目标 ↔ 预期目标 ↔ 计划, 建设 ↔ 建 ↔ 新建, 是否 ↔ 是不是, 我想问一下/帮我查下, 规划里/纲要中 after the subject, 二零二五年),
asks the variants and scores them with the row's own key
(``../shared/eval/score.py``). It prints each variation's pass rate and every row that flips; trap rows
(``found: false``) are counted apart, since a variant of a trap must stay refused. A variation is applied
only where it keeps the key valid: every key string the question itself holds must still be in the variant.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
if str(ROOT) not in sys.path:  # run as a script: the checkout is not on the path
    sys.path.insert(0, str(ROOT))

from bench.kit import eval_kit  # noqa: E402
from bench.regression import SEED_PLAN, ask, load_sets  # noqa: E402

#: The seen sets reworded by default: the seed's examiner sets and a few sets on other plans.
DEFAULT_SETS = ("set11", "set12", "set13", "set14", "set15", "set17", "set18", "set19",
                "set19-unseen", "probe19a", "probe19b")

#: The end of a clause: where 是多少, 哪些 … close what is asked.
_END = r"(?=[？?，,。；;]|$)"
#: A year as askers write it: 2025年 or 二〇二五年.
_YEAR = r"(?:20\d\d|二〇[一二三四五六七八九〇]{2})年"


def _sub_once(pattern: str, repl: str, q: str) -> str | None:
    out = re.sub(pattern, repl, q, count=1)
    return out if out != q else None


# Each variation is a pure function of the question: the variant, or None where it does not apply.

def polite_prefix(q: str) -> str | None:
    return None if q.startswith(("请问", "想了解")) else "请问" + q


def want_to_know(q: str) -> str | None:
    return None if q.startswith(("请问", "想了解")) else "想了解一下，" + q


def _amount_verb(verb: str) -> Callable[[str], str | None]:
    """是多少 / 为多少 / 有多少 / 达到多少 closing a clause → ``verb``多少. After 要/将/会 only 达到 and 有 read
    right (要是 is "if", 要为 is no Chinese), so a 要达到多少 stays there for 是 and 为."""
    others = "|".join(v for v in ("是", "为", "有", "达到") if v != verb)
    guard = r"(?<![要将会能])" if verb in ("是", "为") else ""
    return lambda q: _sub_once(guard + rf"(?:{others})多少{_END}", verb + "多少", q)


def year_without_by(q: str) -> str | None:
    """到2025年 → 2025年 (the target year asked without 到)."""
    return _sub_once(rf"到({_YEAR})", r"\1", q)


def year_with_by(q: str) -> str | None:
    """A question opening on a bare target year and a comma: 2025年，… → 到2025年，… (a base year such as 2020
    is a state then, not a target by then, so years before 2025 stay)."""
    return _sub_once(r"^(20(?:2[5-9]|[3-9]\d)年)(?=[，,])", r"到\1", q)


def year_as_period_end(q: str) -> str | None:
    """到2025年 → 到“十四五”末 — the same year for a 十四五 plan (the seed), so applied on the seed only."""
    return _sub_once(r"到2025年(?:底|末)?", "到“十四五”末", q)


def drop_scope_words(q: str) -> str | None:
    """Words naming the plan or the whole district, which the seed's questions do not need: 规划中、全区、零陵区."""
    out = re.sub(r"^(?:根据|按照|按)(?:规划|纲要)[，,]|(?:《?(?:规划|纲要)》?)(?:中|里)[，,]?|^(?:全区|我区|零陵区)", "", q)
    return out if out != q and len(out) > 4 else None


def add_scope_words(q: str) -> str | None:
    return None if re.search(r"规划|纲要", q) else "根据规划，" + q


def which_as_how_many(q: str) -> str | None:
    """有哪些 X → 有哪几个 X / X 有哪些 → X 有哪几个 (哪些 asked as a count of members)."""
    return _sub_once(r"有哪些", "有哪几个", q)


def which_as_what(q: str) -> str | None:
    """…包括哪些 / …有哪些 closing a clause → …包括什么."""
    return _sub_once(rf"(?:包括|包含|有)哪些{_END}", "包括什么", q)


def year_to_front(q: str) -> str | None:
    """X到2025年要… → 到2025年，X要… (the asked year before the subject)."""
    m = re.match(rf"^([^，,？?]{{2,}}?)((?:到)?{_YEAR})(?![底末前])([^，,？?]*)", q)
    if not m or re.search(r"[\d〇]年", m.group(1)):
        return None
    return f"{m.group(2)}，{m.group(1)}{m.group(3)}{q[m.end():]}"


def year_after_subject(q: str) -> str | None:
    """到2025年，X要… → X到2025年要…: the year moves before the first verb of the asked clause."""
    m = re.match(rf"^((?:到)?{_YEAR})[，,]", q)
    if not m:
        return None
    rest = q[m.end():]
    verb = re.search(r"(?<=.{2})(?:要|将|预期|预计|力争|计划|达到|是多少|为多少|有多少)", rest)
    return f"{rest[:verb.start()]}{m.group(1)}{rest[verb.start():]}" if verb else None


def short_year(q: str) -> str | None:
    """2025年 → 25年, as offices say a target year (not a base year such as 20年, nor after 到 or 至: both read as counts of years)."""
    return _sub_once(r"(?<![0-9到至])20(2[5-9]|[3-9]\d)年", r"\1年", q)


def year_in_chinese(q: str) -> str | None:
    """2025年 → 二〇二五年."""
    digits = dict(zip("0123456789", "〇一二三四五六七八九"))
    return _sub_once(r"(?<!\d)(20\d\d)(?=年)", lambda m: "".join(digits[c] for c in m.group(1)), q)


def each_for_respectively(q: str) -> str | None:
    """分别是多少 ↔ 各是多少 (both ask one figure per thing named)."""
    return _sub_once(r"分别(?=是|为|要|达到|有|定)", "各", q) or _sub_once(r"(?<![一两三四五六七八九十])各(?=是|为|要|达到|有|定)", "分别", q)


def which_chapter(q: str) -> str | None:
    """在哪一章 ↔ 在第几章 (and 节, 篇)."""
    return _sub_once(r"哪一([章节篇])", r"第几\1", q) or _sub_once(r"第几([章节篇])", r"哪一\1", q)


def period_unquoted(q: str) -> str | None:
    """“十四五” → 十四五, as typed in a chat."""
    return _sub_once(r"“(十[一二三四五六七八九]五)”", r"\1", q)


def trailing_ne(q: str) -> str | None:
    """…是多少？ → …是多少呢？ (a spoken tail that asks nothing)."""
    return _sub_once(r"(?<![呢吗啊])([？?])$", r"呢\1", q)


# The second family: wordings office staff use when they say or type a question (lane paraphrase20b).

def _unquoted(pattern: str, repl, q: str) -> str | None:
    """``_sub_once`` outside “…”, 《…》 and 「…」: a quoted name is the plan's own words and stays as printed."""
    spans = [m.span() for m in re.finditer(r"“[^”]*”|《[^》]*》|「[^」]*」", q)]
    for m in re.finditer(pattern, q):
        if not any(a <= m.start() < b for a, b in spans):
            return q[:m.start()] + m.expand(repl) + q[m.end():]
    return None


#: A unit as printed → as said: 多少亿元 → 多少个亿, 多少亩 → 多少亩地, 多少平方米 → 多少平米, 多少公里 → 几公里.
_SPOKEN_UNITS = ((r"多少亿元?", "多少个亿"), (r"多少亩(?![地])", "多少亩地"),
                 (r"多少平方米?(?![公千])", "多少平米"), (r"多少(?:公里|千米)", "几公里"))


def spoken_unit(q: str) -> str | None:
    return next((out for pattern, said in _SPOKEN_UNITS if (out := _sub_once(pattern, said, q))), None)


#: Counting words after which 多少 and 几 ask the same (not 万/亿: 几万 is "a few ten thousand").
_COUNTER = r"(?=[个家所座条项处类种批名位次年天张台辆套栋间])"


def how_many_as_ji(q: str) -> str | None:
    """多少个 ↔ 几个 (a counting word follows)."""
    return _sub_once(r"多少" + _COUNTER, "几", q) or _sub_once(r"(?<![第十哪])几" + _COUNTER, "多少", q)


def target_set_as(q: str) -> str | None:
    """…的目标值是多少 ↔ …目标定的多少 (the figure asked as what the target was set at)."""
    return (_sub_once(rf"的?目标值?(?:是|为)多少{_END}", "目标定的多少", q)
            or _sub_once(rf"目标定(?:的|了|为)多少{_END}", "的目标值是多少", q))


def which_as_what_noun(q: str) -> str | None:
    """哪些 → 什么; 有什么 → 有哪些 (not 什么时候: that asks when)."""
    return _sub_once(r"哪些", "什么", q) or _sub_once(r"(?<=有)什么(?!时候|时间|地方|样|意思|程度|水平)", "哪些", q)


def drop_de(q: str) -> str | None:
    """A 的 between two nouns dropped: 零陵区的产业 → 零陵区产业 (a place or body before it, a noun after)."""
    return _unquoted(r"(?<=[区市县镇乡村园业院校厂港场城馆站局])的(?=[\u4e00-\u9fff])(?![是为有要将])", "", q)


def target_as_expected(q: str) -> str | None:
    """目标 → 预期目标 (a 预期目标 → 目标) where the target is what is asked, not 目标预测表 or 目标任务."""
    return _unquoted(r"预期目标", "目标", q) or _unquoted(r"(?<!预期)目标(?=值?(?:是|为|定|要|又|多少))", "预期目标", q)


def target_as_plan(q: str) -> str | None:
    """目标 → 计划 where the target is what is asked (目标是多少 → 计划是多少; not 目标值, 目标预测表, 目标任务)."""
    return _unquoted(r"(?<!预期)目标(?=是|为|定|又)", "计划", q)


def build_short(q: str) -> str | None:
    """要建设 X → 要建 X (the verb said short; the plan's own 建设 in quotes stays)."""
    return _unquoted(r"(?<=[要将划拟])建设(?![成用])", "建", q)


def build_new(q: str) -> str | None:
    """新建 ↔ 建设 as the verb of a plan's works (after 要/将/计划/拟: 新建建筑 and 异地新建项目 name things)."""
    return _unquoted(r"(?<=[要将划拟])新建", "建设", q) or _unquoted(r"(?<=[要将划拟])建设(?![成用])", "新建", q)


def whether_spoken(q: str) -> str | None:
    """是否 ↔ 是不是."""
    return _sub_once("是否", "是不是", q) or _sub_once("是不是", "是否", q)


def _lead_in(words: str) -> Callable[[str], str | None]:
    return lambda q: None if q.startswith(("请问", "想了解", "我想", "帮我")) else words + q


#: Where the subject of a question ends: its first verb or asking word, at least two characters in (not 计划:
#: as often a noun, 计划生育).
_SUBJECT_END = r"(?<=.{2})(?:要|将|预期|预计|力争|达到|是多少|为多少|有多少|有哪些|有几|包括|是否)"


def _scope_after_subject(words: str) -> Callable[[str], str | None]:
    """X要… → X``words``要… (the plan named as the source after the subject, as in 「产值规划里要达到多少」)."""
    def reword(q: str) -> str | None:
        if re.search(r"规划|纲要|《", q):
            return None
        return _unquoted(f"({_SUBJECT_END})", words + r"\1", q)
    return reword


def year_in_spoken_digits(q: str) -> str | None:
    """2025年 → 二零二五年 (零 as typed on a phone, not 〇)."""
    digits = dict(zip("0123456789", "零一二三四五六七八九"))
    return _sub_once(r"(?<!\d)(20\d\d)(?=年)", lambda m: "".join(digits[c] for c in m.group(1)), q)


_HALF = str.maketrans("，？：；（）！", ",?:;()!")
_FULL = str.maketrans(",?:;()!", "，？：；（）！")


def half_width(q: str) -> str | None:
    out = q.translate(_HALF)
    return out if out != q else None


def full_width(q: str) -> str | None:
    out = q.translate(_FULL)
    return out if out != q else None


def no_question_mark(q: str) -> str | None:
    out = q.rstrip("？?")
    return out if out != q else None


@dataclass(frozen=True)
class Variation:
    name: str
    reword: Callable[[str], str | None]
    seed_only: bool = False  # true where the meaning holds only for the seed (a 十四五 plan of 零陵区)
    family: str = "mechanical"  # "office": the second table, wordings said or typed in an office


VARIATIONS = (
    Variation("请问…", polite_prefix),
    Variation("想了解一下，…", want_to_know),
    Variation("…为多少", _amount_verb("为")),
    Variation("…是多少", _amount_verb("是")),
    Variation("…有多少", _amount_verb("有")),
    Variation("…达到多少", _amount_verb("达到")),
    Variation("到2025年→2025年", year_without_by),
    Variation("2025年→到2025年", year_with_by),
    Variation("2025年→到“十四五”末", year_as_period_end, seed_only=True),
    Variation("规划/全区/零陵区 去掉", drop_scope_words, seed_only=True),
    Variation("根据规划，…", add_scope_words),
    Variation("有哪些→有哪几个", which_as_how_many),
    Variation("哪些→包括什么", which_as_what),
    Variation("年份移到句首", year_to_front),
    Variation("年份移到主语后", year_after_subject),
    Variation("2025年→25年", short_year),
    Variation("2025年→二〇二五年", year_in_chinese),
    Variation("分别↔各", each_for_respectively),
    Variation("哪一章↔第几章", which_chapter),
    Variation("“十四五”→十四五", period_unquoted),
    Variation("…呢？", trailing_ne),
    Variation("半角标点", half_width),
    Variation("全角标点", full_width),
    Variation("去掉问号", no_question_mark),
    Variation("口语单位（多少个亿/亩地/平米/几公里）", spoken_unit, family="office"),
    Variation("多少个↔几个", how_many_as_ji, family="office"),
    Variation("目标值是多少↔目标定的多少", target_set_as, family="office"),
    Variation("哪些↔什么", which_as_what_noun, family="office"),
    Variation("名词间的“的”去掉", drop_de, family="office"),
    Variation("目标↔预期目标", target_as_expected, family="office"),
    Variation("目标→计划", target_as_plan, family="office"),
    Variation("建设→建", build_short, family="office"),
    Variation("新建↔建设", build_new, family="office"),
    Variation("是否↔是不是", whether_spoken, family="office"),
    Variation("我想问一下，…", _lead_in("我想问一下，"), family="office"),
    Variation("帮我查下…", _lead_in("帮我查下"), family="office"),
    Variation("主语后加“规划里”", _scope_after_subject("规划里"), family="office"),
    Variation("主语后加“纲要中”", _scope_after_subject("纲要中"), family="office"),
    Variation("2025年→二零二五年", year_in_spoken_digits, family="office"),
)
FAMILIES = ("mechanical", "office")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).lower()


def keeps_key(row: dict, variant: str) -> bool:
    """Every key string the question itself holds is still in the variant (else the key may no longer fit)."""
    keys = [*row.get("must", []), *row.get("any", []), *row.get("should", []), *row.get("cite_any", [])]
    keys += [row["cite"]] if row.get("cite") else []
    asked, reworded = _norm(row["q"]), _norm(variant)
    return all(_norm(k) in reworded for k in keys if _norm(k) in asked)


def variants(row: dict, on_seed: bool, families: tuple[str, ...] = FAMILIES) -> list[tuple[str, str]]:
    """(variation name, reworded question) for every variation of ``families`` that applies to ``row`` and keeps its key."""
    out = []
    for v in VARIATIONS:
        if (v.seed_only and not on_seed) or v.family not in families:
            continue
        reworded = v.reword(row["q"])
        if reworded and reworded != row["q"] and keeps_key(row, reworded):
            out.append((v.name, reworded))
    return out


def _score_row(kit: Path) -> Callable[[dict, dict], tuple]:
    spec = importlib.util.spec_from_file_location("eval_score", kit / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score_row


def answer_rows(rows: list[dict], plans: Path, out: Path) -> list[dict]:
    """Answers to ``rows`` in order, each plan built once under ``out``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    by_plan: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_plan.setdefault(row.get("doc") or "", []).append(i)
    answers: list[dict] = [{}] * len(rows)
    for doc, idx in by_plan.items():
        plan = plans / doc if doc else SEED_PLAN
        home = out / re.sub(r"[^A-Za-z0-9_.-]+", "-", plan.stem)
        for i, a in zip(idx, ask([rows[i]["q"] for i in idx], plan, home, env)):
            answers[i] = a
    return answers


def run(names: list[str], out: Path, kit: Path, families: tuple[str, ...] = FAMILIES) -> dict:
    """Per variation: [passed, asked] over answerable rows and over traps; and the flips."""
    score_row = _score_row(kit)
    sets = load_sets()
    rates: dict[str, Counter] = {v.name: Counter() for v in VARIATIONS if v.family in families}
    flips: list[dict] = []
    base = Counter()
    for name in names:
        rows, plans = sets[name]
        answers = answer_rows(rows, plans, out)
        passing = [r for r, a in zip(rows, answers) if score_row(r, a)[0]]
        base.update(rows=len(rows), passing=len(passing))
        reworded = [dict(row, q=q, variation=v) for row in passing
                    for v, q in variants(row, on_seed=not row.get("doc"), families=families)]
        for row, answer in zip(reworded, answer_rows(reworded, plans, out)):
            ok, reasons, _ = score_row(row, answer)
            kind = "trap" if row.get("found") is False else "row"
            rates[row["variation"]].update({f"{kind}_asked": 1, f"{kind}_passed": int(ok)})
            if not ok:
                flips.append({"set": name, "id": row["id"], "variation": row["variation"], "q": row["q"],
                              "reasons": reasons, "answer": answer.get("answer", "")[:120]})
        print(f"{name:14} {len(passing)}/{len(rows)} pass as written; {len(reworded)} variants asked", flush=True)
    return {"base": dict(base), "rates": {k: dict(v) for k, v in rates.items()}, "flips": flips}


def report(result: dict) -> str:
    lines = ["variation                  answerable     traps"]
    total = Counter()
    for name, c in result["rates"].items():
        total.update(c)
        lines.append(f"{name:24} {c.get('row_passed', 0):4}/{c.get('row_asked', 0):<4}   "
                     f"{c.get('trap_passed', 0):3}/{c.get('trap_asked', 0)}")
    lines.append(f"{'all':24} {total['row_passed']:4}/{total['row_asked']:<4}   "
                 f"{total['trap_passed']:3}/{total['trap_asked']}; flips {len(result['flips'])}")
    lines += [f"FLIP {f['set']} {f['id']} [{f['variation']}] {f['q']}: {'; '.join(f['reasons'])}"
              for f in result["flips"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS), help="seen sets to reword")
    ap.add_argument("--out", type=Path, default=BENCH / "out" / "paraphrase")
    ap.add_argument("--family", nargs="+", choices=FAMILIES, default=list(FAMILIES),
                    help="which tables of variations to ask (mechanical: the first; office: spoken and typed wordings)")
    ap.add_argument("--save", type=Path, help="write the rates and flips as JSON here")
    a = ap.parse_args(argv)
    kit = eval_kit()
    if kit is None:
        print("需要评测工具 ../shared/eval（score.py）；请把 shared/ 放在检出目录旁，或设 PLANKG_SHARED", file=sys.stderr)
        return 2
    result = run(a.sets, a.out, kit, tuple(a.family))
    if a.save:
        a.save.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
