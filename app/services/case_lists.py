"""A page of a case list (IV courses, acute episodes): the ids of the cases of some statuses
whose citizen matches what was typed, newest first — found in one index of the case table
without reading its rows (issue #17: every filter × search text under 25 ms on 200,000
citizens). The list then joins and reads only that page.

The rows, and their order, are those of the plain statement ``WHERE status IN (…) AND
citizen_id IN (matching citizens) ORDER BY newest LIMIT …`` on every database; only the way
to them differs. PostgreSQL plans it from its statistics. SQLite keeps none, and no single
plan is good for every search: a full CPR matches one citizen, "ma" a tenth of them. So on
SQLite the index ranges are counted first (one statement, each count capped: a fraction of
a millisecond) and the cheapest of three ways is taken, by ``INDEXED BY``:

- **from the citizens** (few match): their cases by ``citizen_id`` from the citizen index,
  then sorted;
- **along the list, citizens looked up** (many match): newest first along the status or
  sort index, each case's citizen checked against the matching ids gathered once;
- **along the list, each case probed** (very many match, or few cases under the status): no
  gathering, each case's citizen looked up in the CPR or name-word index, stopping at the
  page's last row.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, literal, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.models import Citizen, CitizenNameWord
from app.services.citizens import prefix_range, search_terms


@dataclass(frozen=True)
class CaseTable:
    """A case table's columns a list needs, and its list indexes (the names ``INDEXED BY``
    gives SQLite; migration 0011_list_indexes)."""

    entity: type[Any]
    id: InstrumentedAttribute[int]
    status: InstrumentedAttribute[str]
    newest: tuple[ColumnElement[Any], ...]  # the list's order, newest first, id last
    citizen_id: InstrumentedAttribute[int]
    by_status: str  # (status, sort key, id, citizen_id)
    by_sort: str  # (sort key, id, citizen_id)
    by_citizen: str  # (citizen_id, status, sort key, id)


#: counts stop here: beyond it the choice no longer changes
COUNT_CAP = 50_000
#: cases under one status are counted up to here: beyond, the page's share decides the walk
CASES_CAP = 2_000
#: rough costs (µs on the bench machine) of: gathering one matching citizen id, checking one
#: index entry against gathered ids, one look-up in a B-tree (a probe, or a citizen's cases)
GATHER, CHECK, LOOKUP = 0.7, 0.12, 2.0


#: a CPR prefix this long matches a few citizens at most (born on one day): no counting
FEW_CPR_DIGITS = 6


@dataclass(frozen=True)
class _Term:
    ids: Select[int]  # the matching citizens' ids
    probe: ColumnElement[bool]  # the same test for one case's citizen, correlated
    few: bool = False  # known to match a few citizens at most


def _terms(case: CaseTable, text: str, citizen_uuid: str | None) -> list[_Term]:
    digits, words = search_terms(text)
    found = []
    if citizen_uuid is not None:
        found.append(
            _Term(
                select(Citizen.id).where(Citizen.uuid == citizen_uuid).correlate(None),
                exists()
                .where(Citizen.id == case.citizen_id, Citizen.uuid == citizen_uuid)
                .correlate(case.entity),
                few=True,
            )
        )
    for prefix in digits:
        cpr = prefix_range(Citizen.cpr, prefix)
        found.append(
            _Term(
                select(Citizen.id).where(cpr).correlate(None),
                exists().where(Citizen.id == case.citizen_id, cpr).correlate(case.entity),
                few=len(prefix) >= FEW_CPR_DIGITS,
            )
        )
    for word in words:
        named = prefix_range(CitizenNameWord.word, word)
        found.append(
            _Term(
                select(CitizenNameWord.citizen_id).where(named).correlate(None),
                exists()
                .where(CitizenNameWord.citizen_id == case.citizen_id, named)
                .correlate(case.entity),
            )
        )
    return found


def page_ids(
    session: Session,
    case: CaseTable,
    statuses: Sequence[str],
    text: str = "",
    *,
    citizen_uuid: str | None = None,
    offset: int = 0,
    limit: int = 200,
) -> Select[int]:
    """The ids of the page's cases (no status: every case), newest first."""
    terms = _terms(case, text, citizen_uuid)
    page = select(case.id).correlate(None)
    if statuses:
        page = page.where(case.status.in_(list(statuses)))
    page = page.order_by(*case.newest).offset(offset).limit(limit)
    if not terms:
        return page
    way = _way(session, case, statuses, terms, offset + limit)
    if way == "probe":
        page = page.where(*(t.probe for t in terms))
    elif way == "citizens":
        page = page.where(case.citizen_id.in_(terms[0].ids), *(t.probe for t in terms[1:]))
    else:
        page = page.where(*(case.citizen_id.in_(t.ids) for t in terms))
    if session.get_bind().dialect.name == "sqlite":
        index = (
            case.by_citizen if way == "citizens" else case.by_status if statuses else case.by_sort
        )
        page = page.with_hint(case.entity, f"INDEXED BY {index}", "sqlite")
    return page


def _way(
    session: Session, case: CaseTable, statuses: Sequence[str], terms: list[_Term], wanted: int
) -> str:
    """Which way is cheapest on SQLite, from the counted index ranges ("citizens", "gather"
    or "probe"; reorders ``terms`` rarest first). PostgreSQL is given the plain statement."""
    if session.get_bind().dialect.name != "sqlite":
        return "gather"
    few = [t for t in terms if t.few]
    if few:  # no need to count: start from those few citizens
        terms[:] = few[:1] + [t for t in terms if t is not few[0]]
        return "citizens"
    under_status = select(literal(1)).select_from(case.entity)
    if statuses:
        under_status = under_status.where(case.status.in_(list(statuses)))
    counts = session.execute(
        select(
            select(func.max(Citizen.id)).scalar_subquery(),
            # several statuses: every case under them is walked (merged, then sorted)
            _capped(under_status, COUNT_CAP if len(statuses) > 1 else CASES_CAP),
            *(_capped(t.ids, COUNT_CAP) for t in terms),
        )
    ).one()
    citizens, cases, matching = max(counts[0] or 1, 1), counts[1], list(counts[2:])
    order = sorted(range(len(terms)), key=lambda i: matching[i])
    terms[:] = [terms[i] for i in order]
    matching = [max(matching[i], 0) for i in order]
    share = math.prod(min(n / citizens, 1.0) for n in matching)
    # the index entries walked to fill the page: all of them when several statuses are
    # merged (sorted afterwards), else until the page is full, at most every case
    walk = float(cases if len(statuses) > 1 or cases < CASES_CAP else math.inf)  # ≥ the cap
    if len(statuses) <= 1:
        walk = min(walk, wanted / share if share else math.inf)
    walk = min(walk, float(COUNT_CAP * 10))
    costs = {
        "citizens": LOOKUP * matching[0] * (1 + 0.5 * (len(terms) - 1)),
        "gather": GATHER * sum(matching) + CHECK * walk,
        "probe": LOOKUP * walk,
    }
    return min(costs, key=lambda way: costs[way])


def _capped(query: Select[Any], cap: int) -> Any:
    return select(func.count()).select_from(query.limit(cap).subquery()).scalar_subquery()
