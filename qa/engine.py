"""The question-answering engine: loads the built artefacts once and answers questions.

Loading reads what each build persisted (:func:`Engine.from_home`): the
networkx view of every plan, merged, and the passages; each plan's BM25
postings and vector index, the encoder and the rdflib graph (for SPARQL and
RDF export) load when first needed. A question the graph answers therefore
never loads the encoder, and one scoped to a plan searches only that plan's
indices.

``Engine.ask(question)`` links entities, reads the question's kind, and tries
the graph answerers that fit that kind; open questions and fallbacks go to
hybrid passage retrieval. Every answer is an :class:`~qa.answer.Answer` whose
claims are cited; when nothing in the plan answers, ``found`` is False.
"""
from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import replace
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import networkx as nx
import rdflib

from embeddings.encoder import get_encoder
from embeddings.index import load_index
from embeddings.passages import Passage, load_passages
from kg.errors import EntityNotFound, IndexNotBuilt, NoAnswer
from kg.graph.nxview import neighbourhood, to_networkx
from kg.store.buildfolder import PlanBuild, load_builds
from kg.store.views import load_rdf

from kg.compare.plans import PlanInfo, plan_info
from kg.compare.table import Comparison

from .question.userwords import as_typed
from .question.aliases import (member_read_as_joint, read_abilities, read_modal_inside, read_printed_ends, read_routes, read_spoken_ends, readings,
                               unclear_short_form)
from .answer import PASSAGES_SAID, Answer, with_item_citations
from .values.boxes import answer_box_count, answer_image_box
from .outline.itemsections import read_item_word
from .outline.numbering import answer_missing_box
from .values.by_value import answer_heading_by_value, answer_work_by_value
from .compare import answer_compare, names_several_plans, title_scope
from .passages.defines import answer_defining
from .passages.shortform import answer_short_form
from .values.tasklist import answer_year_cell
from .enumerations.quotedrun import answer_quoted_run
from .enumerations.clauserun import answer_clause_run
from .enumerations.composed import COMPOSED_ASKED, answer_composed
from .enumerations.runcount import answer_run_count
from .enumerations.enumerated import answer_enumerated
from .enumerations.lettered import LETTERED_ASKED, answer_lettered
from .passages.extractive import HOW, answer_extractive, not_found
from .passages.topical import heading_hits
from .values.tables import answer_table
from .values.bracketed import answer_bracketed
from .enumerations.scoped import answer_heading_things
from .values.figures import (item_name, answer_aggregate, answer_fact, answer_indicator, answer_indicator_by_value, answer_indicator_list,
                             asks_categories_of_attribute, key_terms)
from .question.intent import (Intent, classify_intent, normalise_question, parse_cn_number, quoted_phrase, read_part_word,
                              read_spoken)
from .question.asked_time import plan_numbers_printed, read_asked_time
from .index.kb import KB, normalise_text, plan_of
from .index.kbstore import load_kb, merge_kbs
from .question.link import Link, link_entities
from .question.nonsense import HOW_TO_ASK, is_nonsense
from .question.planscope import box_plans, named_plans, titled_plan, which_box_plan, which_plan
from .followup import (drop_deixis, indicator_answered, indicator_parts, join_parts, point_at_answer, point_at_indicator,
                       resolve_within, structure_parts, subset_parts)
from .question.frame import as_asked, asks_start, parse_frame, spoken_measures, spoken_years
from .values.fromto import answer_from_to
from .values.measures import FROM_TO, answer_measures
from .values.parts import Part, answer_parts, figure_parts
from .question.mixedparts import mixed_parts
from .checks.ownclause import own_clause
from .values.sums import answer_sum, sum_parts
from .values.share import answer_share
from .values.boxmembers import BOX_ASKED
from .values.siblings import own_run_member
from .checks.per_unit import per_unit_figure
from .values.printedrun import printed_run, restored, shielded
from .values.prose import own_year, plan_horizon
from .checks.ownership import POINTED, owned_figures
from .checks.unprinted import refuse_unprinted
from .checks.joint import noted_run_total, refuse_joint_member
from .values.clausefallback import clause_fallback
from .checks.places import own_place
from .checks.verify import checked_figures
from .checks.scope import now_not_target
from .values.confirm import answer_stated, spelled_givens, stated_figure
from .values.when import WHEN, answer_when
from .values.recurrence import RECURRENCE_ASKED, answer_recurrence
from .question.wording import box_by_title, quote_heading, read_wording
from .question.ownplan import without_own_plan
from .values.boxsum import answer_box_sum, box_sum_asked
from .values.difference import answer_compared, compared_pair
from .values.worksum import answer_works_sum, works_sum_asked
from .values.whichmore import compared_figures, with_verdict
from .values.baseyear import base_asked, with_base_year
from .values.grades import answer_grade
from .values.planperiod import answer_plan_period, asks_plan_period
from .values.numberedname import answer_numbered_name
from .values.prenominal import answer_bound, answer_member_share
from .question.topic import asks_bare, in_box, in_heading, near_topic, split_box, split_heading, split_topic, topic_joined
from .enumerations.groups import answer_counted_group, answer_group
from .outline.annexes import ANNEX_ASKED, answer_annex_count, named_annex
from .planview import PlanView
from .trace import attempt_name, note
from .passages.issuance import answer_issuance
from .passages.basis import answer_made_under
from .outline.headcount import answer_heading_count, answer_listed_count
from .outline.headingasks import heading_tries
from .enumerations.leadin import answer_lead_in_figure, answer_lead_in_list
from .question.wherepart import split_where
from .enumerations.headcount import answer_counted_run, count_and_members
from .enumerations.glossarycount import GLOSSARY_COUNT_ASKED, answer_glossary_count
from .enumerations.quotedleads import answer_quoted_leads
from .enumerations.countedlist import as_which, count_of_members
from .enumerations.headedlabels import answer_heading_labels
from .enumerations.quotedmembers import answer_quoted_members
from .passages.submitted import SUBMITTED_ASKED, answer_submitted
from .passages.passedat import PASSED_AT_ASKED, answer_passed_at
from .enumerations.lists import MEASURES_ASKED, answer_topic_section, answer_tasks, answer_box_list, answer_titled_topic, answer_heading_list, answer_named_kind, answer_quoted_definition, answer_glossary, answer_location, answer_members, answer_parent, answer_xref
from .enumerations.related import answer_related, related_ask
from .enumerations.sorts import answer_sorts
from .values.restated import with_restatements, without_prose_source, without_source_clauses
from .index.bm25 import BM25Index, build_bm25, entity_vocabulary, load_bm25
from .index.retrieve import LazyHits, Retriever
from .passages.site import SITE_ASKED, answer_site
from .values.frequency import FREQUENCY_ASKED, answer_frequency
from .passages.postholder import POST_ASKED, answer_post_holder
from .passages.actor import ACTOR_ASKED, answer_actor
from .passages.ledby import LED_BY_ASKED, answer_led_by
from .values.tasktable import TABLE_COUNT_ASKED, answer_task_table_count
from .values.annexrows import answer_annex_rows
from .values.annextable import answer_annex_cell
from .values.labelled import answer_labelled_line
from .passages.effective import EFFECTIVE_ASKED, answer_effective
from .passages.dutyowner import answer_duty_owner
from .passages.teamroles import ROLE_ASKED, answer_team_roles
from .passages.responsible import RESPONSIBLE_ASKED, answer_responsible, without_agent
from .outline.structure import (
    in_each_plan,
    answer_container,
    answer_level_list,
    answer_heading_where,
    answer_multihop,
    answer_structure_children,
    answer_structure_count,
    answer_structure_title,
    answer_structure_topic,
)

if TYPE_CHECKING:
    # Imported where used: the SPARQL parser and the store back-ends took ~0.5 s of a one-shot CLI call.
    from kg.store.triplestore import GraphStore

    from .planset import PlanSet

__all__ = ["MAX_QUESTION", "ROUTE_ABOVE", "load_builds", "load_graph", "Engine"]

_NOT_INDICATOR = {"structure_count", "structure_children", "structure_title", "structure_topic", "multihop", "xref", "glossary"}

#: Words that refer back to something named earlier (它, 它们, 该园区, 这个项目 …).
#: 「哪五个中心」「哪三大产业」: a count said with the kind asked (never 哪一个, one thing asked).
_WHICH_N = re.compile(r"哪([两二三四五六七八九十]{1,3})(?:个|大|项|家|座|条|类)(?=[\u4e00-\u9fff])")
_PRONOUN = re.compile(r"它们|它|(?:该|这个|这些|那个|那些|此)(?:园区|项目|工程|企业|产业|指标|地方|专栏)")

#: Words asking for a figure (a 「是什么」 question without them may ask for a heading's list).
_FIGURE_ASKED = re.compile(r"多少|几|多长|多宽|多大|多高|数值|增速|比重|比例")

#: Question words that may stay in a not-found answer's subject (how, what arrangement, related to).
_ASKING = re.compile(r"^(?:如何|怎样|怎么|对(?![外内口])|关于)|(?:相关|有关)(?=的|[\u4e00-\u9fff])|(?:安排|举措|措施)$")

#: A defined term's meaning asked right after it, whatever detail (「“夜间经济”是指几点到几点」「X指的是哪几个」).
#: A count asked together with its members (「几个圈分别是什么」「有几个，是哪几个」): the members answer both.
_MEMBERS_TOO = re.compile(r"分别是|分别有|是哪|有哪|都是什么|都有什么")
_MEANS_AFTER = re.compile(r"^[”\"’]?(?:具体|到底|究竟)?(?:是|就是)?(?:指|所指)")
#: A defined term's parts asked after it (「“135”工程的三个数字，1、3、5各代表什么」「“两不愁三保障”里的三保障是哪三样」):
#: what each part stands for, which the term's definition spells out — never a figure asked (多少, 几).
_PARTS_AFTER = re.compile(r"^[”\"’]?[^？?。]{0,4}?(?:里|中|当中|的)[^？?。]{0,14}?"
                          r"(?:(?:各|分别|具体)(?:都)?(?:代表|指|是指|表示|说|是)|哪[一二两三四五六七八九十几]?(?:样|个|项|条|方面|些))")

#: The indicator table named (指标, or 目标表 in plans that title it so).
_INDICATOR_WORDS = re.compile(r"指标|目标表")

#: Longest question accepted (characters); longer input is refused with a message.
MAX_QUESTION = 500

#: Above this many plans, :meth:`Engine.from_home` serves them as a :class:`~qa.planset.PlanSet`
#: (catalogues at start, a plan's indexes when asked about it): merging every plan's view costs
#: ~0.2 s and ~8 MiB per plan at start (``docs/benchmarks.md``, *Scale*).
ROUTE_ABOVE = 50


def load_graph(home: Path | None = None, *, plans: Sequence[str] | None = None, store: GraphStore | None = None) -> rdflib.Graph:
    """One rdflib graph holding every selected plan's triples.

    Read from the build folder, or from ``store`` (a shared SPARQL server, an
    Oxigraph store) when one is given; the plans are those built under ``home``.
    """
    return _graph_of(load_builds(home, plans=plans), store)


def _graph_of(builds: Sequence[PlanBuild], store: GraphStore | None) -> rdflib.Graph:
    if store is not None:
        from kg.store.triplestore import pull_graph

        graph = pull_graph(store=store, plans=[b.plan_id for b in builds])
    elif len(builds) == 1:
        graph = load_rdf(builds[0])
    else:
        graph = rdflib.Graph()
        for b in builds:
            graph += load_rdf(b)
    _bind(graph)
    return graph


def _bind(graph: rdflib.Graph) -> None:
    from kg.graph.ontology import PK

    graph.bind("pk", str(PK._NS))


def _defined_term(kb: KB, question: str, links: list[Link]) -> Link | None:
    """The glossary term whose parts ``question`` asks right after naming it (:data:`_PARTS_AFTER`), or None.

    The term is the first linked Term, else the Term whose name the first linked thing begins (「“135”工程」 of the
    glossary's 「135工程升级版」); a figure asked after it (多少, 几) asks no part's meaning.
    """
    if not links:
        return None
    named = normalise_text(question).replace("“", "").replace("”", "").replace('"', "")
    at = named.find(normalise_text(links[0].mention))
    after = named[at + len(normalise_text(links[0].mention)):] if at >= 0 else ""
    if at < 0 or not _PARTS_AFTER.match(after) or re.search(r"多少|(?<!哪)几", after):
        return None
    if term := next((l for l in links if l.type == "Term"), None):
        return term
    head = normalise_text(links[0].mention)
    terms = [n for n in kb.by_type.get("Term", []) if len(head) >= 3 and normalise_text(kb.label(n)).startswith(head)
             and (plan_of(n) == plan_of(links[0].node) or plan_of(links[0].node) is None)]
    return Link(terms[0], kb.label(terms[0]), "Term", links[0].mention, links[0].score) if len(terms) == 1 else None


class Engine:
    """Answers questions over one or more built plans. Thread-safe for reads.

    ``graph`` is the rdflib graph, or a zero-argument callable that loads it
    at first use of :attr:`graph`; ``G`` the networkx view (default: converted
    from ``graph``).
    """

    def __init__(self, graph: rdflib.Graph | Callable[[], rdflib.Graph], retriever: Retriever, *,
                 builds: Sequence[PlanBuild] = (), G: nx.MultiDiGraph | None = None, kb: KB | None = None):
        self._graph = graph
        self.G: nx.MultiDiGraph = kb.G if kb is not None else G if G is not None else to_networkx(self.graph)
        self.kb = kb if kb is not None else KB(self.G)
        self.retriever = retriever
        self.builds = list(builds)
        self._lock = threading.Lock()
        self._graph_lock = threading.Lock()

    @cached_property
    def plan_identities(self) -> dict[str, PlanInfo]:
        """Level, region and period of each served plan, read from its title in the view."""
        return {pid: plan_info(pid, self.kb.label(node)) for node in self.kb.by_type.get("Plan", [])
                if (pid := plan_of(node + "/"))}

    @cached_property
    def plan_titles(self) -> dict[str, str]:
        """Each served plan's title as the document gives it (the label of its plan node)."""
        return {pid: self.kb.label(node) for node in self.kb.by_type.get("Plan", []) if (pid := node.rstrip("/").rsplit("/", 1)[-1])}

    def kb_of(self, plan: str | None = None) -> KB:
        """The indexes the UI reads about ``plan`` (here: the merged ones, holding every plan)."""
        return self.kb

    def over(self, plans: Sequence[str]) -> "Engine | PlanView":
        """An engine holding at least ``plans``: this one, seen as the plan's own when one plan of several is asked
        for (its questions scoped to it, qa.planview), so that it answers as a plan set's engine of that plan would.

        The app's per-plan views (graph, SPARQL, comparison, reader) ask for
        their plans' engine, so that over many plans (a :class:`~qa.planset.PlanSet`)
        they load those plans only.
        """
        wanted = set(plans)
        return PlanView(self, wanted.pop()) if len(wanted) == 1 and len(self.plan_ids) > 1 and wanted <= set(self.plan_ids) else self

    def holding(self, name: str) -> "Engine":
        """The engine whose graph holds the entity ``name`` (a name or node IRI; here: this one)."""
        return self

    @cached_property
    def comparison(self) -> Comparison:
        """Measures matched across the served plans; their ``pk:hasMeasure`` links join :attr:`graph`.

        Built at first use (a comparison question, the 对比 tab, a SPARQL query over
        several plans), so one plan's questions never load the rdflib graph for it.
        """
        comparison = Comparison.from_graph(self.graph)
        graph = self.graph
        graph += comparison.links()
        return comparison

    @property
    def graph(self) -> rdflib.Graph:
        """The rdflib graph of every plan served, loaded at first use."""
        if not isinstance(self._graph, rdflib.Graph):
            with self._graph_lock:
                if not isinstance(self._graph, rdflib.Graph):
                    self._graph = self._graph()
        return self._graph

    # -- loading ------------------------------------------------------------
    @classmethod
    def from_home(
        cls,
        home: Path | None = None,
        *,
        plans: Sequence[str] | None = None,
        encoder: str | None = None,
        store: GraphStore | None = None,
        route: bool | None = None,
    ) -> "Engine | PlanSet":
        """Load the built plans under ``home``; the graph comes from ``store`` when given.

        Over more than :data:`ROUTE_ABOVE` plans (or with ``route=True``) the
        result is a :class:`~qa.planset.PlanSet`: same questions, but it reads
        only the plans' catalogues at start and loads a plan's engine when a
        question is about that plan (see ``docs/deployment.md``).

        Passages and indices always come from the build folder: a graph
        server holds only the graph. Nothing is rebuilt: the networkx view and
        the BM25 postings were persisted by the build (a stale or missing one
        is rebuilt from the build's files, slowly, until the next ``plankg
        build``), and the encoder, vector indices and BM25 postings load at
        their first search.
        """
        builds = load_builds(home, plans=plans)
        enc_name = _encoder_of(builds, encoder)
        if store is None and (route if route is not None else len(builds) > ROUTE_ABOVE):
            from .planset import PlanSet

            return PlanSet(builds, enc_name)
        return cls.from_builds(builds, enc_name, store=store)

    @classmethod
    def from_builds(cls, builds: Sequence[PlanBuild], enc_name: str, *, store: GraphStore | None = None) -> "Engine":
        """One engine over ``builds`` (all views merged), their vectors encoded by ``enc_name``."""
        kb = None
        if store is not None:
            graph: rdflib.Graph | Callable[[], rdflib.Graph] = _graph_of(builds, store)
            G = to_networkx(graph)
        else:
            graph = partial(_graph_of, builds, None)
            # Each plan's KB as its build persisted it, view included; several are joined (qa.index.kbstore).
            kb = merge_kbs([load_kb(b) for b in builds])
            G = kb.G
        passages: list[Passage] = []
        indexes, lexical, sizes, dims = [], [], [], set()
        for b in builds:
            ps = load_passages(b.passages_path)
            passages.extend(ps)
            expect = {"source_sha256": b.manifest["source_sha256"], "encoder": b.manifest["encoder"], "passages": len(ps)}
            dims.add(_index_meta(b).get("dim"))
            indexes.append(partial(load_index, b.index_dir, expect=expect))
            lexical.append(partial(_plan_bm25, b, ps))
            sizes.append(len(ps))
        if len(dims) != 1 or None in dims:
            raise IndexNotBuilt(f"The vector indices have dimensions {sorted(map(str, dims))}; run `plankg build --force`")
        retriever = Retriever.from_parts(passages, indexes, partial(get_encoder, enc_name), bm25=lexical,
                                         sizes=sizes, dim=dims.pop())
        return cls(graph, retriever, builds=builds, G=G, kb=kb)

    @property
    def plan_ids(self) -> list[str]:
        return self.kb.plan_ids

    # -- answering ------------------------------------------------------------
    def ask(self, question: str, *, plan: str | None = None) -> Answer:
        """Answer ``question`` (scoped to ``plan`` if given) with citations."""
        answer = self._or_clause(self._ask_all(question, plan=plan), plan)
        if not answer.found and answer.kind != "clarify" and (which := as_which(question)) is not None:
            # 「…申报省保单位的有几处」 no count printed: the members the plan lists of it, counted (qa.enumerations.countedlist)
            counted = count_of_members(question, self._ask_all(which, plan=plan))
            note("answerer", "count_of_members", which, counted is not None, counted.answer if counted else "no one list")
            return counted or answer
        return answer

    def _or_clause(self, answer: Answer, plan: str | None) -> Answer:
        """``answer``, or when every answerer refused it, the one clause covering its question (checked as any)."""
        if answer.found or answer.kind == "clarify" or answer.answer == HOW_TO_ASK:
            return answer
        # 「做适老化改造的公交站台有多少个」 every answerer refused: the one clause printing all its words and one
        # figure of the kind asked answers, checked as any figure answer (qa.values.clausefallback).
        # (「今年…」 of a one-year plan asks the plan's year, as the answerers read it: qa.question.asked_time)
        said = read_asked_time(answer.question, this_year=self._this_year(plan))
        covered = clause_fallback(self.kb, said, plan=plan)
        note("answerer", "clause_fallback", said, covered is not None and covered.found, covered.answer if covered else "no clause")
        if covered is None:
            return answer
        q = covered.question
        checked = per_unit_figure(q, own_place(self.kb, q, self._checked(q, covered)))
        checked = refuse_joint_member(self.kb, q, refuse_unprinted(self.kb, q, checked, plan), plan)
        return with_item_citations(checked) if checked.found else answer

    def _ask_all(self, question: str, *, plan: str | None = None) -> Answer:
        """:meth:`ask` before its last resort (each part and reading of a question is asked here, never through it)."""
        asked = _check_question(question)
        if is_nonsense(asked, self._prints_text):
            # 「新新新新」「asdkjqwe」: no question — retrieval would return some passage as found (qa.question.nonsense)
            return Answer(asked, HOW_TO_ASK, False, [], [], kind="unanswerable")
        if plan is None and (scoped := title_scope(asked, self.plan_titles))[1]:
            # 「国家数据基础设施建设指引在哪些章节提到算力」: a served plan named by its title is the question's scope.
            answer = self._ask_all(scoped[0], plan=scoped[1] if len(self.plan_ids) > 1 else None)
            answer.question = asked
            return answer
        if (own := self._scope(asked, plan)) != plan:
            # 「岭何观水库的总库容是多少」 over several plans: the one plan printing every name asked answers it alone.
            answer = self._ask_all(asked, plan=own)
            answer.question = asked
            return answer
        # 「59年」 in a 1960 report is 1959, 「一五」 the first plan where the plan prints it, 「今年」 a work report's
        # own year (qa.question.asked_time).
        said = read_wording(read_asked_time(asked, era=self._era(plan), numbers=plan_numbers_printed(self.kb, plan),
                                            this_year=self._this_year(plan)))
        # 「这个三年行动计划有哪几大任务」「文物保护实施意见的保障措施」: the plan named by the asker asks nothing of its text
        said = without_own_plan(said, self.plan_titles.get(plan) if plan else next(iter(self.plan_titles.values()), None)
                                if len(self.plan_titles) == 1 else None)
        if (one := without_source_clauses(said)) != said:
            # 「森林覆盖率表里定的多少？正文又写的多少？」: a clause naming only another source asks the first clause's
            # measure there — one question, every source's figure (with_restatements), never a part of its own.
            answer = self._ask_all(one, plan=plan)
            links = link_entities(self.kb.index, spoken_measures(one), limit=8)
            answer = with_restatements(self.kb, said, answer, plan=plan, owners=[l.type for l in links])
            answer.question = asked
            return answer
        if EFFECTIVE_ASKED.search(normalise_text(said)) and (effective := answer_effective(self.kb, said, plan=plan)) is not None:
            # 「从什么时候开始施行，有效期到哪天」: both dates of one sentence, read together, before any split into parts or
            # topic (qa.passages.effective).
            effective.question = asked
            return effective
        if (head := count_and_members(said)) is not None:
            # 「明确了几项重点任务？分别是什么？」: the count and the members from one counted list — a run printed as
            # 「四项重点任务：…」, else the numbered children the count part answers (qa.enumerations.headcount).
            # (「保障措施定了几条」 asked again as 「保障措施有几条」 when its own words find none)
            both = answer_counted_run(self.kb, said, head, plan=plan)
            for count in dict.fromkeys((head.count, f"{head.noun}有几{head.classifier}")) if both is None else ():
                if (counted := self.ask(count + "？", plan=plan)).found and len(counted.items) >= 2:
                    both = counted
                    break
            if both is not None:
                both.question = asked
                return both
        if (where := split_where(said)) is not None and (figure := self.ask(where[0], plan=plan)).found \
                and figure.citations and (place := figure.citations[0].path):
            # 「…应用比例要求是多少？这写在规划的哪一部分？」: the figure, then the heading path of the paragraph it cites
            # (the where part names nothing of its own to retrieve by: qa.question.wherepart).
            figure.answer = f"{figure.answer.rstrip('。')}。写在{place}。"
            figure.question = asked
            return figure
        if (counted := _WHICH_N.search(said)) and (n := parse_cn_number(counted.group(1))) and n >= 2 \
                and answer_counted_group(self.kb, said, plan=plan) is None:
            # 「要加快打造哪五个中心」: the names the plan lists of that kind, taken only when it lists exactly that many
            # (the plan may also print the count as a term, 「“五个中心”」, whose passage names none of them) and
            # prints no group of that count with its members (「…等三个客运站场」 is read by answer_counted_group).
            listed = self._ask_all(said[: counted.start()] + "哪些" + said[counted.end():], plan=plan)
            if listed.found and len(listed.items) == n:
                listed.question = asked
                return listed
        if (rest := base_asked(said)) is not None:
            # 「X要比哪一年下降多少」: the change asked and verified as any, then said with the base the plan prints.
            answer = with_base_year(self.kb, self._ask_all(rest, plan=plan), rest, plan=plan)
            answer.question = asked
            return answer
        if (pair := compared_pair(said)) is not None:
            # 「A比B多多少」「X 2030年比2025年增加多少」「A是B的几倍」: both figures asked and verified alone, then the
            # arithmetic said with both (qa.values.difference) — never one figure given for the comparison.
            return answer_compared(lambda q: self.ask(q, plan=plan), asked, pair,
                                   printed=lambda: self._ask_one(spelled_givens(spoken_years(said)), plan))
        if (compared := compared_figures(said)) is not None:
            # 「A和B哪个用地多」: both figures asked and verified as 「A和B用地分别是多少」, then which is more (qa.values.whichmore).
            answer = with_verdict(self._ask_all(compared.question, plan=plan), compared)
            answer.question = asked
            return answer
        # 「第35章里说要建成几个…」 (the rest kept only when cited from that heading), 「城区路灯这块，装灯率…」 (the topic
        # soft context: kept when the first figure's evidence shares a word with it) — qa.question.topic; else the question as asked.
        if (things := answer_heading_things(self.kb, said, classify_intent(said), [], plan=plan)) is not None:
            # 「第21章里有哪些重点项目」「第一章中的风电场有哪些」: the box items under that heading (never its sections)
            things.question = asked
            return things
        for scope, rest, kept in ((*split_heading(said), in_heading), (*split_topic(said, self._names_owner), near_topic)):
            if scope is not None and (answer := self._ask_all(rest, plan=plan)).found and kept(scope, answer):
                answer.question = asked
                return answer
        topic, rest = split_topic(said)
        if topic and self._names_owner(topic) and (answer := self._ask_all(rest, plan=plan)).found \
                and _titled_by_topic(topic, answer):
            # 「电力这块，全省装机容量要到多少」: an industry the plan names is kept in the question (its owner checks), yet
            # a figure the rest finds under a heading titled by it (第5节 着力培育电力产业) is the topic's.
            answer.question = asked
            return answer
        if topic and asks_bare(rest) and (answer := self._ask_all(topic + rest, plan=plan)).found:
            answer.question = asked  # 「湘江航道那块，要疏浚多少公里」: the thing named owns a rest that names nothing
            return answer
        topic, rest = split_topic(said, self._names_owner)
        if topic and (joined := topic_joined(topic, rest, self._prints_text)) and (answer := self._ask_all(joined, plan=plan)).found:
            answer.question = asked  # 「铁路那块，要建多少公里新线」: the topic names the rest's noun as printed (铁路新线)
            return answer
        # 「请问…」「……，规划里怎么说的？」「三〇年」「专栏二十八点一」「多少个亿」: office wordings read as printed.
        said = quote_heading(box_by_title(said, self.kb.headings.box_numbers), self.kb.headings.titles)
        said = read_spoken_ends(self.kb, said, plan=plan)  # 「虎子岭到西塘观那条路」: the road as the plan prints it
        said = read_printed_ends(self.kb, said, plan=plan)  # 「从北外滩到虹桥枢纽」: the pair as printed, 北外滩至虹桥枢纽
        said = read_modal_inside(self.kb, said, plan=plan)  # 「石期河二期要治理多长」: 石期河二期治理(工程)
        said = read_abilities(self.kb, said, plan=plan)  # 「能做核酸检测的医疗机构」: 有核酸检测能力的医疗机构
        said = read_item_word(self.kb, said, plan=plan)  # 「第9条」 in a 建议 numbering its sections 1.…N: 第9节
        # 「专栏31.1叫什么？在哪一章？」「专栏5叫什么？专栏22呢？」: structure parts made whole, each answered in turn.
        parts = resolve_within(said, self._named) or structure_parts(said) or subset_parts(said)
        if parts:
            # 「第六十章的标题是什么？它属于哪一篇？」: 它 is what the first part names; each part answered in turn,
            # 「这一章」 the chapter the part before it answered (qa.followup.point_at_answer).
            answers: list[Answer] = []
            for p in parts:
                answers.append(self._ask_one(point_at_answer(self.kb, p, answers[-1] if answers else None), plan))
            return join_parts(asked, answers)
        if (pointed := indicator_parts(said)) is not None and (first := self._ask_one(pointed[0], plan)).found \
                and (name := indicator_answered(self.kb, first, plan)) is not None:
            # 「粮食产能…正文里说要达到多少？这个指标在表里是约束性还是预期性？」: 这个指标 is the row the first answer reads
            # (its clause prints 粮食综合生产能力), though the question's own words name no row (qa.followup)
            return join_parts(asked, [first, self._ask_one(point_at_indicator(pointed[1], name), plan)])
        # 「25年定了多少」: 2025年; 「长二百七十六米，宽呢」: a stated figure in digits (qa.values.confirm)
        spoken = spelled_givens(spoken_years(said))
        if stated := stated_figure(spoken):
            # 「X全长58.791公里对吗」: the figure asked and verified as any, then 是/不是 by value (qa.values.confirm).
            return answer_stated(lambda q: self._ask_all(q, plan=plan), asked, stated, otherwise=lambda: self._ask_one(spoken, plan))
        if RECURRENCE_ASKED.search(spoken) and (standard := answer_recurrence(self.kb, spoken, plan=plan)) is not None:
            # 「…几年一遇的排水能力？内涝呢？」: N年一遇 parts read together (a part cut alone would keep the other's measure).
            standard.question = asked
            return self._checked(spoken, standard)
        if (boxed := box_sum_asked(spoken)) is not None and (box := self.kb.box(boxed.box, plan=plan)) is not None:
            # 「专栏7.1里两个特色园区…产值和利税加起来各是多少」: the box's items counted back, each measure asked of every
            # item alone and added — measures joined are never added to each other (qa.values.boxsum).
            names = [item_name(self.kb, p) for _, paras in self.kb.box_groups(box) for p in paras]
            return answer_box_sum(lambda q: self.ask(q, plan=plan), asked, self.kb.label(box), names, boxed)
        if (works := works_sum_asked(spoken)) is not None \
                and (over := answer_works_sum(lambda q: self.ask(q, plan=plan), asked, works)) is not None:
            return over  # 「X工程里各个灌区的灌溉面积加起来」: every part's figure in the works' paragraph added (qa.values.worksum)
        # 「农业、水利和林业部门…多少」: a run of names the plan prints as one owner is not cut into parts (qa.values.printedrun).
        run = printed_run(normalise_text(spoken), self.kb.norm_text.values())
        if summed := sum_parts(shielded(spoken, run), self._named, self._owner):
            # 「A和B合计多少」: each addend asked and verified alone, then added (qa.values.sums) — a clause giving
            # each its own figure (分别) is no total; a total the plan prints answers the question whole.
            total = answer_sum(lambda q: self._ask_one(q, plan), spoken, asked,
                               [Part(restored(p.text, run), restored(p.label, run)) for p in summed])
            if total is not None and not (not total.found and BOX_ASKED.search(spoken)):
                return total
            if total is not None:
                # 「专栏N里A、B和C…合计」: names shortened in a box are matched among its items (qa.values.boxmembers);
                # where they are not, the parts' refusal stands
                boxed = self._ask_one(spoken, plan)
                return boxed if boxed.found else total
        figures = [Part(restored(p.text, run), restored(p.label, run)) for p in figure_parts(shielded(spoken, run), self._named, self._owner) or []]
        box, rest = split_box(spoken)
        if figures and box and (inside := self.ask(rest, plan=plan)).found and in_box(box, inside):
            # 「专栏39.1里市区级文保、省保、国保单位分别…」: the box said first is where the parts are, no part of the first
            # one's measure — the parts asked without it, kept only when every item is cited from that box
            inside.question = asked
            return inside
        if figures and not (not plan and len(self.plan_ids) > 1 and names_several_plans(spoken, self.plan_identities)):
            # 「A和B分别是多少」「…多少亩？一期投多少钱？」: each figure asked and verified alone (qa.values.parts).
            # The joined answer is checked against the whole question too (a part may have lost the measure asked).
            # a part cut from 「X那个项目…」 no longer says it points (qa.values.parts reads the pointer away)
            pointing = bool(POINTED.search(normalise_text(spoken)))
            # a part every answerer refused is read from the one clause covering it, as a whole question is
            joined = checked_figures(spoken, answer_parts(lambda q: self._or_clause(self._ask_one(q, plan, pointing=pointing), plan),
                                                          spoken, asked, figures, owner_of=self._owner,
                                                          check=lambda q, a: self._checked(q, a, pointing=pointing)), several=True)
            # each figure its own part's owner's, year's and attribute's (a route named short read as printed: 永零高速)
            return owned_figures(self.kb, read_routes(self.kb, spoken, plan=plan), joined)
        if mixed := mixed_parts(spoken):
            # 「信用联合奖惩是第几章提的？要覆盖多少个领域？」「…要率先建成几个，清单里谁来推进？」: a figure beside a
            # where or who part — each part asked and verified alone, the first part's subject given to a part naming
            # none, and a part the plan does not answer said so alone (qa.question.mixedparts).
            return join_parts(asked, [_placed(self._ask_one(p.text, plan)) if p.kind == "where" else self._ask_one(p.text, plan)
                                      for p in mixed])
        answer = self._ask_one(spoken, plan)
        weak = not answer.found or answer.answer.startswith(PASSAGES_SAID)  # none, or only the plan's sentences pasted
        if weak and box and (inside := self.ask(rest, plan=plan)).found and in_box(box, inside):
            # 「专栏26.4中湘江西路零陵段全长多少」: the box is where the item is, no measure of it — the item's figure,
            # kept only when every item is cited from that box
            answer = inside
        answer.question = asked
        return answer

    def _named(self, text: str) -> str | None:
        """The thing ``text`` names, as it spells it (the longest linked mention), or None."""
        links = [l for l in link_entities(self.kb.index, normalise_question(text), limit=3) if len(l.mention) >= 2]
        return max((l.mention for l in links), key=len, default=None)

    def _owner(self, text: str) -> str | None:
        """The thing ``text`` names that owns figures (a park, a project, a place — no indicator or term), or None."""
        links = [l for l in link_entities(self.kb.index, normalise_question(text), limit=3)
                 if len(l.mention) >= 2 and l.type not in ("Indicator", "Term")]
        return max((l.mention for l in links), key=len, default=None)

    def _plan_names(self, question: str, plan: str | None) -> dict[str, str]:
        """The names of ``question`` that only one served plan prints → that plan (qa.question.planscope); none when the
        question is scoped, one plan is served, or it names plans themselves (十一五和十二五: a comparison)."""
        if plan or len(self.plan_ids) < 2 or names_several_plans(question, self.plan_identities):
            return {}
        q = normalise_question(question)
        return {**named_plans(self.kb, q, self.plan_titles), **titled_plan(q, self.plan_identities)}

    def _scope(self, question: str, plan: str | None) -> str | None:
        """``plan``, else the one served plan whose things, places and headings ``question`` names, else None."""
        plans = set(self._plan_names(question, plan).values())
        return plans.pop() if len(plans) == 1 else plan

    def _unscoped_boxes(self, question: str) -> dict[str, list[str]]:
        """The box numbers an unscoped ``question`` asks that several served plans print (qa.question.planscope);
        none when one plan is served or the question names plans themselves (十一五和十二五的专栏3)."""
        if len(self.plan_ids) < 2 or names_several_plans(question, self.plan_identities):
            return {}
        return {n: plans for n, plans in box_plans(self.kb, normalise_question(question)).items() if len(plans) > 1}

    def _ask_one(self, asked: str, plan: str | None, *, pointing: bool = False) -> Answer:
        # 「属于第几编」: older plans' 编 is the top level the answerers call 篇.
        # 「…多少来着」「叫啥」「优速物流那个项目」: spoken words read as the plan's reader writes them.
        # A part of 「A和B…分别」 naming one plan's thing is asked in that plan; one naming two plans' things asks which.
        names = self._plan_names(asked, plan)
        if len(set(names.values())) > 1:
            return Answer(asked, which_plan(names, self.plan_titles), False, kind="clarify")
        plan = next(iter(names.values()), plan)
        if plan is None and (boxes := self._unscoped_boxes(asked)):
            # 「专栏2.1里的重点工程有几个」 over plans that each print a 专栏2.1: which plan's is asked.
            return Answer(asked, which_box_plan(boxes, self.plan_titles), False, kind="clarify")
        q = read_spoken(read_part_word(asked))
        named = [l.mention for l in link_entities(self.kb.index, normalise_question(q), partial=False)]
        pointed = drop_deixis(q, named + [s.span for s in self.kb.index.abbreviated(q)])
        # 「河西那个工业园…」: the checks read the name as it stands once the pointer is read (河西工业园), never 河西那个工业园.
        asked_as, q = (pointed if pointed != q else asked), pointed
        unclear = unclear_short_form(self.kb, q, plan=plan)
        if unclear:
            # A short form several names share (新材料园): ask which one, never pick one silently.
            short, names = unclear
            return Answer(asked, f"问题中的“{short}”指哪一个：{'、'.join(names)}？请写出全名再问。", False, kind="clarify")
        said = q  # as asked, before a reading puts it in the plan's words
        others = readings(self.kb, q, plan=plan)
        if others and (quoted := quoted_phrase(q)) and self.kb.headings.printed(quoted):
            # 「“打造…对接东盟自贸区…”是哪一节」: a heading quoted as the plan prints it is read as printed; a glossary
            # phrase quoted from the prose (「“上云用数赋智”」) still takes the term's reading (上云、用数、赋智).
            others = []
        verify_as = asked_as
        if others and others[0][1]:
            # 「新农合覆盖率」 in a plan that prints only 新型农村合作医疗: asked in the plan's words (and checked in them).
            q = verify_as = others.pop(0)[0]
            if member_read_as_joint(self.kb, said, q):
                verify_as = asked_as  # 「月湖大桥工程」 read as 月湖大桥和北岸大桥工程 to find it: the member is still what is asked
        # 「中医康复服务中心那个项目」: a project pointed at by a name it holds — a joint works' title may be it
        pointing = pointing or asked_as != asked
        answer = self._checked(verify_as, self._answer(q, plan), pointing=pointing)
        for other, _ in others:
            if answer.found:
                break
            # 「新型农村合作医疗…」 where the plan says 新农合 after declaring it; 「永零高速」 printed as 永州至零陵高速公路:
            # the other reading, checked in its own words.
            alt = self._checked(other, self._answer(other, plan), pointing=pointing)
            answer = alt if alt.found else answer
        if asks_start(said) == "both" and not (answer.found and any(FROM_TO.search(i.detail or "") for i in answer.items)):
            # 「…是从多少降到多少」 answered by no 由…到 clause: both ends printed so in prose, in the words asked (a
            # table row stating only a target, or the indicator a reading names, is no answer).
            if (ends := answer_from_to(self.kb, said, plan=plan)) is not None and (ends := self._checked(asked, ends)).found:
                answer = ends
        if answer.kind != "clarify" and (share := answer_share(self.kb, said, answer, plan)) is not None:
            answer = share  # 「农村要占多少张」 of 「…45万张，其中农村25万张」: the 其中 share, never the whole's (qa.values.share)
        answer.question = asked
        answer = own_place(self.kb, asked, answer)  # 「冷水滩区…」 over the 零陵区 plan: never 零陵区's figure
        answer = per_unit_figure(asked, answer)  # 「每个床位的面积」: never the count of beds nor the whole's area
        answer = refuse_unprinted(self.kb, asked, answer, plan)  # 「真北路…」 the plan never prints: no other road's works
        answer = refuse_joint_member(self.kb, asked, answer, plan)  # 「金溪…」 of 「金溪和银溪…共N」: the joint's N, said so
        answer = noted_run_total(asked, answer)  # 「A、B、C、D…加起来」 of one figure printed for the four: said so, nothing added
        return with_item_citations(answer) if answer.found else answer

    def _checked(self, question: str, answer: Answer, *, pointing: bool = False) -> Answer:
        """``answer`` after the last checks on its figures, read against ``question``: a value of another year, a
        percentage for an amount, another scope's (qa.checks.verify); another thing's, year's or attribute's (qa.checks.ownership)."""
        # a 分别 run's value: the asked member's own (qa.values.siblings.own_run_member)
        checked = own_run_member(question, owned_figures(self.kb, question, checked_figures(question, answer), pointing=pointing))
        # a figure its paragraph prints twice (「…其他公共建筑…30%，新建居住建筑…30%」): the asked one's clause quoted
        return own_clause(question, now_not_target(self.kb, question, checked))

    def _era(self, plan: str | None) -> int | None:
        """The year a question's short years are read near: the plan's horizon (None over several plans)."""
        return plan_horizon(self.kb, plan) if plan or len(self.plan_ids) == 1 else None

    def _this_year(self, plan: str | None) -> int | None:
        """The year a question's 「今年」 is read as: the plan's own 今年 (None over several plans)."""
        return own_year(self.kb, plan) if plan or len(self.plan_ids) == 1 else None

    def _prints_text(self, phrase: str) -> bool:
        """Whether a served plan's text prints ``phrase`` (NFKC, no whitespace)."""
        return any(phrase in t for t in self.kb.norm_text.values())

    def _names_owner(self, phrase: str) -> bool:
        """Whether ``phrase`` is all the name of a thing that owns figures (a park, a project, a place)."""
        return (owner := self._owner(phrase)) is not None and normalise_text(owner) == normalise_text(phrase)

    def _answer(self, asked: str, plan: str | None) -> Answer:
        # 「正文说…多少」: the source leads the answer (with_restatements), no measure word; a clause after it naming only
        # another source (「指标表里又是怎么定的」) asks the same measure there, which with_restatements adds
        q = without_prose_source(without_source_clauses(asked))
        intent = classify_intent(q)
        # Names are looked up in the question as the plan prints them (制造业占GDP → 制造业增加值占GDP, qa.question.frame).
        links = link_entities(self.kb.index, spoken_measures(q), limit=8)
        if plan:
            # Shared nodes (administrative places) belong to every plan that names them.
            links = [l for l in links if plan_of(l.node) in (None, plan)]
        pronoun = _PRONOUN.search(q)
        if pronoun and not links:
            # 「它的总投资是多少？」 with nothing named: ask which one is meant, never guess a referent.
            which = "哪一个或哪几个？请写出名称" if pronoun.group(0).startswith(("它们", "这些", "那些")) else "哪一个？请写出它的名称"
            return Answer(q, f"问题中的“{pronoun.group(0)}”指{which}（如园区、项目或指标名）再问。", False, kind="clarify")
        # Searched when an answerer first reads the hits: graph answers never encode the question.
        lazy_hits = LazyHits(lambda: self.retriever.search(q, k=10, mode="hybrid", expand=_expansion(self.kb, links[:3], plan=plan), plan=plan))

        def hits():
            return lazy_hits

        answer = self._dispatch(q, intent, links, hits, plan)
        if answer is None:
            answer = not_found(self.kb, q, hits(), what=_subject(q, intent, links))
            note("answerer", "none", q, False, f"kind {intent.kind}; links {', '.join(l.mention for l in links[:4])}")
        answer = without_agent(q, answer)  # 「X谁负责」 answered by a passage naming nobody: not answered
        # 「森林覆盖率要达到多少」: the table's 56 and the prose's 60% are both the plan's word, each with its source.
        return with_restatements(self.kb, asked, answer, plan=plan, owners=[l.type for l in links])

    def _dispatch(self, q: str, intent: Intent, links: list[Link], hits: Callable[[], list], plan: str | None) -> Answer | None:
        kb, kind = self.kb, intent.kind
        tries: list[Callable[[], Answer | None]] = []
        if asks_categories_of_attribute(q):  # 「约束性指标属于哪几大类」: the table's categories, whatever the kind read
            tries.append(lambda: answer_indicator_list(kb, q, intent, links, plan=plan))
        if GLOSSARY_COUNT_ASKED.search(q):  # 「名词解释一共解释了多少个词」: the glossary's terms, whatever the kind read
            tries.append(lambda: answer_glossary_count(kb, q, plan=plan))
        if ANNEX_ASKED.search(q) or named_annex(kb, q, plan):
            # 「附件2…一共列了多少项」「民生实事分了哪几类」: the annex's rows or categories, whatever kind the wording reads as
            tries.append(lambda: answer_annex_count(kb, q, plan=plan))
        if kind == "structure_count":
            # 「“四、主要任务”下面有几节」: the named heading's own parts, never the whole plan's count (qa.outline.headcount).
            tries.append(lambda: in_each_plan(partial(answer_heading_count, strict=True), kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_structure_count(kb, q, intent, links, plan=plan))
        elif kind == "structure_children":
            tries.append(lambda: in_each_plan(answer_structure_children, kb, q, intent, links, plan=plan))
            tries.append(lambda: in_each_plan(partial(answer_heading_count, strict=True), kb, q, intent, links, plan=plan))
        elif kind == "structure_title":
            tries.append(lambda: in_each_plan(answer_structure_title, kb, q, intent, links, plan=plan))
        elif kind == "structure_topic":
            tries.append(lambda: answer_structure_topic(kb, q, intent, links, plan=plan, hits=hits()))
        elif kind == "multihop":
            tries.append(lambda: in_each_plan(answer_container, kb, q, intent, links, plan=plan))
            tries.append(lambda: in_each_plan(answer_heading_where, kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_multihop(kb, q, intent, links, plan=plan, hits=hits()))
        elif kind == "parent":
            tries.append(lambda: in_each_plan(answer_container, kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_parent(kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_multihop(kb, q, intent, links, plan=plan, hits=hits()))
        elif kind == "xref":
            tries.append(lambda: answer_xref(kb, q, intent, links, plan=plan))
        elif kind == "glossary":
            tries.append(lambda: answer_glossary(kb, q, intent, links))
            tries.append(lambda: answer_quoted_definition(kb, q, intent, links, plan=plan))
            # 「什么是数字经济」 with no glossary entry: the plan's own defining sentence.
            tries.append(lambda: answer_defining(kb, q, plan=plan))
            tries.append(lambda: answer_extractive(kb, q, hits(), kind="glossary"))
        elif kind == "list":
            if intent.number:
                # 「第21章里有哪些重点项目」: the box items under that heading, never its sections read as projects
                tries.append(lambda: in_each_plan(answer_heading_things, kb, q, intent, links, plan=plan))
            tries.append(lambda: in_each_plan(answer_level_list, kb, q, intent, links, plan=plan))
            # 「消防工作目标责任考核机制有哪些环节」: the members quoted in the clause printing the whole (qa.enumerations.quotedrun)
            tries.append(lambda: answer_quoted_run(kb, q, plan=plan))
            tries.append(lambda: answer_tasks(kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_related(kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_box_list(kb, q, intent, links, plan=plan))
            # 「保障措施有哪些」「面临的形势有哪几点」: the heading titled so lists it (before sentences sharing its words).
            tries.append(lambda: answer_titled_topic(kb, q, intent, links, plan=plan))
            # 「1985年要生产哪些耐用消费品」: the items printed after the lead-in the question restates.
            tries.append(lambda: answer_lead_in_list(kb, q, intent, links, plan=plan))
            if MEASURES_ASKED.search(q):
                # 「用哪些措施来完成农业生产计划」: the heading or title line naming the topic holds the measures,
                # else the on-topic passages, as for 如何 (措施 is no kind of thing the plan names).
                tries.append(lambda: answer_topic_section(kb, q, intent, links, plan=plan))
                # Passages under a heading or 专栏 titled with the topic count even where retrieval ranked them low.
                tries.append(lambda: answer_extractive(kb, q, hits(), kind="semantic", extra=heading_hits(
                    kb, self.retriever.passages, q, hits(), plan=plan)))
            # 「要开工建设哪几个客运站场」: the members a sentence enumerates where the question asks 哪几个
            # (before a named work's own box item, which would paste the sentence whole).
            tries.append(lambda: answer_enumerated(kb, q, intent, links, plan=plan))
            # 「养老机构要安装哪些消防设施」: the run in the one sentence saying the question, no kind word after its
            # members (qa.enumerations.clauserun) — after every reader of named kinds, before a kind never printed is
            # said unlisted.
            tries.append(lambda: answer_clause_run(kb, q, plan=plan))
            if intent.number:
                tries.append(lambda: answer_heading_list(kb, q, intent, links, plan=plan))
            if _INDICATOR_WORDS.search(q):
                tries.append(lambda: answer_indicator_list(kb, q, intent, links, plan=plan))
            ordered = _by_type(links, ("Park", "Industry", "Strategy", "Project", "Organization", "Place"))
            if ordered and ordered[0].type == "Place":
                tries.append(lambda: answer_location(kb, q, intent, ordered, plan=plan))
            tries.append(lambda: answer_members(kb, q, intent, ordered, plan=plan))
            tries.append(lambda: answer_location(kb, q, intent, ordered, plan=plan))
            tries.append(lambda: answer_heading_list(kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_named_kind(kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_extractive(kb, q, hits(), kind="list"))
        elif kind == "aggregate":
            if _INDICATOR_WORDS.search(q):
                # 「约束性指标有几个」「一共多少个指标」: the indicator table's rows, counted by listing them.
                tries.append(lambda: answer_indicator_list(kb, q, intent, links, plan=plan))
            # 「主要任务一共分了几个方面」「发展原则有几条」: a heading the question names, its parts counted.
            tries.append(lambda: in_each_plan(answer_heading_count, kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_listed_count(kb, q, intent, links, plan=plan))  # 「指导方针一共几条」: a lead-in's list
            tries.append(lambda: answer_run_count(kb, q, plan=plan))  # 「…、潮州4市对口帮扶协作」: a count after its run of places
            tries.append(lambda: answer_aggregate(kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_fact(kb, q, intent, links))
            tries.append(lambda: answer_measures(kb, q, intent, links, plan=plan))
            # 「有哪几个百亿园区？」: the things of the asked kind, counted by listing them.
            tries.append(lambda: answer_named_kind(kb, q, intent, links, plan=plan))
        elif kind == "fact":
            tries.append(lambda: answer_grade(kb, q, plan=plan))  # 「水质要达到几类」: a grade, no amount (qa.values.grades)
            # 「按几分钟生活圈的标准来建」: a number inside a name the plan prints with it (qa.values.numberedname)
            tries.append(lambda: answer_numbered_name(kb, q, plan=plan))
            tries.append(lambda: answer_bound(kb, q, plan=plan))  # 「每个项目至少投多少」: the bound before a name (qa.values.prenominal)
            tries.append(lambda: answer_member_share(kb, q, plan=plan))  # 「99%的A、98%的B」: a member's own share (qa.values.prenominal)
            tries.append(lambda: in_each_plan(answer_heading_count, kb, q, intent, links, plan=plan))
            # 「马陆社区面积多大」 where the plan prints 「马陆社区（4.42平方公里）」: its own bracket, not the member's before it.
            tries.append(lambda: answer_bracketed(kb, q, plan=plan))
            if not _FIGURE_ASKED.search(q.replace("哪几", "")):
                tries.append(lambda: answer_quoted_run(kb, q, plan=plan))  # 「文物工作方针是哪几句话」: its quoted members
            tries.append(lambda: answer_indicator(kb, q, intent, links))
            # 「1985年自行车产量要达到多少」: a figure printed on a list line under its lead-in, its name, year,
            # unit and every other asked word verified there (before prose, which reads such lines without their lead-in).
            tries.append(lambda: answer_lead_in_figure(kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_indicator_list(kb, q, intent, links, plan=plan) if _INDICATOR_WORDS.search(q) else None)
            tries.append(lambda: answer_fact(kb, q, intent, links))
            tries.append(lambda: answer_measures(kb, q, intent, links, plan=plan))
            if not _FIGURE_ASKED.search(q):
                # 「增加煤炭生产的主要措施是什么」: the lines a lead-in holding every word asked announces.
                tries.append(lambda: answer_lead_in_list(kb, q, intent, links, plan=plan, threshold=1.0, own=True))
                # 「主要目标是什么」 asks for what a heading lists, not a figure.
                tries.append(lambda: answer_heading_list(kb, q, intent, links, plan=plan, announced=False))
        else:
            # 「重点任务这一块分几块」: a count the wording did not mark as one.
            tries.append(lambda: in_each_plan(answer_heading_count, kb, q, intent, links, plan=plan))
            tries.append(lambda: answer_tasks(kb, q, intent, links, plan=plan))
            if related_ask(q):
                # 「跟锰有关的事，规划里都安排了些什么」: the plan's things named with X, as for a list of X's related things.
                tries.append(lambda: answer_related(kb, q, intent, links, plan=plan))
            if HOW.search(q):
                # 「如何…」 asks what the plan will do: its on-topic passages first, then the heading it restates
                # (never a list some sentence announces). A lead-in holding every word asked
                # (「投资怎么分配」: 「各个部门的投资分配如下：」) answers with the lines it announces.
                tries.append(lambda: answer_lead_in_list(kb, q, intent, links, plan=plan, threshold=1.0, own=True))
                # A heading that is the question's topic (第一节 深化户籍制度改革) is stronger evidence than passages
                # sharing its verbs (深化行政审批制度改革).
                tries.append(lambda: answer_topic_section(kb, q, intent, links, plan=plan))
                # Passages under a heading or 专栏 titled with the topic count even where retrieval ranked them low.
                tries.append(lambda: answer_extractive(kb, q, hits(), kind="semantic", extra=heading_hits(
                    kb, self.retriever.passages, q, hits(), plan=plan)))
                tries.append(lambda: answer_heading_list(kb, q, intent, links, plan=plan, announced=False))
            else:
                tries.append(lambda: answer_lead_in_list(kb, q, intent, links, plan=plan, threshold=1.0, own=True))
                tries.append(lambda: answer_heading_list(kb, q, intent, links, plan=plan))
                tries.append(lambda: answer_extractive(kb, q, hits(), kind="semantic"))
        if asks_plan_period(q):
            # 「这个规划的期限是哪几年」 (any kind the wording reads as): the period the plan's text sets
            tries.insert(0, lambda: answer_plan_period(kb, q, plan=plan))
        if links and links[0].type == "Indicator" and kind not in _NOT_INDICATOR:
            # 「粮食综合生产能力属于约束性指标吗？」: a named indicator answers with its row.
            tries.insert(0, lambda: answer_indicator(kb, q, intent, links))
        if kind == "list" and links and links[0].type == "Term" and re.search(r"包括|包含", q) and \
                re.search(r"包括|包含", str(kb.attrs(links[0].node).get("definition") or "")):
            # 「“基本建设投资”包括哪些费用」: what a defined term includes, its definition lists
            tries.insert(0, lambda: answer_glossary(kb, q, intent, links))
        if links and links[0].type == "Term" and kind != "glossary" and \
                _MEANS_AFTER.match(q[q.find(links[0].mention) + len(links[0].mention):]):
            # 「“夜间经济”是指几点到几点」: the term's definition says it, whatever detail the wording asks
            tries.insert(0, lambda: answer_glossary(kb, q, intent, links))
        elif (term := _defined_term(kb, q, links)) is not None:
            # 「“135”工程的1、3、5各代表什么」: the parts of a defined term are what its definition says
            tries.insert(0, lambda: answer_glossary(kb, q, intent, [term]))
        if kind in ("list", "glossary", "fact", "semantic") or kind == "aggregate" and _MEMBERS_TOO.search(q):
            # 「“一核三带三园”指的是什么」「“一带多圈”里的几个圈分别是什么」: the members the plan lists right after a
            # numbered formula (a count asked with its members is answered by them).
            tries.insert(0, lambda: answer_group(kb, q, intent, links, plan=plan))
            # 「三个百亿园区是哪三个」: as many members as the group counts, from a 、-run or the heading naming it.
            tries.insert(1, lambda: answer_counted_group(kb, q, plan=plan))
        if kind in ("list", "glossary", "fact", "semantic"):
            # 「“空间米料”指的是什么」: a short form the plan declares (（简称“…”）) is the name it shortens.
            tries.insert(0, lambda: answer_short_form(kb, q, plan=plan))
        if kind in ("list", "fact", "semantic"):
            # 「数字经济是什么」「…的主题是什么」: the plan's defining sentence or 「以A为主题」, before any list.
            tries.insert(0, lambda: answer_defining(kb, q, plan=plan))
            # 「村庄分成哪几类，各自重点是什么」: the classes the plan sorts the thing into (qa.enumerations.sorts).
            tries.insert(0, lambda: answer_sorts(kb, q, plan=plan))
        # 「2020年数值为5.6的是哪个指标？」: a value looked up in the indicator table, whatever the kind.
        tries.insert(0, lambda: answer_indicator_by_value(kb, q, intent, links, plan=plan))
        # 「哪个项目规划用地370亩？」: a work's own figure looked up by its value, right after the table's.
        tries.insert(1, lambda: answer_work_by_value(kb, q, plan=plan))
        # 「草原面积2960.82万公顷的是哪个区？」: the heading of the kind asked that value is printed under.
        tries.insert(2, lambda: answer_heading_by_value(kb, q, plan=plan))
        if WHEN.search(q):
            # 「X哪一年通车？」: the clause that dates X, before any figure answerer reads the year as a constraint.
            tries.insert(0, lambda: answer_when(kb, q, links, plan=plan))
        if SITE_ASKED.search(q):
            # 「优速物流在哪？」「X从哪到哪？」: the site or ends printed in the work's own item, not a passage naming it.
            tries.insert(0, lambda: answer_site(kb, q, links, plan=plan))
        if FREQUENCY_ASKED.search(normalise_text(q)):
            # 「第三类场所多久全覆盖一次」: a 每月/每半年 has no unit the figure answerers read; its own clause answers.
            tries.insert(0, lambda: answer_frequency(kb, q, plan=plan))
        if RECURRENCE_ASKED.search(q):
            # 「按多少年一遇设防」: an N年一遇 standard has no unit the figure answerers read; its own clause answers.
            tries.insert(0, lambda: answer_recurrence(kb, q, plan=plan))
        # 「2025年…计划完成多少」: a year's cell of a flattened 任务清单 (qa.values.tasklist), before any prose figure.
        tries.insert(0, lambda: answer_year_cell(kb, q, plan=plan))
        if SUBMITTED_ASKED.search(q):
            # 「评估报告要提交给谁审议」: the body the sentence naming the report sends it to (提请X审议).
            tries.insert(0, lambda: answer_submitted(kb, q, plan=plan))
        if PASSED_AT_ASKED.search(normalise_text(q)):
            # 「是区政府第几次常务会议通过的」: the meeting the cover letter says passed the plan (qa.passages.passedat).
            tries.insert(0, lambda: answer_passed_at(kb, q, plan=plan))
        if ACTOR_ASKED.search(q):
            # 「…的是哪家机构」: the body the sentence restating the rest gives the task to (qa.passages.actor).
            tries.insert(0, lambda: answer_actor(kb, q, plan=plan))
        if RESPONSIBLE_ASKED.search(q):
            # 「X由哪些单位负责」「X的牵头单位是谁」: the 责任单位 bracket printed after the named task.
            tries.insert(0, lambda: answer_responsible(kb, q, plan=plan))
        if POST_ASKED.search(normalise_text(q)):
            # 「街道消防安全委员会由谁当主任」: the holder the clause setting it up names (由X担任主任), before any unit bracket.
            tries.insert(0, lambda: answer_post_holder(kb, q, plan=plan))
        if LED_BY_ASKED.search(normalise_text(q)):
            # 「区交通委牵头的任务有哪些」: the rows whose 牵头单位 holds the unit (qa.passages.ledby).
            tries.insert(0, lambda: answer_led_by(kb, q, plan=plan))
        # 「专栏2放在主要任务的哪一块里」「保障措施讲了哪些内容」「要迈向什么时期」: heading answers read by wording (qa.outline.headingasks).
        tries[:0] = heading_tries(kb, q, intent, links, plan=plan)
        # 「那张表一共列了多少项指标」「年均增速那一栏填了数的是哪几项」「20年那一列是预计数吗」: a table as a table.
        tries.insert(0, lambda: answer_table(kb, q, plan=plan))
        if TABLE_COUNT_ASKED.search(normalise_text(q)):
            # 「附件重点任务清单一共列了多少项工作任务」: the numbered rows of the task list (qa.values.tasktable).
            tries.insert(0, lambda: answer_task_table_count(kb, q, plan=plan))
        # 「X项目投资多少」「七宝镇的基价是多少」: a cell of an annex table printed one cell per paragraph, by its row and
        # column (qa.values.annextable); 「一共几个项目」「房建类投资合计」「哪些项目设计单位暂未确定」: its rows (annexrows).
        tries.insert(0, lambda: answer_annex_cell(kb, q, plan=plan))
        tries.insert(0, lambda: answer_annex_rows(kb, q, plan=plan))
        # 「空调拆装费是多少」: the one line printing that label and its figure (「空调拆装费：450元/套；」, qa.values.labelled).
        tries.insert(0, lambda: answer_labelled_line(kb, q, plan=plan))
        if EFFECTIVE_ASKED.search(normalise_text(q)):
            # 「这个意见从什么时候开始施行，有效期到哪天」: the sentence 「自X起施行，有效期至Y」 (qa.passages.effective).
            tries.insert(0, lambda: answer_effective(kb, q, plan=plan))
        if intent.box and kind in ("list", "aggregate", "fact", "semantic"):
            # What a box does not print (its items kept only as a picture, a count it never gives): abstain, saying so.
            if kind in ("aggregate", "fact"):
                tries.insert(0, lambda: answer_box_count(kb, q, intent, plan=plan))
            tries.insert(0, lambda: answer_image_box(kb, q, intent, plan=plan))
        # 「这个规划是哪天印发的」「发文字号是多少」: the cover letter's 成文日期/文号/发文机关, whatever the kind.
        tries.insert(0, lambda: answer_issuance(kb, q, plan=plan))
        # 「这个方案是按照哪个文件的要求制定的」: the documents the plan says it is made under, whatever the kind.
        tries.insert(0, lambda: answer_made_under(kb, q, plan=plan))
        if RESPONSIBLE_ASKED.search(q):
            # 「X由哪个部门负责制定」 where a 职责分工 list prints 「单位：…;负责制定X。」: the unit before the colon, before
            # the plan's own issuer (制定 of X, not of the plan) — None when no unit's duty prints X (qa.passages.dutyowner).
            tries.insert(0, lambda: answer_duty_owner(kb, q, plan=plan))
        if ROLE_ASKED.search(normalise_text(q)):
            # 「X专班的组长、副组长由谁担任」: the holders its founding sentence prints (qa.passages.teamroles).
            tries.insert(0, lambda: answer_team_roles(kb, q, plan=plan))
        # 「十一五和十二五的…分别是多少」「本区规划承接了国家纲要的哪些指标」: across plans, before one plan's answerers.
        if not plan and len(self.plan_ids) > 1 and names_several_plans(q, self.plan_identities):
            tries.insert(0, lambda: answer_compare(kb, self.comparison, q))
        if LETTERED_ASKED.search(q):
            # 「五个“百”字品牌分别是什么」: the run of quoted names each opening with that character.
            tries.insert(0, lambda: answer_lettered(kb, q, plan=plan))
        if COMPOSED_ASKED.search(q):
            # 「“新城绿链”绿道环线是由哪几条河围合形成的」: the run printed before the verb making that whole.
            tries.insert(0, lambda: answer_composed(kb, q, plan=plan))
        # 「几个“更加注重”分别是什么」: the list lines the quoted phrase leads, before a sentence's run or a passage.
        tries.insert(0, lambda: answer_quoted_leads(kb, q, plan=plan))
        # 「推行哪几种“微自治”形式」: the run the quoted term sums up (or heads each name of), before a passage using it.
        tries.insert(1, lambda: answer_quoted_members(kb, q, plan=plan))
        # 「“满天星”工程是哪三块」: the labels of the paragraphs under the heading quoting it (qa.enumerations.headedlabels).
        tries.insert(1, lambda: answer_heading_labels(kb, q, plan=plan))
        # 「专栏8是什么工程」 over a plan with 专栏1–7: no answerer may stand another box in for it (qa.outline.numbering).
        tries.insert(0, lambda: answer_missing_box(kb, q, intent.box, plan=plan, answer_kind=kind))
        for attempt in tries:
            answer = attempt()
            if answer is not None:
                note("answerer", attempt_name(attempt), q, answer.found, answer.answer)
                return answer
        return None

    def refusal(self, question: str, message: str) -> Answer:
        """The answer for a question that cannot be asked (empty, too long)."""
        return Answer(question, message, False, kind="refused")

    # -- other views the CLI and UI use -----------------------------------------
    def search(self, question: str, *, k: int = 10, mode: str = "hybrid", plan: str | None = None) -> list:
        q = _check_question(question)
        links = link_entities(self.kb.index, q, limit=3)
        expand = _expansion(self.kb, links)
        return self.retriever.search(q, k=k, mode=mode, expand=expand if mode == "hybrid" else (), plan=plan)

    def find_entities(self, name: str, *, limit: int = 10) -> list[Link]:
        """Entities whose names match ``name`` (whole, variant or partial)."""
        name = normalise_question(name)
        if not name:
            return []
        links = link_entities(self.kb.index, name, limit=limit)
        exact = [l for l in links if l.mention == name or l.label == name]
        return exact + [l for l in links if l not in exact]

    def suggest(self, prefix: str, *, limit: int = 20) -> list[str]:
        """Entity labels starting with (then containing) ``prefix``, most-cited first, for search boxes."""
        p = normalise_question(prefix)
        ranked = sorted(
            self.kb.entities.items(),
            key=lambda kv: (-len(kv[1].get("sources") or []), str(kv[1].get("label"))),
        )
        labels = list(dict.fromkeys(str(a.get("label")) for _, a in ranked if a.get("label")))
        starts = [l for l in labels if l.startswith(p)]
        inside = [l for l in labels if p in l and not l.startswith(p)]
        return (starts + inside)[:limit]

    def neighbourhood(self, name: str, *, hops: int = 1) -> tuple[str, nx.MultiDiGraph]:
        """(centre node, its neighbourhood) for an entity name; raises EntityNotFound."""
        if name in self.G:
            centre = name
        else:
            found = self.find_entities(name, limit=1)
            if not found:
                raise EntityNotFound(f"No entity matches {name!r}; check the spelling or pick a suggestion")
            centre = found[0].node
        return centre, neighbourhood(self.G, [centre], hops=hops)

    def xref(self, phrase: str, *, plan: str | None = None) -> Answer:
        """Every chapter/section/paragraph that mentions ``phrase`` (an entity name or any words)."""
        q = _check_question(phrase, words=False)
        links = [l for l in self.find_entities(q, limit=1) if l.mention == normalise_question(q)]
        intent = Intent("xref", normalise_question(q))
        answer = answer_xref(self.kb, q, intent, links, plan=plan)
        return answer or not_found(self.kb, q, [], what=q, kind="xref")

    def sparql(self, query: str, *, timeout: float = 10.0):
        with self._lock:
            # rdflib's query engine is not documented as thread-safe; one query at a time.
            from kg.store.sparql import run_sparql

            if len(self.plan_ids) > 1:
                self.comparison  # noqa: B018 — adds the cross-plan pk:hasMeasure links to the graph
            return run_sparql(self.graph, query, timeout=timeout)


#: An answer naming a heading (第17章, 专栏39.1, （一）, 三、): it says where the plan writes what was asked.
_NAMES_HEADING = re.compile(r"第[\d一二三四五六七八九十百]+[篇章节]|专栏|[（(][一二三四五六七八九十]+[）)]|(?:^|[^\d])[一二三四五六七八九十]+、")


def _placed(answer: Answer) -> Answer:
    """A where part's answer that quotes the plan but names no heading, said with the heading path of the paragraph
    it cites (「在哪项任务里提的」 answered 「写在一、主要任务 / （一）全面实施“光伏+”专项工程」)."""
    if not answer.found or not answer.citations or _NAMES_HEADING.search(answer.answer) or not (place := answer.citations[0].path):
        return answer
    return replace(answer, answer=f"写在{place}。{answer.answer}")


def _titled_by_topic(topic: str, answer: Answer) -> bool:
    """Whether every cited passage of ``answer`` sits under a 篇/章/节/专栏 whose title holds ``topic``, or opens with
    a run-in title that does (「精品农业先行区。零陵是传统的农业大区，享有…」 for 「精品农业先行区那段，…」)."""
    cited = [i.citation for i in answer.items if i.citation] or answer.citations
    return bool(cited) and all(any(topic in (h or "") for h in (c.part, c.chapter, c.section, c.box, _run_in_title(c.text)))
                               for c in cited)


def _run_in_title(text: str) -> str:
    """The title a paragraph opens with, printed as a sentence of its own (「精品农业先行区。」), or ''."""
    head = re.match(r"[^。；;，,：:！？]{2,20}[。：:]", text or "")
    return head.group(0) if head else ""


def _check_question(question: str, *, words: bool = True) -> str:
    """``question`` stripped; refused when empty, too long, or (with ``words``) holding no letter or digit.

    Punctuation or emoji alone matched nothing and got three unrelated passages as hints; a phrase looked up
    verbatim (``words=False``, the cross-reference: ‰, ％) may be a sign.
    """
    q = (question or "").strip()
    if not q:
        raise NoAnswer("The question is empty; type a question about the plan, e.g. 「哪些项目支持新材料百亿园区？」")
    if len(q) > MAX_QUESTION:
        raise NoAnswer(f"The question is {len(q)} characters long; the limit is {MAX_QUESTION}. Ask about one thing at a time.")
    if words and not any(unicodedata.category(c)[0] in "LN" for c in q):
        raise NoAnswer("The question has no words, only punctuation or symbols; type a question about the plan, "
                       "e.g. 「哪些项目支持新材料百亿园区？」")
    return q


def _expansion(kb: KB, links: list[Link], *, plan: str | None = None, limit: int = 30) -> list[str]:
    """Plan-qualified ids of the paragraphs (of ``plan`` when given) that mention the linked entities (graph expansion)."""
    out = []
    for l in links:
        for para in kb.mentions(l.node, plan=plan):
            out.append(f"{plan_of(para)}:{kb.attrs(para).get('pid')}")
    return list(dict.fromkeys(out))[:limit]


def _by_type(links: list[Link], order: tuple[str, ...]) -> list[Link]:
    rank = {t: i for i, t in enumerate(order)}
    return sorted((l for l in links if l.type in rank), key=lambda l: (-len(l.mention), rank[l.type], -l.score))


def _subject(question: str, intent: Intent, links: list[Link]) -> str | None:
    """What the question asked about, in the user's words: named things, key words, the attribute."""
    asked = normalise_question(question)
    if intent.kind in ("fact", "aggregate"):
        # A figure question names its measures (「臭氧浓度」), not its question words.
        measures = parse_frame(question, intent).measures
        if measures:
            # A measure the question's wording left garbled (「按级公路标准修」) is not quoted back: say 能回答这个问题的.
            said = [m for m in measures if as_asked(m, question) == m]
            typed = [as_typed(m, question) for m in said]
            return "、".join(typed) if len(said) == len(measures) and all(typed) else None
    parts = [l.mention for l in links[:2]] + key_terms(question, intent, links) + list(intent.cue_words)
    # The subject, not the question: 「如何发展航空母舰」 is about 发展航空母舰.
    # Quoted back as the user typed it (spaces kept), and never the whole question echoed.
    return as_typed(_as_asked(_ASKING.sub("", "".join(dict.fromkeys(parts))), asked), question)


def _as_asked(subject: str, asked: str) -> str:
    """``subject`` when it reads as the question's own words (at most two pieces of it, none a single character),
    else its longest piece: words picked from across a question (「提了哪必须遵循原则」) read as garble.

    >>> _as_asked("零陵区三甲医院", "零陵区有多少家三甲医院？"), _as_asked("产业投资占固投比重和", "产业投资占固投的比重，2020年和2025年各是多少？")
    ('零陵区三甲医院', '产业投资占固投')
    """
    pieces, rest, at = [], subject, 0
    while rest:
        k = next((k for k in range(len(rest), 0, -1) if asked.find(rest[:k], at) >= 0), 0)
        if k == 0:
            return subject  # not the question's words at all (a plan's name for it): shown as it is
        at = asked.find(rest[:k], at) + k
        pieces.append(rest[:k])
        rest = rest[k:]
    if len(pieces) <= 2 and all(len(p) >= 2 for p in pieces):
        return subject
    longest = max(pieces, key=len)
    return longest if len(longest) >= 2 else ""


def _encoder_of(builds: Sequence[PlanBuild], encoder: str | None) -> str:
    """The encoder name to serve ``builds`` with: ``encoder``, else the one they were all built with."""
    names = {b.manifest["encoder"] for b in builds}
    enc_name = encoder or (names.pop() if len(names) == 1 else None)
    if enc_name is None:
        raise IndexNotBuilt(f"Plans were built with different encoders {sorted(names)}; rebuild them with one `--encoder`")
    for b in builds:
        if b.manifest["encoder"] != enc_name and get_encoder(enc_name).name != b.manifest["encoder"]:
            raise IndexNotBuilt(
                f"Plan {b.plan_id!r} was built with encoder {b.manifest['encoder']!r}, not {enc_name!r}; "
                f"run `plankg build --encoder {enc_name}`"
            )
    return enc_name


def _index_meta(build: PlanBuild) -> dict:
    try:
        return json.loads((build.index_dir / "meta.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexNotBuilt(f"No vector index in {str(build.index_dir)!r}; run `plankg build`.") from exc


def _plan_bm25(build: PlanBuild, passages: Sequence[Passage]) -> BM25Index:
    """The plan's persisted BM25 postings, or (stale or missing) rebuilt from its passages and graph."""
    try:
        return load_bm25(build.bm25_path, expect={"source_sha256": build.manifest["source_sha256"],
                                                  "passages": len(passages)})
    except IndexNotBuilt:
        return build_bm25(passages, vocabulary=entity_vocabulary(load_rdf(build)))
