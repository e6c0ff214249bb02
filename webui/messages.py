"""Chinese messages for the app: the library's errors as staff read them.

The library raises :class:`kg.errors.KGQAError` subclasses with English messages
meant for the command line (``cli.py`` shows them as they are). The app speaks
Chinese: :func:`zh_message` turns a known message into its Chinese form (keeping
the figures and names it carries) and falls back to a Chinese sentence per
error class, so staff never see English.
"""
from __future__ import annotations

import re

from kg.errors import (
    EntityNotFound,
    IndexNotBuilt,
    InputError,
    KGQAError,
    NoAnswer,
    ParseError,
    QueryError,
    StoreError,
)

__all__ = ["GENERIC", "zh_message"]

_CHINESE = re.compile(r"^[\u4e00-\u9fff「《]")
_PATH = re.compile(r"「[^」]*[/\\][^」]*」")
#: Shown for a bug (any exception that is not a ``KGQAError``); the traceback goes to the log.
GENERIC = "处理请求时出错，已记录日志。服务仍在运行，请重试或修改输入。"

# (pattern on the English message, Chinese template using the pattern's groups)
_KNOWN: list[tuple[re.Pattern, str]] = [
    (re.compile(r"The question is empty"), "问题为空。请输入一个关于规划的问题，例如「{example}」。"),
    (re.compile(r"The question has no words"), "问题里只有标点或符号，没有文字。请用文字提问，例如「{example}」。"),
    (re.compile(r"The question is (\d+) characters long; the limit is (\d+)"), "问题长 {0} 字，超过上限 {1} 字。请一次只问一件事。"),
    (re.compile(r"No entity name given"), "请输入实体名称，或从建议列表中选择一个。"),
    (re.compile(r"No entity matches '(.*)'"), "图谱中没有与「{0}」匹配的实体。请检查名称，或从建议列表中选择。"),
    (re.compile(r"Node '(.*)' is not in the graph"), "该节点不在当前图谱中，请按名称重新查找。"),
    (re.compile(r"The query is empty"), "查询为空。请选择一个示例查询，或输入 SELECT / ASK / CONSTRUCT / DESCRIBE 查询。"),
    (re.compile(r"read-only"), "SPARQL 接口为只读：INSERT、DELETE、LOAD、CLEAR、CREATE、DROP 等更新操作均被拒绝，请改用 SELECT、ASK、CONSTRUCT 或 DESCRIBE。"),
    (re.compile(r"time limit of ([\d.]+) s"), "查询超过 {0} 秒时限。请缩小范围（增加三元组模式或 LIMIT）。"),
    (re.compile(r"Malformed SPARQL query at line (\d+), column (\d+)"),
     "SPARQL 语法错误：第 {0} 行第 {1} 列附近。请检查该处的括号、引号、句点和前缀，或从「示例查询」选一条改起。"),
    (re.compile(r"cannot be evaluated"), "查询无法执行（可能用了未定义的前缀）。已绑定前缀：pk: skos: prov: rdfs: rdf: xsd: owl:。"),
    (re.compile(r"FROM / FROM NAMED"), "不支持 FROM / FROM NAMED：查询只针对规划图谱，请删除该子句。"),
    (re.compile(r"SERVICE is refused"), "不支持 SERVICE：系统离线运行，只查询规划图谱，请删除 SERVICE 块。"),
    (re.compile(r"The query failed while running"), "查询执行失败，请检查查询语句。"),
    (re.compile(r"is empty; it needs the plan's text|holds only whitespace"), "文件是空的，没有规划正文。"),
    (re.compile(r"holds ([\d,]+) characters, more than any plan"), "文件过大（{0} 个字符），超出一份规划的篇幅。请确认文件是否正确，或把合集拆成每份规划一个文件。"),
    (re.compile(r"is a binary file"), "这是一个二进制文件，不是规划文本。请上传 .txt、.md、.docx、.pdf 或 .html 格式的规划。"),
    (re.compile(r"Cannot decode"), "无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK）。请另存为 UTF-8 文本后再上传。"),
    (re.compile(r"as a PDF"), "无法作为 PDF 文件打开（文件可能已损坏或设有密码）。请从原文档重新导出不带密码的 PDF，或把正文另存为 .txt 后上传。"),
    (re.compile(r"has no text layer"), "这个 PDF 没有文字层（可能是扫描件），读不出正文；系统不做文字识别。请从原文档导出 .docx 或 .txt 后上传。"),
    (re.compile(r"not a valid \.docx|as \.docx"), "无法作为 Word（.docx）文件打开。请用 Word 重新保存，或另存为 .txt。"),
    (re.compile(r"No 第N篇 or 第N章 heading found"), "文件中没有找到「第N篇」或「第N章」标题，看起来不是一份规划。标题须在行首，例如「第一章 总体要求」。"),
]

_BY_CLASS: list[tuple[type, str]] = [
    (NoAnswer, "这个问题无法回答，请换一种问法。"),
    (EntityNotFound, "图谱中没有找到该实体。"),
    (QueryError, "查询无法执行，请检查查询语句。"),
    (ParseError, "无法识别文件中的规划结构（篇、章、节）。"),
    (InputError, "无法读取该文件作为规划。请上传 .txt、.md、.docx、.pdf 或 .html 格式的规划文本。"),
    (IndexNotBuilt, "规划尚未构建完成，请稍后重试。"),
    (StoreError, "图谱存储暂时无法访问，请稍后重试。"),
]


def zh_message(error: BaseException, *, example: str = "哪些项目支持新材料百亿园区？") -> str:
    """The Chinese message for ``error`` (a ``KGQAError``; anything else gets :data:`GENERIC`).

    Parameters
    ----------
    error : BaseException
        The error raised by the library.
    example : str
        An example question to suggest when the question was empty.

    Returns
    -------
    str
        One or two Chinese sentences that say what went wrong and what to do.

    Examples
    --------
    >>> zh_message(EntityNotFound("No entity matches 'xyz'; check the spelling"))
    '图谱中没有与「xyz」匹配的实体。请检查名称，或从建议列表中选择。'
    >>> zh_message(NoAnswer("The question is 600 characters long; the limit is 500."))
    '问题长 600 字，超过上限 500 字。请一次只问一件事。'
    >>> zh_message(InputError("文件是空的。")), zh_message(InputError("「/srv/uploads/upload-1.txt」是二进制文件"))
    ('文件是空的。', '文件是二进制文件')
    >>> zh_message(KeyError("x")) == GENERIC
    True
    """
    if not isinstance(error, KGQAError):
        return GENERIC
    text = str(error)
    if _CHINESE.match(text):  # the app's own checks and the readers raise Chinese messages
        # The readers name the file by its path on the server (an upload's stored copy): staff know it as 文件.
        return _PATH.sub("文件", text)
    for pattern, template in _KNOWN:
        m = pattern.search(text)
        if m:
            return template.format(*m.groups(), example=example)
    return next((zh for cls, zh in _BY_CLASS if isinstance(error, cls)), "请求无法完成，请检查输入后重试。")
