"""The Channels models in FastAPI + Pydantic v2, as the reference for 422 bodies.

tests/integration/pydantic_parity.rs asserts the problem lists this prints. To
reproduce them (in any virtual environment with `pip install fastapi pydantic httpx`):

    python fastapi_channels.py < pydantic_parity_bodies.json

Each line after the versions is the status and the problems (type, loc, msg, input,
ctx) of one body, in FastAPI's order.
"""
import json, sys, enum
from typing import Optional, Any
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, Field, model_validator
import fastapi, pydantic
from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

HHMM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"

class AssignmentModeEnum(str, enum.Enum):
    manual = "manual"
    round_robin = "round_robin"
    load_balanced = "load_balanced"

class DaySchedule(BaseModel):
    enabled: bool = Field(True, strict=True)
    start: str = Field("09:00", pattern=HHMM, strict=True)
    end: str = Field("18:00", pattern=HHMM, strict=True)

    @model_validator(mode="after")
    def closes_after_opening(self):
        if self.enabled and self.start >= self.end:
            # Reported at `end`, as the contract places it.
            raise ValidationError.from_exception_data("DaySchedule", [InitErrorDetails(type=PydanticCustomError("value_error", "Value error, {error}", {"error": "end must be later than start when the day is enabled"}), loc=("end",), input=self.end)])
        return self

class BusinessHours(BaseModel):
    monday: Optional[DaySchedule] = None
    tuesday: Optional[DaySchedule] = None
    wednesday: Optional[DaySchedule] = None
    thursday: Optional[DaySchedule] = None
    friday: Optional[DaySchedule] = None
    saturday: Optional[DaySchedule] = None
    sunday: Optional[DaySchedule] = None

class ChannelCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100, strict=True)
    channel_type: str = Field(min_length=1, max_length=50, pattern=r"^[a-z][a-z0-9_]*$", strict=True)
    config: dict[str, Any] = {}
    is_active: bool = Field(True, strict=True)
    is_default: bool = Field(False, strict=True)
    auto_reply_enabled: bool = Field(False, strict=True)
    sla_enabled: bool = Field(False, strict=True)
    assignment_mode: AssignmentModeEnum = AssignmentModeEnum.manual
    business_hours: Optional[BusinessHours] = None

class ChannelUpdate(BaseModel):
    business_hours: Optional[BusinessHours] = None
    assignment_mode: Optional[AssignmentModeEnum] = None
    name: str = Field(None, min_length=1, max_length=100, strict=True)
    config: dict[str, Any] = None
    is_active: bool = Field(None, strict=True)
    is_default: bool = Field(None, strict=True)
    auto_reply_enabled: bool = Field(None, strict=True)
    sla_enabled: bool = Field(None, strict=True)

app = FastAPI()

@app.post("/api/v1/channels", status_code=201)
def create_channel(body: ChannelCreate):
    return {}

@app.put("/api/v1/channels/{channel_id}")
def update_channel(channel_id: int, body: ChannelUpdate):
    return {}

client = TestClient(app)
bodies = json.load(sys.stdin)
print(json.dumps({"fastapi": fastapi.__version__, "pydantic": pydantic.VERSION}))
for method, body in bodies:
    r = client.request(method, "/api/v1/channels" if method == "POST" else "/api/v1/channels/1", json=body)
    print(r.status_code, json.dumps(r.json().get("detail", [])) if r.status_code == 422 else r.text)
