"""The bench's results as a table: printed by `make bench` and put into the README between
the bench markers (every figure beside its floor and its budget, issue #17)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

START, END = "<!-- bench:start -->", "<!-- bench:end -->"
HEADER = ["| what | AkutDesk | floor | × floor | budget |", "|---|---|---|---|---|"]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _lat(figures: dict[str, Any]) -> str:
    median = figures.get("median_ms", figures.get("p50_ms", 0.0))
    return f"{median:.1f} / **{figures['p95_ms']:.1f}** / {figures.get('max_ms', 0.0):.1f} ms"


def _floor(figures: dict[str, Any], engine: str = "sqlite3") -> tuple[str, str]:
    floor = figures.get("floor")
    if not floor:
        return "", ""
    ratio = figures.get("ratio_p95", figures.get("ratio", 0))
    return f"{engine}: {_lat(floor)}", f"{ratio:.1f}×"


def _row(what: str, figure: str, floor: str = "", ratio: str = "", budget: str = "") -> str:
    return f"| {what} | {figure} | {floor} | {ratio} | {budget} |"


def machine_line(results: dict[str, Any]) -> str:
    m = results.get("machine", {})
    if not isinstance(m, dict):
        return str(m)
    cipher = f" (SQLCipher {m['sqlcipher_sqlite']})" if m.get("sqlcipher_sqlite") else ""
    return (
        f"{m.get('cores')} cores ({m.get('cpu')}), Python {m.get('python')}, "
        f"SQLite {m.get('sqlite')}{cipher}, {m.get('os')}"
    )


def _when(part: dict[str, Any], cores: int = 2) -> str:
    load = part.get("load_1min") or [0, 0]
    busy = " — **measured under load**" if max(load) > cores else ""
    return (
        f"measured {part.get('measured', '?')}, 1-minute load average {load[0]} → {load[1]}{busy}"
    )


def _built(part: dict[str, Any]) -> str:
    cpu = f", {part['build_cpu_s']:.0f} s of CPU" if part.get("build_cpu_s") else ""
    return f"store built in {part['build_s']:.0f} s{cpu} ({part['builder']} builder)"


def store_rows(part: dict[str, Any], budgets: bool = True) -> list[str]:
    s, m = part["startup"], part.get("memory") or {}
    q, c, w = part["search"], part["courses"], part["worklist"]
    rows = [
        _row(
            f"start-up: main window shown (median of {s.get('app_launches', 10) - 1})",
            _ms(s["app_window_s"]),
            f"bare PySide6 window {_ms(s['bare_window_s'])}",
            f"{s['ratio_window']:.2f}×",
            "≤ 1.5×",
        ),
        _row(
            "start-up: launch → store open, signed in, Today filled",
            f"**{_ms(s['app_store_ready_s'])}**",
            f"bare window {_ms(s['bare_window_s'])}",
            f"**{s['ratio_store_ready']:.2f}×**",
            "≤ 4×",
        ),
    ]
    login = part.get("login")
    if login:
        rows.append(
            _row(
                "start-up through the login dialog: launch → dialog ready to type in; "
                f"the password typed ({login['typing_ms']} ms), Enter → Today filled",
                f"{_ms(login['login_shown_s'])}; **{_ms(login['enter_to_ready_s'])}**",
                f"bare window {_ms(s['bare_window_s'])}",
                f"{login['ratio_login_shown']:.2f}×; **{login['ratio_enter_to_ready']:.2f}×**",
                "",
            )
        )
    codes = s.get("failed_exits") or []
    if codes:
        rows.append(
            _row(
                f"**AkutDesk exit after start-up failed** (exit code "
                f"{', '.join(sorted({str(c) for c in codes}))})",
                f"**{len(codes)} of {s.get('app_launches', '?')} launches**",
                "",
                "",
                "none",
            )
        )
    if m:
        rows.append(
            _row(
                "peak RSS of the window, Today filled",
                f"**{m['peak_rss_mb']:.0f} MB**",
                "",
                "",
                "< 400 MB",
            )
        )
    rows.append(
        _row(
            f"citizen search, {q['n']} typed queries: median / p95 / max",
            _lat(q),
            *_floor(q),
            "p95 < 25 ms" if budgets else "",
        )
    )
    lists = part.get("lists")
    if isinstance(lists, dict) and any(
        isinstance(v, dict) and "p95_ms" in v for v in lists.values()
    ):
        for name, figures in lists.items():
            if isinstance(figures, dict) and "p95_ms" in figures:
                count = figures.get("queries", figures.get("n", ""))
                rows.append(
                    _row(
                        f"{figures.get('list', name)} list, {count} filters × search texts: "
                        "median / p95 / max",
                        _lat(figures),
                        *_floor(figures),
                        "p95 < 25 ms, max < 60 ms",
                    )
                )
    else:
        rows.append(
            _row(
                f"IV-course list, {c['n']} status filters × search texts: median / p95 / max",
                _lat(c),
                *_floor(c),
                "p95 < 25 ms, max < 60 ms",
            )
        )
    rows.append(
        _row(
            f"today's work list ({w['courses_listed']:,} courses, {w['crp_checks']} CRP checks), "
            f"median / p95 / max of {w['runs']}",
            _lat(w),
            *_floor(w),
        )
    )
    reports = part.get("reports")
    if isinstance(reports, dict) and "seconds" in reports:
        for name, by_period in reports["seconds"].items():
            shown = " / ".join(f"{by_period[p]:.2f}" for p in ("1 month", "6 months", "12 months"))
            rows.append(
                _row(
                    f"report `{name}`, last 1 / 6 / 12 months",
                    f"{shown} s",
                    "",
                    "",
                    "< 2 s" if budgets else "",
                )
            )
    return rows


def cli_rows(cli: dict[str, Any]) -> list[str]:
    floor = f"`python -c pass` {_ms(cli['floor_python_s'])}"
    names = {
        "version": "`akutdesk --version`, launch → exit",
        "worklist_one": "`akutdesk worklist --json`, one-citizen store",
        "worklist_bench": "`akutdesk worklist --json`, the bench store",
    }
    return [
        _row(
            f"{what} (median of {cli[key]['runs']})",
            f"**{_ms(cli[key]['median_s'])}**",
            floor,
            f"{cli[key]['ratio']:.1f}×",
            "< 1 s" if key != "worklist_bench" else "",
        )
        for key, what in names.items()
        if key in cli
    ]


def invoice_rows(inv: dict[str, Any], where: str = "SQLite") -> list[str]:
    if inv.get("error"):
        return [_row(f"invoice run, 5,000 courses ({where})", f"**failed**: {inv['error']}")]
    steps = inv.get("steps_s") or {
        k[:-2]: v
        for k, v in inv.items()
        if k.endswith("_s")
        and not k.startswith("cpu_")
        and k not in ("total_s", "budget_s", "post_s")
        and isinstance(v, int | float)
    }
    detail = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in steps.items())
    return [
        _row(
            f"invoice run, 5,000 courses ({where}): {detail}",
            f"**{inv.get('total_s', 0):.2f} s**"
            + (f" (this process's CPU {inv['cpu_total_s']:.2f} s)" if "cpu_total_s" in inv else ""),
            "",
            "",
            "< 3 s",
        )
    ]


def pg_rows(pg: dict[str, Any]) -> list[str]:
    rows = [
        "| action | count | median / p95 / max | plain psycopg, same SQL: median / p95 | errors |",
        "|---|---|---|---|---|",
    ]
    for action, figures in pg.get("actions", {}).items():
        floor = figures.get("floor")
        plain = f"{floor['median_ms']:.1f} / {floor['p95_ms']:.1f} ms" if floor else "—"
        rows.append(
            f"| {action} | {figures['n']:,} | {_lat(figures)} | {plain} | "
            f"{figures.get('errors', 0)} |"
        )
    return rows


def lines(results: dict[str, Any]) -> list[str]:
    out = [f"Machine: {machine_line(results)}."]
    machine = results.get("machine")
    cores = int(machine.get("cores") or 1) if isinstance(machine, dict) else 1
    part = results.get("store")
    if part:
        q, c = part["search"], part["courses"]
        out += [
            "",
            f"**{q['citizens']:,} citizens**, {c['courses']:,} IV referrals and courses, "
            f"{c['administrations']:,} administrations, SQLite (encrypted), offscreen Qt; "
            f"{_built(part)}; {_when(part, cores)}:",
            "",
            *HEADER,
            *store_rows(part),
        ]
        if results.get("cli"):
            out += cli_rows(results["cli"])
        if results.get("invoices"):
            out += invoice_rows(results["invoices"])
    big = results.get("big")
    if big:
        q, c = big["search"], big["courses"]
        out += [
            "",
            f"**A bigger municipality** (`make bench-big`): {q['citizens']:,} citizens, "
            f"{c['courses']:,} IV referrals and courses, {c['administrations']:,} "
            f"administrations; {_built(big)}; {_when(big, cores)}:",
            "",
            *HEADER,
            *store_rows(big),
        ]
    pg = results.get("pg_load")
    if pg:
        out += [
            "",
            f"**PostgreSQL, {pg['workstations']} workstations** (`make bench-pg`): a throwaway "
            f"PostgreSQL {pg.get('server_version', '')} cluster on the loopback, "
            f"{pg['citizens']:,} citizens loaded by the bulk builder in {pg['load_s']:.0f} s; "
            f"each workstation signed in with its own store connection, doing a nurse's mix "
            f"(30 % Today, 30 % a course, 15 % recording, 25 % search; 0–"
            f"{2 * pg.get('think_s', 1):.0f} s between actions) for {pg['seconds']} s: {pg['total_actions']:,} actions, "
            f"**{pg['throughput_per_s']:.1f} actions/s**, **{pg['errors']} errors**, "
            f"{pg.get('refused', 0)} refused inputs; the workstations' Python runs on the "
            f"server's cores; "
            f"{_when(pg, cores)}:",
            "",
            *pg_rows(pg),
        ]
        if pg.get("invoices"):
            out += ["", *HEADER[:2], *invoice_rows(pg["invoices"], "PostgreSQL, same server")]
    return out


def text(results: dict[str, Any]) -> str:
    return "\n".join(["", f"AkutDesk bench, {results.get('date')}", *lines(results)])


def update_readme(readme: Path, results: dict[str, Any]) -> None:
    content = readme.read_text(encoding="utf-8")
    if START not in content:
        return
    block = "\n".join(
        [
            START,
            f"Measured {results['date']} (`make bench`, {results.get('total_s', 0) / 60:.0f} min).",
            *lines(results),
            END,
        ]
    )
    readme.write_text(
        content[: content.index(START)] + block + content[content.index(END) + len(END) :],
        encoding="utf-8",
    )
