"""Web pages (``.html``/``.htm``) as saved from a government website: the main content only.

The page's navigation, sidebars, footers and share buttons are left out by
trafilatura (well kept, made for exactly this: main-text extraction with
tables); its Markdown output keeps headings, tables (pipe rows) and images
with their titles, and is then cleaned like a Markdown plan
(:func:`kg.ingest.formats.markdown.clean_markdown`). The page's encoding
(``<meta charset>``, GB2312/GBK/Big5 …) is detected by trafilatura's loader.
A publication line (发布时间 … 来源 … 浏览次数) is page furniture and dropped.
"""
from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.ingest.formats import Extracted
from kg.ingest.formats.markdown import clean_markdown, heading_marks

__all__ = ["read"]

# A line naming two or more of these is a page's publication line, not the plan.
_FURNITURE = re.compile(r"发布时间|发布日期|来源[:：]|浏览次数|阅读次数|字号|打印本页|关闭窗口|【[大中小]】")


def read(path: Path, raw: bytes) -> Extracted:
    """A web page's main content as plan text, with the page's title.

    Raises
    ------
    InputError
        If the file is not an HTML page or has no main text.
    """
    import trafilatura  # imported here so text-only use does not pay for it

    tree = trafilatura.load_html(raw)
    if tree is None:
        raise InputError(f"Cannot read {str(path)!r} as a web page; save the plan's text as UTF-8 .txt.")
    text = trafilatura.extract(tree, output_format="markdown", include_tables=True, include_images=True,
                               include_formatting=True, favor_recall=True, deduplicate=False)
    if not text:
        raise InputError(f"Found no main text in the web page {str(path)!r}; "
                         "save the plan's text from the page as UTF-8 .txt.")
    text = "\n".join("" if len(_FURNITURE.findall(line)) >= 2 else line for line in text.split("\n"))
    metadata = trafilatura.extract_metadata(tree)
    cleaned = clean_markdown(text)
    return Extracted(cleaned, "html", metadata.title if metadata else None, heading_marks(text, cleaned))
