"""Date, time and number inputs that read and write plain Python values. Knows nothing of
AkutDesk's services."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit, QSpinBox, QTimeEdit, QWidget

from app.domain.problems import problem
from app.errors import InvalidInput

DATE_FORMAT = "dd.MM.yyyy"
TIME_FORMAT = "HH:mm"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateEdit(QDateEdit):
    """A date that is one Tab stop (issue #12): Tab leaves the field instead of moving from
    day to month to year; typing the digits moves on by itself ("03122026")."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TimeEdit(QTimeEdit):
    """A time that is one Tab stop (issue #12): "1430" typed fills both sections."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def date_edit(day: dt.date) -> QDateEdit:
    edit = DateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def time_edit(moment: dt.time) -> QTimeEdit:
    edit = TimeEdit(QTime(moment.hour, moment.minute))
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def datetime_edit(moment: dt.datetime) -> MomentEdit:
    """A naive (wall-clock) moment typed in one field (issue #12); the workstation's own
    time zone plays no part."""
    edit = MomentEdit()
    set_moment(edit, moment)
    return edit


def set_moment(edit: QDateTimeEdit | MomentEdit, moment: dt.datetime) -> None:
    edit.setDateTime(QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute)))


def date_of(edit: QDateEdit | QDateTimeEdit | MomentEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())


def time_of(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


def moment_of(edit: QDateTimeEdit | MomentEdit) -> dt.datetime:
    """The moment in the field; a typed text that is no moment is a problem at the field
    (named by FieldForm's ``field_<name>``)."""
    if isinstance(edit, MomentEdit):
        moment = edit.moment()
        if moment is None:
            field = edit.objectName().removeprefix("field_")
            raise InvalidInput([problem(field, "moment.typed", value=edit.text().strip())])
        return moment
    return shown_moment(edit)


def shown_moment(edit: QDateTimeEdit | MomentEdit) -> dt.datetime:
    """The moment the field holds, or the last one it held while its text is no moment (a
    preview; saving goes through ``moment_of``)."""
    value = edit.dateTime()
    return dt.datetime.combine(date_of(edit), dt.time(value.time().hour(), value.time().minute()))


# words for the present moment, today and yesterday (Danish and English)
NOW_WORDS = frozenset({"nu", "now"})
DAY_WORDS = {"idag": 0, "today": 0, "igår": -1, "igar": -1, "yesterday": -1}
_DATE = re.compile(r"(\d{1,2})[.\-/](\d{1,2})(?:[.\-/](\d{2}|\d{4}))?\.?$")
_COMPACT_DATE = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})?$")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})$|(\d{2})(\d{2})$")


def parse_moment(text: str, now: dt.datetime) -> dt.datetime | None:
    """A date and time as a nurse types it, or None. "nu" (now); a date and a time:
    "0212 1430", "021226 1430", "2.12 14:30", "02.12.2026 14.30"; "i dag 14:30",
    "i går 22:00", or a time alone ("14:30": today). A date without a year is the one
    nearest to now (typed on 2 January, "3112" is last year's)."""
    words = text.strip().lower().split()
    if not words:
        return None
    if len(words) == 1 and words[0] in NOW_WORDS:
        return now.replace(second=0, microsecond=0)
    if len(words) >= 2 and (words[0] + words[1]) in DAY_WORDS:  # "i dag", "i går"
        words = [words[0] + words[1], *words[2:]]
    if len(words) == 1:
        if ":" not in words[0] and "." not in words[0]:
            return None  # "1430" alone could be a date or a time
        words = ["idag", words[0]]
    if len(words) != 2:
        return None
    day = _day(words[0], now.date())
    time = _time(words[1])
    if day is None or time is None:
        return None
    return dt.datetime.combine(day, time)


def _day(word: str, today: dt.date) -> dt.date | None:
    if word in DAY_WORDS:
        return today + dt.timedelta(days=DAY_WORDS[word])
    match = _DATE.match(word) or _COMPACT_DATE.match(word)
    if match is None:
        return None
    d, m, y = match.groups()
    try:
        if y is None:
            guesses = [dt.date(today.year + k, int(m), int(d)) for k in (-1, 0, 1)]
            return min(guesses, key=lambda g: abs((g - today).days))
        year = int(y) + (2000 if len(y) == 2 else 0)
        return dt.date(year, int(m), int(d))
    except ValueError:  # 31.02, or 29.02 in a year without it
        return None


def _time(word: str) -> dt.time | None:
    match = _TIME.match(word)
    if match is None:
        return None
    hh, mm = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    if int(hh) > 23 or int(mm) > 59:
        return None
    return dt.time(int(hh), int(mm))


class MomentEdit(QLineEdit):
    """A date and time in one field, one Tab stop (issue #12): typed as "0212 1430", "nu",
    "i går 22:00" …; shown as dd.MM.yyyy HH:mm once the field is left. Text that is no
    moment stays as typed, framed red, until it is corrected (saving names the problem).
    Offers the QDateTimeEdit calls the dialogs use (``dateTime``, ``setDateTime``,
    ``date``, ``dateTimeChanged``)."""

    dateTimeChanged = Signal(QDateTime)

    FORMAT = f"{DATE_FORMAT} {TIME_FORMAT}"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = QDateTime(QDate.currentDate(), QTime(QTime.currentTime().hour(), 0))
        self.setPlaceholderText(self.tr("e.g. 0212 1430 or nu"))
        self.setToolTip(
            self.tr(
                "Type a date and a time: 0212 1430, 2.12 14:30, i dag 14:30, i går 22:00, or "
                "nu for now."
            )
        )
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self.tidy)

    def now(self) -> dt.datetime:
        """The present moment on the wall clock (a test may set another)."""
        return dt.datetime.now()

    def moment(self) -> dt.datetime | None:
        """The moment typed, or None when the text is no moment."""
        return parse_moment(self.text(), self.now())

    def dateTime(self) -> QDateTime:
        return QDateTime(self._value)

    def date(self) -> QDate:
        return self._value.date()

    def setDateTime(self, value: QDateTime) -> None:
        self.setText(value.toString(self.FORMAT))
        self._mark(True)
        self._take(value)

    def _take(self, value: QDateTime) -> None:
        if value != self._value:
            self._value = QDateTime(value)
            self.dateTimeChanged.emit(QDateTime(value))

    def _typed(self, _text: str) -> None:
        moment = self.moment()
        if moment is not None:
            self._mark(True)
            self._take(_qdatetime(moment))

    def tidy(self) -> None:
        """Leaving the field: a moment is shown in full, anything else marked."""
        moment = self.moment()
        if moment is None:
            self._mark(False)
            return
        self.setDateTime(_qdatetime(moment))

    def _mark(self, good: bool) -> None:
        self.setProperty("bad_moment", not good)
        self.setStyleSheet("" if good else "border: 1px solid #b00020;")


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


class OptionalDateEdit(DateEdit):
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
