"""Build .docx fixtures whose headings are numbered by Word (numbering definitions + heading styles)."""
from __future__ import annotations

from pathlib import Path

__all__ = ["numbered_docx"]

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _abstract(abstract_id: int, levels: list[tuple[str, str, str | None, int | None]]) -> str:
    xml = [f'<w:abstractNum {_NS} w:abstractNumId="{abstract_id}">']
    for ilvl, (fmt, text, style, restart) in enumerate(levels):
        xml.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>')
        if restart is not None:
            xml.append(f'<w:lvlRestart w:val="{restart}"/>')
        if style:
            xml.append(f'<w:pStyle w:val="{style}"/>')
        xml.append(f'<w:lvlText w:val="{text}"/></w:lvl>')
    xml.append("</w:abstractNum>")
    return "".join(xml)


def numbered_docx(out: Path, body: list[tuple[str, str]], *, heading_levels: list[tuple[str, str, int | None]],
                  item_format: tuple[str, str] = ("decimal", "%1.")) -> Path:
    """Write a .docx whose ``body`` is ``(kind, text)`` pairs: kind ``h1``–``h3`` (a heading style
    numbered by ``heading_levels`` = (numFmt, lvlText, lvlRestart) per level), ``item`` (a
    paragraph numbered by ``item_format``, restarting after every heading) or ``p`` (plain)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    styles = [f"Heading{k}" for k in range(1, len(heading_levels) + 1)]
    numbering.insert(0, parse_xml(_abstract(90, [(f, t, s, r) for (f, t, r), s in zip(heading_levels, styles)])))
    numbering.insert(1, parse_xml(_abstract(91, [(item_format[0], item_format[1], None, None)])))
    numbering.append(parse_xml(f'<w:num {_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for k, style in enumerate(styles):
        # The heading style itself carries the numbering, as Word's multilevel list does.
        ppr = document.styles[f"Heading {k + 1}"].element.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {_NS}><w:ilvl w:val="{k}"/><w:numId w:val="90"/></w:numPr>'))
    item_num = 100
    for kind, text in body:
        if kind.startswith("h"):
            document.add_heading(text, level=int(kind[1]))
            item_num += 1
            numbering.append(parse_xml(f'<w:num {_NS} w:numId="{item_num}"><w:abstractNumId w:val="91"/></w:num>'))
        elif kind == "item":
            para = document.add_paragraph(text)
            para._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {_NS}><w:ilvl w:val="0"/><w:numId w:val="{item_num}"/></w:numPr>'))
        else:
            document.add_paragraph(text)
    document.save(str(out))
    return out
