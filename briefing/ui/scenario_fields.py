"""The scenario panel's own field widgets: a cited claim, an optional date, ranges typed as
"low–high". Kept apart from the panel so the form reads as a list of fields."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QWidget

from ..domain.fuzzy_dates import LAST_YEAR

NO_DATE = QDate(1900, 1, 1)           # "no date" in a date edit: the first date a briefing holds
LAST_DATE = QDate(LAST_YEAR, 12, 31)  # and the last


def parse_range(text: str):
    """'11000-13000' → (11000.0, 13000.0); empty → None."""
    cleaned = text.replace(",", "").replace("–", "-").replace(" ", "")
    if not cleaned:
        return None
    parts = cleaned.split("-")
    if len(parts) != 2:
        raise ValueError(f"range must be low-high (got {text!r})")
    return (float(parts[0]), float(parts[1]))


def format_range(rng) -> str:
    return "" if rng is None else f"{rng[0]:g}–{rng[1]:g}"


class ClaimCombo(QComboBox):
    """A cited claim: '(none)', or a claim id — offered from the evidence when the list
    opens (never filled for every claim on every edit), or typed."""

    def __init__(self, parameter: str, offer):
        super().__init__()
        self.parameter = parameter
        self._offer = offer
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.lineEdit().setPlaceholderText("no claim cited")

    def showPopup(self) -> None:
        current = self.claim_id()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for claim_id, label in self._offer(self.parameter):
            self.addItem(label, claim_id)
        self.set_claim(current)
        self.blockSignals(False)
        super().showPopup()

    def set_claim(self, claim_id: str | None) -> None:
        i = self.findData(claim_id) if claim_id else -1
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(claim_id or "")

    def claim_id(self) -> str | None:
        """The id the field names: an offered item's label starts with it ('isw-rate — …')."""
        return self.currentText().split(" — ")[0].strip() or None


class OptionalDate(QWidget):
    """A checkbox and a date: unchecked means no date."""

    def __init__(self, label: str):
        super().__init__()
        self.check = QCheckBox(label)
        self.date = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date.setDateRange(NO_DATE, LAST_DATE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)
        self.check.toggled.connect(self.date.setEnabled)

    def set_value(self, iso: str | None, fallback: str | None) -> None:
        self.check.setChecked(iso is not None)
        shown = iso or fallback
        self.date.setDate(QDate.fromString(shown, "yyyy-MM-dd") if shown else QDate.currentDate())
        self.date.setEnabled(iso is not None)

    def value(self) -> str | None:
        return self.date.date().toString("yyyy-MM-dd") if self.check.isChecked() else None
