"""BM25: tokenisation with a private entity dictionary, the bigram field, ranking."""
from __future__ import annotations

import jieba
import pytest

from embeddings.passages import Passage
from qa.index.bm25 import STOPWORDS, bigrams, build_bm25, tokenize

TEXTS = [
    "打造新材料百亿产业园。依托零陵资源优势大力引进锰系新材料生产企业。",
    "永州市零陵区何仙观水库工程。建设总库容为13000万m³的水库。",
    "零陵古城2号停车场。建设724个停车位。",
    "不断优化夜间消费环境，持续巩固零陵夜宴品牌。",
    "推动绿色发展和资源循环利用，持续推进循环经济产业园建设。",
]
ENTITY = "新材料百亿产业园"


def _passages(texts=TEXTS) -> list[Passage]:
    return [Passage(f"p{i}#1", f"p{i}", t, None, None, None, None, "demo") for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def index():
    return build_bm25(_passages(), vocabulary=[ENTITY, "何仙观水库工程", "x", "带 空格"])


def test_vocabulary_keeps_entity_one_token(index):
    assert ENTITY in index.tokenize(TEXTS[0])
    assert ENTITY not in build_bm25(_passages()).tokenize(TEXTS[0])


def test_vocabulary_stays_private(index):
    assert ENTITY not in jieba.dt.FREQ  # jieba.add_word on the global tokenizer would put it there
    assert ENTITY not in tokenize(TEXTS[0])
    other = build_bm25(_passages(), vocabulary=["零陵夜宴品牌"])
    assert ENTITY not in other.tokenize(TEXTS[0]) and "零陵夜宴品牌" not in index.tokenize(TEXTS[3])


def test_search_mode_adds_sub_words(index):
    tokens = index.tokenize(TEXTS[0])
    assert {"材料", "产业园"} <= set(tokens)


def test_stopwords_punctuation_and_width_dropped():
    tokens = tokenize("请问：哪些项目的总投资是多少？ＡＢＣ１２３")
    assert not set(tokens) & STOPWORDS
    assert not any(t in "：？ " for t in tokens)
    assert "abc123" in tokens


def test_bigrams_stay_within_runs():
    assert bigrams("循环经济，园区") == ["循环", "环经", "经济", "园区"]
    assert bigrams("园") == ["园"]
    assert bigrams("！？") == []


def test_search_ranks_the_passage_holding_the_answer(index):
    assert index.search("何仙观水库的总库容是多少？", 1)[0][0] == 1
    assert index.search("零陵古城2号停车场有多少个停车位？", 1)[0][0] == 2
    assert index.search(ENTITY, 1)[0][0] == 0


def test_bigrams_match_partial_names(index):
    assert index.search("新材料园区", 1)[0][0] == 0
    words_only = build_bm25(_passages(), vocabulary=[ENTITY], bigram_weight=0)
    assert words_only.scores("材园") == {}
    assert index.scores("材园") == {}  # no shared bigram either
    assert 0 in index.scores("料百")  # a bigram inside the name


def test_results_sorted_and_limited(index):
    results = index.search("零陵", 2)
    assert len(results) == 2 and results[0][1] >= results[1][1] > 0
    assert index.search("的是", 5) == []
    assert index.search("", 5) == []


def test_length():
    assert len(build_bm25(_passages())) == len(TEXTS)
    assert build_bm25([]).search("水库", 3) == []
