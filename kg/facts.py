"""Extracted facts: the contract between ``kg.extract.extractor`` and ``kg.graph.rdf``.

An :class:`Entity` is a named thing the plan talks about (a project, a park, a
place …); a :class:`Relation` links two of them (or an entity and a node of the
document tree); a :class:`Quantity` is a figure with its unit; a
:class:`Target` is a figure with a time frame (a goal, or an actual of the
base year) stated for an owner. Every one
carries the paragraph id(s) it was read from, so nothing is claimed without a
source.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ENTITY_TYPES", "Quantity", "Entity", "Relation", "Target", "Facts"]

#: Entity classes of the ontology that extraction produces (local names of ``PK`` terms).
ENTITY_TYPES = (
    "Project",
    "Park",
    "Industry",
    "Strategy",
    "Goal",
    "Indicator",
    "Place",
    "Organization",
    "Term",
)


@dataclass(frozen=True)
class Quantity:
    """A figure as printed and normalised.

    ``kind`` names what is measured (``investment``, ``land_area``,
    ``floor_area``, ``length``, ``width``, ``capacity``, ``storage``,
    ``beds``, ``parking_spaces``, ``output_value``, ``count`` …); ``raw`` is the
    text as printed (``13000万m³``); ``value`` is in the base ``unit``
    (``1.3e8``, ``m3``); ``source`` is the paragraph id. ``qualifier`` tells
    how the printed figure bounds its value: ``≈`` (约, 左右), ``≥`` (以上,
    不低于), ``>`` (超过, 余), ``≤``, ``<``, ``range`` (``2—3个``: ``value``
    is the lower end) or ``None``.
    """

    kind: str
    raw: str
    value: float
    unit: str
    source: str
    qualifier: str | None = None


@dataclass
class Entity:
    """A named thing. ``key`` is unique within a plan: ``"<type>/<label>"``."""

    key: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    quantities: list[Quantity] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Relation:
    """``subject --predicate--> object`` read from paragraph ``source``.

    ``subject``/``object`` are entity keys, or structural references
    ``"box:7.1"``, ``"boxgroup:26.3-g01"`` (group 1 of box 26.3),
    ``"chapter:4"``, ``"section:4.2"``, ``"part:2"``,
    ``"para:<paragraph id>"``. ``predicate`` is the local name of a ``PK``
    property (``supports``, ``belongsTo``, ``locatedIn``, ``includes`` …).
    """

    subject: str
    predicate: str
    object: str
    source: str


@dataclass
class Target:
    """A stated figure with a time frame: what, how much, by when, and whose.

    ``id`` is unique within the plan (``<paragraph id>-t01``). ``measure`` is
    printed (``单位国内生产总值能耗``), ``measure_name`` normalised by the
    genre's synonyms (``单位地区生产总值能耗``). ``quantity`` holds the value as
    printed and in its base unit, its ``qualifier`` the bound (≥ for 以上, ≈
    for 左右 …). ``owner`` is the key of the entity the figure is stated for
    (a park, project, industry, place), ``None`` for the plan's own region
    when it has no Place entity. ``status`` is ``target`` (a goal, planned
    value, ceiling or floor) or ``actual`` (a base-year or review figure).
    ``direction`` is the printed verb (达到, 提高到, 降低, 控制在 …); ``year``
    the target (or actual) year, ``period`` a five-year period (``十四五``),
    ``base_year`` a comparison base (比2020年), ``start`` the value a change starts from as printed
    (由50.2%提高到56%: ``50.2%``) and ``start_year`` its year when printed (由2020年的61%), ``aggregation``
    ``cumulative`` (累计, a table's [ ]) or ``annual`` (年均). ``indicator`` is
    the key of the indicator-table row of the same measure; ``implied`` is
    true when the plan prints no year or period for the figure and ``period``
    (or ``year``, for a plan dated by years) is the plan's own — or, for a
    review paragraph's actual, the period before it; ``conflicts`` the
    ids of targets that state another value for the same measure, owner and
    time frame (both are kept). ``source`` is the paragraph id.
    """

    id: str
    measure: str
    measure_name: str
    quantity: Quantity
    source: str
    owner: str | None = None
    status: str = "target"
    direction: str | None = None
    year: int | None = None
    period: str | None = None
    base_year: int | None = None
    aggregation: str | None = None
    indicator: str | None = None
    start: str | None = None
    start_year: int | None = None
    conflicts: tuple[str, ...] = ()
    implied: bool = False


@dataclass
class Facts:
    """All facts extracted from one document."""

    plan_id: str
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)

    def by_type(self, type_: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.type == type_]
