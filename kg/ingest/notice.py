"""The cover letter (印发通知) a plan is issued with, and the document's issuance metadata.

Plans published by a government or a ministry open with the notice that issues
them::

    国务院关于印发“十四五”数字经济发展规划的通知      ← the notice's title: 发文机关 关于印发 X 的通知
    国发〔2021〕29号                                    ← 发文字号
    各省、自治区、直辖市人民政府，国务院各部委、各直属机构：   ← 主送机关
    现将《“十四五”数字经济发展规划》印发给你们，请认真贯彻执行。
    国务院                                              ← signature (发文机关)
    2021年12月12日                                      ← 成文日期
    （此件公开发布）
    “十四五”数字经济发展规划                           ← the plan's own title

and pages copied from a government portal keep its index block (``发文机关：国务院``,
``发文字号：国发〔2021〕29号``, ``成文日期：2021年12月12日``, ``发布日期：2022年01月12日``).
Neither is the plan's body: :func:`read_notice` takes them out of the front matter
as the plan's :class:`~kg.document.Issuance`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.document import Issuance
from kg.ingest.lines import squeeze

__all__ = ["NoticeSpan", "read_notice", "parse_date", "notice_plan_title"]

# 发文机关 关于 印发/发布 … 的通知 (也作 …的决定/通知 in a joint issue); a portal's copy often drops the 发文机关
# (「关于印发《松江区…重点工作安排》的通知」), which the letter's signature then gives.
_NOTICE_TITLE = re.compile(r"^(?P<issuer>.{2,60}?)?关于(?:印发|发布|颁布|转发|下发)(?P<what>.+?)的(?:通知|决定|批复)$")
# 国发〔2021〕29号, 工信部规〔2016〕336号, 零政发[2021]5号, 国办发（2021）12号.
_IDENTIFIER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号")
_CN_DIGIT = {c: d for d, cs in enumerate(["〇○零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]) for c in cs}
_DATE = re.compile(r"^(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
                   r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$")
# A portal's index block: 发文机关：国务院 …
_KEYS = r"索引号|主题分类|标题|发文机关|发文机构|发文单位|发文字号|文号|成文日期|发布日期|印发日期|公布日期|有效性"
# A Markdown list's bullet before an index block's field (「* 发文字号： 武政〔2026〕8号」).
_BULLET = re.compile(r"^[-*+•·]\s*")
_KEY = re.compile(rf"^(?:{_KEYS})$")
_FIELD = re.compile(rf"^(?P<key>{_KEYS})\s*[：:]\s*(?P<value>.+)$")
# Lines closing a notice: （此件公开发布） （此件主动公开） （联系人：…）.
_CLOSING = re.compile(r"^[（(](?:此件|本件|联系人|信息公开)[^）)]*[）)]$")
#: A signature line: a body's name, short, no sentence punctuation (「特此通知。」 is none).
_SIGNATURE = re.compile(r"^(?!附件|特此)[^。，,；;：:.．、《》]{2,40}$")
_ISSUED_AS = re.compile(r"印发给你们|发布给你们|转发给你们|印发你们|现予印发|现予发布|请认真贯彻|请结合实际")
#: The lines a notice may run to from its title: a letter longer than this is no cover letter.
MAX_NOTICE_LINES = 15


@dataclass(frozen=True)
class NoticeSpan:
    """The cover letter and index block in the front lines, and what they say.

    ``lines`` are the indices (into the texts given) of every line they take up; ``issuance``
    what they say (its ``paragraphs`` left to the caller, who numbers the lines); ``plan_title``
    the plan the letter's title names.
    """

    lines: tuple[int, ...]
    issuance: Issuance
    plan_title: str | None = None


def parse_date(text: str) -> str | None:
    """A printed date as ISO ``YYYY-MM-DD``, or ``None``.

    Examples
    --------
    >>> parse_date("2021年12月12日"), parse_date("二〇二一年三月三十日"), parse_date("2022-01-12")
    ('2021-12-12', '2021-03-30', '2022-01-12')
    >>> parse_date("2021年12月") is None
    True
    """
    text = squeeze(text).replace(" ", "")
    m = re.match(r"^((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})$", text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    elif (m := _DATE.match(text)) is not None:
        y = int(m.group("y")) if m.group("y").isdigit() else int("".join(str(_CN_DIGIT[c]) for c in m.group("y")))
        mo, d = _small_number(m.group("m")), _small_number(m.group("d"))
    else:
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _small_number(text: str) -> int:
    """``12`` or ``十二`` / ``三十一`` as an int."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CN_DIGIT[text]
    tens, _, units = text.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)


def notice_plan_title(notice_title: str) -> str | None:
    """The plan a notice issues, from its title.

    Examples
    --------
    >>> notice_plan_title("国务院关于印发“十四五”数字经济发展规划的通知")
    '“十四五”数字经济发展规划'
    >>> notice_plan_title("工业和信息化部关于印发《民用爆炸物品行业发展规划（2016-2020年）》的通知")
    '民用爆炸物品行业发展规划（2016-2020年）'
    """
    m = _NOTICE_TITLE.match(squeeze(notice_title))
    return m.group("what").strip("《》") if m else None


def read_notice(texts: list[str]) -> NoticeSpan | None:
    """The cover letter and index block among a plan's front lines, or ``None``.

    Parameters
    ----------
    texts : list of str
        The non-blank lines before the plan's first heading, in order.

    Returns
    -------
    NoticeSpan or None
        ``None`` when the front matter holds neither a notice titled
        「…关于印发…的通知」 nor a portal's index block.

    Examples
    --------
    >>> span = read_notice(["国务院关于印发“十四五”数字经济发展规划的通知", "国发〔2021〕29号",
    ...     "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    ...     "现将《“十四五”数字经济发展规划》印发给你们，请认真贯彻执行。", "国务院", "2021年12月12日",
    ...     "（此件公开发布）", "“十四五”数字经济发展规划", "数字经济是……新经济形态。"])
    >>> span.lines, span.issuance.issuer, span.issuance.identifier, span.issuance.date
    ((0, 1, 2, 3, 4, 5, 6), '国务院', '国发〔2021〕29号', '2021-12-12')
    >>> read_notice(["某县国民经济和社会发展第十四个五年规划纲要", "前言"]) is None
    True
    """
    fields, lines = {}, []
    for k, text in enumerate(texts):
        found = _fields(text)
        if found:
            for key, value in found:
                fields.setdefault(key, value)
            lines.append(k)
    start = next((k for k, t in enumerate(texts) if _NOTICE_TITLE.match(squeeze(t))), None)
    letter = _letter(texts, start) if start is not None else None
    if letter is None and not fields:
        return None
    title = squeeze(texts[start]) if letter is not None and start is not None else None
    issuer = fields.get("发文机关") or fields.get("发文机构") or fields.get("发文单位")
    identifier = fields.get("发文字号") or fields.get("文号")
    date_text = fields.get("成文日期") or fields.get("印发日期")
    if letter is not None:
        lines.extend(letter.lines)
        issuer = letter.signature or issuer or _NOTICE_TITLE.match(title).group("issuer")
        identifier = letter.identifier or identifier
        date_text = letter.date_text or date_text
    if identifier is not None:
        m = _IDENTIFIER.search(identifier)
        identifier = re.sub(r"\s+", "", m.group(0)) if m else identifier
    published = fields.get("发布日期") or fields.get("公布日期")
    issuance = Issuance(title=title, issuer=issuer, identifier=identifier,
                        date=parse_date(date_text) if date_text else None, date_text=date_text,
                        published=parse_date(published) if published else None)
    return NoticeSpan(tuple(sorted(set(lines))), issuance, notice_plan_title(title) if title else None)


def _fields(line: str) -> list[tuple[str, str]]:
    """An index block line's fields: 「发文机关：国务院」, or a table row of key and value cells
    (「发文字号\\t国发〔2021〕29号\\t发布日期\\t2022年01月12日」, as a portal's page prints them).

    >>> _fields("发文字号\\t国发〔2021〕29号\\t发布日期\\t2022年01月12日")
    [('发文字号', '国发〔2021〕29号'), ('发布日期', '2022年01月12日')]
    >>> _fields("成文日期：2021年12月12日"), _fields("* 发文机构： 武汉市人民政府"), _fields("加快发展。")
    ([('成文日期', '2021年12月12日')], [('发文机构', '武汉市人民政府')], [])
    """
    cells = [_BULLET.sub("", squeeze(c)) for c in line.split("\t") if c.strip()]
    if len(cells) >= 2 and len(cells) % 2 == 0 and all(_KEY.match(c.rstrip("：:")) for c in cells[::2]):
        return [(k.rstrip("：:"), v) for k, v in zip(cells[::2], cells[1::2])]
    found = [_FIELD.match(c) for c in cells]
    return [(m.group("key"), m.group("value").strip()) for m in found if m]


@dataclass(frozen=True)
class _Letter:
    lines: tuple[int, ...]
    signature: str | None
    identifier: str | None
    date_text: str | None


def _letter(texts: list[str], start: int) -> _Letter | None:
    """The notice from its title line: the 文号 and addressees, the text issuing the plan, then
    the signature, the date and a closing remark; ``None`` when no text issuing a plan follows
    within :data:`MAX_NOTICE_LINES`. Without a date the letter ends with its issuing text."""
    window = [squeeze(t) for t in texts[start:start + MAX_NOTICE_LINES]]
    issued = next((k for k, text in enumerate(window) if k and _ISSUED_AS.search(text)), None)
    if issued is None:
        return None
    identifier = next((m.group(0) for text in window[1:issued]
                       if (m := _IDENTIFIER.fullmatch(text.replace(" ", ""))) is not None), None)
    dated = next((k for k in range(issued + 1, len(window)) if parse_date(window[k]) is not None), None)
    if dated is None:
        return _Letter(tuple(range(start, start + issued + 1)), None, identifier, None)
    # the signature: the lines right above the date, one per issuing body when several issue it jointly
    # (「杨浦区建设和管理委员会」「杨浦区发展和改革委员会」「杨浦区规划和自然资源局」)
    signed = dated
    while signed - 1 > issued and _SIGNATURE.match(window[signed - 1]):
        signed -= 1
    signature = "、".join(window[signed:dated]) or None
    end = dated
    while end + 1 < len(window) and _CLOSING.match(window[end + 1]):
        end += 1
    return _Letter(tuple(range(start, start + end + 1)), signature, identifier, window[dated])
