"""Paragraphs → passages: the unit that gets embedded and searched.

A plan paragraph can run past a thousand characters, too long for one
embedding to stand for it. Long paragraphs are cut on sentence boundaries
(``。；！？``) into passages of roughly ``min_chars``–``max_chars`` characters;
short ones stay whole. A passage never spans two paragraphs, because a
citation must resolve to exactly one paragraph. Every passage keeps its
paragraph id and heading labels (篇/章/节/专栏) so it can be cited and embedded
with its context.
"""
from __future__ import annotations

import json
import math
import os
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

from kg.document import Document, Paragraph
from kg.errors import IndexNotBuilt

__all__ = ["Passage", "make_passages", "split_text", "passage_context", "save_passages", "load_passages"]

# A sentence ends at a full stop, semicolon, ! or ?, plus any closing quotes or brackets.
_SENTENCE = re.compile(r"[^。；！？;!?]*(?:[。；！？;!?]+[”’」』）)】]*|$)")
# A sentence too long on its own is cut at clause marks instead.
_CLAUSE = re.compile(r"[^，、：,:]*(?:[，、：,:]+|$)")
# The number part of a heading label: 第4章 / 第一节 / 专栏7.1 (followed by the title).
_NUMBERED = re.compile(r"^(?:第\S+?[篇章节]|专栏\S*)\s+")


@dataclass(frozen=True)
class Passage:
    """A piece of one paragraph with the labels of its headings.

    ``id`` is ``f"{paragraph}#{n}"`` (``n`` from 1); ``part``/``chapter``/``section``/
    ``box`` hold heading labels such as ``第4章 实施制造业倍增工程`` or ``None``.
    """

    id: str
    paragraph: str
    text: str
    part: str | None
    chapter: str | None
    section: str | None
    box: str | None
    plan: str

    @property
    def labels(self) -> list[str]:
        """The non-empty heading labels, outermost first."""
        return [x for x in (self.part, self.chapter, self.section, self.box) if x]


def _pieces(text: str, pattern: re.Pattern[str]) -> list[str]:
    return [m for m in pattern.findall(text) if m]


def _hard_cut(text: str, max_chars: int) -> list[str]:
    """Sentences, then clauses, then fixed-width slices: each piece at most ``max_chars``."""
    out: list[str] = []
    for sentence in _pieces(text, _SENTENCE):
        if len(sentence) <= max_chars:
            out.append(sentence)
            continue
        for clause in _pieces(sentence, _CLAUSE):
            out.extend(clause[i:i + max_chars] for i in range(0, len(clause), max_chars))
    return out


def split_text(text: str, *, min_chars: int = 100, max_chars: int = 350) -> list[str]:
    """Cut ``text`` on sentence boundaries into pieces of about even length.

    Text of at most ``max_chars`` characters stays whole. Longer text is cut
    into ``ceil(len / max_chars)`` or more pieces aimed at the same length, so
    no piece is a stray short tail. Nothing is dropped or reordered:
    ``"".join(split_text(t)) == t``.

    Parameters
    ----------
    text : str
        One paragraph.
    min_chars, max_chars : int
        A piece is closed once it reaches its share of the text and at least
        ``min_chars``; it never grows past ``max_chars`` unless one sentence
        (and clause) is longer.

    Returns
    -------
    list of str

    Examples
    --------
    >>> split_text("短句。")
    ['短句。']
    >>> parts = split_text("甲" * 90 + "。" + "乙" * 90 + "；" + "丙" * 90 + "。", min_chars=50, max_chars=200)
    >>> [len(p) for p in parts]
    [182, 91]
    """
    if len(text) <= max_chars:
        return [text]
    sentences = _hard_cut(text, max_chars)
    target = max(min_chars, len(text) / math.ceil(len(text) / max_chars))
    out: list[str] = []
    current = ""
    for sentence in sentences:
        if current and len(current) + len(sentence) > max_chars:
            out.append(current)
            current = ""
        current += sentence
        if len(current) >= target:
            out.append(current)
            current = ""
    if current:
        # A short tail joins the previous piece when that stays within bounds.
        if out and len(current) < min_chars and len(out[-1]) + len(current) <= max_chars:
            out[-1] += current
        else:
            out.append(current)
    return out


def _passages_of(paragraph: Paragraph, plan: str, min_chars: int, max_chars: int) -> list[Passage]:
    path = paragraph.path
    labels = {level: (h.printed if h else None) for level, h in
              (("part", path.part), ("chapter", path.chapter), ("section", path.section), ("box", path.box))}
    return [Passage(id=f"{paragraph.id}#{n}", paragraph=paragraph.id, text=text, plan=plan, **labels)
            for n, text in enumerate(split_text(paragraph.text, min_chars=min_chars, max_chars=max_chars), 1)]


def make_passages(doc: Document, *, min_chars: int = 100, max_chars: int = 350) -> list[Passage]:
    """Every paragraph of ``doc`` as one or more passages, in reading order.

    Parameters
    ----------
    doc : Document
        A parsed plan.
    min_chars, max_chars : int
        Size bounds for pieces of long paragraphs (see :func:`split_text`).

    Returns
    -------
    list of Passage
        Ids ``<paragraph id>#<n>``; a paragraph's passages concatenate back to its text.

    Examples
    --------
    >>> from kg.document import Document, Heading, HeadingPath, Paragraph
    >>> path = HeadingPath(chapter=Heading("chapter", 4, "实施制造业倍增工程"))
    >>> doc = Document("demo", "示例", "demo.txt", "0" * 64,
    ...                preface=[Paragraph("ch04-p01", "加快建设产业园。", path)])
    >>> [(p.id, p.chapter, p.text) for p in make_passages(doc)]
    [('ch04-p01#1', '第4章 实施制造业倍增工程', '加快建设产业园。')]

    See Also
    --------
    passage_context : the text that gets embedded.
    """
    return [passage for paragraph in doc.paragraphs() if paragraph.text.strip()
            for passage in _passages_of(paragraph, doc.plan_id, min_chars, max_chars)]


def _title(label: str) -> str:
    """``专栏26.3 能源水利重点工程`` → ``能源水利重点工程`` (see ``kg.document.Heading.label``)."""
    return _NUMBERED.sub("", label)


def passage_context(p: Passage) -> str:
    """What gets embedded: the title of the passage's innermost heading, then its text.

    Only the innermost heading (专栏, else 节, else 章, else 篇) and only its
    title: on the seed plan's retrieval questions the full heading path
    swamped short passages (recall@5 40/49 against 43/49 for the bare text),
    while the innermost title helped (45/49). See ``bench/retrieval_eval.py``.

    Examples
    --------
    >>> p = Passage("box7.1-i02#1", "box7.1-i02", "再生铝项目。", None, "第7章 园区", None,
    ...             "专栏7.1 重点项目", "demo")
    >>> passage_context(p)
    '重点项目\\n再生铝项目。'
    >>> passage_context(Passage("pre-p01#1", "pre-p01", "前言。", None, None, None, None, "demo"))
    '前言。'
    """
    inner = p.box or p.section or p.chapter or p.part
    return f"{_title(inner)}\n{p.text}" if inner else p.text


def save_passages(passages: Iterable[Passage], path: str | os.PathLike[str]) -> None:
    """Write passages as JSON lines, atomically (temp file in the same folder, then rename).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = Passage("pre-p01#1", "pre-p01", "前言。", None, None, None, None, "demo")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     save_passages([p], pathlib.Path(d) / "passages.jsonl")
    ...     load_passages(pathlib.Path(d) / "passages.jsonl") == [p]
    True
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for p in passages:
                f.write(json.dumps(asdict(p), ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def load_passages(path: str | os.PathLike[str]) -> list[Passage]:
    """Read passages written by :func:`save_passages`.

    Raises
    ------
    IndexNotBuilt
        If the file does not exist.
    """
    path = Path(path)
    if not path.exists():
        raise IndexNotBuilt(f"No passages file at {str(path)!r}; run `plankg build` first.")
    with path.open(encoding="utf-8") as f:
        return [Passage(**json.loads(line)) for line in f if line.strip()]
