"""The aggregated figures of a period: what ``stats report`` prints and draws.

DIN SPEC 66336's service figures (visits, completions, satisfaction) and the offices'
usual ones: completion rate, median and 90th percentile of the seconds per service and
step, abandonment per step, the share of each identification and payment method.
Percentiles are by nearest rank (the value at or below which the share lies).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from kiosk.stats.session import SessionFacts


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest rank: the smallest value with at least ``share`` of the values at or below."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def spread(values: Sequence[float]) -> dict[str, float | int]:
    return {"n": len(values), "median_s": float(statistics.median(values)),
            "p90_s": float(percentile(values, 0.9))}


def shares(values: Iterable[str | None]) -> dict[str, dict[str, float | int]]:
    """Each value's count and share of the sessions that have one."""
    counts = Counter(v for v in values if v)
    total = sum(counts.values())
    return {key: {"count": n, "share": round(n / total, 4)}
            for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))}


def build_report(sessions: Sequence[SessionFacts], *, first: date | None = None,
                 last: date | None = None) -> dict[str, Any]:
    completed = [s for s in sessions if s.completed]
    abandoned = Counter(s.stopped_at or "unknown" for s in sessions if not s.completed)
    per_step: dict[str, dict[str, list[float]]] = {}
    for session in sessions:
        service = session.service or "none"
        for step, seconds in session.steps.items():
            per_step.setdefault(service, {}).setdefault(step, []).append(float(seconds))
    durations = [float(sum(s.steps.values())) for s in completed]
    scores = [s.satisfaction for s in sessions if s.satisfaction is not None]
    latencies = [s.sync_latency_s for s in sessions if s.sync_latency_s is not None]
    errors: Counter[str] = Counter()
    for session in sessions:
        errors.update(session.errors)
    return {
        "from": first.isoformat() if first else (sessions[0].hour[:10] if sessions else None),
        "to": last.isoformat() if last else (sessions[-1].hour[:10] if sessions else None),
        "sessions": len(sessions),
        "completed": len(completed),
        "abandoned": len(sessions) - len(completed),
        "completion_rate": round(len(completed) / len(sessions), 4) if sessions else None,
        "abandoned_by_step": dict(abandoned.most_common()),
        "duration_completed": spread(durations) if durations else None,
        "steps": {service: {step: spread(values) for step, values in steps.items()}
                  for service, steps in sorted(per_step.items())},
        "services": shares(s.service for s in sessions),
        "satisfaction": {
            "answers": len(scores),
            "distribution": {str(score): scores.count(score) for score in range(1, 6)},
            "mean": round(statistics.fmean(scores), 2) if scores else None,
            "mean_completed": _mean(s.satisfaction for s in completed),
            "mean_abandoned": _mean(s.satisfaction for s in sessions if not s.completed),
            "reasons": dict(Counter(s.reason for s in sessions if s.reason).most_common()),
        },
        "identification": shares(s.identification for s in completed),
        "payment": shares(s.payment for s in completed),
        "languages": shares(s.language for s in sessions),
        "accessibility": {mode: sum(1 for s in sessions if mode in s.modes)
                          for mode in sorted({m for s in sessions for m in s.modes})},
        "errors": dict(errors.most_common()),
        "sync_latency": spread(latencies) if latencies else None,
    }


def _mean(values: Iterable[int | None]) -> float | None:
    given = [v for v in values if v is not None]
    return round(statistics.fmean(given), 2) if given else None
