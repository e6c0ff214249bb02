"""A plain jieba-BM25 baseline speaking the answer contract: the top passage is the answer.

What plankg has to beat: no graph, no question frame, no abstention. Each question is
cut with jieba's default dictionary (no entity names, no bigrams, no stop words), scored
against every passage of the built plans with Okapi BM25 (k1=1.5, b=0.75), and the best
passage becomes the answer (its first 300 characters), its item and its citation.
``found`` is False only when no passage shares a word with the question.

It reads the passages of the plans built under ``$PLANKG_HOME`` (or ``--build-dir``), so
it answers over exactly the text plankg answers over. It takes the same command line as
``plankg ask --json --file`` and, for ``score_corpus.py``, passes ``build`` through to
plankg, so either scorer can run it::

    python ../shared/eval/score.py ../shared/eval/dev_qa.jsonl -- python bench/baseline_bm25.py ask --json --file
    mkdir -p /tmp/base-bin && printf '#!/bin/sh\\nexec python %s/bench/baseline_bm25.py "$@"\\n' "$PWD" > /tmp/base-bin/plankg
    chmod +x /tmp/base-bin/plankg && PATH=/tmp/base-bin:$PATH python ../shared/eval/score_corpus.py ../shared/eval/dev_plans_qa.jsonl

Output: one JSON object per question (``question``, ``answer``, ``found``, ``kind``,
``items``, ``citations``), one per line, like ``plankg ask --json``.
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from embeddings.passages import Passage, load_passages  # noqa: E402
from kg.store.buildfolder import default_home, list_builds  # noqa: E402

__all__ = ["PlainBM25", "answer_json", "main"]

#: The answer's length limit of the scoring contract (characters).
MAX_ANSWER = 300


def _words(text: str) -> list[str]:
    """jieba's default cut of NFKC-lower-cased text, punctuation and spaces dropped."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    norm = unicodedata.normalize("NFKC", text).lower()
    return [w for w in jieba.lcut(norm) if w.strip() and any(c.isalnum() for c in w)]


class PlainBM25:
    """Okapi BM25 over jieba words of passages.

    Parameters
    ----------
    passages : sequence of Passage
        The passages to rank, in any order.
    k1, b : float
        The usual BM25 saturation and length-normalisation constants.
    """

    def __init__(self, passages: Sequence[Passage], *, k1: float = 1.5, b: float = 0.75):
        self.passages = list(passages)
        self.docs = [Counter(_words(p.text)) for p in self.passages]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.lengths) / max(len(self.docs), 1)
        df = Counter(w for d in self.docs for w in d)
        n = len(self.docs)
        self.idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
        self.k1, self.b = k1, b

    def top(self, question: str) -> tuple[Passage, float] | None:
        """The best passage and its score, or None when no passage shares a word with ``question``."""
        best, best_score = None, 0.0
        terms = [w for w in set(_words(question)) if w in self.idf]
        for i, doc in enumerate(self.docs):
            s = 0.0
            for w in terms:
                tf = doc.get(w, 0)
                if tf:
                    norm = self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg)
                    s += self.idf[w] * tf * (self.k1 + 1) / (tf + norm)
            if s > best_score:
                best, best_score = self.passages[i], s
        return (best, best_score) if best is not None else None


def answer_json(index: PlainBM25, question: str) -> dict:
    """The answer-contract object for one question: the top passage as answer and citation."""
    hit = index.top(question)
    if hit is None:
        return {"question": question, "answer": "未找到相关段落。", "found": False, "kind": "baseline", "items": [], "citations": []}
    p, _ = hit
    cite = {"id": p.paragraph, "part": p.part, "chapter": p.chapter or "", "section": p.section, "box": p.box, "plan": p.plan, "text": p.text}
    return {
        "question": question,
        "answer": p.text[:MAX_ANSWER],
        "found": True,
        "kind": "baseline",
        "items": [{"label": p.text[:MAX_ANSWER], "citation": cite}],
        "citations": [cite],
    }


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "build":
        # score_corpus.py builds each plan first: the build is plankg's own.
        from cli import main as plankg

        sys.argv = ["plankg", *argv]
        plankg()
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["ask"])
    ap.add_argument("--file", required=True, type=Path, help="one question per line")
    ap.add_argument("--json", action="store_true", help="accepted for plankg compatibility; output is always JSON")
    ap.add_argument("--build-dir", type=Path, default=None)
    a = ap.parse_args(argv)
    passages = [p for b in list_builds(a.build_dir or default_home()) for p in load_passages(b.passages_path)]
    index = PlainBM25(passages)
    for q in a.file.read_text("utf-8").splitlines():
        if q.strip():
            print(json.dumps(answer_json(index, q.strip()), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
