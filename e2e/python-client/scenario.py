"""A consumer's scenario through the Python client that openapi-python-client generates from the
served /openapi.json: create, list, set and clear business hours, read, delete, and one 422 and one
404 read through the client's typed error models.

Needs the generated package `channels_api_client` on sys.path and CHANNELS_BASE_URL and
CHANNELS_API_KEY in the environment. Exits non-zero on the first broken expectation.
"""

from __future__ import annotations

import os
import sys
import uuid
from http import HTTPStatus

from channels_api_client import AuthenticatedClient
from channels_api_client.api.channels import (
    create_channel,
    delete_channel,
    get_channel,
    list_channels,
    update_channel,
)
from channels_api_client.models import (
    AssignmentModeEnum,
    BusinessHours,
    ChannelCreate,
    ChannelResponse,
    ChannelStatusEnum,
    ChannelUpdate,
    DaySchedule,
    HTTPError,
    HTTPValidationError,
)
from channels_api_client.types import Unset


class ScenarioFailure(Exception):
    """An expectation of the contract that the server did not meet."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise ScenarioFailure(message)


def expect_status(response, status: HTTPStatus, step: str) -> None:
    expect(
        response.status_code == status,
        f"{step}: expected {status.value}, got {response.status_code.value}: {response.content!r}",
    )


def expect_channel(parsed: object, step: str) -> ChannelResponse:
    expect(
        isinstance(parsed, ChannelResponse),
        f"{step}: body is not a ChannelResponse: {parsed!r}",
    )
    assert isinstance(parsed, ChannelResponse)  # narrows the type for the checker
    return parsed


def day(schedule: BusinessHours | None | Unset, weekday: str) -> DaySchedule | None:
    expect(
        isinstance(schedule, BusinessHours),
        f"business_hours is not a schedule: {schedule!r}",
    )
    assert isinstance(schedule, BusinessHours)
    value = getattr(schedule, weekday)
    expect(
        not isinstance(value, Unset),
        f"business_hours.{weekday} is missing (every day must be listed)",
    )
    return value


def run(client: AuthenticatedClient) -> None:
    suffix = uuid.uuid4().hex[:12]
    channel_type = f"e2e_python_{suffix}"

    created_response = create_channel.sync_detailed(
        client=client,
        body=ChannelCreate(name=f"Python client {suffix}", channel_type=channel_type),
    )
    expect_status(created_response, HTTPStatus.CREATED, "create")
    created = expect_channel(created_response.parsed, "create")
    expect(
        created.status == ChannelStatusEnum.PENDING,
        f"create: status {created.status}, want pending",
    )
    expect(
        created.assignment_mode == AssignmentModeEnum.MANUAL,
        "create: assignment_mode default is manual",
    )
    expect(
        created.business_hours_enabled is False,
        "create: business_hours_enabled starts false",
    )
    expect(
        created.business_hours is None,
        f"create: business_hours starts null, got {created.business_hours!r}",
    )
    expect(created.total_conversations == 0, "create: counters start at 0")

    listed_response = list_channels.sync_detailed(
        client=client, channel_type=channel_type
    )
    expect_status(listed_response, HTTPStatus.OK, "list")
    listed = listed_response.parsed
    expect(
        listed is not None and not isinstance(listed, (HTTPError, HTTPValidationError)),
        "list: no page",
    )
    assert listed is not None and not isinstance(
        listed, (HTTPError, HTTPValidationError)
    )
    expect(
        listed.total == 1,
        f"list filtered by channel_type: total {listed.total}, want 1",
    )
    expect(
        [item.id for item in listed.items] == [created.id],
        "list: the new channel is the only match",
    )

    schedule = BusinessHours(
        monday=DaySchedule(start="08:30", end="17:00"),
        saturday=DaySchedule(enabled=False),
    )
    set_response = update_channel.sync_detailed(
        created.id, client=client, body=ChannelUpdate(business_hours=schedule)
    )
    expect_status(set_response, HTTPStatus.OK, "set business hours")
    updated = expect_channel(set_response.parsed, "set business hours")
    expect(
        updated.business_hours_enabled is True,
        "set business hours: business_hours_enabled is true",
    )
    monday = day(updated.business_hours, "monday")
    expect(
        monday is not None
        and (monday.enabled, monday.start, monday.end) == (True, "08:30", "17:00"),
        f"set business hours: monday is {monday!r}",
    )
    saturday = day(updated.business_hours, "saturday")
    expect(
        saturday is not None
        and (saturday.enabled, saturday.start, saturday.end)
        == (False, "09:00", "18:00"),
        f"set business hours: saturday defaults not filled in: {saturday!r}",
    )
    for closed in ("tuesday", "wednesday", "thursday", "friday", "sunday"):
        expect(
            day(updated.business_hours, closed) is None,
            f"set business hours: {closed} should be null",
        )
    expect(
        updated.updated_at >= created.updated_at,
        "set business hours: updated_at went backwards",
    )

    read_response = get_channel.sync_detailed(created.id, client=client)
    expect_status(read_response, HTTPStatus.OK, "get")
    read = expect_channel(read_response.parsed, "get")
    expect(
        read.to_dict() == updated.to_dict(), "get: differs from the update's response"
    )

    cleared_response = update_channel.sync_detailed(
        created.id, client=client, body=ChannelUpdate(business_hours=None)
    )
    expect_status(cleared_response, HTTPStatus.OK, "clear business hours")
    cleared = expect_channel(cleared_response.parsed, "clear business hours")
    expect(
        cleared.business_hours is None,
        f"clear business hours: still {cleared.business_hours!r}",
    )
    expect(
        cleared.business_hours_enabled is False,
        "clear business hours: business_hours_enabled is false",
    )
    expect(
        cleared.name == created.name, "clear business hours: an absent property changed"
    )

    invalid_response = update_channel.sync_detailed(
        created.id,
        client=client,
        body=ChannelUpdate(
            business_hours=BusinessHours(monday=DaySchedule(start="18:00", end="09:00"))
        ),
    )
    expect_status(invalid_response, HTTPStatus.UNPROCESSABLE_ENTITY, "end before start")
    invalid = invalid_response.parsed
    expect(
        isinstance(invalid, HTTPValidationError),
        f"end before start: not an HTTPValidationError: {invalid!r}",
    )
    assert isinstance(invalid, HTTPValidationError)
    expect(
        not isinstance(invalid.detail, Unset) and len(invalid.detail) == 1,
        f"end before start: {invalid!r}",
    )
    assert not isinstance(invalid.detail, Unset)
    problem = invalid.detail[0]
    expect(
        problem.loc == ["body", "business_hours", "monday", "end"]
        and problem.type_ == "value_error",
        f"end before start: reported at {problem.loc} as {problem.type_}",
    )

    deleted_response = delete_channel.sync_detailed(created.id, client=client)
    expect_status(deleted_response, HTTPStatus.NO_CONTENT, "delete")

    missing_response = get_channel.sync_detailed(created.id, client=client)
    expect_status(missing_response, HTTPStatus.NOT_FOUND, "get after delete")
    missing = missing_response.parsed
    expect(
        isinstance(missing, HTTPError),
        f"get after delete: not an HTTPError: {missing!r}",
    )
    assert isinstance(missing, HTTPError)
    expect(
        missing.detail == "Channel not found",
        f"get after delete: detail {missing.detail!r}",
    )


def main() -> int:
    base_url = os.environ["CHANNELS_BASE_URL"]
    api_key = os.environ["CHANNELS_API_KEY"]
    with AuthenticatedClient(
        base_url=base_url, token=api_key, raise_on_unexpected_status=True
    ) as client:
        try:
            run(client)
        except ScenarioFailure as failure:
            print(f"python client scenario FAILED: {failure}", file=sys.stderr)
            return 1
    print("python client scenario passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
