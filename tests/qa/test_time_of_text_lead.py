"""「截至目前X累计完成多少块」: 截至目前 / 至今 say the time of the text, as 目前 does — no word of the measure's name."""
from __future__ import annotations

import pytest

from qa.question.frame import parse_frame
from qa.question.intent import classify_intent


@pytest.mark.parametrize("question", ["截至目前青林镇湿地累计修复多少公顷？", "截止到目前青林镇湿地累计修复多少公顷？",
                                      "至今青林镇湿地累计修复多少公顷？"])
def test_time_of_text_is_no_part_of_the_measure(question):
    f = parse_frame(question, classify_intent(question))
    assert f.measures and all(not m.startswith(("截", "至今", "目前")) for m in f.measures)
