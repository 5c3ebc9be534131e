"""Out-of-hours numbers come from the municipality's region (issue #12): an Odense store says
Region Syddanmark's "Lægevagten 70 11 07 07", never the capital's 1813."""

from __future__ import annotations

from app.domain import reference
from app.services.acute import views

from .acute_helpers import citizen, episode


def test_each_region_has_its_number_and_a_municipality_its_region():
    assert str(reference.out_of_hours("Odense Kommune")) == "Lægevagten 70 11 07 07"
    assert str(reference.out_of_hours("Ærø")) == "Lægevagten 70 11 07 07"
    assert reference.region_of("Odense Kommune") == "Region Syddanmark"
    assert reference.region_of("Københavns Kommune") is None  # not in the shipped list
    assert reference.out_of_hours("Københavns Kommune") is None
    assert str(reference.OUT_OF_HOURS["Region Hovedstaden"]) == "Akuttelefonen 1813"
    assert len(reference.OUT_OF_HOURS) == 5


def test_an_odense_episode_names_lægevagten_of_region_syddanmark(ctx):
    view = views.get_episode(ctx, episode(ctx, citizen(ctx)))
    assert view.out_of_hours == "Lægevagten 70 11 07 07"
