"""What a course is and where it stands: the course itself with its day counting (D4), the
day-3 CRP check (D5/D6) and the hospital's plan (DIGEST §1.7)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.views.components import vocabulary as voc
from app.views.components.formatting import date_text, decimal_text, moment_text

CRP_COLOURS = {"due": "#8a5a00", "overdue": "#b00020", "awaiting_decision": "#1f5f8b"}


class CourseDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        course = self._group(column, self.tr("Course"))
        for key, caption in (
            ("course_type", self.tr("Course type")),
            ("drug", self.tr("Drug and dose")),
            ("iv_access", self.tr("IV access")),
            ("closed_system", self.tr("Closed system")),
            ("place", self.tr("Place")),
            ("left_alone", self.tr("May be left alone")),
            ("treatment_day", self.tr("Treatment day")),
            ("municipal_day", self.tr("Municipal day")),
            ("planned_end", self.tr("Planned end")),
            ("administrations", self.tr("Administrations")),
            ("referred", self.tr("Referred")),
            ("decided", self.tr("Visitation")),
            ("ended", self.tr("Ended")),
        ):
            self._row(course, key, caption)
        crp = self._group(column, self.tr("Day-3 CRP check"))
        self.crp_box = crp.parentWidget()
        self._row(crp, "crp_state", self.tr("State"))
        self._row(crp, "crp_latest", self.tr("Latest value"))
        plan = self._group(column, self.tr("The hospital's plan"))
        for key, caption in (
            ("plan_end_date", self.tr("End of treatment")),
            ("plan_oral_switch", self.tr("Switch to tablets")),
            ("plan_blood_tests", self.tr("Blood tests")),
            ("plan_controls", self.tr("Controls")),
            ("referral_note", self.tr("Note")),
        ):
            self._row(plan, key, caption)
        column.addStretch(1)

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        column.addWidget(box)
        return form

    def _row(self, form: QFormLayout, key: str, caption: str) -> None:
        value = QLabel()
        value.setObjectName(f"detail_{key}")
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(caption, value)
        self.values[key] = value
        self._forms[key] = form

    def _set(self, key: str, text: str) -> None:
        self.values[key].setText(text)
        self._forms[key].setRowVisible(self.values[key], bool(text))

    def text(self, key: str) -> str:
        return self.values[key].text()

    # -- filling ----------------------------------------------------------------------------
    def show_course(self, view: Any) -> None:
        self._show_course(view)
        self._show_progress(view)
        self._show_crp(view)
        for key in ("plan_oral_switch", "plan_blood_tests", "plan_controls", "referral_note"):
            self._set(key, getattr(view, key) or "—")
        self._set("plan_end_date", date_text(view.plan_end_date) or "—")

    def _show_course(self, view: Any) -> None:
        self._set("course_type", voc.label(voc.COURSE_TYPES, view.course_type))
        self._set(
            "drug",
            self.tr("{drug}, {dose} × {doses} a day").format(
                drug=view.drug, dose=view.dose, doses=view.doses_per_day
            ),
        )
        self._set("iv_access", voc.label(voc.IV_ACCESS, view.iv_access))
        self._set("closed_system", voc.label(voc.CLOSED_SYSTEMS, view.closed_system))
        self._set("place", voc.label(voc.PLACES, view.place))
        self._set("left_alone", self.tr("Yes") if view.may_be_left_alone else self.tr("No"))
        caller = ", ".join(x for x in (view.caller_name, view.caller_role) if x)
        referred = moment_text(view.referred_at)
        if caller:
            referred = self.tr("{moment}, phoned in by {caller}").format(
                moment=referred, caller=caller
            )
        self._set("referred", referred)
        self._set("decided", self._decision(view))

    def _decision(self, view: Any) -> str:
        if view.decided_at is None:
            return self.tr("Awaiting visitation")
        if view.status == "rejected":
            return self.tr("Rejected {at} by {by}: {reason}. {text}").format(
                at=moment_text(view.decided_at),
                by=view.decided_by,
                reason=voc.label(voc.REJECTION_REASONS, view.rejection_reason),
                text=view.rejection_text,
            )
        return self.tr("Accepted {at} by {by}").format(
            at=moment_text(view.decided_at), by=view.decided_by
        )

    def _show_progress(self, view: Any) -> None:
        rejected = view.status == "rejected"
        self._set(
            "treatment_day",
            ""
            if rejected
            else self.tr(
                "Day {day} (day 1: first dose {date}; %n dose(s) in hospital)",
                "",
                view.hospital_doses,
            ).format(day=view.treatment_day_today, date=date_text(view.first_dose_date)),
        )
        if view.municipal_day_today is not None:
            municipal = self.tr("Day {day} (day 1: {date})").format(
                day=view.municipal_day_today, date=date_text(view.start_date)
            )
        else:
            municipal = "" if rejected else self.tr("Not started: no municipal administration yet")
        self._set("municipal_day", municipal)
        self._set(
            "planned_end",
            ""
            if rejected
            else self.tr("{date} (%n day(s) planned)", "", view.planned_days).format(
                date=date_text(view.planned_end)
            ),
        )
        self._set("administrations", self._administrations(view))
        self._set("ended", self._end(view))

    def _administrations(self, view: Any) -> str:
        if not view.administrations:
            return ""
        text = self.tr("%n given", "", view.administrations)
        if view.late_administrations:
            text += self.tr(", %n recorded late", "", view.late_administrations)
        if view.flagged_administrations:
            text += self.tr(", %n outside the agreement", "", view.flagged_administrations)
        return text

    def _end(self, view: Any) -> str:
        if view.end_date is None:
            return ""
        text = self.tr("{date}: {reason}").format(
            date=date_text(view.end_date), reason=voc.label(voc.END_REASONS, view.end_reason)
        )
        if view.end_text:
            text += f" — {view.end_text}"
        if view.length_days is not None:
            text += self.tr(" (%n municipal day(s))", "", view.length_days)
        if view.outcome:  # issue #14
            text += self.tr("; outcome: {outcome}").format(
                outcome=voc.label(voc.OUTCOMES, view.outcome)
            )
        if view.readmitted_on:
            text += self.tr("; readmitted {date}").format(date=date_text(view.readmitted_on))
        return text

    def _show_crp(self, view: Any) -> None:
        state = voc.label(voc.CRP_STATES, view.crp_state)
        if view.crp_due is not None:
            state = self.tr("{state} (check day {date})").format(
                state=state, date=date_text(view.crp_due)
            )
        self._set("crp_state", state)
        colour = CRP_COLOURS.get(view.crp_state, "#333")
        self.values["crp_state"].setStyleSheet(f"color: {colour}; font-weight: 600;")
        latest = next((e for e in reversed(view.timeline) if e.kind == "crp"), None)
        # nothing to show of a check that does not apply (fluid, not accepted) and has no value
        self.crp_box.setVisible(view.crp_state != "not_applicable" or latest is not None)
        self._set(
            "crp_latest",
            self.tr("{value} mg/L, {at}").format(
                value=decimal_text(latest.data.get("value", "")), at=moment_text(latest.at)
            )
            if latest
            else "",
        )
