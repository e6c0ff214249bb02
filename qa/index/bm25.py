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

An index is built once per plan with the build (:func:`save_bm25`) and loaded
with it (:func:`load_bm25`): segmenting a plan's passages took 1.6 s at every
engine start. Its file carries a stamp of this module's source, so an index
written by other code is refused as stale. jieba's dictionary loads only
when a query is first segmented. :class:`ConcatBM25` searches the indices of
several plans as one, or only the plan a question is scoped to.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

from embeddings.parts import LazyParts
from embeddings.passages import Passage
from kg.errors import IndexNotBuilt
from kg.store.buildfolder import atomic_write_bytes

if TYPE_CHECKING:
    import jieba
    import rdflib

__all__ = ["STOPWORDS", "BM25Index", "ConcatBM25", "build_bm25", "entity_vocabulary", "save_bm25", "load_bm25",
           "code_stamp", "tokenize", "bigrams"]

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
    cache = Path(tempfile.gettempdir()) / "jieba.cache"
    if tokenizer.dictionary == jieba.DEFAULT_DICT and cache.is_file():
        # jieba reads its cache with marshal.load on the open file, which took 1.6 s on the
        # project machine; reading the bytes first and then marshal.loads took 0.45 s.
        try:
            tokenizer.FREQ, tokenizer.total = marshal.loads(cache.read_bytes())
            tokenizer.initialized = True
        except (OSError, ValueError, EOFError, TypeError):
            tokenizer.initialized = False
    tokenizer.initialize()  # a no-op when the cache was read; otherwise builds and writes it
    return tokenizer


class _Overlay(dict):
    """A dict of added words that reads through to ``base`` for every other key.

    Only the lookups jieba makes (``in``, ``[]``, ``get``) read through. Segmenting
    the seed's passages took 0.55 s with it, 0.45 s with a full copy of jieba's
    500k-entry table (40 MB per tokenizer) and 1.0 s with a ``ChainMap``.
    """

    __slots__ = ("base",)

    def __init__(self, base: dict[str, int]) -> None:
        super().__init__()
        self.base = base

    def __missing__(self, key: str) -> int:
        return self.base[key]

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self.base

    def get(self, key: str, default: Any = None) -> Any:
        return dict.__getitem__(self, key) if dict.__contains__(self, key) else self.base.get(key, default)


def _tokenizer(vocabulary: Iterable[str] = ()) -> jieba.Tokenizer:
    """A private tokenizer knowing ``vocabulary`` as whole words.

    Its frequency table holds the added words over the shared, cached jieba
    dictionary (loading that takes about a second; see :class:`_Overlay`), so
    a tokenizer costs memory only for its own words: one per plan stays small.
    """
    import jieba

    base = _base_tokenizer()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = _Overlay(base.FREQ), base.total, True
    # Sorted: jieba suggests a frequency for each added word from the words added before it,
    # so the order must not change between the build and the server.
    for word in sorted({_normalise(w).strip() for w in vocabulary}):
        # Single characters and names with spaces or punctuation cannot be one jieba token.
        if len(word) > 1 and _RUN.fullmatch(word):
            tokenizer.add_word(word)
    return tokenizer


class _DictFile(Mapping[str, int]):
    """jieba's frequency table as a read-only SQLite file, each word read when first looked up.

    Segmenting a question looks up a few hundred substrings; loading all 500k
    entries of jieba's table took 0.45–1.1 s and 80 MB in every process (half
    the wall time of ``plankg search --mode bm25``). Answers (misses too) are
    cached in memory. The file is made once per jieba version beside jieba's
    own cache, atomically.
    """

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._seen: dict[str, int | None] = {}
        self.total = int(self._db.execute("SELECT f FROM meta WHERE k = 'total'").fetchone()[0])

    def _read(self, key: str) -> int | None:
        try:
            return self._seen[key]
        except KeyError:
            with self._lock:
                row = self._db.execute("SELECT f FROM freq WHERE w = ?", (key,)).fetchone()
            value = self._seen[key] = None if row is None else int(row[0])
            return value

    def __getitem__(self, key: str) -> int:
        value = self._read(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._read(key) is not None

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            words = [w for (w,) in self._db.execute("SELECT w FROM freq")]
        return iter(words)

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM freq").fetchone()[0])


@functools.cache
def _query_base() -> _DictFile:
    """The shared :class:`_DictFile` of jieba's default dictionary, written on first need."""
    import jieba

    dictionary = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    stat = dictionary.stat()
    key = hashlib.sha256(f"{jieba.__version__}|{dictionary}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"plankg-jieba-{key}.sqlite"
    if not path.is_file():
        base = _base_tokenizer()
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(fd)
        try:
            with sqlite3.connect(tmp) as db:
                db.execute("CREATE TABLE freq (w TEXT PRIMARY KEY, f INTEGER) WITHOUT ROWID")
                db.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, f INTEGER)")
                db.executemany("INSERT INTO freq VALUES (?, ?)", base.FREQ.items())
                db.execute("INSERT INTO meta VALUES ('total', ?)", (base.total,))
            db.close()
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return _DictFile(path)


class _Segmenter:
    """A vocabulary and the private tokenizer knowing it, made at the first :meth:`tokenize`.

    ``frozen`` is the tokenizer's own frequency entries and total as saved
    with an index (:meth:`state`): then no word is added again (jieba
    suggests each added word's frequency by segmenting it, 0.26 s for a plan's
    ~1,150 names), and the shared table is read from :func:`_query_base`.
    """

    def __init__(self, vocabulary: Iterable[str], frozen: tuple[dict[str, int], int] | None = None) -> None:
        self.vocabulary = sorted(set(vocabulary))
        self._frozen = frozen
        self._lock = threading.Lock()
        self._tokenizer: jieba.Tokenizer | None = None

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        if self._tokenizer is None:
            with self._lock:  # two first queries at once build one tokenizer
                if self._tokenizer is None:
                    self._tokenizer = _tokenizer(self.vocabulary) if self._frozen is None else _thawed(*self._frozen)
        return self._tokenizer

    def tokenize(self, text: str) -> list[str]:
        return tokenize(text, tokenizer=self.tokenizer)

    def state(self) -> tuple[dict[str, int], int]:
        """The tokenizer's own entries (the added words and their prefixes) and its total."""
        if self._frozen is not None:
            return self._frozen
        return dict(self.tokenizer.FREQ), self.tokenizer.total

    @classmethod
    def merged(cls, parts: Sequence[_Segmenter]) -> _Segmenter:
        """One segmenter knowing every part's words: their saved entries united, totals added up."""
        own: dict[str, int] = {}
        base_total = _query_base().total
        total = base_total
        for part in parts:
            entries, part_total = part.state()
            own.update(entries)
            total += part_total - base_total
        return cls({w for p in parts for w in p.vocabulary}, (own, total))


def _thawed(entries: dict[str, int], total: int) -> jieba.Tokenizer:
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = _Overlay(_query_base())
    tokenizer.FREQ.update(entries)
    tokenizer.total, tokenizer.initialized = total, True
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

    def add_scores(self, terms: Iterable[str], scores: dict[int, float], weight: float, offset: int = 0) -> None:
        for term in set(terms):
            for doc_id, w in self.postings.get(term, {}).items():
                scores[doc_id + offset] = scores.get(doc_id + offset, 0.0) + weight * w

    @classmethod
    def from_postings(cls, postings: dict[str, dict[int, float]]) -> _Field:
        field = cls.__new__(cls)
        field.postings = postings
        return field


class BM25Index:
    """BM25 over passages: a word field and a character-bigram field.

    Build with :func:`build_bm25`. Documents are numbered as the passages
    were given.
    """

    def __init__(self, texts: Sequence[str], *, vocabulary: Iterable[str] = (),
                 bigram_weight: float = 2.0, k1: float = 1.2, b: float = 0.75) -> None:
        self._segmenter = _Segmenter(vocabulary)
        self.bigram_weight = bigram_weight
        self._words = _Field([self.tokenize(t) for t in texts], k1=k1, b=b)
        self._bigrams = _Field([bigrams(t) for t in texts], k1=k1, b=b)
        self._size = len(texts)

    def __len__(self) -> int:
        return self._size

    def tokenize(self, text: str) -> list[str]:
        """Words of ``text`` as this index segments them (its vocabulary included)."""
        return self._segmenter.tokenize(text)

    @property
    def vocabulary(self) -> list[str]:
        return self._segmenter.vocabulary

    def scores(self, query: str) -> dict[int, float]:
        """BM25 score of every passage sharing a term with ``query`` (others score 0)."""
        scores: dict[int, float] = {}
        self.add_scores(self.tokenize(query), bigrams(query), scores)
        return scores

    def add_scores(self, words: Sequence[str], grams: Sequence[str], scores: dict[int, float],
                   offset: int = 0) -> None:
        """Add the scores of a query already cut into ``words`` and ``grams``, ids shifted by ``offset``."""
        self._words.add_scores(words, scores, 1.0, offset)
        if self.bigram_weight:
            self._bigrams.add_scores(grams, scores, self.bigram_weight, offset)

    def to_state(self) -> dict[str, Any]:
        """Everything :meth:`from_state` needs, as plain dicts and lists (marshal-able)."""
        entries, total = self._segmenter.state()
        return {"vocabulary": self.vocabulary, "bigram_weight": self.bigram_weight, "size": self._size,
                "words": self._words.postings, "bigrams": self._bigrams.postings,
                "tokenizer": entries, "total": total}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> BM25Index:
        index = cls.__new__(cls)
        index._segmenter = _Segmenter(state["vocabulary"], (state["tokenizer"], state["total"]))
        index.bigram_weight = state["bigram_weight"]
        index._size = state["size"]
        index._words = _Field.from_postings(state["words"])
        index._bigrams = _Field.from_postings(state["bigrams"])
        return index

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


class ConcatBM25:
    """Several plans' :class:`BM25Index` searched as one, passages numbered across them in order.

    Each part keeps its own statistics (document frequencies, lengths), as a
    sharded search engine does; a query is segmented once, by a tokenizer
    knowing every part's vocabulary (built at the first query). ``scores(q,
    only=i)`` scores part ``i`` alone, so a question scoped to one plan reads
    only that plan's postings. ``parts`` may hold zero-argument callables that
    load a part when it is first needed.

    Examples
    --------
    >>> from embeddings.passages import Passage
    >>> def ps(*texts):
    ...     return [Passage(f"p{i}#1", f"p{i}", t, None, None, None, None, "demo") for i, t in enumerate(texts)]
    >>> both = ConcatBM25([build_bm25(ps("建设新材料百亿产业园。", "发展夜间经济。")), build_bm25(ps("何仙观水库工程。"))])
    >>> len(both), sorted(both.scores("水库工程")), sorted(both.scores("夜间经济", only=1))
    (3, [2], [])
    """

    def __init__(self, parts: Sequence[BM25Index | Any], sizes: Sequence[int] | None = None) -> None:
        self.parts = LazyParts(BM25Index, list(parts))
        self.sizes = list(sizes) if sizes is not None else [len(p) for p in parts]
        self._offsets = [sum(self.sizes[:i]) for i in range(len(self.sizes))]
        self._lock = threading.Lock()
        self._segmenter: _Segmenter | None = None

    def __len__(self) -> int:
        return sum(self.sizes)

    def tokenize(self, text: str) -> list[str]:
        """Words of ``text`` for a search of every part: one tokenizer knows all their vocabularies."""
        if self._segmenter is None:
            parts = [self.parts.get(i)._segmenter for i in range(len(self.parts))]
            with self._lock:
                if self._segmenter is None:
                    self._segmenter = parts[0] if len(parts) == 1 else _Segmenter.merged(parts)
        return self._segmenter.tokenize(text)

    def scores(self, query: str, *, only: int | None = None) -> dict[int, float]:
        """BM25 score of every passage sharing a term with ``query``, in part ``only`` or all parts."""
        parts = range(len(self.parts)) if only is None else [only]
        if only is not None:
            words = self.parts.get(only).tokenize(query)
        else:
            words = self.tokenize(query)
        grams = bigrams(query)
        scores: dict[int, float] = {}
        for i in parts:
            self.parts.get(i).add_scores(words, grams, scores, self._offsets[i])
        return scores


def entity_vocabulary(graph: rdflib.Graph) -> list[str]:
    """The names (``rdfs:label``, ``skos:altLabel``) of 2–20 characters in ``graph``: a plan's BM25 dictionary."""
    from rdflib.namespace import RDFS, SKOS

    names = {str(o) for o in graph.objects(None, RDFS.label)}
    names.update(str(o) for o in graph.objects(None, SKOS.altLabel))
    return sorted(n for n in names if 2 <= len(n) <= 20)


@functools.cache
def code_stamp() -> str:
    """A hash of this module's source: a persisted index written by other code is stale."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def save_bm25(index: BM25Index, path: str | os.PathLike[str], *, meta: dict[str, Any]) -> None:
    """Write ``index`` with ``meta`` (source hash, passage count …) and :func:`code_stamp` to ``path``.

    The file is marshal data, written atomically; marshal loads these nested
    dicts about as fast as pickle and cannot run code while loading.
    """
    header = {**meta, "code": code_stamp(), "size": len(index)}
    atomic_write_bytes(Path(path), marshal.dumps((header, index.to_state())))


def load_bm25(path: str | os.PathLike[str], *, expect: dict[str, Any]) -> BM25Index:
    """The index saved at ``path``, if its header matches ``expect`` and this code.

    Raises
    ------
    IndexNotBuilt
        If the file is missing or unreadable, or was written for another
        source or passage set (``expect``) or by another version of this module.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from embeddings.passages import Passage
    >>> ps = [Passage("p0#1", "p0", "何仙观水库工程。", None, None, None, None, "demo")]
    >>> with tempfile.TemporaryDirectory() as d:
    ...     save_bm25(build_bm25(ps), pathlib.Path(d) / "bm25.marshal", meta={"passages": 1})
    ...     [i for i, _ in load_bm25(pathlib.Path(d) / "bm25.marshal", expect={"passages": 1}).search("水库")]
    [0]
    """
    path = Path(path)
    try:
        header, state = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError) as exc:
        raise IndexNotBuilt(f"No readable BM25 index at {str(path)!r} ({exc}); run `plankg build`.") from exc
    for key, value in {**expect, "code": code_stamp()}.items():
        if header.get(key) != value:
            raise IndexNotBuilt(f"The BM25 index {str(path)!r} is stale: {key}={header.get(key)!r}, "
                                f"expected {value!r}; run `plankg build` to rebuild it.")
    return BM25Index.from_state(state)
