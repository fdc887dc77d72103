"""The report's figures as Prometheus samples, beside the health gauges (``kiosk.metrics``).

Counters over every stored session (sessions by outcome, abandonments by step,
satisfaction answers by score, identification and payment methods), so that the city's
dashboards can sum and rate them across terminals; gauges over the last ``WINDOW_DAYS``
days for what is not a count (the median and 90th percentile per service and step, the
satisfaction mean, the completion rate, the sync latency). Labels are service ids, step
names, method names and scores: fixed words of ours.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from kiosk.stats.report import build_report
from kiosk.stats.store import load

WINDOW_DAYS = 7

Sample = tuple[dict[str, str], float]


class Family(NamedTuple):
    kind: str  # "counter" or "gauge"
    name: str  # without the exposition's prefix
    help: str
    samples: list[Sample]


def _counts(table: dict[str, Any], label: str) -> list[Sample]:
    return [({label: key}, value["count"] if isinstance(value, dict) else value)
            for key, value in table.items()]


def families(path: Path, *, today: date | None = None) -> list[Family]:
    """What the statistics file says; nothing when there is none yet."""
    sessions = load(path)
    if not sessions:
        return []
    total = build_report(sessions)
    since = (today or date.today()) - timedelta(days=WINDOW_DAYS - 1)
    recent = build_report([s for s in sessions if s.hour >= since.isoformat()], first=since)
    window = f"{WINDOW_DAYS}d"
    out = [
        Family("counter", "stats_sessions_total", "Sessions on this terminal by outcome.",
               [({"outcome": "completed"}, total["completed"]),
                ({"outcome": "abandoned"}, total["abandoned"])]),
        Family("counter", "stats_abandoned_total", "Abandoned sessions by the step they "
               "stopped at.", _counts(total["abandoned_by_step"], "step")),
        Family("counter", "stats_satisfaction_answers_total", "Answers to the satisfaction "
               "question by score (1 very dissatisfied … 5 very satisfied).",
               _counts(total["satisfaction"]["distribution"], "score")),
        Family("counter", "stats_identification_total", "Completed sessions by "
               "identification method.", _counts(total["identification"], "method")),
        Family("counter", "stats_payment_total", "Completed sessions by payment method.",
               _counts(total["payment"], "method")),
    ]
    gauges: list[tuple[str, str, Sequence[Sample]]] = [
        ("stats_completion_ratio", f"Completed of all sessions, last {window}.",
         [({"window": window}, recent["completion_rate"])]
         if recent["completion_rate"] is not None else []),
        ("stats_satisfaction_mean", f"Mean satisfaction score (1-5), last {window}.",
         [({"window": window}, recent["satisfaction"]["mean"])]
         if recent["satisfaction"]["mean"] is not None else []),
        ("stats_step_duration_seconds", f"Seconds per service and step, last {window} "
         "(quantile 0.5: median, 0.9: 90th percentile).",
         [({"service": service, "step": step, "quantile": q, "window": window}, figures[key])
          for service, steps in recent["steps"].items() for step, figures in steps.items()
          for q, key in (("0.5", "median_s"), ("0.9", "p90_s"))]),
        ("stats_sync_latency_seconds", f"Seconds from queued to confirmed, last {window}.",
         [({"quantile": q, "window": window}, recent["sync_latency"][key])
          for q, key in (("0.5", "median_s"), ("0.9", "p90_s"))]
         if recent["sync_latency"] else []),
    ]
    out += [Family("gauge", name, text, list(samples)) for name, text, samples in gauges
            if samples]
    return out
