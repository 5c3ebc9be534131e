"""The anonymous satisfaction survey's answer sheets (DIGEST §1.16; app/domain/survey.py).

A sheet has no link to a citizen and none to the user who typed it in (the audit trail
says who entered a sheet, never what it says): only the day it was received, the five
closed answers ("" = not answered) and the free text. ``version`` locks a correction
against a concurrent one; ``created_at`` decides whether a sheet may still be corrected
(the day it was typed in).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.models.base import Base, new_uuid
from app.models.types import UTCDateTime


class SurveySheet(Base):
    __tablename__ = "survey_sheets"
    __table_args__ = (Index("ix_survey_sheets_received_on", "received_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    received_on: Mapped[dt.date] = mapped_column(Date)
    q1: Mapped[str] = mapped_column(String(16), default="")
    q2: Mapped[str] = mapped_column(String(16), default="")
    q3: Mapped[str] = mapped_column(String(16), default="")
    q4: Mapped[str] = mapped_column(String(16), default="")
    q5: Mapped[str] = mapped_column(String(16), default="")
    comment: Mapped[str] = mapped_column(Text, default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.version}
