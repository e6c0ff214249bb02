"""Ready-made SPARQL queries for the app's SPARQL tab and anyone querying a plan graph, titled and commented in Chinese.

Variables are Chinese (SPARQL 1.1 allows them), so result columns read as
Chinese headers. The prefixes ``pk:``, ``skos:``, ``prov:``, ``rdfs:``, ``rdf:``,
``xsd:`` and ``owl:`` are bound by :mod:`kg.store.sparql`.
"""
from __future__ import annotations

__all__ = ["EXAMPLE_QUERIES"]

#: Title → query text.
EXAMPLE_QUERIES: dict[str, str] = {
    "某专栏列出的项目": """\
# 专栏7.1 列出的项目（有时也有园区），以及各自引用的段落；改编号可查其他专栏。
SELECT ?项目 ?类型 ?来源段落 WHERE {
  ?box a pk:Box ; pk:number "7.1" .
  ?item pk:listedIn ?box ; rdfs:label ?项目 ; a ?cls .
  VALUES (?cls ?类型) { (pk:Project "项目") (pk:Park "园区") (pk:Industry "产业") (pk:Organization "机构") (pk:Place "地点") }
  ?st rdf:subject ?item ; rdf:predicate pk:listedIn ; rdf:object ?box ;
      prov:wasDerivedFrom/pk:paragraphId ?来源段落 .
} ORDER BY ?来源段落 ?项目""",
    "支撑各园区的项目": """\
# 每个园区由哪些项目或产业支撑，以及依据的段落。
SELECT ?园区 ?支撑者 ?类型 ?来源段落 WHERE {
  ?p a pk:Park ; rdfs:label ?园区 .
  ?s pk:supports ?p ; rdfs:label ?支撑者 ; a ?cls .
  VALUES (?cls ?类型) { (pk:Project "项目") (pk:Park "园区") (pk:Industry "产业") (pk:Organization "机构") (pk:Strategy "战略") }
  ?st rdf:subject ?s ; rdf:predicate pk:supports ; rdf:object ?p ;
      prov:wasDerivedFrom/pk:paragraphId ?来源段落 .
} ORDER BY ?园区 ?支撑者""",
    "约束性指标": """\
# 规划中的约束性指标：类别、基期值、目标值与单位。
SELECT ?指标 ?类别 ?基期值 ?目标值 ?单位 WHERE {
  ?i a pk:Indicator ; rdfs:label ?指标 ; pk:attribute "约束性" .
  OPTIONAL { ?i pk:category ?类别 }
  OPTIONAL { ?i pk:baseValue ?基期值 }
  OPTIONAL { ?i pk:targetValue ?目标值 }
  OPTIONAL { ?i pk:unit ?单位 }
} ORDER BY ?类别 ?指标""",
    "提到某实体的段落": """\
# 名称含「产业园」的实体在哪些段落被提到，及其章、节、专栏。
# （子查询先筛选名称，避免 rdflib 在全部连接之后才过滤。）
SELECT ?实体 ?段落 ?章 ?节 ?专栏 ?原文 WHERE {
  { SELECT ?e ?实体 WHERE { ?e rdfs:label ?实体 . FILTER(CONTAINS(STR(?实体), "产业园")) } }
  ?p pk:mentions ?e ; pk:paragraphId ?段落 ; pk:text ?原文 ; pk:order ?order .
  OPTIONAL { ?p pk:chapterLabel ?章 }
  OPTIONAL { ?p pk:sectionLabel ?节 }
  OPTIONAL { ?p pk:boxLabel ?专栏 }
} ORDER BY ?实体 ?order""",
    "某年到期的目标": """\
# 规划中2025年要达到的目标（pk:Target）：度量、数值（基本单位）、原文写法、目标主体与来源段落；
# ?有冲突 标出同一度量在指标表和正文中数值不同。改年份可查其他年份。
SELECT ?度量 ?数值 ?单位 ?原文 ?主体 ?来源段落 ?有冲突 WHERE {
  ?t a pk:Target ; pk:figureStatus "target" ; pk:year 2025 ;
     pk:measureName ?度量 ; pk:value ?数值 ; pk:unit ?单位 ; pk:rawText ?原文 ;
     prov:wasDerivedFrom/pk:paragraphId ?来源段落 .
  ?o pk:hasTarget ?t ; rdfs:label ?主体 .
  BIND(EXISTS { ?t pk:conflictsWith ?other } AS ?有冲突)
} ORDER BY ?度量 ?来源段落""",
    "图谱的构建来源（PROV-O）": """\
# 每份规划的图谱由哪个源文件（及其 sha256 校验值）、哪个程序版本和编码器、在何时构建。
SELECT ?规划 ?源文件 ?校验值 ?构建者 ?开始时间 ?结束时间 WHERE {
  ?p a pk:Plan ; rdfs:label ?规划 ; prov:wasGeneratedBy ?build .
  ?build prov:used ?source ; prov:startedAtTime ?开始时间 ; prov:endedAtTime ?结束时间 ;
         prov:wasAssociatedWith/rdfs:label ?构建者 .
  ?source rdfs:label ?源文件 ; pk:sha256 ?校验值 .
} ORDER BY ?规划 ?构建者""",
    "各类节点数量": """\
# 图谱中每一类节点各有多少个。
SELECT ?类别 (COUNT(?s) AS ?数量) WHERE {
  ?s a ?类别 .
} GROUP BY ?类别 ORDER BY DESC(?数量)""",
}
