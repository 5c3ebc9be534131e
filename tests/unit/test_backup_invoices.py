"""A restore and posted invoices (D44, issue #13 item 4): a restore never lets an invoice
number be issued twice and never drops posted invoices silently. The highest number ever
issued is kept beside the store file (which no restore replaces); a backup that lacks
posted invoices is refused, naming them, unless the store is confirmed damaged; then the
numbering continues after the highest number ever issued."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from contextlib import closing

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.db.store import connect_file
from app.domain import clock
from app.errors import RestoreDropsInvoices
from app.models import AuditEntry, Invoice
from app.services.admin import backup, backup_actions
from app.services.invoices import numbering
from app.services.invoices import post as invoices_post
from tests.unit import billing_helpers as h
from tests.unit.test_invoice_integrity import _post_two
from tests.unit.test_invoices_documents import LAST_MONTH

YEAR = clock.today().year


def _n(number: int) -> str:
    return f"{YEAR}-{number:04d}"


@pytest.fixture
def sqlite_ctx(ctx):
    if not ctx.store.is_sqlite:
        pytest.skip("SQLite only: PostgreSQL is restored with pg_restore on the server")
    return ctx


def _numbers(ctx) -> list[str]:
    with ctx.store.read() as s:
        return sorted(s.scalars(select(Invoice.number).where(Invoice.number.is_not(None))))


def _post_more(ctx) -> list[str]:
    h.give_units_ean(ctx)
    h.course(ctx, h.department(ctx, "SVS", "Medicinsk Afdeling S"), LAST_MONTH,
             LAST_MONTH + dt.timedelta(days=3))  # fmt: skip
    posted = invoices_post.post_month(ctx, LAST_MONTH, renderer=h.fake_renderer).value
    return [p.number for p in posted]


def test_posting_keeps_the_highest_number_beside_the_store_file(sqlite_ctx):
    ctx = sqlite_ctx
    _post_two(ctx)
    mark = numbering.mark_path(ctx.store.path)
    assert mark.parent == ctx.store.path.parent
    assert json.loads(mark.read_text(encoding="utf-8")) == {str(YEAR): 2}
    assert numbering.high_water(ctx.store.path) == {YEAR: 2}


def test_a_posting_rolled_back_does_not_raise_the_mark(sqlite_ctx):
    ctx = sqlite_ctx
    _post_two(ctx)
    h.course(ctx, h.department(ctx, "SVS", "Medicinsk Afdeling S"), LAST_MONTH,
             LAST_MONTH + dt.timedelta(days=3))  # fmt: skip

    def broken(_doc):
        raise OSError("disk full")

    with pytest.raises(OSError):
        invoices_post.post_month(ctx, LAST_MONTH, renderer=broken)
    assert numbering.high_water(ctx.store.path) == {YEAR: 2}


def test_a_restore_that_drops_posted_invoices_is_refused_naming_them(sqlite_ctx):
    ctx = sqlite_ctx
    chosen = backup.create(ctx.store, "manual")
    posted = [p.number for p in _post_two(ctx)]
    assert posted == [_n(1), _n(2)]
    with pytest.raises(RestoreDropsInvoices) as refused:
        backup_actions.restore_as(ctx, chosen.path)
    assert refused.value.invoices == (_n(1), _n(2))
    assert f"{_n(1)}, {_n(2)}" in refused.value.message and "damaged" in refused.value.message
    assert _numbers(ctx) == posted  # nothing changed, no safety copy made
    assert [b.reason for b in backup.list_backups(ctx.store)] == ["manual"]
    assert backup_actions.invoices_dropped(ctx, chosen.path) == [_n(1), _n(2)]


def test_a_confirmed_restore_continues_the_numbering_after_the_highest_issued(sqlite_ctx):
    ctx = sqlite_ctx
    chosen = backup.create(ctx.store, "manual")
    _post_two(ctx)
    done = backup_actions.restore_as(ctx, chosen.path, store_damaged=True).value
    assert done.dropped == (_n(1), _n(2))
    assert _numbers(ctx) == []
    with closing(connect_file(done.safety.path, ctx.store.key)) as conn:
        kept = sorted(r[0] for r in conn.execute("SELECT number FROM invoices"))
    assert kept == [_n(1), _n(2)]  # the dropped invoices stay in the before-restore copy
    with ctx.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    assert entry.after["invoices_dropped"] == [_n(1), _n(2)]
    assert entry.after["numbering"] == {str(YEAR): 2}
    again = [p.number for p in _post_two(ctx)]
    assert again == [_n(3), _n(4)]  # never 0001 and 0002 a second time


def test_a_backup_with_every_posted_invoice_restores_without_asking(sqlite_ctx):
    ctx = sqlite_ctx
    _post_two(ctx)
    chosen = backup.create(ctx.store, "manual")
    done = backup_actions.restore_as(ctx, chosen.path).value
    assert done.dropped == () and _numbers(ctx) == [_n(1), _n(2)]


def test_the_mark_names_invoices_the_live_store_itself_no_longer_has(sqlite_ctx):
    """A store file copied back by hand (or too damaged to read) lacks the invoices: the mark
    beside it still says they were issued."""
    ctx = sqlite_ctx
    chosen = backup.create(ctx.store, "manual")
    _post_two(ctx)
    ctx.store.dispose()
    shutil.copy(chosen.path, ctx.store.path)
    assert _numbers(ctx) == []
    with pytest.raises(RestoreDropsInvoices) as refused:
        backup.restore(ctx.store, chosen.path)
    assert refused.value.invoices == (_n(1), _n(2))
    backup.restore(ctx.store, chosen.path, store_damaged=True)
    assert _post_more(ctx) == [_n(3)]


def test_cli_restore_names_the_invoices_and_needs_store_damaged(sqlite_ctx, capsys):
    ctx = sqlite_ctx
    chosen = backup.create(ctx.store, "manual")
    _post_two(ctx)
    base = ["--database-url", ctx.store.url.render_as_string(hide_password=False), "--user", "KS"]
    capsys.readouterr()
    assert main([*base, "restore", str(chosen.path), "--yes"]) == 1
    err = capsys.readouterr().err
    assert f"lacks 2 posted invoice(s) this store has issued: {_n(1)}, {_n(2)}" in err
    assert "--store-damaged" in err and "Traceback" not in err
    assert _numbers(ctx) == [_n(1), _n(2)]
    assert main([*base, "restore", str(chosen.path), "--yes", "--store-damaged"]) == 0
    assert f"Posted invoices dropped: {_n(1)}, {_n(2)}" in capsys.readouterr().out
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
    assert [p.number for p in _post_two(ctx)] == [_n(3), _n(4)]


def test_a_mark_that_cannot_be_kept_refuses_the_restore_and_changes_nothing(
    sqlite_ctx, monkeypatch
):
    from app.errors import RestoreRefused

    ctx = sqlite_ctx
    _post_two(ctx)
    chosen = backup.create(ctx.store, "manual")

    def read_only(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(numbering, "raise_mark", read_only)
    with pytest.raises(RestoreRefused) as refused:
        backup.restore(ctx.store, chosen.path)
    assert "Permission denied" in refused.value.message
    assert [b.name for b in backup.list_backups(ctx.store)] == [chosen.name]
