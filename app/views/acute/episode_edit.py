"""Attach a citizen to the acute function, or change an open episode (OK22 Bilag 3, DIGEST
§2.3): the target group in the protocol's wording and who referred (001:14055–14082), the
referral and its XREF22 reference, at home or on an acute place, and the
treatment-responsible doctor or function with a phone number — without which the episode
cannot be saved (001:14109–14115; D20). The core decides every rule; this dialog only
collects and shows what it says."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from app.domain import acute as rules
from app.domain.problems import Problem
from app.errors import InvalidInput
from app.services.acute import episodes, units
from app.services.acute.episodes import EpisodeInput
from app.views.acute.episode_form import EpisodeFormDialog, text_box
from app.views.components import acute_vocabulary as ev
from app.views.components.citizen_picker import CitizenPicker
from app.views.components.formatting import now_wall_clock
from app.views.widgets.form import FieldForm
from app.views.widgets.inputs import OptionalDateEdit, datetime_edit, moment_of, set_moment


def _wide_combo(box: QComboBox) -> QComboBox:
    """A combo with long items that does not widen the dialog; its list shows them whole."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(30)
    box.view().setMinimumWidth(640)
    return box


class EpisodeDialog(EpisodeFormDialog):
    """New (``episode`` None) or change (an EpisodeView of an open episode)."""

    def __init__(
        self,
        ctx: Any,
        episode: Any | None = None,
        parent: QWidget | None = None,
        *,
        citizen: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(ctx, episode, parent)
        self.created: str | None = None
        self.setWindowTitle(self.tr("Change episode") if episode else self.tr("New acute episode"))
        self.setMinimumWidth(1060)
        self.right = FieldForm()
        self.forms.append(self.right)
        self._build_referral()
        self._build_responsibility()
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.form, 1)
        columns.addWidget(self.right, 1)
        self.finish_layout(body)
        self._load_units()
        self.group.currentIndexChanged.connect(self._group_changed)
        self.setting.currentIndexChanged.connect(self._setting_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._group_changed()
        if episode is not None:
            self._fill(episode)
        elif citizen is not None:
            self.citizen.set_citizen(*citizen)
        self._setting_changed()

    # -- construction -----------------------------------------------------------------------
    def _build_referral(self) -> None:
        add = self.form.add
        if self.episode is None:
            self.citizen = add("citizen", self.tr("Citizen"), CitizenPicker(self.ctx))
            self.form.fields["citizen"] = self.citizen.search
        else:
            add("citizen", self.tr("Citizen"), QLabel(self.episode.citizen_name))
        self.group = add(
            "target_group", self.tr("Target group"), _wide_combo(ev.combo(ev.TARGET_GROUPS, 2))
        )
        self.group_text = QLabel()
        self.group_text.setObjectName("group_text")
        self.group_text.setWordWrap(True)
        self.group_text.setStyleSheet("color: #4a5a6a;")
        self.form.layout_.addRow("", self.group_text)
        self.referrer = add("referrer_kind", self.tr("Referred by"), ev.combo(ev.REFERRERS, "gp"))
        add("referrer_name", self.tr("Referrer's name"), max_length=120)
        self.referred_at = add(
            "referred_at", self.tr("Referred at"), datetime_edit(now_wall_clock())
        )
        self.reason = add("reason", self.tr("Reason for referral"), text_box(70))
        add("xref22_reference", self.tr("XREF22 reference"), max_length=80).setPlaceholderText(
            self.tr("The referral's MedCom reference, if it came as XREF22")
        )

    def _build_responsibility(self) -> None:
        add = self.right.add
        hint = QLabel(
            self.tr(
                "<b>Required:</b> the treatment-responsible doctor or medical function and a "
                "phone number. The acute function must always know whom to call."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("responsible_hint")
        hint.setStyleSheet("color: #8a3b00;")
        self.right.layout_.addRow(hint)
        self.doctor = add("responsible_doctor", self.tr("Responsible doctor *"), max_length=120)
        self.doctor.setPlaceholderText(self.tr("Doctor or medical function, e.g. GP Hanne Lund"))
        self.phone = add("responsible_phone", self.tr("Phone *"), max_length=20)
        self.hospital = add(
            "hospital_responsible",
            self.tr("Hospital"),
            QCheckBox(self.tr("The hospital holds treatment responsibility")),
        )
        self.insured = add(
            "group_1_insured", self.tr("Health insurance"), QCheckBox(self.tr("Group-1 insured"))
        )
        self.insured.setChecked(True)
        self.setting = add("setting", self.tr("Where"), ev.combo(ev.SETTINGS, "home"))
        self.unit = add("acute_unit", self.tr("Acute place unit"), QComboBox())
        self.place = add("place_number", self.tr("Place"), QComboBox())
        self.start = add("start_at", self.tr("Start"), datetime_edit(now_wall_clock()))
        self.expected_end = add("expected_end", self.tr("Expected end"), OptionalDateEdit())

    def _load_units(self) -> None:
        self.board = {o.unit.uuid: o for o in units.occupancy_board(self.ctx)}
        self.unit.addItem(self.tr("Choose the unit…"), "")
        for uuid, occupancy in self.board.items():
            free = occupancy.free
            self.unit.addItem(
                self.tr("{unit} ({free} of {places} free)").format(
                    unit=occupancy.unit.name, free=free, places=len(occupancy.places)
                ),
                uuid,
            )

    def _fill(self, view: Any) -> None:
        self.group.setCurrentIndex(self.group.findData(view.target_group))
        self.referrer.setCurrentIndex(self.referrer.findData(view.referrer_kind))
        self.form.set_text("referrer_name", view.referrer_name)
        self.form.set_text("reason", view.reason)
        self.form.set_text("xref22_reference", view.xref22_reference)
        # lazy: start-up (the window is shown before the core loads)
        from app.domain import clock

        set_moment(self.referred_at, clock.local(view.referred_at).replace(tzinfo=None))
        set_moment(self.start, clock.local(view.start_at).replace(tzinfo=None))
        self.expected_end.set_value(view.expected_end)
        self.right.set_text("responsible_doctor", view.responsible_doctor)
        self.right.set_text("responsible_phone", view.responsible_phone)
        self.hospital.setChecked(view.hospital_responsible)
        self.insured.setChecked(view.group_1_insured)
        self.setting.setCurrentIndex(self.setting.findData(view.setting))
        self.unit.setCurrentIndex(max(self.unit.findData(view.acute_unit_uuid), 0))
        self._unit_changed()
        self.place.setCurrentIndex(max(self.place.findData(view.place_number), 0))

    def preset_place(self, unit_uuid: str, place: int | None) -> None:
        """Start on a free acute place chosen on the occupancy board."""
        self.setting.setCurrentIndex(self.setting.findData(rules.Setting.ACUTE_PLACE))
        self.unit.setCurrentIndex(max(self.unit.findData(unit_uuid), 0))
        self.place.setCurrentIndex(max(self.place.findData(place), 0))

    # -- reactions --------------------------------------------------------------------------
    def _group_changed(self, *_args: Any) -> None:
        """Groups 1–2 come from the GP, 3 from home nursing, 4 from a hospital doctor."""
        group = self.group.currentData()
        self.group_text.setText(ev.label(ev.TARGET_GROUPS, group))
        wanted = rules.GROUP_REFERRER.get(group)
        if wanted is not None:
            self.referrer.setCurrentIndex(self.referrer.findData(str(wanted)))

    def _setting_changed(self, *_args: Any) -> None:
        on_place = self.setting.currentData() == rules.Setting.ACUTE_PLACE
        self.right.set_row_visible("acute_unit", on_place)
        self.right.set_row_visible("place_number", on_place)

    def _unit_changed(self, *_args: Any) -> None:
        self.place.clear()
        occupancy = self.board.get(self.unit.currentData() or "")
        if occupancy is None:
            return
        mine = self.episode.uuid if self.episode is not None else None
        for place in occupancy.places:
            if place.episode_uuid in (None, mine):
                self.place.addItem(
                    self.tr("Place {number}").format(number=place.number), place.number
                )
        if self.place.count() == 0:
            self.place.addItem(self.tr("No free place"), None)

    # -- saving -----------------------------------------------------------------------------
    def input(self) -> EpisodeInput:
        text, right = self.form.text, self.right.text
        on_place = self.setting.currentData() == rules.Setting.ACUTE_PLACE
        return EpisodeInput(
            citizen_uuid=self.citizen.uuid() if self.episode is None else self.episode.citizen_uuid,
            target_group=int(self.group.currentData()),
            referrer_kind=str(self.referrer.currentData()),
            referred_at=moment_of(self.referred_at),
            setting=str(self.setting.currentData()),
            responsible_doctor=right("responsible_doctor"),
            responsible_phone=right("responsible_phone"),
            referrer_name=text("referrer_name"),
            reason=text("reason"),
            acute_unit_uuid=str(self.unit.currentData() or "") if on_place else "",
            place_number=self.place.currentData() if on_place else None,
            hospital_responsible=self.hospital.isChecked(),
            group_1_insured=self.insured.isChecked(),
            start_at=moment_of(self.start),
            expected_end=self.expected_end.value(),
            xref22_reference=text("xref22_reference"),
        )

    def store(self) -> Any:
        data = self.input()
        if self.episode is not None:
            return episodes.update_episode(self.ctx, self.episode.uuid, self.version, data)
        if not data.citizen_uuid:
            # nothing to send yet; the core's own rules still name what else is wrong (D20)
            facts = rules.EpisodeFacts(
                data.target_group,
                data.referrer_kind,
                data.setting,
                data.responsible_doctor,
                data.responsible_phone,
            )
            chosen = Problem("citizen", "choose.citizen", self.tr("Choose the citizen."))
            raise InvalidInput([chosen, *rules.check_episode(facts)])
        result = episodes.register_episode(self.ctx, data)
        self.created = result.value
        return result

    @property
    def episode_uuid(self) -> str | None:
        return self.created or super().episode_uuid
