"""Roles and permissions (issue #7): every role is refused what the matrix does not give
it — through every use case of the service layer and through the command line — and a
refusal writes nothing. docs/permissions.md is the matrix."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.errors import Forbidden
from app.models import Base, load_all
from app.services.kernel import permissions
from app.services.kernel.context import Context
from app.services.kernel.permissions import MATRIX, ROLES
from app.services.security import users
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "permissions.md"
SERVICES = ROOT / "app" / "services"
DEMO = ROOT / "app" / "demo"  # made through use cases; was app/services/demo_*
# Public functions that take a ctx and open a session but need no permission, and why.
NO_PERMISSION = {
    "security.users.me": "a user may always see who they are",
    "invoices.post.default_renderer": "a step of post_month, which requires invoices.post",
}


def _required_permission(node: ast.FunctionDef) -> str | None:
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "require":
            arg = call.args[1] if len(call.args) > 1 else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                return arg.value
    return None


def _opens_session(node: ast.FunctionDef) -> bool:
    text = ast.unparse(node)
    return "ctx.store.session()" in text or "ctx.store.read()" in text


def use_cases() -> list[tuple[str, str, ast.FunctionDef]]:
    """(module, function, node) of every public function in app/services whose first
    parameter is ``ctx``."""
    found = []
    for path in sorted([*SERVICES.rglob("*.py"), *DEMO.rglob("*.py")]):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                args = [a.arg for a in node.args.args]
                if args[:1] == ["ctx"]:
                    found.append((module, node.name, node))
    return found


def test_every_use_case_that_opens_a_session_requires_a_known_permission():
    missing, unknown = [], []
    for module, name, node in use_cases():
        short = f"{module.removeprefix('app.services.')}.{name}"
        permission = _required_permission(node)
        if permission is None and _opens_session(node) and short not in NO_PERMISSION:
            missing.append(short)
        if permission is not None and permission not in MATRIX:
            unknown.append(f"{short}: {permission}")
    assert missing == [], "use cases without require(ctx, ...)"
    assert unknown == [], "permissions not in the matrix"


def test_every_role_holds_something_and_no_role_holds_everything():
    for role in ROLES:
        held = [p for p, roles in MATRIX.items() if role in roles]
        assert held and len(held) < len(MATRIX), role
    assert all(roles <= set(ROLES) for roles in MATRIX.values())


def test_least_privilege_where_the_issue_names_it():
    nurse = Context(None, 1, "NN", frozenset({"nurse"}))  # type: ignore[arg-type]
    for refused in ("invoices.post", "users.manage", "backup.restore", "exchange.import"):
        assert not permissions.allowed(nurse, refused)
    visitator = Context(None, 2, "VV", frozenset({"visitator"}))  # type: ignore[arg-type]
    assert permissions.allowed(visitator, "iv.referrals")
    assert not permissions.allowed(visitator, "iv.administer")
    both = Context(None, 3, "NA", frozenset({"nurse", "administrator"}))  # type: ignore[arg-type]
    assert permissions.allowed(both, "iv.administer") and permissions.allowed(both, "users.manage")
    assert not permissions.allowed(both, "invoices.post")
    assert not permissions.allowed(both, "no.such.permission")


def test_the_document_shows_the_matrix():
    text = DOC.read_text(encoding="utf-8")
    assert permissions.matrix_markdown() in text, "regenerate the table: see docs/permissions.md"


@pytest.fixture
def role_ctx(ctx):
    """A signed-in context per role, each user holding that one role."""
    made = {}
    for role in ROLES:
        initials = role[:3].upper() + "X"
        users.add_user(ctx, f"Test {role}", initials, [role], PASSWORD)
        made[role] = users.sign_in(ctx.store, initials, PASSWORD)
    return made


def _counts(store) -> dict[str, int]:
    load_all()
    with store.read() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


def _callables() -> list[tuple[str, object, str]]:
    """(name, function, permission) of every service use case with a literal require."""
    found = []
    for module, name, node in use_cases():
        permission = _required_permission(node)
        if permission is None or name == "set_password":  # conditional: own test below
            continue
        found.append(
            (f"{module}.{name}", getattr(importlib.import_module(module), name), permission)
        )
    return found


def _call_with_dummies(function, ctx) -> None:
    signature = inspect.signature(function)
    args, kwargs = [], {}
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            continue  # *args, **options: nothing is required
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = None
        else:
            args.append(None)
    function(ctx, *args, **kwargs)


def test_each_role_is_refused_every_use_case_outside_its_permissions(role_ctx):
    """Called with nonsense arguments: the permission is checked before anything else, so
    the refusal names the permission, and nothing at all is written."""
    store = role_ctx["nurse"].store
    before = _counts(store)
    refused: dict[str, int] = {}
    for role, ctx in role_ctx.items():
        for name, function, permission in _callables():
            if role in MATRIX[permission]:
                continue
            with pytest.raises(Forbidden) as caught:
                _call_with_dummies(function, ctx)
            assert caught.value.params["permission"] == permission, name
            refused[role] = refused.get(role, 0) + 1
    assert _counts(store) == before
    assert all(refused.get(role, 0) >= 10 for role in ROLES), refused


def test_a_nurse_cannot_change_another_users_password_but_her_own(role_ctx):
    nurse = role_ctx["nurse"]
    with pytest.raises(Forbidden):
        users.set_password(nurse, "ADMX", "a-new-password")
    users.set_password(nurse, nurse.initials, "a-new-password", PASSWORD)
    assert users.sign_in(nurse.store, nurse.initials, "a-new-password").user_id == nurse.user_id


def test_a_refused_service_call_names_who_and_what(role_ctx):
    from app.services.exchange import transfer as exchange

    with pytest.raises(Forbidden) as caught:
        exchange.export_store(role_ctx["nurse"], Path("x.json"), reason="test")
    # in words, without the permission's code or the roles' codes (issue #12)
    assert caught.value.message == (
        "Only the data protection officer may do this; NURX does not have that role."
    )
    assert caught.value.params["permission"] == "exchange.export"


def _cli(*argv: str, user: str, password: str = PASSWORD) -> list[str]:
    return ["--user", user, *argv]


def test_through_the_command_line_a_nurse_cannot_post_an_invoice(role_ctx, monkeypatch, capsys):
    url = role_ctx["nurse"].store.url
    monkeypatch.setenv("AKUTDESK_DATABASE_URL", str(url))
    for argv, permission, who in (
        (["invoices", "post", "--month", "2026-10"], "invoices.post", "a manager"),
        (["users", "add", "Ny Bruger", "NY", "--roles", "administrator"], "users.manage",
         "an administrator"),
        (["export", "out.json", "--reason", "test"], "exchange.export",
         "the data protection officer"),
    ):  # fmt: skip
        monkeypatch.setenv("AKUTDESK_NEW_PASSWORD", PASSWORD)
        assert main(["--user", "NURX", *argv]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"Only {who} may do this; NURX" in err, err
        assert permission not in err and "(nurse)" not in err
    assert "NY" not in {u.initials for u in users.list_users(role_ctx["administrator"])}


def test_the_command_line_refuses_a_wrong_password_in_one_line(role_ctx, monkeypatch, capsys):
    monkeypatch.setenv("AKUTDESK_DATABASE_URL", str(role_ctx["nurse"].store.url))
    monkeypatch.setenv("AKUTDESK_PASSWORD", "not-the-password")
    assert main(["--user", "MANX", "invoices", "list"]) == 1
    assert capsys.readouterr().err == "akutdesk: Wrong initials or password.\n"


def test_an_administrator_manages_users_through_the_command_line(role_ctx, monkeypatch, capsys):
    monkeypatch.setenv("AKUTDESK_DATABASE_URL", str(role_ctx["nurse"].store.url))
    monkeypatch.setenv("AKUTDESK_NEW_PASSWORD", "first-password")
    assert main(["--user", "ADMX", "teams", "add", "Akutteam Nord"]) == 0
    argv = [
        "users",
        "add",
        "Ida Sygeplejerske",
        "ids",
        "--roles",
        "nurse",
        "--teams",
        "Akutteam Nord",
    ]
    assert main(["--user", "ADMX", *argv]) == 0
    assert main(["--user", "ADMX", "users", "set-roles", "IDS", "nurse,visitator"]) == 0
    assert main(["--user", "ADMX", "users", "list"]) == 0
    out = capsys.readouterr().out
    assert "IDS" in out and "nurse+visitator" in out and "Akutteam Nord" in out
    assert "first-password" not in out
    ida = users.sign_in(role_ctx["nurse"].store, "IDS", "first-password")
    assert ida.roles == {"nurse", "visitator"} and len(ida.teams) == 1
