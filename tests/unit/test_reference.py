"""Reference data through the services."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput


def test_hospital_unit_code_is_unique(ctx):
    from app.services.admin import reference
    from app.services.admin.reference import UnitInput

    with pytest.raises(InvalidInput) as caught:
        reference.save_unit(ctx, UnitInput(code="ouh", name="Another OUH"))
    assert [(p.field, p.code) for p in caught.value.problems] == [("code", "unit.code_taken")]
    assert "OUH is already used" in caught.value.message
