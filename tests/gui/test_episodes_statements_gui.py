"""The GP-fee statements on the acute page: per practice the contacts that count × the fee
at the month's price level (D24), those that do not by reason (D21–D23); the Midtjylland
trial's use against its cap and the 50/50 split (D25); shown only to whom may read them.
And the trend chart widget on its own."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from app.services.acute import fees
from app.views.widgets.trend import Point, TrendChart
from tests.unit.acute_helpers import citizen, contact, episode, on, weekday


def kr(text: str) -> str:
    """A Danish-style amount in the test's locale (decimal sign)."""
    return text.replace(",", QLocale().decimalPoint())


def test_statement_per_practice_and_why_some_do_not_count(qtbot, english, window, ctx):
    day = weekday(1, 2)
    uuid = episode(ctx, citizen(ctx))
    for hour in (9, 10, 11):
        contact(ctx, uuid, on(day, hour))
    contact(ctx, uuid, on(day, 18), practice="Lægerne Tarup")
    fees.add_price_level(ctx, dt.date(2026, 1, 1), "1.1000")
    page = window.show_page("episodes")
    view = page.statements
    assert view is not None and page.tabs.count() == 3
    view.month.setDate(QDate(day.year, day.month, 1))
    model = view.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "Lægehuset",
        "Lægerne Tarup",
    ]
    fee = fees.current_fee(ctx, day.replace(day=1))
    assert model.data(model.index(0, 1)) == "2" and model.data(model.index(0, 2)) == "1"
    amount = f"{fee * 2:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")
    assert model.data(model.index(0, 4)) == kr(amount) + " kr."
    assert view.not_counting.text() == (
        "Not counting: 1 × third contact that day; 1 × outside daytime."
    )
    assert view.total.text().startswith(f"Total {day:%m.%Y}: 2 counting contact(s), ")
    assert not view.trial_box.isVisibleTo(view)


def test_trial_scheme_shows_use_against_the_cap(qtbot, english, window, ctx):
    day = weekday(1, 2)
    uuid = episode(ctx, citizen(ctx))
    contact(ctx, uuid, on(day, 9))
    view = window.show_page("episodes").statements
    view.scheme.setCurrentIndex(view.scheme.findData("midtjylland_trial"))
    view.change_scheme()
    assert fees.get_fee_scheme(ctx) == "midtjylland_trial"
    assert view.trial_box.isVisibleTo(view)
    view.year.setValue(day.year)
    use = fees.trial_statement(ctx, day.year).use
    assert use.total == fees.current_fee(ctx, day.replace(day=1))
    assert view.trial["cap"].text() == kr("3.000.000,00 kr.")
    half = f"{use.region:.2f}".replace(".", QLocale().decimalPoint())
    assert view.trial["region"].text() == f"{half} kr."
    assert use.region + use.municipalities == use.total
    assert view.cap_bar.value() == 0  # 158,61 of 3 mio. is under 0.1 %


def test_statements_are_not_shown_to_a_nurse(qtbot, english, ctx):
    from app.services.security import users
    from app.views.shell.launch import attach, dispose
    from app.views.shell.main_window import MainWindow
    from tests.conftest import PASSWORD

    users.add_user(ctx, "Nina Nurse", "NN", ("nurse",), PASSWORD)
    nurse = users.sign_in(ctx.store, "NN", PASSWORD)
    win = MainWindow()
    qtbot.addWidget(win)
    attach(win, ctx.store, nurse)
    page = win.show_page("episodes") or win.page("episodes")
    assert page.statements is None and page.tabs.count() == 2
    dispose(win)


def test_trend_chart_places_points_in_time_and_paints(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(300, 170)
    chart.set_series("CRP (mg/L)", [], empty_text="No values")
    chart.grab()  # an empty chart paints its text
    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
    points = [
        Point(start + dt.timedelta(hours=24), 40.0),
        Point(start, 120.0),
        Point(start + dt.timedelta(hours=12), 80.0),
    ]
    chart.set_series("CRP (mg/L)", points, number=lambda v: f"{v:.0f}")
    assert [p.value for p in chart.points] == [120.0, 80.0, 40.0]  # sorted by time
    xs = [chart.position(p, p.value).x() for p in chart.points]
    ys = [chart.position(p, p.value).y() for p in chart.points]
    assert xs[0] < xs[1] < xs[2] and abs((xs[1] - xs[0]) - (xs[2] - xs[1])) < 0.5
    assert ys[0] < ys[1] < ys[2]  # higher values higher up
    rect = chart.plot_rect()
    assert all(rect.left() <= x <= rect.right() for x in xs)
    assert all(rect.top() <= y <= rect.bottom() for y in ys)
    image = chart.grab().toImage()
    assert image.width() == 300
    one = TrendChart()
    qtbot.addWidget(one)
    one.set_series("Pulse", [Point(start, 72.0, None)])
    assert one.value_range()[0] < 72.0 < one.value_range()[1]
    pressure = TrendChart()
    qtbot.addWidget(pressure)
    pressure.set_series("BP", [Point(start, 130.0, 80.0)])
    low, high = pressure.value_range()
    assert low < 80.0 and high > 130.0
