"""Questions about an indicator table as a table: its rows counted by its title, the rows that
fill one column, and what its notes say about a column.

* 「“十二五”信息化发展基本情况那张表一共列了多少项指标」: the table whose printed title the
  question names (``pk:IndicatorTable`` labelled by it), its rows counted and named;
* 「指标表里年均增速那一栏填了具体数的是哪几项」: the rows whose cell in the asked column
  (年均增速/增长, a year, 规划目标 or 实现情况) holds a number — a blank, ``—`` or words
  (完成省定目标) are no figure;
* 「指标表里20年那一列的数是实际数还是预计的」「〔 〕是什么意思」: the clause of the notes
  printed under the table (``pk:tableNote``: 注：2020年数据均为预计数) that speaks of the asked
  column, cited; a table whose notes say nothing of it → ``found: false`` saying what they say.

Every answer is built from the graph (rows are ``pk:Indicator`` nodes whose source paragraph
is in the table) and cites the rows or the note it reads.
"""
from __future__ import annotations

import re

from ..answer import Answer, Item
from ..question.frame import years_in
from ..question.intent import normalise_question, parse_cn_number
from ..index.kb import KB, normalise_text, plan_of
from ..question.ngrams import bigrams

__all__ = ["answer_table", "table_rows", "column_cells", "row_number"]

#: The question speaks of a table (表, 一栏, 那一列), not of a measure alone.
_TABLE_WORDS = re.compile(r"表|[一那这此该]栏|[一那这此该]列|栏里|列里")
#: A count or list of the table's rows asked (一共列了多少项指标, 有哪些指标).
_COUNT_ASKED = re.compile(r"(?:一共|总共|共|总计)?(?:列了|列出了?|有|包括|包含)?(?:多少|(?<!哪)几)(?:项|个|条)|有哪些(?:指标|项)|列了哪些")
#: Rows with something in a column asked (填了具体数的是哪几项, 有数的是哪些, 给出了…的是哪几个).
_FILLED_ASKED = re.compile(r"(?:填了?|填写了?|(?:有|给出了?|列了|写了)(?:具体)?(?:的)?(?:数|数字|数值|数据|值))"
                           r"[^，。？?]{0,6}?(?:的)?(?:是|有)?(?:哪几|哪些|哪一?)")
#: What a column's figures are asked (实际数还是预计的, 是预计数吗, 〔 〕是什么意思, 累计数).
_NOTE_ASKED = re.compile(r"预计|实际数|快报|初步|估计|累计数|推算|什么意思|怎么理解|代表什么|表示什么|指什么|括号|带\*|星号")
#: A kind of figure named (「2020年的数是预计数吗」): what a table's note says, asked without naming the table.
_FIGURE_KIND_ASKED = re.compile(r"(?:预计|快报|实际|累计|估计|推算)数")
#: Words a note uses for what kind of figure a column holds, as the answer names it.
_FIGURE_KINDS = ("预计数", "快报数", "初步统计数", "估计数", "推算数", "累计数", "实际数", "统计数")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
#: Share of a title's bigrams a question must hold to name the table by it.
_TITLED = 0.6
#: The one table of a plan named without its title.
_THE_TABLE = re.compile(r"指标表|这张表|那张表|该表|表里|表中|表内|表上")
#: A row asked by its 序号 (「序号16那一行是啥指标」「编号为3的是哪项」「表里第16行是什么指标」), never a value 16.
_ROW_ASKED = re.compile(r"(?:序号|编号)\s*(?:为|是)?\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?![\d年])"
                        r"|第\s*(?P<m>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:行|项)")
#: What a row-number question asks: the row's name, not one of its figures.
_WHICH_ROW = re.compile(r"(?:是|叫|为)(?:啥|什么|哪)|哪(?:个|一|项|条)|什么指标|啥指标")
#: A text asked to stand in a column (「目标写的是“完成省定目标”的有几项」): quoted, the cell's words kept whole.
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,20})[”\"」』]")
#: A count or list of the rows whose cell holds the text (的有几项, 的是哪些).
_ROWS_ASKED = re.compile(r"(?:多少|(?<!哪)几)(?:项|个|条)|哪(?:些|几)")
#: A mark a table's cells carry, asked about (〔 〕, [ ], *).
_MARK = re.compile(r"[〔［【\[][^〕］】\]]{0,3}[〕］】\]]|带\*|星号")


def answer_table(kb: KB, question: str, *, plan: str | None = None) -> Answer | None:
    """A question about a table as a table (see the module docstring), else ``None``."""
    q = normalise_question(question)
    # 「序号8是什么指标」「有几个指标的目标是完成省定目标」 ask the table without naming it: a 序号 or a cell's words do.
    by_row = bool(_ROW_NUMBERED.search(q) and "指标" in q)
    if not _TABLE_WORDS.search(q) and not _FIGURE_KIND_ASKED.search(q) and not by_row and not ("指标" in q and _ROWS_ASKED.search(q)):
        return None
    tables = [t for t in kb.by_type.get("IndicatorTable", []) if not plan or plan_of(t) == plan]
    if not tables:
        return None
    if not _TABLE_WORDS.search(q) and not _FIGURE_KIND_ASKED.search(q) and not by_row:
        # Only the words of a cell that is no figure (完成省定目标), printed in the question whole, name the table then.
        holding = [t for t in tables if _cell_text_in(kb, q, [t])]
        if len(holding) != 1:
            return None
        return _answer_text_cells(kb, question, q, holding[0], _cell_text_in(kb, q, holding))
    table = _named_table(kb, q, tables, implied=by_row)
    if table is None:
        return None  # several tables and none named: asked back by no answer here, never one picked
    if _TITLE_ASKED.search(q):
        return _answer_title(kb, question, table)
    if (m := _ROW_ASKED.search(q)) and _WHICH_ROW.search(q[m.end():]):
        return _answer_row(kb, question, table, parse_cn_number(m["n"] or m["m"]))
    quoted = _cell_quote(kb, question, table)
    if _ROWS_ASKED.search(q) and (words := normalise_text(quoted.group(1)) if quoted else _cell_text_in(kb, q, [table])):
        if (found := _answer_text_cells(kb, question, q, table, words)) is not None:
            return found
    if _NOTE_ASKED.search(q) or _MARK.search(q):
        return _answer_note(kb, question, q, table)
    if _FILLED_ASKED.search(q) and (column := _asked_column(_untitled(kb, q, table))) is not None:
        return _answer_filled(kb, question, table, column)
    if _COUNT_ASKED.search(q) and _titled(kb, q, table) and not _narrowed(kb, q, table):
        return _answer_count(kb, question, table)
    return None


# 「那张指标表的表名叫啥」「这张表的标题是什么」: the table's own printed title
_TITLE_ASKED = re.compile(r"表名|表的?(?:名字|名称|标题|题目|全称)|(?:表|它)(?:叫|是)(?:啥|什么)(?:名|表)")


def _answer_title(kb: KB, question: str, table: str) -> Answer:
    """The table's printed title (the line above its header), or not found when it prints none."""
    title = kb.label(table)
    paras = [p for r in table_rows(kb, table)[:1] for p in kb.source_paragraphs(r)[:1]]
    cite = [kb.citation(p) for p in paras]
    if not title or title == "主要指标":  # the label an untitled table is given, no title of the plan's
        return Answer(question, "指标表没有印出表名。", False, [], cite, kind="indicator")
    return Answer(question, f"指标表的表名是「{title}」。", True, [Item(title, cite[0] if cite else None)], cite,
                  kind="indicator")


# A five-year period's name (十五五): quoted in a question it names the plan's period, no cell's words.
_PERIOD_NAME = re.compile(r"[一二三四五六七八九十]{1,3}五")


def _cell_quote(kb: KB, question: str, table: str) -> re.Match[str] | None:
    """The quotation in ``question`` asking for a cell's words, ``None`` when its words only restate the
    table's title or the plan's period (「虹口“十五五”主要指标表一共列了多少项」 asks every row)."""
    quoted = _QUOTED.search(question)
    if quoted is None:
        return None
    words = normalise_text(quoted.group(1))
    title = normalise_text(re.sub(r"[“”\"‘’「」]", "", kb.label(table)))
    return None if _PERIOD_NAME.fullmatch(words) or words in title else quoted


#: A row asked by its 序号/编号 (not 第N行, which other questions use of other things).
_ROW_NUMBERED = re.compile(r"(?:序号|编号)\s*(?:为|是)?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?![\d年])")
#: Shortest cell text read as asked without quotes.
_CELL_CHARS = 4


def _cell_text_in(kb: KB, q: str, tables: list[str]) -> str | None:
    """The longest cell text of ``tables`` that is no figure (「完成省定目标」) printed whole in the question, or None."""
    texts = {normalise_text(str(v)) for t in tables for r in table_rows(kb, t)
             for k in ("baseValue", "targetValue", "actualValue", "growth", "actualGrowth") if (v := kb.attrs(r).get(k))}
    found = [t for t in texts if len(t) >= _CELL_CHARS and not re.search(r"\d", t) and t in q]
    return max(found, key=len) if found else None


def _untitled(kb: KB, q: str, table: str) -> str:
    """The question without the table's title: the title's own period (“十二五”…) is no column asked."""
    title = kb.label(table)
    return q.replace(title, "").replace(re.sub(r"[“”\"]", "", title), "")


def _titled(kb: KB, q: str, table: str) -> bool:
    """Whether the question names the table by its printed title (not only 指标表/那张表)."""
    return _title_share(kb, q, table) >= _TITLED


def _narrowed(kb: KB, q: str, table: str) -> bool:
    """Whether a count asks part of the table (a category, 约束性/预期性): left to the indicator list."""
    categories = {str(kb.attrs(r).get("category") or "") for r in table_rows(kb, table)} - {""}
    asked = _outside_title(q, normalise_text(re.sub(r"[“”\"‘’]", "", kb.label(table))))
    return bool(re.search(r"约束性|预期性", q)) or any(c in asked for c in categories)


def _outside_title(q: str, title: str, *, least: int = 4) -> str:
    """``q`` with every run of ``least`` or more characters it shares with the table's title cut out: a
    category word inside the restated title (绿化 in 「…绿化建设…主要指标表」) asks for no category."""
    out, i = [], 0
    while i < len(q):
        n = next((n for n in range(len(q) - i, least - 1, -1) if q[i:i + n] in title), 0)
        out.append(" " if n else q[i])
        i += n or 1
    return "".join(out)


def table_rows(kb: KB, table: str) -> list[str]:
    """The ``pk:Indicator`` nodes of a table's rows, in printed order."""
    paras = {p for p, _ in kb.inn(table, "partOf") if kb.type(p) == "Paragraph"}
    rows = [n for n in kb.by_type.get("Indicator", []) if plan_of(n) == plan_of(table)
            and any(p in paras for p in kb.source_paragraphs(n))]
    # one row a paragraph: the indicator it names whole (《X》送达率), not another table's row named by a prefix of it
    best: dict[str, str] = {}
    for n in rows:
        para = _row_para(kb, n, paras)
        if para not in best or len(kb.label(n)) > len(kb.label(best[para])):
            best[para] = n
    return sorted(best.values(), key=lambda n: kb._reading_order(_row_para(kb, n, paras)))


def column_cells(kb: KB, row: str, column: tuple[str, ...]) -> str:
    """A row's printed cell in the asked column: the first of the attribute keys ``column`` names it has."""
    a = kb.attrs(row)
    return next((str(a[k]) for k in column if a.get(k) not in (None, "")), "")


def _row_para(kb: KB, row: str, paras: set[str]) -> str:
    return next((p for p in kb.source_paragraphs(row) if p in paras), row)


def _named_table(kb: KB, q: str, tables: list[str], *, implied: bool = False) -> str | None:
    """The table whose title the question restates (most of its title's bigrams asked), else ``None``;
    the only table when the question names it 指标表/那张表 without a title of another, or (``implied``) asks
    it by a 序号 or a cell's words."""
    best = max(((_title_share(kb, q, t), t) for t in tables), default=(0.0, None))
    if best[0] >= _TITLED:
        return best[1]
    return tables[0] if len(tables) == 1 and (implied or _THE_TABLE.search(q) or _FIGURE_KIND_ASKED.search(q)) else None


def _title_share(kb: KB, q: str, table: str) -> float:
    """The share of the table title's bigrams the question holds (0 for an untitled table)."""
    title = bigrams(normalise_text(re.sub(r"[“”\"‘’]", "", kb.label(table)))) if kb.label(table) != "主要指标" else frozenset()
    return len(title & bigrams(normalise_text(q))) / len(title) if title else 0.0


def _asked_column(q: str) -> tuple[tuple[str, ...], str] | None:
    """The attribute keys of the column a question names and how to name it, or ``None``."""
    actual = bool(re.search(r"实现|实际|完成", q))
    if re.search(r"增速|增长|增幅|累计", q):
        return (("actualGrowth",) if actual else ("growth",)), ("实际年均增长" if actual else "年均增速")
    if actual:
        return ("actualValue",), "实现情况"
    if re.search(r"规划目标|目标值|目标", q):
        return ("targetValue",), "目标值"
    year = _asked_year(q)
    if year:
        return (f"year:{year}",), f"{year}年"
    return None


def _asked_year(q: str) -> int | None:
    years = years_in(q)
    if years:
        return years[0]
    short = re.search(r"(?<!\d)(\d\d)年(?:那|这|的|一)", q)  # 「20年那一列」: a year said short
    return 2000 + int(short.group(1)) if short else None


def _cell(kb: KB, row: str, keys: tuple[str, ...]) -> str:
    if keys[0].startswith("year:"):
        year = keys[0].split(":", 1)[1]
        a = kb.attrs(row)
        for year_key, value_key in (("baseYear", "baseValue"), ("targetYear", "targetValue"), ("actualYear", "actualValue")):
            if str(a.get(year_key) or "") == year:
                return str(a.get(value_key) or "")
        return ""
    return column_cells(kb, row, keys)


def _answer_filled(kb: KB, question: str, table: str, column: tuple[tuple[str, ...], str]) -> Answer:
    keys, name = column
    rows = table_rows(kb, table)
    filled = [(r, cell) for r in rows if _NUMBER.search(cell := _cell(kb, r, keys))]
    title = _title(kb, table)
    if not filled:
        text = f"{title}中{name}一栏没有填具体数值的指标（共{len(rows)}项指标）。"
        paras = [p for r in rows[:1] if (p := _source(kb, r))]
        return Answer(question, text, False, [], [kb.citation(p) for p in paras], kind="indicator")
    items = [Item(kb.label(r), kb.citation(p) if (p := _source(kb, r)) else None, detail=cell, entity=r)
             for r, cell in filled]
    text = f"{title}中{name}一栏填了具体数值的有{len(items)}项：" + "、".join(f"{i.label}（{i.detail}）" for i in items) + "。"
    return Answer(question, text, True, items, list(dict.fromkeys(i.citation for i in items if i.citation)), kind="indicator")


def _answer_count(kb: KB, question: str, table: str) -> Answer:
    """The table's rows counted: where its rows print a 序号, the numbered ones (a 「其中 X」 sub-row under a
    numbered row is part of it, said apart)."""
    rows = table_rows(kb, table)
    numbered = [r for r in rows if _printed_number(kb, r) is not None]
    subrows = [r for r in rows if r not in numbered] if numbered else []
    rows = [r for r in rows if r not in subrows]
    items = [Item(kb.label(r), kb.citation(p) if (p := _source(kb, r)) else None, entity=r) for r in rows]
    names = "、".join(i.label for i in items[:12]) + ("等" if len(items) > 12 else "")
    text = f"{_title(kb, table)}共列了{len(items)}项指标：{names}。"
    if subrows:
        text += f"另有{len(subrows)}个未编号的“其中”分项：{'、'.join(kb.label(r) for r in subrows[:6])}。"
    return Answer(question, text, True, items, list(dict.fromkeys(i.citation for i in items[:8] if i.citation)),
                  kind="aggregate")


def row_number(kb: KB, row: str, rows: list[str]) -> int:
    """A row's 序号: the number printed before its name in its row (「…类指标16 基本养老保险参保率」), else its place
    among ``rows`` (the table's rows in printed order, counted from 1)."""
    number = _printed_number(kb, row)
    return number if number is not None else rows.index(row) + 1


def _printed_number(kb: KB, row: str) -> int | None:
    """The 序号 printed before a row's name in its row sentence, ``None`` when it prints none."""
    text = normalise_text(str(kb.attrs(p).get("text") or "")) if (p := _source(kb, row)) else ""
    for name in (kb.label(row), *kb.attrs(row).get("aliases", [])):
        if m := re.search(r"(\d{1,3})" + re.escape(normalise_text(name)), text):
            return int(m.group(1))
    return None


def _answer_row(kb: KB, question: str, table: str, number: int) -> Answer:
    """「序号16那一行是啥指标」: the row printed with that 序号, its cells said, cited; none → ``found: false``."""
    rows = table_rows(kb, table)
    hit = [r for r in rows if row_number(kb, r, rows) == number]
    if not hit:
        return Answer(question, f"{_title(kb, table)}共{len(rows)}项指标，没有序号为{number}的一行。", False, kind="indicator")
    row, para = hit[0], _source(kb, hit[0])
    cite = kb.citation(para) if para else None
    said = str(kb.attrs(para).get("text") or "") if para else ""
    text = f"{_title(kb, table)}序号{number}的指标是{kb.label(row)}。" + (f"原文：“{said}”" if said else "")
    return Answer(question, text, True, [Item(kb.label(row), cite, entity=row)], [cite] if cite else [], kind="indicator")


def _answer_text_cells(kb: KB, question: str, q: str, table: str, words: str) -> Answer | None:
    """「目标写的是“完成省定目标”的有几项」: the rows whose cell (in the asked column, else any) reads the quoted words,
    counted and named; None when no cell of the table reads them (the quote is then no cell's text)."""
    rows = table_rows(kb, table)
    column = _asked_column(_untitled(kb, q.replace(words, ""), table))
    keys = column[0] if column else None

    def cells(row: str) -> list[str]:
        if keys:
            return [_cell(kb, row, keys)]
        a = kb.attrs(row)
        return [str(a[k]) for k in ("baseValue", "targetValue", "actualValue", "growth", "actualGrowth") if a.get(k)]

    hit = [r for r in rows if any(words in normalise_text(c) for c in cells(r))]
    if not hit:
        return None
    items = [Item(kb.label(r), kb.citation(p) if (p := _source(kb, r)) else None, entity=r) for r in hit]
    where = f"{column[1]}一栏" if column else ""
    text = f"{_title(kb, table)}中{where}写“{words}”的有{len(items)}项：" + "、".join(i.label for i in items) + "。"
    return Answer(question, text, True, items, list(dict.fromkeys(i.citation for i in items if i.citation)), kind="indicator")


def _answer_note(kb: KB, question: str, q: str, table: str) -> Answer | None:
    """What the notes under a table say of the asked column (a year, a mark such as 〔 〕 or *)."""
    notes = [p for p, _ in kb.out(table, "tableNote")]
    if not notes:
        return None
    # the title's own period (“十二五”…) is no column asked; a mark asked (〔 〕) is asked whatever the year
    year = None if _MARK.search(q) else _asked_year(_untitled(kb, q, table))
    clauses = [(p, c) for p in notes for c in _clauses(str(kb.attrs(p).get("text") or ""))]
    asked = [(p, c) for p, c in clauses if (year and str(year) in c)
             or (not year and (re.search(r"括号|累计", q) or _MARK.search(q)) and re.search(r"[〔\[［【]", c))
             or (not year and re.search(r"带\*|星号", q) and "*" in c)]
    title = _title(kb, table)
    if not asked:
        said = "；".join(c for _, c in clauses)
        what = f"{year}年的数" if year else "所问的内容"
        return Answer(question, f"{title}的表注没有说明{what}。表注原文：“{said}”。", False, [],
                      [kb.citation(p) for p in dict.fromkeys(p for p, _ in clauses)], kind="indicator")
    para, clause = asked[0]
    kind = next((k for k in _FIGURE_KINDS if k in clause), None)
    lead = f"{kind}。" if kind else ""
    text = f"{lead}{title}的表注：“{clause}”。"
    return Answer(question, text, True, [Item(kind or clause, kb.citation(para))], [kb.citation(para)], kind="indicator")


def _clauses(note: str) -> list[str]:
    """A note's clauses: 「注：1.[ ]表示5年累计数；2.2020年数据均为预计数。」 → its two statements."""
    body = re.sub(r"^\s*(?:注|备注|说明)\s*[：:]\s*", "", note)
    parts = re.split(r"[；;。]\s*", body)
    # an item's number (1. 2.) dropped, a decimal kept: 「2.2020年数据…」 is item 2 on 2020
    return [re.sub(r"^\d{1,2}[.．、](?=(?:19|20)\d\d年|\D)\s*", "", p).strip() for p in parts if p.strip()]


def _source(kb: KB, row: str) -> str | None:
    paras = [p for p in kb.source_paragraphs(row) if kb.attrs(p).get("kind") == "indicator"]
    return paras[0] if paras else None


def _title(kb: KB, table: str) -> str:
    label = kb.label(table)
    return "指标表" if label == "主要指标" else f"「{label}」"
