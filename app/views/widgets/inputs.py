"""Date, time and number inputs that read and write plain Python values. Knows nothing of
AkutDesk's services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QSpinBox, QTimeEdit, QWidget

DATE_FORMAT = "dd.MM.yyyy"
TIME_FORMAT = "HH:mm"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def time_edit(moment: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(moment.hour, moment.minute))
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def datetime_edit(moment: dt.datetime) -> QDateTimeEdit:
    """A naive (wall-clock) moment; the workstation's own time zone plays no part."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(f"{DATE_FORMAT} {TIME_FORMAT}")
    set_moment(edit, moment)
    return edit


def set_moment(edit: QDateTimeEdit, moment: dt.datetime) -> None:
    edit.setDateTime(QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute)))


def date_of(edit: QDateEdit | QDateTimeEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def time_of(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


def moment_of(edit: QDateTimeEdit) -> dt.datetime:
    value = edit.dateTime()
    return dt.datetime.combine(date_of(edit), dt.time(value.time().hour(), value.time().minute()))


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: the lowest date stands for "none" and shows a dash."""

    NONE = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(self.NONE)
        self.setSpecialValueText("—")
        self.setDate(self.NONE)

    def value(self) -> dt.date | None:
        return None if self.date() == self.NONE else date_of(self)

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(self.NONE if day is None else qdate(day))


class OptionalNumber(QSpinBox):
    """A whole number that may be left empty (not measured): 0 shows as a dash."""

    def __init__(self, maximum: int, suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText("—")
        self.setSuffix(suffix)

    def number(self) -> int | None:
        return self.value() or None
