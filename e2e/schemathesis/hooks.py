"""Schemathesis hooks for the Channels API.

One rule of the contract cannot be written in JSON Schema: an enabled DaySchedule's `start` must be
earlier than its `end` (otherwise 422). Schemathesis would send such schedules as valid data and then
report the 422 as a rejected valid request. This hook puts every generated schedule whose times are
both well-formed into a valid order, so such bodies test the rest of the request instead. Malformed
times, wrong types and everything else schemathesis generates on purpose are left as they are, and
the rule itself is covered by the server's integration tests and the generated-client scenarios.
"""

from __future__ import annotations

import re
from typing import Any

import schemathesis
from hypothesis.internal import lambda_sources

WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


def _describe_lambdas_despite_cpython_ast_bug() -> None:
    """Hypothesis parses a strategy's source to describe a lambda in the strategy's repr. On the
    CPython 3.11 this machine has, `ast.parse` sometimes fails there with "SystemError: AST
    constructor recursion depth mismatch" (CPython issue gh-106905), depending on how deep the
    stack is at that moment, and schemathesis reports a runtime error for the whole operation.
    The description is cosmetic: answer Hypothesis's own "unknown lambda" text instead."""
    describe = lambda_sources._lambda_description

    def tolerant(f: Any) -> str:
        try:
            return describe(f)
        except SystemError:
            return "lambda: <unknown>"

    lambda_sources._lambda_description = tolerant


_describe_lambdas_despite_cpython_ast_bug()

TIME_OF_DAY = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
DEFAULT_START = "09:00"
DEFAULT_END = "18:00"


def order_day(day: dict[str, Any]) -> None:
    if day.get("enabled", True) is not True:
        return
    start = day.get("start", DEFAULT_START)
    end = day.get("end", DEFAULT_END)
    if not (isinstance(start, str) and isinstance(end, str)):
        return
    if not (TIME_OF_DAY.fullmatch(start) and TIME_OF_DAY.fullmatch(end)):
        return
    if start < end:
        return
    if start == end:
        # No order fixes equal times; a closed day needs none.
        day["enabled"] = False
    else:
        day["start"], day["end"] = end, start


@schemathesis.hook
def map_body(context: schemathesis.HookContext, body: Any) -> Any:
    if not isinstance(body, dict):
        return body
    schedule = body.get("business_hours")
    if isinstance(schedule, dict):
        for weekday in WEEKDAYS:
            day = schedule.get(weekday)
            if isinstance(day, dict):
                order_day(day)
    return body
