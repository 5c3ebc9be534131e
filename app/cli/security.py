"""``akutdesk users …`` and ``akutdesk teams …`` (issue #7): users, roles, passwords, teams
and the idle lock. The signed-in user needs ``users.manage`` (the services refuse others);
a new password comes from AKUTDESK_NEW_PASSWORD or is typed twice at a prompt and is never
printed. Only argparse at module level (start-up speed)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from app.cli.common import whole_number
from app.cli.store import context

NEW_PASSWORD_ENV = "AKUTDESK_NEW_PASSWORD"


def add_parsers(sub: Any) -> None:
    usr = sub.add_parser("users", help="users, roles, passwords, the idle lock (issue #7)")
    usub = usr.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    usub.add_parser("list", help="every user with roles, teams and status")
    add = usub.add_parser("add", help="add a user (password from AKUTDESK_NEW_PASSWORD or typed)")
    add.add_argument("name")
    add.add_argument("initials")
    add.add_argument("--roles", required=True, metavar="ROLE,ROLE", help=_roles_help())
    add.add_argument("--teams", default="", metavar="TEAM,TEAM")
    roles = usub.add_parser("set-roles", help="replace a user's roles")
    roles.add_argument("initials")
    roles.add_argument("roles", metavar="ROLE,ROLE", help=_roles_help())
    teams = usub.add_parser("set-teams", help="replace the teams a user works in")
    teams.add_argument("initials")
    teams.add_argument("teams", metavar="TEAM,TEAM", help='"" for none')
    pw = usub.add_parser("set-password", help="set a password (your own, or any as admin)")
    pw.add_argument("initials")
    for name in ("deactivate", "activate"):
        usub.add_parser(name, help=f"{name} a user").add_argument("initials")
    idle = usub.add_parser("idle-minutes", help="show or set the idle lock of the store")
    idle.add_argument("minutes", type=whole_number, nargs="?")
    team = sub.add_parser("teams", help="the acute teams (e.g. one per district)")
    tsub = team.add_subparsers(dest="teams_command", metavar="ACTION", required=True)
    tsub.add_parser("list", help="every team and its number of members")
    tsub.add_parser("add", help="add a team").add_argument("name")


def _roles_help() -> str:
    return "nurse, visitator, manager, administrator, dpo (comma between)"


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _new_password() -> str:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.cli.say import Refusal

    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise Refusal("cli.no_new_password", env=NEW_PASSWORD_ENV)
    # lazy: start-up (only argparse loads before a command is chosen)
    import getpass

    first = getpass.getpass("New password: ")
    if getpass.getpass("New password again: ") != first:
        raise Refusal("cli.passwords_differ")
    return first


def cmd_users(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.security import teams, users

    ctx = context(args)
    action = args.users_command
    if action == "list":
        for u in users.list_users(ctx):
            state = "active" if u.active else "inactive"
            print(f"{u.initials:6} {u.name:32} {'+'.join(u.roles):40} {', '.join(u.teams)} "
                  f"({state}{'' if u.has_password else ', no password yet'})")  # fmt: skip
    elif action == "add":
        users.add_user(ctx, args.name, args.initials, _split(args.roles), _new_password())
        if args.teams:
            teams.set_user_teams(ctx, args.initials, _split(args.teams))
        print(f"User {args.initials.upper()} added.")
    elif action == "set-roles":
        done = users.set_roles(ctx, args.initials, _split(args.roles)).value
        print(f"{done.initials}: {'+'.join(done.roles)}")
    elif action == "set-teams":
        names = teams.set_user_teams(ctx, args.initials, _split(args.teams)).value
        print(f"{args.initials.upper()}: {', '.join(names) or 'no team'}")
    elif action == "set-password":
        users.set_password(ctx, args.initials, _new_password(), _current(ctx, args.initials))
        print(f"Password of {args.initials.upper()} changed.")
    elif action in ("deactivate", "activate"):
        users.set_active(ctx, args.initials, action == "activate")
        print(f"{args.initials.upper()} {action}d.")
    else:
        return _idle(ctx, args.minutes)
    return 0


def _current(ctx: Any, initials: str) -> str:
    """One's own password change is confirmed by the password just used to sign in."""
    if initials.strip().upper() != ctx.initials:
        return ""
    given = os.environ.get("AKUTDESK_PASSWORD")
    if given is None and sys.stdin.isatty():
        # lazy: start-up (only argparse loads before a command is chosen)
        import getpass

        given = getpass.getpass("Current password: ")
    return given or ""


def _idle(ctx: Any, minutes: int | None) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.security import users

    if minutes is not None:
        users.set_idle_minutes(ctx, minutes)
    print(f"The window locks after {users.idle_minutes(ctx.store)} idle minutes.")
    return 0


def cmd_teams(args: argparse.Namespace) -> int:
    # lazy: start-up (only argparse loads before a command is chosen)
    from app.services.security import teams

    ctx = context(args)
    if args.teams_command == "add":
        team = teams.add_team(ctx, args.name).value
        print(f"Team {team.name} added.")
        return 0
    for t in teams.list_teams(ctx):
        print(f"{t.name:40} {t.members} members{'' if t.active else ' (inactive)'}")
    return 0


COMMANDS = {"users": cmd_users, "teams": cmd_teams}
