"""Hybrid passage retrieval: dense vectors + BM25 + graph expansion, fused by rank.

Each ranker proposes its best ``depth`` passages:

* ``dense``: the question's embedding against the vector index;
* ``bm25``: :mod:`qa.index.bm25` over jieba words and character bigrams;
* ``graph``: passages of paragraphs the caller names in ``expand`` (those
  mentioning an entity linked in the question), ordered by their BM25 score.

Fusion is a convex combination of the scores, each divided by its ranker's
best score: ``bm25_weight * bm25 / max + (1 - bm25_weight) * cos / max`` (equal
weights by default), plus ``graph_weight`` for passages from ``expand``.
Candidates missing from the dense list get that list's lowest similarity. On
the seed plan's 49 retrieval questions (``bench/retrieval_eval.py``) it
scored MRR@10 0.886 against 0.865 for BM25 and 0.710 for dense search alone
(graph expansion moved it by about ±0.01 with the engine's linker), while reciprocal-rank fusion (:func:`rrf`,
``fusion="rrf"``) let the weaker dense ranking pull BM25's first hits down
(recall@5 45/49 against 48/49, MRR@10 0.814); the literature finds the same
(Bruch et al., "An Analysis of Fusion Functions for Hybrid Retrieval", 2023).
A lexical-coverage re-rank of the top 30 was measured too and left out: it
changed nothing at weight 0.1 and moved MRR@10 by under ±0.02 at others.

Loading is lazy: the encoder, each plan's BM25 postings and vector index can
be given as loaders and are loaded when a search first needs them, so a
question the graph answers never loads the encoder, and a question scoped to
one plan reads only that plan's indices (:meth:`Retriever.from_parts`).
"""
from __future__ import annotations

import threading
from collections.abc import Sequence as SequenceABC
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterable, Sequence, TypeVar

from embeddings.encoder import Encoder, embed_passages
from embeddings.index import ConcatIndex, VectorIndex, build_index
from embeddings.passages import Passage
from kg.errors import BackendNotFound, NoAnswer
from qa.index.bm25 import BM25Index, ConcatBM25, build_bm25

__all__ = ["MODES", "FUSIONS", "Hit", "LazyHits", "rrf", "Retriever"]

MODES = ("hybrid", "bm25", "dense")
FUSIONS = ("convex", "rrf")
H = TypeVar("H", bound=Hashable)


@dataclass(frozen=True)
class Hit:
    """A retrieved passage, its score in the chosen mode and its 1-based rank per ranker."""

    passage: Passage
    score: float
    ranks: dict[str, int] = field(default_factory=dict)


class LazyHits(SequenceABC):
    """The hits of a search that runs only when they are first read.

    Answerers that fall back to passages take the hits as a sequence; a
    question the graph answers never reads them, so it never encodes the
    question (the encoder's first use costs about a second).

    Examples
    --------
    >>> calls = []
    >>> hits = LazyHits(lambda: calls.append(1) or ["a", "b"])
    >>> calls
    []
    >>> hits[:1], len(hits), calls
    (['a'], 2, [1])
    """

    def __init__(self, search: Callable[[], list[Hit]]) -> None:
        self._search: Callable[[], list[Hit]] | None = search
        self._hits: list[Hit] = []

    def _load(self) -> list[Hit]:
        if self._search is not None:
            self._hits, self._search = list(self._search()), None
        return self._hits

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        return self._load()[i]

    def __len__(self) -> int:
        return len(self._load())


def rrf(rankings: Iterable[Sequence[H]], *, k: int = 60,
        weights: Sequence[float] | None = None) -> list[tuple[H, float]]:
    """Reciprocal-rank fusion: an item scores ``sum(w / (k + rank))`` over the rankings holding it.

    Parameters
    ----------
    rankings : iterable of sequences
        Each lists items best first.
    k : int
        Damping constant; larger values flatten the difference between ranks.
    weights : sequence of float, optional
        One per ranking (default 1 each).

    Returns
    -------
    list of (item, score)
        Best first; ties keep the order in which items were first seen.

    Examples
    --------
    >>> [(item, round(score, 3)) for item, score in rrf([["a", "b", "c"], ["b", "a"]], k=1)]
    [('a', 0.833), ('b', 0.833), ('c', 0.25)]
    >>> rrf([["a", "b"], ["b"]], k=1, weights=[1, 3])[0][0]
    'b'
    """
    scores: dict[H, float] = {}
    for i, ranking in enumerate(rankings):
        w = 1.0 if weights is None else weights[i]
        for rank, item in enumerate(ranking, 1):
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


class Retriever:
    """Passages with their BM25 index, encoder and vector index: the state of passage search.

    Parameters
    ----------
    passages : sequence of Passage
        In the order their vectors were added to ``index``.
    bm25 : BM25Index or ConcatBM25
        Built over the same passages in the same order.
    encoder : Encoder or callable
        The encoder that made ``index``, or a zero-argument callable returning
        it, called at the first dense search.
    index : VectorIndex
    depth : int
        Candidates each ranker proposes before fusion.
    fusion : {"convex", "rrf"}
        How hybrid search merges the rankings (see the module docstring).
    bm25_weight : float
        Share of the normalised BM25 score in convex fusion.
    graph_weight : float
        Bonus of passages from ``expand`` in convex fusion.
    rrf_k : int
        Damping constant of :func:`rrf`.

    Examples
    --------
    >>> from embeddings.encoder import HashEncoder
    >>> ps = [Passage(f"p{i}#1", f"p{i}", t, None, None, None, None, "demo") for i, t in
    ...       enumerate(["建设新材料百亿产业园。", "何仙观水库工程，总库容13000万立方米。", "发展夜间经济。"])]
    >>> r = Retriever.build(ps, encoder=HashEncoder(), index="numpy")
    >>> hit = r.search("何仙观水库的库容", k=1)[0]
    >>> hit.passage.id, sorted(hit.ranks)
    ('p1#1', ['bm25', 'dense'])
    """

    def __init__(self, passages: Sequence[Passage], *, bm25: BM25Index | ConcatBM25,
                 encoder: Encoder | Callable[[], Encoder], index: VectorIndex, depth: int = 30, fusion: str = "convex", bm25_weight: float = 0.5,
                 graph_weight: float = 0.1, rrf_k: int = 60) -> None:
        if fusion not in FUSIONS:
            raise BackendNotFound(f"No fusion called {fusion!r}; known: {', '.join(FUSIONS)}.")
        if not len(passages) == len(bm25) == len(index):
            raise ValueError(f"{len(passages)} passages, {len(bm25)} BM25 documents and "
                             f"{len(index)} vectors: all three must come from the same passages")
        self.passages = list(passages)
        self.bm25 = bm25 if isinstance(bm25, ConcatBM25) else ConcatBM25([bm25])
        self._encoder = encoder
        self._encoder_lock = threading.Lock()
        self.index = index if isinstance(index, ConcatIndex) else ConcatIndex([index])
        self.depth = depth
        self.fusion = fusion
        self.bm25_weight = bm25_weight
        self.graph_weight = graph_weight
        self.rrf_k = rrf_k
        self._by_paragraph: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            # Paragraph ids repeat across plans: "plan:id" names one plan's paragraph exactly.
            self._by_paragraph.setdefault(p.paragraph, []).append(i)
            self._by_paragraph.setdefault(f"{p.plan}:{p.paragraph}", []).append(i)
        # The part (of bm25 and index alike) holding exactly one plan's passages, per plan:
        # a question scoped to that plan searches that part alone.
        self._part_of: dict[str, int] = {}
        start = 0
        for i, size in enumerate(self.bm25.sizes):
            plans = {p.plan for p in self.passages[start:start + size]}
            if len(plans) == 1 and self.index.sizes[i] == size:
                self._part_of[plans.pop()] = i
            start += size
        if self.bm25.sizes != self.index.sizes:
            self._part_of.clear()

    @property
    def encoder(self) -> Encoder:
        """The encoder, loaded at first use if it was given as a loader."""
        if not isinstance(self._encoder, Encoder):
            with self._encoder_lock:
                if not isinstance(self._encoder, Encoder):
                    self._encoder = self._encoder()
        return self._encoder

    @classmethod
    def build(cls, passages: Sequence[Passage], *, encoder: Encoder, vocabulary: Iterable[str] = (),
              index: str | None = None, progress: Callable[[int, int], None] | None = None,
              **options: Any) -> Retriever:
        """Encode ``passages``, index them and build BM25: a ready retriever.

        ``index`` names the vector back-end (default chosen by corpus size);
        ``progress(done, total)`` follows the encoding; ``options`` go to
        :class:`Retriever` (``depth``, ``fusion`` …).
        """
        vectors = embed_passages(passages, encoder, progress=progress)
        return cls(passages, bm25=build_bm25(passages, vocabulary=vocabulary), encoder=encoder,
                   index=build_index(vectors, name=index), **options)

    @classmethod
    def from_parts(cls, passages: Sequence[Passage], indexes: Sequence[VectorIndex | Callable[[], VectorIndex]],
                   encoder: Encoder | Callable[[], Encoder], *, bm25: Sequence[BM25Index | Callable[[], BM25Index]] = (),
                   sizes: Sequence[int] | None = None, dim: int | None = None, vocabulary: Iterable[str] = (),
                   **options: Any) -> Retriever:
        """A retriever over per-plan indices (one part per plan, in the order of ``passages``).

        ``indexes`` and ``bm25`` hold one index or loader per part; with
        loaders, ``sizes`` (passages per part) and ``dim`` must be given. Without
        ``bm25``, one BM25 index over every passage is built here (with
        ``vocabulary``). ``options`` go to :class:`Retriever`.
        """
        sizes = list(sizes) if sizes is not None else [len(i) for i in indexes]
        index = ConcatIndex(list(indexes), sizes=sizes, dim=dim) if dim is not None else ConcatIndex(list(indexes))
        lexical = ConcatBM25(list(bm25), sizes) if bm25 else build_bm25(passages, vocabulary=vocabulary)
        return cls(passages, bm25=lexical, encoder=encoder, index=index, **options)

    def _dense(self, question: str, depth: int, only: int | None = None) -> list[tuple[int, float]]:
        query = self.encoder.encode([question])
        scores, ids = self.index.search(query, depth, only=only)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def _graph(self, expand: Iterable[str], bm25_scores: dict[int, float]) -> list[tuple[int, float]]:
        ids = {i for paragraph in expand for i in self._by_paragraph.get(paragraph, ())}
        return sorted(((i, bm25_scores.get(i, 0.0)) for i in ids), key=lambda x: (-x[1], x[0]))

    def _convex(self, rankings: dict[str, list[tuple[int, float]]],
                bm25_scores: dict[int, float]) -> list[tuple[int, float]]:
        dense = dict(rankings.get("dense", ()))
        top_bm25 = rankings["bm25"][0][1] if rankings.get("bm25") else 1.0
        top_dense = max(dense.values(), default=0.0)
        floor = min(dense.values(), default=0.0)
        graph = {i for i, _ in rankings.get("graph", ())}
        w = self.bm25_weight
        scores = {}
        for i in dict.fromkeys(i for ranked in rankings.values() for i, _ in ranked):
            similarity = dense.get(i, floor) / top_dense if top_dense > 0 else 0.0
            scores[i] = (w * bm25_scores.get(i, 0.0) / top_bm25 + (1 - w) * similarity
                         + self.graph_weight * (i in graph))
        return sorted(scores.items(), key=lambda kv: -kv[1])

    def search(self, question: str, *, k: int = 10, mode: str = "hybrid", expand: Iterable[str] = (),
               plan: str | None = None) -> list[Hit]:
        """The ``k`` passages that best answer ``question``.

        Parameters
        ----------
        question : str
        k : int
            Number of hits.
        mode : {"hybrid", "bm25", "dense"}
            ``hybrid`` fuses the dense, BM25 and graph rankings.
        expand : iterable of str
            Paragraph ids (``"id"`` or, across plans, ``"plan:id"``) mentioning an
            entity linked in the question; their passages join the candidates
            (hybrid mode only).
        plan : str, optional
            Keep only passages of this plan id.

        Returns
        -------
        list of Hit
            Best first. ``score`` is the fused score (hybrid), the BM25 score
            or the cosine similarity; ``ranks`` holds each ranker's rank.

        Raises
        ------
        NoAnswer
            If ``question`` is empty.
        BackendNotFound
            If ``mode`` is unknown.

        Examples
        --------
        >>> from embeddings.encoder import HashEncoder
        >>> ps = [Passage(f"p{i}#1", f"p{i}", t, None, None, None, None, "demo") for i, t in
        ...       enumerate(["建设新材料百亿产业园。", "何仙观水库工程，总库容13000万立方米。", "发展夜间经济。"])]
        >>> r = Retriever.build(ps, encoder=HashEncoder(), index="numpy")
        >>> [h.passage.id for h in r.search("夜间经济", k=2, mode="bm25")]
        ['p2#1']
        >>> {h.passage.id: h.ranks for h in r.search("夜间经济", expand=["p0"])}["p0#1"]
        {'dense': 2, 'graph': 1}
        """
        if mode not in MODES:
            raise BackendNotFound(f"No retrieval mode called {mode!r}; known: {', '.join(MODES)}.")
        if not question.strip():
            raise NoAnswer("The question is empty; ask about something in the plan.")
        # With a plan filter, look deeper so enough candidates survive it.
        only = self._part_of.get(plan) if plan is not None else None
        if plan is None or only is not None:
            depth = max(k, self.depth)
        else:
            depth = min(len(self.passages), 20 * max(k, self.depth))
        rankings: dict[str, list[tuple[int, float]]] = {}
        bm25_scores: dict[int, float] = {}
        if mode in ("hybrid", "dense"):
            rankings["dense"] = self._dense(question, depth, only)
        if mode in ("hybrid", "bm25"):
            bm25_scores = self.bm25.scores(question, only=only)
            rankings["bm25"] = sorted(bm25_scores.items(), key=lambda x: (-x[1], x[0]))[:depth]
            if mode == "hybrid" and expand:
                rankings["graph"] = self._graph(expand, bm25_scores)
        if plan is not None:
            rankings = {name: [(i, s) for i, s in ranked if self.passages[i].plan == plan]
                        for name, ranked in rankings.items()}
        ranks = {name: {i: r for r, (i, _) in enumerate(ranked, 1)} for name, ranked in rankings.items()}
        if mode == "hybrid" and self.fusion == "convex":
            fused = self._convex(rankings, bm25_scores)
        elif mode == "hybrid":
            fused = rrf([[i for i, _ in ranked] for ranked in rankings.values()], k=self.rrf_k)
        else:
            fused = rankings[mode]
        return [Hit(self.passages[i], score, {name: r[i] for name, r in ranks.items() if i in r})
                for i, score in fused[:k]]
