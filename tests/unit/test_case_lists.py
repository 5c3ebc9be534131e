"""The IV-course and episode lists (issue #17, app/services/case_lists.py) give exactly the
rows, in exactly the order, of the plain statement — every status filter × search text ×
page, by each of the three ways to them (on SQLite the way is chosen by counting; here each
is also forced), on a seeded store and on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.demo import generate as demo
from app.models import AcuteEpisode, Citizen, CitizenNameWord, IvCourse
from app.services import case_lists
from app.services.acute import views as acute
from app.services.citizens import prefix_range, search_terms
from app.services.iv import views as iv

WAYS = [None, "citizens", "gather", "probe"]  # None: as chosen


@pytest.fixture
def seeded(ctx):
    demo.load_demo(ctx, citizens=600, courses=300, episodes=120)
    return ctx


def _texts(ctx) -> list[str]:
    with ctx.store.read() as s:
        people = s.execute(
            select(Citizen.cpr, Citizen.first_name, Citizen.last_name)
            .where(Citizen.id.in_(select(IvCourse.citizen_id)))
            .order_by(Citizen.id)
            .limit(3)
        ).all()
    texts = ["", "zzz", "0", "31", "ma", "Holm-", "  ", "x 0101"]
    for cpr, first, last in people:
        surname = last.split()[-1]
        texts += [
            surname.lower(),
            surname[:3].upper(),
            first.split()[0][:2],
            cpr[:6],
            cpr[:4],
            f"{cpr[:6]}-{cpr[6:]}",
            cpr,
            f"{first.split()[0]} {surname}",
            f"{surname[:2]} {cpr[:2]}",
        ]
    return texts


def _reference(ctx, model, statuses, text, newest, *, citizen_uuid=None, offset=0, limit=200):
    """The plain statement: the list's rows as uuids, newest first."""
    query = select(model.uuid).join(Citizen, Citizen.id == model.citizen_id)
    if statuses:
        query = query.where(model.status.in_(statuses))
    if citizen_uuid is not None:
        query = query.where(Citizen.uuid == citizen_uuid)
    digits, words = search_terms(text)
    for prefix in digits:
        query = query.where(prefix_range(Citizen.cpr, prefix))
    for word in words:
        named = select(CitizenNameWord.citizen_id).where(prefix_range(CitizenNameWord.word, word))
        query = query.where(Citizen.id.in_(named))
    query = query.order_by(*newest).offset(offset).limit(limit)
    with ctx.store.read() as s:
        return list(s.scalars(query))


def _forced(monkeypatch, way):
    if way is not None:
        monkeypatch.setattr(case_lists, "_way", lambda *_args: way)


@pytest.mark.parametrize("way", WAYS)
def test_course_list_is_the_plain_statement(seeded, monkeypatch, way):
    ctx = seeded
    texts = _texts(ctx)
    _forced(monkeypatch, way)
    newest = (IvCourse.referred_at.desc(), IvCourse.id.desc())
    seen = 0
    for status, group in iv.STATUS_FILTERS.items():
        statuses = [str(s) for s in group]
        for text in texts:
            for offset, limit in ((0, 200), (7, 5)):
                want = _reference(ctx, IvCourse, statuses, text, newest, offset=offset, limit=limit)
                got = iv.list_courses(ctx, status, text, offset=offset, limit=limit)
                assert [r.uuid for r in got] == want, (status, text, offset, way)
                seen += len(want)
    assert seen > 500  # the grid found courses, not only empty lists


@pytest.mark.parametrize("way", WAYS)
def test_episode_list_is_the_plain_statement(seeded, monkeypatch, way):
    ctx = seeded
    texts = _texts(ctx)
    _forced(monkeypatch, way)
    newest = (AcuteEpisode.start_at.desc(), AcuteEpisode.id.desc())
    with ctx.store.read() as s:
        someone = s.scalar(
            select(Citizen.uuid).join(AcuteEpisode, AcuteEpisode.citizen_id == Citizen.id).limit(1)
        )
    seen = 0
    for status in acute.LIST_FILTERS:
        statuses = [] if status == "all" else [status]
        for text in texts:
            for offset, limit in ((0, 200), (3, 4)):
                want = _reference(
                    ctx, AcuteEpisode, statuses, text, newest, offset=offset, limit=limit
                )
                got = acute.list_episodes(ctx, status, text=text, offset=offset, limit=limit)
                assert [r.uuid for r in got] == want, (status, text, offset, way)
                seen += len(want)
        mine = acute.list_episodes(ctx, status, citizen_uuid=someone, text="")
        assert [r.uuid for r in mine] == _reference(
            ctx, AcuteEpisode, statuses, "", newest, citizen_uuid=someone
        )
    assert seen > 200


def test_sqlite_is_told_which_index_to_use(seeded):
    """On SQLite the way is named by INDEXED BY: a full CPR starts from the citizen's
    cases; with nothing typed the list is walked newest first."""
    ctx = seeded
    if not ctx.store.is_sqlite:
        pytest.skip("PostgreSQL plans from its statistics")
    with ctx.store.read() as s:
        cpr = s.scalar(select(Citizen.cpr).join(IvCourse, IvCourse.citizen_id == Citizen.id))

        def sql(status: str, text: str) -> str:
            statement = iv.courses_query(s, status, text)
            return str(statement.compile(s.get_bind()))

        assert "INDEXED BY ix_iv_courses_list_citizen" in sql("ended", cpr)
        assert "INDEXED BY ix_iv_courses_list_citizen" in sql("all", cpr[:6])
        assert "INDEXED BY" not in sql("all", "")


def test_list_rows_carry_the_same_fields_as_before(seeded):
    """Every field of a row, as the lists built them from the whole records before."""
    from app.domain.identifiers import mask_cpr
    from app.models import AcuteUnit, Department, HospitalUnit

    ctx = seeded
    with ctx.store.read() as s:
        courses = s.execute(
            select(IvCourse, Citizen, Department.name, HospitalUnit.code)
            .join(Citizen, Citizen.id == IvCourse.citizen_id)
            .join(Department, Department.id == IvCourse.department_id)
            .join(HospitalUnit, HospitalUnit.id == Department.unit_id)
            .order_by(IvCourse.referred_at.desc(), IvCourse.id.desc())
        ).all()
        want = [
            iv.CourseRow(c.uuid, c.status, f"{p.first_name} {p.last_name}", mask_cpr(p.cpr),
                         c.course_type, c.drug, dept, code, c.first_dose_date, c.start_date,
                         c.end_date, c.end_reason)
            for c, p, dept, code in courses
        ]  # fmt: skip
        episodes = s.execute(
            select(AcuteEpisode, Citizen, AcuteUnit.name)
            .join(Citizen, Citizen.id == AcuteEpisode.citizen_id)
            .outerjoin(AcuteUnit, AcuteUnit.id == AcuteEpisode.acute_unit_id)
            .order_by(AcuteEpisode.start_at.desc(), AcuteEpisode.id.desc())
        ).all()
        want_episodes = [
            acute.EpisodeRow(e.uuid, e.status, f"{p.first_name} {p.last_name}", mask_cpr(p.cpr),
                             e.target_group, e.setting, unit or "", e.place_number,
                             e.responsible_doctor, e.responsible_phone, e.start_at,
                             e.expected_end, e.end_at, e.end_reason)
            for e, p, unit in episodes
        ]  # fmt: skip
    assert iv.list_courses(ctx, "all", limit=1000) == want
    assert acute.list_episodes(ctx, "all", limit=1000) == want_episodes
    assert any(r.acute_unit_name for r in want_episodes) and any(r.end_date for r in want)
