"""A new referral from a hospital department (DIGEST §1.11): the citizen, the responsible
department with its 24/7 phone and doctor, the course, and the hospital's plan. The
target-group rules are checked by the core when visitation accepts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain import clock
from app.errors import InvalidInput
from app.services.admin import reference
from app.services.iv import referrals
from app.services.iv.referrals import ReferralInput
from app.views.components import vocabulary as voc
from app.views.components.cave import REFERRAL_STATES, CaveField
from app.views.components.citizen_picker import CitizenPicker
from app.views.components.formatting import now_wall_clock, phone_text
from app.views.iv.course_form import CourseFormDialog
from app.views.widgets.form import FieldForm
from app.views.widgets.inputs import (
    OptionalDateEdit,
    date_edit,
    date_of,
    datetime_edit,
    moment_of,
)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _text_box(height: int = 52) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class ReferralDialog(CourseFormDialog):
    def __init__(
        self,
        ctx: Any,
        parent: QWidget | None = None,
        *,
        citizen: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(ctx, None, parent)
        self.created: str | None = None
        self.setWindowTitle(self.tr("New referral"))
        self.setMinimumWidth(1000)
        self.plan = FieldForm()
        self.forms.append(self.plan)
        self._build_course()
        self._build_plan()
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.form, 1)
        columns.addWidget(self.plan, 1)
        self.finish_layout(body)
        self._load_departments()
        if citizen is not None:
            self.citizen.set_citizen(*citizen)
        self.department.currentIndexChanged.connect(self._show_phone)
        self.closed_system.currentIndexChanged.connect(self._closed_other)
        self._show_phone()
        self._closed_other()

    # -- construction -----------------------------------------------------------------------
    def _build_course(self) -> None:
        add = self.form.add
        self.citizen = add("citizen_uuid", self.tr("Citizen"), CitizenPicker(self.ctx))
        self.form.fields["citizen_uuid"] = self.citizen.search
        self.department = QComboBox()
        self.phone = QLabel()
        self.phone.setObjectName("department_phone")
        self.phone.setStyleSheet("font-weight: 600;")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.department, 1)
        line.addWidget(self.phone)
        add("department_uuid", self.tr("Responsible department"), row)
        self.form.fields["department_uuid"] = self.department
        add("responsible_doctor", self.tr("Responsible doctor"), max_length=120)
        self.course_type = add("course_type", self.tr("Course type"), voc.combo(voc.COURSE_TYPES))
        add("drug", self.tr("Drug or fluid"), max_length=120)
        add("dose", self.tr("Dose"), max_length=60)
        self.doses_per_day = add("doses_per_day", self.tr("Doses a day"), _spin(1, 12, 3))
        self.planned_days = add("planned_days", self.tr("Planned days"), _spin(1, 365, 7))
        today = clock.today()
        self.first_dose = add(
            "first_dose_date", self.tr("First IV dose (treatment day 1)"), date_edit(today)
        )
        self.hospital_doses = add(
            "hospital_doses", self.tr("Doses given in hospital"), _spin(0, 99, 2)
        )
        self.referred_at = add(
            "referred_at", self.tr("Referred at"), datetime_edit(now_wall_clock())
        )

    def _build_plan(self) -> None:
        add = self.plan.add
        self.iv_access = add("iv_access", self.tr("IV access"), voc.combo(voc.IV_ACCESS))
        self.closed_system = add(
            "closed_system", self.tr("Closed system"), voc.combo(voc.CLOSED_SYSTEMS)
        )
        add("closed_system_other", self.tr("Other closed system"), max_length=120)
        self.place = add("place", self.tr("Place of treatment"), voc.combo(voc.PLACES))
        self.left_alone = add(
            "may_be_left_alone",
            self.tr("During infusion"),
            QCheckBox(self.tr("may be left alone (the hospital's assessment)")),
        )
        self.plan_end = add("plan_end_date", self.tr("Planned end (plan)"), OptionalDateEdit())
        add("plan_oral_switch", self.tr("Switch to tablets (plan)"), _text_box())
        add("plan_blood_tests", self.tr("Blood tests (plan)"), _text_box())
        add("plan_controls", self.tr("Controls (plan)"), _text_box())
        add("referral_note", self.tr("Note"), _text_box())
        add("local_agreement_under_15", self.tr("Local agreement (under 15)"), max_length=200)
        # The hospital's CAVE lands on the citizen, adding to what the record knows.
        self.cave = add("cave", self.tr("CAVE (from the hospital)"), CaveField(REFERRAL_STATES))
        self.plan.fields["cave_state"] = self.cave.state
        self.plan.errors["cave_state"] = self.plan.errors["cave"]

    def _load_departments(self) -> None:
        self.department.addItem(self.tr("Choose the department…"), ("", ""))
        for unit in reference.list_hospital_units(self.ctx):
            for dept in unit.departments:
                if dept.active:
                    self.department.addItem(
                        f"{unit.code} · {dept.name}", (dept.uuid, dept.phone_24_7)
                    )

    def _show_phone(self, *_args: Any) -> None:
        _uuid, phone = self.department.currentData() or ("", "")
        self.phone.setText(
            self.tr("24/7 phone: {phone}").format(phone=phone_text(phone)) if phone else ""
        )

    def _closed_other(self, *_args: Any) -> None:
        self.plan.set_row_visible(
            "closed_system_other", self.closed_system.currentData() == "other"
        )

    # -- saving -----------------------------------------------------------------------------
    def input(self) -> ReferralInput:
        text = self.form.text
        plan = self.plan.text
        return ReferralInput(
            citizen_uuid=self.citizen.uuid(),
            department_uuid=(self.department.currentData() or ("", ""))[0],
            responsible_doctor=text("responsible_doctor"),
            course_type=self.course_type.currentData(),
            drug=text("drug"),
            dose=text("dose"),
            doses_per_day=self.doses_per_day.value(),
            planned_days=self.planned_days.value(),
            iv_access=self.iv_access.currentData(),
            closed_system=self.closed_system.currentData(),
            closed_system_other=plan("closed_system_other")
            if self.closed_system.currentData() == "other"
            else "",
            first_dose_date=date_of(self.first_dose),
            hospital_doses=self.hospital_doses.value(),
            place=self.place.currentData(),
            may_be_left_alone=self.left_alone.isChecked(),
            plan_end_date=self.plan_end.value(),
            plan_oral_switch=plan("plan_oral_switch"),
            plan_blood_tests=plan("plan_blood_tests"),
            plan_controls=plan("plan_controls"),
            referral_note=plan("referral_note"),
            local_agreement_under_15=plan("local_agreement_under_15"),
            referred_at=moment_of(self.referred_at),
            cave_state=self.cave.value()[0],
            cave=self.cave.value()[1],
        )

    def store(self) -> Any:
        data = self.input()
        missing = self._missing_choices(data)
        if missing:
            # nothing to send yet; the core still names what else is wrong
            raise InvalidInput(missing + referrals.check_referral_input(data, ""))
        result = referrals.register_referral(self.ctx, data)
        self.created = result.value
        return result

    @property
    def course_uuid(self) -> str | None:
        return self.created

    def _missing_choices(self, data: ReferralInput) -> list[Any]:
        """The citizen and department are chosen from lists here; without a choice there is
        nothing to send (the core would answer "not found")."""
        # lazy: start-up (the window is shown before the core loads)
        from app.domain.problems import Problem

        found = []
        if not data.citizen_uuid:
            found.append(Problem("citizen_uuid", "choose.citizen", self.tr("Choose the citizen.")))
        if not data.department_uuid:
            found.append(
                Problem("department_uuid", "choose.department", self.tr("Choose the department."))
            )
        return found
