"""What a SPARQL query's text tells without parsing it, and the result every query runner returns.

Both query runners share this module: :mod:`kg.store.sparql` (rdflib, the
app's SPARQL tab) and :mod:`kg.store.oxsparql` (Oxigraph, the ``plankg
sparql`` command). It imports neither rdflib nor pyoxigraph, so a one-shot
command pays for only the engine it uses.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

T = TypeVar("T")

__all__ = [
    "PREFIX_IRIS", "EMPTY", "READ_ONLY", "REFUSED", "MALFORMED", "TOO_SLOW", "FAILED", "UNKNOWN_PREFIX",
    "SparqlResult", "looks_like_update", "network_clause", "query_form", "in_worker",
]

#: Prefixes every query may use without declaring them: name → namespace IRI.
PREFIX_IRIS = {
    "pk": "https://plankg.org/ontology#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

#: The refusals both runners give, word for word.
EMPTY = "The query is empty; write a SELECT, ASK, CONSTRUCT or DESCRIBE query"
READ_ONLY = (
    "The SPARQL endpoint is read-only: INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, ADD, MOVE and COPY "
    "are refused; write a SELECT, ASK, CONSTRUCT or DESCRIBE query"
)
REFUSED = {
    "FROM": "FROM / FROM NAMED are refused: the endpoint queries the plan graph only; drop the clause",
    "SERVICE": "SERVICE is refused: the endpoint works offline on the plan graph only; drop the SERVICE block",
}
#: Message templates: ``MALFORMED.format(line=…, col=…, msg=…, near=…)``, ``TOO_SLOW.format(timeout=…)``, ``FAILED.format(error=…)``.
MALFORMED = "Malformed SPARQL query at line {line}, column {col}: {msg} (near {near!r})"
TOO_SLOW = "The query ran past its time limit of {timeout:g} s; narrow it down (add triple patterns or a LIMIT)"
FAILED = "The query failed while running: {error}"
#: ``UNKNOWN_PREFIX.format(prefix=…)``: a prefix neither declared nor pre-bound.
UNKNOWN_PREFIX = "The query cannot be evaluated: unknown prefix {prefix}:; known prefixes: " + ", ".join(PREFIX_IRIS)

_UPDATE_START = re.compile(r"(?:^|;)\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>|#[^\n]*)\s*)*", re.IGNORECASE)
# What can hide a keyword: long and short strings, IRIs (no spaces inside, by the grammar) and comments.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''" r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*',
    re.DOTALL,
)
# A keyword, not a variable (?from), a prefixed name's local part (ex:service) or a prefix (service:x).
_FORM = re.compile(r"(?<![\w?$:-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", re.IGNORECASE)
_NETWORK = re.compile(r"(?<![\w?$:-])(FROM|SERVICE)(?![\w:-])", re.IGNORECASE)


def looks_like_update(query: str) -> bool:
    """Whether ``query`` starts an update operation (after its prologue) or chains one after ``;``.

    Examples
    --------
    >>> looks_like_update("PREFIX ex: <urn:x#> DELETE WHERE { ?s ?p ?o }"), looks_like_update("SELECT * {}")
    (True, False)
    """
    return bool(_UPDATE_START.search(_PROLOGUE.sub("", query, count=1)))


def network_clause(query: str) -> str | None:
    """``FROM`` or ``SERVICE`` when the query uses one (outside strings, IRIs and comments), else None.

    Both make a query engine read other graphs: rdflib fetches FROM's URLs,
    and both rdflib and Oxigraph call a SERVICE's endpoint over HTTP.

    Examples
    --------
    >>> network_clause("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }")
    'FROM'
    >>> network_clause('SELECT ?from WHERE { ?from pk:service "FROM SERVICE" } # SERVICE')
    """
    found = _NETWORK.search(_OPAQUE.sub(" ", query))
    return found.group(1).upper() if found else None


def query_form(query: str) -> str | None:
    """The query's form, ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE`` (its first keyword of these), or None.

    Examples
    --------
    >>> query_form('# CONSTRUCT\\nDESCRIBE ?x WHERE { ?x rdfs:label "SELECT" }')
    'DESCRIBE'
    """
    found = _FORM.search(_OPAQUE.sub(" ", query))
    return found.group(1).upper() if found else None


def in_worker(work: Callable[[], T], timeout: float, *, name: str) -> T:
    """``work()`` run in a daemon thread: its result, or its exception raised here.

    Raises ``TimeoutError`` when the thread is still running after ``timeout``
    seconds. Python cannot kill a thread: the caller gets its answer on time
    and the abandoned worker ends in the background (both runners make their
    workers notice the deadline and stop soon after).
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name=name, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


@dataclass
class SparqlResult:
    """What a query gave back.

    ``kind`` is ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``. SELECT
    fills ``columns`` and ``rows`` (terms as strings, ``""`` when unbound);
    ASK fills ``boolean``; CONSTRUCT/DESCRIBE fill ``turtle`` and report the
    triple count in ``rows_total``. ``truncated`` tells that more than
    ``limit`` rows (or triples) matched and only the first ``limit`` are kept.
    """

    kind: str
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    boolean: bool | None = None
    turtle: str | None = None
    rows_total: int = 0
    truncated: bool = False
    elapsed: float = 0.0

    def to_json(self) -> dict:
        """A JSON-ready dict of the result."""
        return {
            "kind": self.kind,
            "columns": self.columns,
            "rows": self.rows,
            "boolean": self.boolean,
            "turtle": self.turtle,
            "rows_total": self.rows_total,
            "truncated": self.truncated,
        }

    def to_text(self) -> str:
        """A tab-separated table (SELECT), ``true``/``false`` (ASK) or Turtle, for terminals.

        Examples
        --------
        >>> SparqlResult("SELECT", ["a", "b"], [["1", "2"]], rows_total=1).to_text().splitlines()
        ['a\\tb', '1\\t2', '(1 row)']
        """
        if self.kind == "ASK":
            return "true" if self.boolean else "false"
        if self.kind != "SELECT":
            return self.turtle or ""
        lines = ["\t".join(self.columns)] + ["\t".join(r) for r in self.rows]
        more = f", first {len(self.rows)} shown" if self.truncated else ""
        lines.append(f"({self.rows_total} row{'s' if self.rows_total != 1 else ''}{more})")
        return "\n".join(lines)

