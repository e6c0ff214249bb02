"""The plans the app serves: list them by title, add an uploaded plan, remove one.

:class:`PlanLibrary` owns the build folder the app reads and the
:class:`~qa.engine.Engine` over it. An upload is checked (suffix, size, not
empty), stored under a plan id made from its content hash (``upload-<sha256[:12]>``,
never from the file name the browser sent), built by :func:`pipeline.build_plans`
like any plan, and then a fresh engine replaces the old one. A failed build
leaves nothing behind and never touches another plan's folder: a new id has no
folder before its build.
"""
from __future__ import annotations

import hashlib
import os
import queue
import re
import shutil
import threading
import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterator

from kg.errors import InputError
from kg.ingest.read import READERS
from kg.ingest.sniff import check_format
from kg.store.buildfolder import atomic_write_bytes

__all__ = [
    "UPLOAD_SUFFIXES",
    "MAX_UPLOAD_BYTES",
    "PlanInfo",
    "BuildStep",
    "PlanLibrary",
    "stage_name",
    "file_title",
    "UNTITLED",
    "plan_infos",
    "plan_menu",
]

#: File types an upload may have: those the command line builds (``kg.ingest.read.READERS``), checked against the
#: file's bytes as there (:func:`kg.ingest.sniff.check_format`); the readers decide whether the content is a plan.
UPLOAD_SUFFIXES = tuple(READERS)
#: Largest upload accepted, bytes. A 五年规划纲要 as .docx or PDF is a few MB.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
#: Plain-text files, whose decoded characters are the plan's text whatever the suffix says about markup.
_TEXT_SUFFIXES = (".txt", ".md")
#: What a plan is called that has no title line and no Chinese word in its file name. Never read as the file's name:
#: its 规划 would pass any upload (a README) as a plan of the genre.
UNTITLED = "上传的规划"

#: An upload is a plan only if at least this share of its text is Chinese characters …
_MIN_HAN_SHARE = 0.3
#: … and its title or its first characters use a word of the genre, in simplified or traditional characters (Big5 plans are read too).
_GENRE = re.compile(r"规划|纲要|计划|方案|建议|規劃|綱要|計劃|計畫|建議")
_OPENING = 3000
#: Share of an upload's paragraphs found in a served plan of its title that makes it that plan's new version (said
#: when it is loaded); only the very same paragraphs make it a repeat, which is refused.
_REVISION = 0.5
#: A text with no heading is a plan only if it is at least this long (Chinese characters): a note of a few
#: sentences that happens to say 规划 is not a plan, and a plan's body runs to thousands of characters.
_MIN_BARE_HAN = 300

_STAGES = (
    ("parsing", "解析文本与篇章结构"),
    ("extracting", "抽取实体、指标与关系"),
    ("graph", "生成知识图谱"),
    ("embedding", "建立段落检索索引"),
    ("done", "构建完成"),
)
_COUNT_NAMES = (("chapters", "章"), ("sections", "节"), ("boxes", "专栏"), ("indicators", "指标"), ("paragraphs", "段落"))


def file_title(name: str) -> str:
    """The title of an upload without a title line: the words of its file name, a clean fallback.

    A plan's title comes from its own text (its title line, read by the parser); the name the browser sent is
    used only where the text has none, and only its words: runs of Chinese characters, letters and digits (2021-2025,
    (终稿)) that hold a Chinese character or a digit — what staff name a file by. Shell and path punctuation,
    quotes, control characters and bare Latin words (``x; rm -rf ~``, ``../../etc/passwd``) are no title; a name
    with no Chinese left gives "" (the plan is then called :data:`UNTITLED`). The result is shown (escaped), never
    used in a path or a command.

    Examples
    --------
    >>> file_title("《某县水利规划》(终稿).txt"), file_title("../etc/规划 草稿__v2.md"), file_title("%%%.txt")
    ('某县水利规划(终稿)', '规划 草稿 v2', '')
    >>> file_title("x; rm -rf ~.txt"), file_title("../../etc/passwd.md"), file_title("$(reboot)`id`规划.txt")
    ('', '', '规划')
    >>> file_title('青石镇"十四五"规划' + chr(10) + ';rm -rf ~' + chr(7) + '(2021-2025).txt')
    '青石镇十四五规划 (2021-2025)'
    """
    stem = re.sub(r"[《》〈〉“”\"']", "", Path(name.replace("\\", "/")).name.rsplit(".", 1)[0]).replace("_", " ")
    words = [w for w in re.findall(r"[\w\u4e00-\u9fff()（）·]+(?:-[\w\u4e00-\u9fff()（）]+)*", stem)
             if re.search(r"[\u4e00-\u9fff\d]", w)]
    title = " ".join(words)
    return title[:60].strip() if re.search(r"[\u4e00-\u9fff]", title) else ""


def stage_name(stage: str) -> str:
    """The Chinese name of a build stage reported by :func:`pipeline.build_plans`.

    Examples
    --------
    >>> stage_name("upload-abc: extracting"), stage_name("x: embedding 12 passages"), stage_name("x: ???")
    ('抽取实体、指标与关系', '建立段落检索索引', '构建中')
    """
    step = stage.split(": ", 1)[-1]
    return next((zh for key, zh in _STAGES if step.startswith(key)), "构建中")


@dataclass(frozen=True)
class PlanInfo:
    """One served plan: id, the title read from the document, counts from its build manifest."""

    plan_id: str
    title: str
    counts: dict[str, Any] = field(default_factory=dict)
    uploaded: bool = False
    #: For an upload that revises a served plan (most paragraphs the same): that plan, and how many paragraphs differ.
    revises: PlanInfo | None = None
    changed: int = 0

    @property
    def summary(self) -> str:
        """``43 章 · 126 节 · 15 专栏 · 25 指标 · 397 项目`` for lists."""
        c = self.counts
        parts = [f"{c[k]} {zh}" for k, zh in _COUNT_NAMES if c.get(k)]
        projects = (c.get("entities") or {}).get("Project")
        if projects:
            parts.append(f"{projects} 项目")
        return " · ".join(parts)


@dataclass(frozen=True)
class BuildStep:
    """Progress of an upload's build: a Chinese stage name and ``done`` of ``total``."""

    stage: str
    done: int
    total: int


def plan_menu(plans: list[PlanInfo]) -> list[tuple[str, str]]:
    """(label, plan id) for a menu of ``plans``: 《title》, with the counts added where two plans share a title.

    Two plans of one title (a draft and the final text, two uploads) must not look alike in a menu that removes one;
    where the counts match too (a new version with a few lines changed), the label says which was uploaded, as the
    plan list does (内置/上传), and where that does not tell them apart, they are numbered.

    Examples
    --------
    >>> a = PlanInfo("upload-a", "某县规划", {"chapters": 3})
    >>> b = PlanInfo("upload-b", "某县规划", {"chapters": 4})
    >>> plan_menu([PlanInfo("seed", "零陵区规划"), a, b])
    [('《零陵区规划》', 'seed'), ('《某县规划》（3 章）', 'upload-a'), ('《某县规划》（4 章）', 'upload-b')]
    >>> [label for label, _ in plan_menu([a, a])]
    ['《某县规划》（3 章）（1）', '《某县规划》（3 章）（2）']
    >>> new = PlanInfo("upload-c", "某县规划", {"chapters": 3}, uploaded=True)
    >>> [label for label, _ in plan_menu([a, new])]
    ['《某县规划》（3 章 · 内置）', '《某县规划》（3 章 · 上传）']
    """
    titles = Counter(p.title for p in plans)
    labels = [f"《{p.title}》" + (f"（{p.summary}）" if titles[p.title] > 1 and p.summary else "") for p in plans]
    sources = {label: {p.uploaded for l, p in zip(labels, plans) if l == label} for label in labels}
    labels = [f"《{p.title}》（{' · '.join(filter(None, (p.summary, '上传' if p.uploaded else '内置')))}）"
              if len(sources[label]) > 1 else label for label, p in zip(labels, plans)]
    same, seen = Counter(labels), Counter()
    out = []
    for label, p in zip(labels, plans):
        if same[label] > 1:
            seen[label] += 1
            label = f"{label}（{seen[label]}）"
        out.append((label, p.plan_id))
    return out


def plan_infos(engine) -> list[PlanInfo]:
    """The plans ``engine`` serves, by title (from build manifests, else the graph's plan nodes)."""
    by_id = {b.plan_id: b.manifest for b in getattr(engine, "builds", [])}
    titles = engine.plan_titles
    return [
        PlanInfo(
            plan_id=p,
            title=str((by_id.get(p) or {}).get("title") or titles.get(p) or p),
            counts=dict((by_id.get(p) or {}).get("counts") or {}),
            uploaded=p.startswith("upload-"),
        )
        for p in engine.plan_ids
    ]


class PlanLibrary:
    """The build folder the app serves, the engine over it, and uploads and removals.

    Parameters
    ----------
    engine : qa.engine.Engine
        The engine loaded at start.
    home : Path, optional
        The build folder (default: the folder ``engine``'s builds live in).
    load : callable, optional
        ``load(home, plans, encoder) -> Engine``; default :meth:`qa.engine.Engine.from_home`.
    max_bytes : int
        Largest upload accepted.

    One build or removal runs at a time; readers keep the engine they hold
    while a new one loads, then every handler picks up the new one.
    """

    def __init__(self, engine, home: Path | None = None, *, load: Callable | None = None, max_bytes: int = MAX_UPLOAD_BYTES):
        self.engine = engine
        builds = list(getattr(engine, "builds", []))
        # <home>/plans/<plan-id>/builds/<key>-<n>
        self.home = Path(home) if home else (builds[0].dir.parents[3] if builds else None)
        self.encoder = builds[0].manifest.get("encoder") if builds else None
        self.max_bytes = max_bytes
        self._load = load or _load_engine
        self._lock = threading.Lock()

    def plans(self) -> list[PlanInfo]:
        """The served plans in id order."""
        return plan_infos(self.engine)

    def title(self, plan_id: str | None) -> str | None:
        return next((p.title for p in self.plans() if p.plan_id == plan_id), None)

    # -- upload -------------------------------------------------------------
    def check_upload(self, path: str | Path | None, name: str | None = None) -> tuple[bytes, str]:
        """The upload's bytes and its lower-case suffix; raises InputError (Chinese) for a bad upload."""
        if self.home is None:
            raise InputError("此应用未连接构建目录，无法添加规划。")
        if not path:
            raise InputError("请先选择一个规划文件（.txt、.md、.docx、.pdf 或 .html）。")
        p = Path(path)
        suffix = Path(name or p.name).suffix.lower()
        size = p.stat().st_size
        if size > self.max_bytes:
            raise InputError(f"文件大小 {size / 1048576:.1f} MB，超过上限 {self.max_bytes / 1048576:.0f} MB。")
        data = p.read_bytes()
        if not data.strip():
            raise InputError("文件是空的，没有规划正文。")
        check_format(name or p.name, data, UPLOAD_SUFFIXES)  # the suffix and the bytes, as `plankg build` checks them
        return data, suffix

    def add(self, path: str | Path, name: str | None = None, *, progress: Callable[[BuildStep], None] | None = None) -> PlanInfo:
        """Store, build and serve an uploaded plan; returns its :class:`PlanInfo`.

        Raises
        ------
        InputError
            For a bad upload (type, size, empty, already loaded) or a file the readers refuse.
        ParseError
            When the text has no plan structure.
        """
        from pipeline import build_plans

        report = progress or (lambda step: None)
        data, suffix = self.check_upload(path, name)
        digest = hashlib.sha256(data).hexdigest()
        plan_id = f"upload-{digest[:12]}"
        with self._lock:
            # The same file as a served plan (uploaded, or built from the command line) is not loaded twice.
            same = [b.plan_id for b in getattr(self.engine, "builds", []) if b.manifest.get("source_sha256") == digest]
            if plan_id in self.engine.plan_ids or same:
                raise InputError(f"这份规划已经载入：《{self.title(same[0] if same else plan_id)}》。")
            if twin := self._same_text(data, suffix):
                raise InputError(f"这份文件与已载入的《{self.title(twin)}》内容相同（只是格式或文件不同），不再重复载入。")
            stored = self.home / "uploads" / f"{plan_id}{suffix}"
            root = self.home / "plans" / plan_id
            existed = root.exists()
            report(BuildStep("保存文件", 0, 4))
            atomic_write_bytes(stored, data)
            try:
                untitled = file_title(name or Path(path).name)
                revised = self._check_content(stored, untitled)
                build_plans(
                    [stored], home=self.home, encoder=self.encoder, untitled=untitled or UNTITLED,
                    progress=lambda stage, done, total: report(BuildStep(stage_name(stage), done, total)),
                )
                report(BuildStep("载入问答引擎", 4, 4))
                self.engine = self._load(self.home, [*self.engine.plan_ids, plan_id], self.encoder)
            except BaseException:
                # The id is new (checked above), so this folder and file are this upload's alone.
                if not existed:
                    _discard(self.home, root)
                stored.unlink(missing_ok=True)
                raise
        info = next(p for p in self.plans() if p.plan_id == plan_id)
        if revised:
            info = replace(info, revises=next((p for p in self.plans() if p.plan_id == revised[0]), None), changed=revised[1])
        return info

    def _same_text(self, data: bytes, suffix: str) -> str | None:
        """The served plan whose source file holds the same text as an upload of plain text, whatever either's
        suffix and encoding: its id, else None.

        The same 纲要 saved once as a GB18030 .txt and once as a UTF-8 .md is one plan to the staff who upload it
        twice by mistake, though the Markdown reader reads a line opening 「>5.6」 as a quote and so the two parse to
        different paragraphs; identity is the decoded characters, NFKC with all whitespace removed
        (:func:`qa.index.kb.normalise_text`), compared with every served plan's plain-text source.
        """
        from kg.ingest.formats.text import decode_bytes
        from qa.index.kb import normalise_text

        def text(raw: bytes) -> str:
            try:
                return normalise_text(decode_bytes(raw)[0])
            except InputError:  # bytes no codec decodes: the readers say so when the upload is built
                return ""

        if suffix not in _TEXT_SUFFIXES or not (mine := text(data)):
            return None
        for build in getattr(self.engine, "builds", []):
            source = Path(str(build.manifest.get("source") or ""))
            if source.suffix.lower() in _TEXT_SUFFIXES and source.is_file() and text(source.read_bytes()) == mine:
                return build.plan_id
        return None

    def _check_content(self, stored: Path, untitled: str) -> tuple[str, int] | None:
        """Refuse (InputError, Chinese) a file that is not a plan, or that repeats a served plan in another form;
        else the served plan it revises and how many of its paragraphs differ, if any.

        Not a plan: mostly non-Chinese text (a README, code), or no word of the genre
        (规划, 纲要, 计划 …) in its file name (``untitled``) or opening; or a few sentences under no heading. A repeat:
        its decoded paragraphs are exactly a served plan's (the same plan saved as .docx after .txt, re-encoded,
        re-spaced; plain text is caught before by its characters, :meth:`_same_text`). A text that differs in any paragraph — a line changed, a character the new encoding could not
        hold (m³ saved as GBK reads m?) — is another text: it is loaded as a plan of its own, the served one's new
        version when most paragraphs are shared, and the old one stays until the user removes it (an upload never
        touches what is built, and the two can be compared meanwhile).
        """
        from kg.ingest.parse import parse_file
        from qa.index.kb import normalise_text, plan_of

        doc = parse_file(stored)
        text = "".join(p.text for p in doc.paragraphs())
        han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
        if not text or han < _MIN_HAN_SHARE * len(normalise_text(text)) or not _GENRE.search((untitled + doc.title + text)[:_OPENING]):
            raise InputError("这个文件看起来不是规划文本（没有中文规划的标题或篇章结构，如“……规划纲要”“第一章”）。请上传规划正文。")
        if han < _MIN_BARE_HAN and not any(c.heading.number is not None for c in doc.chapters()):
            raise InputError("这个文件内容太少，不像一份规划：没有篇、章、节标题（如“第一章 发展基础”），只有几句话。"
                             "规划文件应包含标题（如“……规划纲要”）和分章节的正文。")
        mine = {t for p in doc.paragraphs() if (t := normalise_text(p.text))}
        if not mine:
            return None
        served: dict[str, set[str]] = {}
        # An engine serving every plan holds them all; over many plans (a PlanSet) only those of the same
        # title are loaded and compared: the same plan in another file keeps its title.
        title = normalise_text(doc.title)
        titled = [p for p, t in self.engine.plan_titles.items() if normalise_text(t) == title]
        from qa.planset import PlanSet

        if isinstance(self.engine, PlanSet) and not titled:
            return None
        kb = self.engine.over(titled).kb
        for node in kb.paragraph_nodes:
            if t := kb.norm_text[node]:
                served.setdefault(plan_of(node) or "", set()).add(t)
        for plan_id, theirs in served.items():
            if theirs == mine:
                raise InputError(f"这份文件与已载入的《{self.title(plan_id)}》内容相同（只是格式或文件不同），不再重复载入。")
        # A new version keeps its title (another county's plan of the genre shares sentences too).
        closest = max(titled, key=lambda p: len(served.get(p, set()) & mine), default=None)
        if closest is None or len(served.get(closest, set()) & mine) < _REVISION * len(mine):
            return None
        return closest, len(mine - served[closest])

    def add_steps(self, path: str | Path, name: str | None = None) -> Iterator[BuildStep | PlanInfo]:
        """:meth:`add` run in a thread, yielding its :class:`BuildStep` s and finally the :class:`PlanInfo`.

        Re-raises the build's error after the last step.
        """
        steps: queue.Queue = queue.Queue()
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["plan"] = self.add(path, name, progress=steps.put)
            except BaseException as exc:  # handed to the caller's thread below
                outcome["error"] = exc
            finally:
                steps.put(None)

        threading.Thread(target=run, name="plankg-upload", daemon=True).start()
        while (step := steps.get()) is not None:
            yield step
        if "error" in outcome:
            raise outcome["error"]
        yield outcome["plan"]

    # -- removal ------------------------------------------------------------
    def remove(self, plan_id: str) -> PlanInfo:
        """Stop serving ``plan_id`` and delete its builds and uploaded file; returns what was removed.

        Raises
        ------
        InputError
            For an id that is not served, or the last plan (the app needs one).
        """
        with self._lock:
            removed = self.removable(plan_id)
            rest = [p.plan_id for p in self.plans() if p.plan_id != plan_id]
            self.engine = self._load(self.home, rest, self.encoder)
            _discard(self.home, self.home / "plans" / plan_id)
            for f in (self.home / "uploads").glob(f"{plan_id}.*"):
                f.unlink(missing_ok=True)
        return removed

    def removable(self, plan_id: str) -> PlanInfo:
        """The plan :meth:`remove` would delete, or its InputError — checked before the app asks to confirm, so a
        user never confirms a removal that is then refused."""
        known = {p.plan_id: p for p in self.plans()}
        if plan_id not in known:
            raise InputError("没有这份规划；请从列表中选择。")
        if len(known) == 1:
            raise InputError("这是唯一载入的规划，不能删除。请先上传另一份规划。")
        if self.home is None:
            raise InputError("此应用未连接构建目录，无法删除规划。")
        return known[plan_id]


def _load_engine(home: Path, plans: list[str], encoder: str | None):
    from qa.engine import Engine

    return Engine.from_home(home, plans=plans, encoder=encoder)


def _discard(home: Path, root: Path) -> None:
    """Delete a plan folder: first moved out of ``plans/`` in one rename, so no reader lists it half-deleted."""
    if not root.exists():
        return
    trash = home / ".trash"
    trash.mkdir(exist_ok=True)
    target = trash / f"{root.name}-{uuid.uuid4().hex[:8]}"
    os.replace(root, target)
    shutil.rmtree(target, ignore_errors=True)
