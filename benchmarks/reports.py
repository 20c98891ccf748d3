"""The year's report on a large register: compute time, PDF time, and plain SQL as the floor.

    python benchmarks/reports.py [--data-dir D] [--clients 100000] [--year 2026] [--repeat 3]

Without ``--data-dir`` a demo register of ``--clients`` clients is made in a
temporary folder first (``tyollistamo demo``; ~20 s and more for 100 000). With
``--data-dir`` an existing demo database is used as it is.

Prints the median of ``--repeat`` runs of:
- ``services.reports.compute_report`` for the whole year (every figure);
- the same counts in hand-written SQL, one statement per section, run on the
  same connection in the same run (the floor), and the ratio report / floor;
  the floor's numbers are checked against the report's;
- rendering the report's PDF (Finnish, three charts) and exporting XLSX and CSV.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def _median_ms(function, repeat: int) -> tuple[float, object]:
    result = function()  # warm caches (fonts, page cache, translators) once
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


_PERIOD_END = (
    'COALESCE(cs.ended_on, wt.ended_on, wt."end", ws.ended_on, ws."end", rw.ended_on, rw."end")'
)
_PERIODS = (
    "FROM client_service cs "
    "LEFT JOIN work_trial wt ON wt.service_id = cs.id AND cs.kind = 'work_trial' "
    "LEFT JOIN wage_subsidy ws ON ws.service_id = cs.id AND cs.kind = 'wage_subsidy' "
    "LEFT JOIN rehab_work rw ON rw.service_id = cs.id AND cs.kind = 'rehabilitative_work' "
)


def _overlap(start: str, end: str) -> str:
    return f"(cs.started_on <= '{end}' AND ({_PERIOD_END} IS NULL OR {_PERIOD_END} >= '{start}'))"


def plain_sql_counts(database, start: dt.date, end: dt.date) -> dict[tuple[str, str], object]:
    """The report's figures for a whole period, unfiltered, in hand-written SQL."""
    from tyollistamo_gui.domain.reports import months_of

    s, e = start.isoformat(), end.isoformat()
    last = min(end, dt.date.today()).isoformat()
    found: dict[tuple[str, str], object] = {}
    months = months_of(start, end)
    columns = ", ".join(
        f"COUNT(DISTINCT CASE WHEN {_overlap(m.start.isoformat(), m.end.isoformat())} "
        "THEN cs.client_id END)"
        for m in months
    )
    row = database.execute_sql(
        f"SELECT COUNT(DISTINCT cs.client_id), {columns} {_PERIODS} WHERE {_overlap(s, e)}"
    ).fetchone()
    found[("clients", "served")] = row[0]
    for month, count in zip(months, row[1:], strict=True):
        found[("months", month.key)] = count
    after = (end + dt.timedelta(days=1)).isoformat()
    new, closed = database.execute_sql(
        f"SELECT SUM(CASE WHEN created_at >= '{s} 00:00:00' AND created_at < '{after} 00:00:00' "
        f"THEN 1 ELSE 0 END), SUM(CASE WHEN closed_on >= '{s}' AND closed_on <= '{e}' "
        "THEN 1 ELSE 0 END) FROM client"
    ).fetchone()
    found[("clients", "new")], found[("clients", "closed")] = new, closed
    for kind, count in database.execute_sql(
        f"SELECT cs.kind, COUNT(DISTINCT cs.client_id) {_PERIODS} WHERE {_overlap(s, e)} "
        "GROUP BY cs.kind"
    ).fetchall():
        found[("services", kind)] = count
    for language, count in database.execute_sql(
        f"SELECT c.service_language, COUNT(DISTINCT cs.client_id) {_PERIODS} "
        f"JOIN client c ON c.id = cs.client_id WHERE {_overlap(s, e)} GROUP BY c.service_language"
    ).fetchall():
        found[("languages", language)] = count
    for outcome, count in database.execute_sql(
        f"SELECT outcome, COUNT(*) FROM client WHERE closed_on >= '{s}' AND closed_on <= '{e}' "
        "GROUP BY outcome"
    ).fetchall():
        found[("outcomes_raw", outcome)] = count
    durations: dict[str, list[int]] = {}
    for kind, started, finished in database.execute_sql(
        f"SELECT cs.kind, cs.started_on, {_PERIOD_END} {_PERIODS} WHERE {_PERIOD_END} IS NOT NULL "
        f"AND {_PERIOD_END} >= '{s}' AND {_PERIOD_END} <= '{last}'"
    ).fetchall():
        days = (_date(finished) - _date(started)).days + 1
        durations.setdefault(kind, []).append(days)
    for kind, values in durations.items():
        found[("durations", kind)] = float(statistics.median(values))
    for kind, minutes in database.execute_sql(
        "SELECT e.kind, SUM(e.minutes) FROM job_coaching_entry e "
        f"WHERE e.on_date >= '{s}' AND e.on_date <= '{e}' GROUP BY e.kind"
    ).fetchall():
        found[("coaching_hours", kind)] = round(int(minutes) / 60, 1)
    marks, present = database.execute_sql(
        "SELECT COUNT(*), SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END) FROM attendance a "
        "JOIN group_session g ON g.id = a.session_id "
        f"WHERE g.on_date >= '{s}' AND g.on_date <= '{e}'"
    ).fetchone()
    found[("attendance", "marks")], found[("attendance", "present")] = marks, present or 0
    started, completed = database.execute_sql(
        f"SELECT SUM(CASE WHEN start >= '{s}' AND start <= '{e}' THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN \"end\" >= '{s}' AND \"end\" <= '{last}' AND (ended_on IS NULL OR "
        'ended_on >= "end") THEN 1 ELSE 0 END) FROM work_trial'
    ).fetchone()
    found[("work_trials", "started")] = started or 0
    found[("work_trials", "completed")] = completed or 0
    return found


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _check(report, floor: dict) -> list[str]:
    """Where the report and the plain SQL disagree (should be nowhere)."""
    from tyollistamo_gui.domain.reports import outcome_category

    outcomes: dict[str, int] = {}
    for (section, key), count in floor.items():
        if section == "outcomes_raw":
            category = outcome_category(key or "")
            outcomes[category] = outcomes.get(category, 0) + count
    problems = []
    for figure in report.figures:
        if figure.section == "outcomes":
            expected = outcomes.get(figure.key, 0)
        elif figure.section == "attendance" and figure.key == "rate":
            continue
        else:
            default = None if figure.section == "durations" else 0
            expected = floor.get((figure.section, figure.key), default)
        if expected != figure.value:
            problems.append(f"{figure.section}/{figure.key}: report {figure.value}, SQL {expected}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--year", type=int, default=dt.date.today().year)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    data_dir = args.data_dir
    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="tyollistamo-reports-bench-"))
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "tyollistamo_gui", "--data-dir", str(data_dir), "demo",
             "--clients", str(args.clients)],
            check=True,
        )  # fmt: skip
        print(
            f"demo register of {args.clients} clients made in {time.perf_counter() - started:.1f} s"
        )

    from tyollistamo_gui.domain.reports import ReportCriteria, period_of
    from tyollistamo_gui.services import report_export, reports, session
    from tyollistamo_gui.storage import connection
    from tyollistamo_gui.storage.models import Client, database

    connection.open_database(data_dir / connection.DATABASE_FILENAME)
    criteria = ReportCriteria(*period_of("year", args.year))
    with session.system_session("benchmark"):
        clients = Client.select().count()
        report_ms, report = _median_ms(lambda: reports.compute_report(criteria), args.repeat)
        floor_ms, floor = _median_ms(
            lambda: plain_sql_counts(database, criteria.start, criteria.end), args.repeat
        )
        pdf_ms, pdf = _median_ms(lambda: report_export.report_pdf(report, "fi"), args.repeat)
        folder = Path(tempfile.mkdtemp())
        xlsx_ms, _ = _median_ms(
            lambda: report_export.export_report(report, folder / "r.xlsx", "xlsx", "fi"),
            args.repeat,
        )
        csv_ms, _ = _median_ms(
            lambda: report_export.export_report(report, folder / "r.csv", "csv", "fi"),
            args.repeat,
        )
        drill_ms, drill = _median_ms(
            lambda: reports.figure_clients(criteria, "clients", "served"), args.repeat
        )
    problems = _check(report, floor)
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(f"register: {clients} clients; period {criteria.start}–{criteria.end}; "
          f"median of {args.repeat} runs")  # fmt: skip
    print(f"clients served in the year: {report.value('clients', 'served')}")
    print(f"{'full report (services.reports)':<40}{report_ms:>10.0f} ms")
    print(f"{'same counts in plain SQL (floor)':<40}{floor_ms:>10.0f} ms")
    print(f"{'ratio report / floor':<40}{report_ms / floor_ms:>10.2f}")
    print(f"{'PDF with 3 charts (' + str(pages) + ' pages)':<40}{pdf_ms:>10.0f} ms")
    print(f"{'XLSX export':<40}{xlsx_ms:>10.0f} ms")
    print(f"{'CSV export':<40}{csv_ms:>10.0f} ms")
    print(f"{'drill-down: ' + str(len(drill.rows)) + ' clients served':<40}{drill_ms:>10.0f} ms")
    if problems:
        print("MISMATCH between the report and plain SQL:")
        for problem in problems:
            print("  " + problem)
        return 1
    print("the report's figures equal the plain SQL counts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
