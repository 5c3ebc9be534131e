"""The episode window names the region's out-of-hours service (issue #12), in Danish."""

from __future__ import annotations

from app.views.acute.episode_window import open_episode
from tests.unit import acute_helpers


def test_the_header_names_lægevagten_not_1813(qtbot, danish, ctx):
    uuid = acute_helpers.episode(
        ctx, acute_helpers.citizen(ctx), hospital_responsible=False
    )
    window = open_episode(ctx, uuid)
    qtbot.addWidget(window)
    text = window.header.responsibility.text()
    assert "Lægevagten 70 11 07 07" in text and "1813" not in text
