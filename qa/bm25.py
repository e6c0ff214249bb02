"""Lexical passage search: Okapi BM25 over two fields, jieba words and character bigrams.

Words catch exact terms; a user dictionary built from the graph's entity
names keeps a name such as 新材料百亿产业园 one token instead of four. The
dictionary goes into a private ``jieba.Tokenizer``, never the global one, so
two indices with different vocabularies do not leak into each other. Words are
cut in jieba's search mode: a long word is kept and its known sub-words are
added, so a whole name scores high while a partial mention (新材料园区) still
matches. Character bigrams catch what segmentation misses (园区 vs 产业园,
text cut differently in question and passage). The fields' scores are added
with ``bigram_weight`` on the bigram side.

Measured on the seed plan's 49 retrieval questions (``bench/retrieval_eval.py``)
with the graph's ~1,150 entity names as dictionary, recall@5 / MRR@10 of BM25
alone: plain jieba cut, words only 37 / 0.682 (42 / 0.802 without the
dictionary, as whole names stop matching partial mentions); plain cut +
bigrams 45 / 0.829; search mode + bigrams 48 / 0.836 (bigram weight 0.5) and
48 / 0.865 (weight 2, the default). In search mode the dictionary neither
helps nor hurts on these questions.

Postings are plain dicts of precomputed BM25 weights (term → passage →
weight), so a query is a handful of dict look-ups; no extra package.
"""
from __future__ import annotations

import functools
import logging
import math
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Sequence

from embeddings.passages import Passage

if TYPE_CHECKING:
    import jieba

__all__ = ["STOPWORDS", "BM25Index", "build_bm25", "tokenize", "bigrams"]

#: Function words and question words: frequent in questions, say nothing about the topic.
STOPWORDS = frozenset("""
的 地 得 了 着 过 和 与 及 以及 或 或者 并 并且 而 而且 且 等 等等 是 在 于 有 对 把 被 将 为 以 由 从 向 到
也 都 就 还 又 其 之 这 那 这个 那个 这些 那些 该 此 个 各 每 中 上 下 里 内
哪 哪些 哪个 哪里 哪儿 哪一 什么 多少 几 几个 如何 怎样 怎么 怎么样 为什么 是否 是不是 吗 呢 吧 啊 呀
请问 请 我 我们 你 你们 他 他们 它 它们 要 会 能 可以 应 应该 需要 一下 分别 有没有 没有
""".split())

# Runs of letters, digits and CJK ideographs; everything else separates terms.
_RUN = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _normalise(text: str) -> str:
    """NFKC (full-width digits and letters → ASCII) and lower case."""
    return unicodedata.normalize("NFKC", text).lower()


@functools.cache
def _base_tokenizer() -> jieba.Tokenizer:
    import jieba

    # jieba logs its dictionary loading to stderr at DEBUG level.
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _tokenizer(vocabulary: Iterable[str] = ()) -> jieba.Tokenizer:
    """A private tokenizer knowing ``vocabulary`` as whole words.

    Loading jieba's dictionary takes over a second, so the loaded frequency
    table is copied from one cached tokenizer instead of read again.
    """
    import jieba

    base = _base_tokenizer()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(base.FREQ), base.total, True
    for word in {_normalise(w).strip() for w in vocabulary}:
        # Single characters and names with spaces or punctuation cannot be one jieba token.
        if len(word) > 1 and _RUN.fullmatch(word):
            tokenizer.add_word(word)
    return tokenizer


def tokenize(text: str, *, tokenizer: jieba.Tokenizer | None = None) -> list[str]:
    """Words of ``text`` by jieba, without stopwords, punctuation and spaces.

    Parameters
    ----------
    text : str
    tokenizer : jieba.Tokenizer, optional
        A tokenizer with a user dictionary (see :meth:`BM25Index.tokenize`);
        default: jieba's own dictionary only.

    Returns
    -------
    list of str
        Normalised (NFKC, lower case) words in text order; a long word is
        followed by the shorter dictionary words inside it (jieba search mode).

    Examples
    --------
    >>> tokenize("何仙观水库的总库容是多少？")
    ['何仙观', '水库', '总', '库容']
    >>> tokenize("停车场")
    ['停车', '车场', '停车场']
    """
    tokenizer = tokenizer or _base_tokenizer()
    out: list[str] = []
    for run in _RUN.findall(_normalise(text)):
        out.extend(w for w in tokenizer.lcut_for_search(run) if w not in STOPWORDS)
    return out


def bigrams(text: str) -> list[str]:
    """Overlapping character pairs within runs of letters, digits and ideographs.

    A run of one character stands for itself.

    Examples
    --------
    >>> bigrams("新材料，园区")
    ['新材', '材料', '园区']
    """
    out: list[str] = []
    for run in _RUN.findall(_normalise(text)):
        out.extend([run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)])
    return out


class _Field:
    """BM25 postings of one field: term → {document: weight}."""

    def __init__(self, docs: Sequence[list[str]], *, k1: float, b: float) -> None:
        n = len(docs)
        avgdl = sum(map(len, docs)) / n if n else 0.0
        counts = [Counter(doc) for doc in docs]
        df: Counter[str] = Counter(term for c in counts for term in c)
        self.postings: dict[str, dict[int, float]] = {}
        for doc_id, (doc, c) in enumerate(zip(docs, counts)):
            norm = k1 * (1 - b + b * len(doc) / avgdl) if avgdl else k1
            for term, tf in c.items():
                idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
                self.postings.setdefault(term, {})[doc_id] = idf * tf * (k1 + 1) / (tf + norm)

    def add_scores(self, terms: Iterable[str], scores: dict[int, float], weight: float) -> None:
        for term in set(terms):
            for doc_id, w in self.postings.get(term, {}).items():
                scores[doc_id] = scores.get(doc_id, 0.0) + weight * w


class BM25Index:
    """BM25 over passages: a word field and a character-bigram field.

    Build with :func:`build_bm25`. Documents are numbered as the passages
    were given.
    """

    def __init__(self, texts: Sequence[str], *, vocabulary: Iterable[str] = (),
                 bigram_weight: float = 2.0, k1: float = 1.2, b: float = 0.75) -> None:
        self._tokenizer = _tokenizer(vocabulary)
        self.bigram_weight = bigram_weight
        self._words = _Field([self.tokenize(t) for t in texts], k1=k1, b=b)
        self._bigrams = _Field([bigrams(t) for t in texts], k1=k1, b=b)
        self._size = len(texts)

    def __len__(self) -> int:
        return self._size

    def tokenize(self, text: str) -> list[str]:
        """Words of ``text`` as this index segments them (its vocabulary included)."""
        return tokenize(text, tokenizer=self._tokenizer)

    def scores(self, query: str) -> dict[int, float]:
        """BM25 score of every passage sharing a term with ``query`` (others score 0)."""
        scores: dict[int, float] = {}
        self._words.add_scores(self.tokenize(query), scores, 1.0)
        if self.bigram_weight:
            self._bigrams.add_scores(bigrams(query), scores, self.bigram_weight)
        return scores

    def search(self, query: str, k: int = 10) -> list[tuple[int, float]]:
        """The ``k`` best passages for ``query`` as ``(position, score)``, best first.

        Ties keep passage order; passages sharing no term are left out.

        Examples
        --------
        >>> from embeddings.passages import Passage
        >>> ps = [Passage(f"p{i}#1", f"p{i}", t, None, None, None, None, "demo") for i, t in
        ...       enumerate(["建设新材料百亿产业园。", "何仙观水库工程，总库容13000万立方米。", "发展夜间经济。"])]
        >>> index = build_bm25(ps, vocabulary=["新材料百亿产业园"])
        >>> index.search("何仙观水库库容多大", 2)[0][0]
        1
        """
        ranked = sorted(self.scores(query).items(), key=lambda item: (-item[1], item[0]))
        return ranked[:k]


def build_bm25(passages: Sequence[Passage], *, vocabulary: Iterable[str] = (),
               bigram_weight: float = 2.0) -> BM25Index:
    """A :class:`BM25Index` over the passages' texts.

    Parameters
    ----------
    passages : sequence of Passage
    vocabulary : iterable of str
        Names to keep whole when segmenting (the graph's entity labels and aliases).
    bigram_weight : float
        Weight of the character-bigram field against the word field.

    Returns
    -------
    BM25Index

    Examples
    --------
    >>> from embeddings.passages import Passage
    >>> ps = [Passage("p0#1", "p0", "加快建设新材料百亿产业园。", None, None, None, None, "demo")]
    >>> "新材料百亿产业园" in build_bm25(ps, vocabulary=["新材料百亿产业园"]).tokenize(ps[0].text)
    True
    >>> "新材料百亿产业园" in build_bm25(ps).tokenize(ps[0].text)
    False

    See Also
    --------
    tokenize, bigrams
    """
    return BM25Index([p.text for p in passages], vocabulary=vocabulary, bigram_weight=bigram_weight)
