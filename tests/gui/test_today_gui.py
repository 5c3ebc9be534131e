"""Today's tiles (issue #12, item 5): each shows its count and opens its list — the section
of the work list with its first counted row selected and the focus there, or the board of
the acute places; colours come from the rows' severity."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.acute.units import AcuteUnitInput, save_acute_unit
from app.services.iv import crp, referrals, views
from app.services.iv.administrations import AdministrationInput, record_administration
from app.services.iv.crp import CrpInput
from app.views.acute import episode_window
from app.views.today.worklist import RED, WAITING_BACKGROUND
from tests.unit import acute_helpers
from tests.unit.iv_helpers import at, citizen, day, department, referral


def accept(ctx, uuid, offset):
    referrals.accept_referral(ctx, uuid, views.get_course(ctx, uuid).version, at=at(offset, 9))


def story(ctx):
    dept = department(ctx)
    waiting = referral(ctx, citizen(ctx), dept, first_dose_date=day(-4), referred_at=at(-3, 9))
    accept(ctx, waiting, -3)
    record_administration(
        ctx, waiting, AdministrationInput(start=at(-3, 15), end=at(-3, 15, 20), place="home")
    )
    crp.record_crp(ctx, waiting, CrpInput(measured_at=at(-2, 0), value="106,8"))
    late = referral(
        ctx,
        citizen(ctx, "0202600018", "Bent", "Dam"),
        dept,
        first_dose_date=day(-3),
        referred_at=at(-2, 9),
        planned_days=3,
    )
    accept(ctx, late, -2)
    referral(
        ctx,
        citizen(ctx, "0303700029", "Ida", "Lund"),
        dept,
        first_dose_date=day(-1),
        referred_at=at(-1, 8),
    )
    unit = save_acute_unit(ctx, AcuteUnitInput("Akutpladser Tarup", 3)).value
    episode = acute_helpers.episode(
        ctx,
        acute_helpers.citizen(ctx, "0404800030", "Ole", "Holm"),
        setting="acute_place",
        acute_unit_uuid=unit.uuid,
        place_number=2,
        referred_at=at(-1, 10),
    )
    return waiting, late, episode


def test_each_tile_opens_its_list(qtbot, danish, window, ctx):
    waiting, late, episode = story(ctx)
    page = window.page("today")
    page.reload()
    values = {key: tile.value.text() for key, tile in page.tiles.items()}
    assert values["crp"] == "1" and values["decisions"] == "1"
    assert values["referrals"] == "1" and values["ending"] == "1"
    assert values["acute"] == "1" and values["places"] == "2"
    assert page.tiles["places"].note.text() == "af 3 pladser"
    assert page.tiles["decisions"].note.text().startswith("længst ")
    assert page.tiles["crp"].severity == "overdue"
    assert page.tiles["decisions"].severity == "waiting"  # 106,8 waiting since 36 h or more

    page.day.setDate(page.day.date().addDays(-5))  # another day shown: a tile goes to today
    expected = {
        "crp": ("crp", late, "overdue"),
        "decisions": ("crp", waiting, "awaiting_decision"),
        "referrals": ("referrals", None, None),
        "ending": ("ending", late, "past_planned_end"),
        "acute": ("acute", episode, None),
    }
    for key, (section, uuid, status) in expected.items():
        page.tiles[key].click()
        assert page.selected_date() == page.now.date
        view = page.worklist
        assert view.sections[section].isExpanded()
        assert all(not head.isExpanded() for name, head in view.sections.items() if name != section)
        item = view.currentItem()
        assert item.parent() is view.sections[section], key
        if uuid:
            assert item.data(0, Qt.ItemDataRole.UserRole) == uuid, key
        if status:
            assert item.data(0, Qt.ItemDataRole.UserRole + 1) == status, key
        assert view.hasFocus() or not window.isActiveWindow()

    page.tiles["administrations"].click()
    assert page.worklist.currentItem().parent() is page.worklist.sections["administrations"]
    # the 36-hour wait is amber, the overdue check red
    decision = next(
        page.worklist.sections["crp"].child(i)
        for i in range(page.worklist.sections["crp"].childCount())
        if page.worklist.sections["crp"].child(i).data(0, Qt.ItemDataRole.UserRole) == waiting
    )
    assert decision.background(0).color().name() == WAITING_BACKGROUND
    assert decision.text(0).startswith("Afventer beslutning i ")
    overdue = page.worklist.sections["crp"].child(0)
    assert overdue.foreground(0).color().name() == RED

    # an acute episode's row opens the episode
    row = page.worklist.sections["acute"].child(0)
    page.worklist.itemActivated.emit(row, 0)
    opened = episode_window._open[episode]
    qtbot.addWidget(opened)
    assert opened.isVisible()

    page.tiles["places"].click()
    acute_page = window.page("episodes")
    assert window.stack.currentWidget() is acute_page
    assert acute_page.tabs.currentWidget() is acute_page.board


def test_a_cut_drug_name_is_whole_in_its_tooltip(qtbot, danish, window, ctx):
    """On a laptop the drug column cuts long names ("Piperacillin/tazobac…"): the tooltip
    has the whole name, then the course type and place."""
    story(ctx)
    page = window.page("today")
    page.reload()
    view = page.worklist
    rows = [head.child(i) for head in view.sections.values() for i in range(head.childCount())]
    courses = [row for row in rows if row.data(0, Qt.ItemDataRole.UserRole) and row.text(4)]
    assert courses
    for row in courses:
        drug, kind = row.toolTip(4).split(" · ", 1)
        assert drug == row.text(4) and kind
