"""A new referral from a hospital department (DIGEST §1.11): the citizen (registered from
here when the CPR is not known yet), the responsible department with its 24/7 phone and
doctor, who phoned it in, the course, and the hospital's plan. The target-group rules are
checked by the core when visitation accepts.

Nothing is assumed (issue #12): the numbers, the choices and the first dose start empty and
the form names each one not given, so a referral never carries a default nobody said."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain import clock
from app.domain.numerals import ascii_digits
from app.domain.problems import Problem
from app.errors import InvalidInput
from app.services.admin import reference
from app.services.iv import referrals
from app.services.iv.referrals import ReferralInput
from app.views.components import vocabulary as voc
from app.views.components.cave import REFERRAL_STATES, CaveField
from app.views.components.citizen_picker import CitizenPicker
from app.views.components.formatting import now_wall_clock, phone_text
from app.views.components.gates import gate
from app.views.iv.course_form import CourseFormDialog
from app.views.widgets.form import FieldForm
from app.views.widgets.inputs import (
    OptionalDateEdit,
    datetime_edit,
    moment_of,
)

#: the fields the form requires before it sends anything: they start empty (issue #12)
REQUIRED = ("course_type", "doses_per_day", "planned_days", "first_dose_date", "hospital_doses",
            "iv_access", "closed_system", "place", "caller_name", "caller_role")  # fmt: skip


def _spin(low: int, high: int) -> QSpinBox:
    """A whole number from ``low`` that starts empty: the value below ``low`` shows a dash
    and means "not given"."""
    box = QSpinBox()
    box.setRange(low - 1, high)
    box.setSpecialValueText("—")
    box.setValue(low - 1)
    return box


def _given(box: QSpinBox) -> int | None:
    return None if box.value() == box.minimum() else box.value()


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
    def _choice(self, table: dict[str, str]) -> QComboBox:
        """A list that starts on "Choose…" (no code), never on its first entry."""
        box = QComboBox()
        box.addItem(self.tr("Choose…"), "")
        return voc.fill_combo(box, table)

    def _build_course(self) -> None:
        add = self.form.add
        self.citizen = CitizenPicker(self.ctx)
        self.new_citizen_button = QPushButton(self.tr("New citizen…"))
        self.new_citizen_button.setObjectName("new_citizen")
        self.new_citizen_button.setToolTip(
            self.tr("Register the citizen when the CPR number is not known yet.")
        )
        gate(self.new_citizen_button, self.ctx, "citizens.edit")  # the reason in words
        self.new_citizen_button.clicked.connect(self.new_citizen)
        who = QWidget()
        who_line = QHBoxLayout(who)
        who_line.setContentsMargins(0, 0, 0, 0)
        who_line.addWidget(self.citizen, 1)
        who_line.addWidget(self.new_citizen_button)
        add("citizen_uuid", self.tr("Citizen"), who)
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
        add("caller_name", self.tr("Phoned in by (name)"), max_length=120)
        add("caller_role", self.tr("Caller's role"), max_length=80)
        self.form.fields["caller_role"].setPlaceholderText(self.tr("e.g. nurse, ward doctor"))
        self.course_type = add(
            "course_type", self.tr("Course type"), self._choice(voc.COURSE_TYPES)
        )
        add("drug", self.tr("Drug or fluid"), max_length=120)
        add("dose", self.tr("Dose"), max_length=60)
        self.doses_per_day = add("doses_per_day", self.tr("Doses a day"), _spin(1, 12))
        self.planned_days = add("planned_days", self.tr("Planned days"), _spin(1, 365))
        self.first_dose = add(
            "first_dose_date", self.tr("First IV dose (treatment day 1)"), OptionalDateEdit()
        )
        self.hospital_doses = add(
            "hospital_doses", self.tr("Doses given in hospital"), _spin(0, 99)
        )
        self.referred_at = add(
            "referred_at", self.tr("Referred at"), datetime_edit(now_wall_clock())
        )

    def _build_plan(self) -> None:
        add = self.plan.add
        self.iv_access = add("iv_access", self.tr("IV access"), self._choice(voc.IV_ACCESS))
        self.closed_system = add(
            "closed_system", self.tr("Closed system"), self._choice(voc.CLOSED_SYSTEMS)
        )
        add("closed_system_other", self.tr("Other closed system"), max_length=120)
        self.place = add("place", self.tr("Place of treatment"), self._choice(voc.PLACES))
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
        """What the form holds. A number or the first dose not given stands in as a value
        the core refuses (0, -1, today): :meth:`store` names it as missing and never sends
        it."""
        text = self.form.text
        plan = self.plan.text
        hospital_doses = _given(self.hospital_doses)
        return ReferralInput(
            citizen_uuid=self.citizen.uuid(),
            department_uuid=(self.department.currentData() or ("", ""))[0],
            responsible_doctor=text("responsible_doctor"),
            course_type=self.course_type.currentData(),
            drug=text("drug"),
            dose=text("dose"),
            doses_per_day=_given(self.doses_per_day) or 0,
            planned_days=_given(self.planned_days) or 0,
            iv_access=self.iv_access.currentData(),
            closed_system=self.closed_system.currentData(),
            closed_system_other=plan("closed_system_other")
            if self.closed_system.currentData() == "other"
            else "",
            first_dose_date=self.first_dose.value() or clock.today(),
            hospital_doses=-1 if hospital_doses is None else hospital_doses,
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
            caller_name=text("caller_name"),
            caller_role=text("caller_role"),
        )

    def store(self) -> Any:
        data = self.input()
        missing = self._missing_choices(data) + self._not_given(data)
        if missing:
            # nothing to send yet; the core still names what else is wrong
            named = {p.field for p in missing}
            found = [p for p in referrals.check_referral_input(data, "") if p.field not in named]
            raise InvalidInput(missing + found)
        result = referrals.register_referral(self.ctx, data)
        self.created = result.value
        return result

    @property
    def course_uuid(self) -> str | None:
        return self.created

    def _not_given(self, data: ReferralInput) -> list[Problem]:
        """Each required field left empty (issue #12: never a silent default)."""
        empty = {
            "course_type": not data.course_type,
            "doses_per_day": _given(self.doses_per_day) is None,
            "planned_days": _given(self.planned_days) is None,
            "first_dose_date": self.first_dose.value() is None,
            "hospital_doses": _given(self.hospital_doses) is None,
            "iv_access": not data.iv_access,
            "closed_system": not data.closed_system,
            "place": not data.place,
            "caller_name": not data.caller_name.strip(),
            "caller_role": not data.caller_role.strip(),
        }
        text = self.tr("Required.")
        return [Problem(field, "referral.not_given", text) for field in REQUIRED if empty[field]]

    def new_citizen(self) -> None:
        """Register the citizen of a referral whose CPR is not known yet (issue #12): the
        citizen form, with the CPR typed in the search; the new citizen is then chosen."""
        # lazy: start-up (a screen's dialogs load when first opened)
        from app.views.citizens.citizen_dialog import CitizenDialog

        dialog = CitizenDialog(self.ctx, None, self)
        typed = self.citizen.search.text().replace("-", "").strip()
        if len(typed) == 10 and ascii_digits(typed):
            dialog.cpr.setText(f"{typed[:6]}-{typed[6:]}")
        if dialog.exec() and dialog.detail is not None:
            made = dialog.detail
            self.citizen.set_citizen(made.uuid, f"{made.cpr_masked}  {made.name}")
        dialog.deleteLater()

    def _missing_choices(self, data: ReferralInput) -> list[Any]:
        """The citizen and department are chosen from lists here; without a choice there is
        nothing to send (the core would answer "not found")."""
        found = []
        if not data.citizen_uuid:
            found.append(Problem("citizen_uuid", "choose.citizen", self.tr("Choose the citizen.")))
        if not data.department_uuid:
            found.append(
                Problem("department_uuid", "choose.department", self.tr("Choose the department."))
            )
        return found
