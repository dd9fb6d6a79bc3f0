"""The claims ledger as a `QAbstractTableModel`: a thin adapter over `LedgerRows`.

Only visible cells are formatted (naming Qt's enums in full: cell_style.py). Edits become a
new `Claim` handed to the session; a refused value (validation, stale edit) is reported
through `editRefused` and nothing is saved.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..charts.plain_text import tooltip
from ..domain import (CREDIBILITY_WORDS, RELIABILITY_WORDS, FuzzyDate, Problem,
                      ValidationError, figure)
from ..domain.vocabulary import METRICS
from ..workspace import BriefingFileError, StaleEditError
from .cell_style import CENTRE, RIGHT, Role
from .ledger_rows import COLUMNS, HEADERS, LedgerRows
from .merge_conflicts import merge_icon

EDITABLE = {"subject", "metric", "figure", "grade", "quote", "include_in_projection"}
CONFLICT_BRUSH = QBrush(QColor(200, 16, 46, 40))
MERGE_BRUSH = QBrush(QColor(106, 61, 154, 60))   # a merge conflict between copies (§6)


def parse_figure(text: str) -> dict:
    """'3,800' → value; '2,000-2,400' or '2,000–2,400' → low/high. Fractions are edited in
    the detail pane, where the base strength is visible."""
    cleaned = text.replace(",", "").replace("≈", "").replace("–", "-").strip()
    try:
        if "-" in cleaned.lstrip("-"):
            low, high = (float(x) for x in cleaned.split("-", 1))
            return {"value": None, "low": low, "high": high, "fraction": None,
                    "fraction_of": None}
        return {"value": float(cleaned), "low": None, "high": None, "fraction": None,
                "fraction_of": None}
    except ValueError:
        raise ValidationError([Problem("figure", f"cannot read {text!r} as a number or a "
                                                 "low-high range")]) from None


def parse_grade(value, reliability: str):
    """'2' or 'B2' → credibility 2. The letter belongs to the source: a different one is
    refused rather than silently dropped."""
    text = str(value).strip().upper()
    if text[:1].isalpha():
        if text[0] != reliability:
            raise ValidationError([Problem("credibility", (
                f"the letter {text[0]!r} is the source's reliability ({reliability}); "
                "a claim's grade changes only its credibility digit 1–6"))])
        text = text[1:]
    try:
        return int(text)
    except ValueError:
        return text


class ClaimsTableModel(QAbstractTableModel):
    editRefused = Signal(str)
    staleEdit = Signal(object)  # the edited Claim, whose row someone else changed meanwhile

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows = LedgerRows()
        self.merge_marks: dict[str, tuple[str, ...]] = {}  # claim id → fields in conflict
        self.read_rest = None  # reads every claim while `rows` is a first page (the window)

    # ---- loading ------------------------------------------------------------------------
    def load(self, rows: LedgerRows) -> None:
        """Swap in freshly read rows, keeping the current sort, filter and grouping. Rows
        already in them (LedgerRows are made sorted: the opening work's, read on its
        thread) are not sorted again — 10-20 ms of the window's thread at 100,000."""
        shown = self.rows.sort_key, self.rows.filter, self.rows.group_conflicts
        if (rows.sort_key, rows.filter, rows.group_conflicts) != shown:
            rows.sort_key, rows.filter, rows.group_conflicts = shown
            rows.refresh()
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def patch(self, frame, removed: set[str], bases: dict, conflicts: dict) -> None:
        """A few claims changed: patch them in place (a relayout), or reset the model when
        claims were added or removed."""
        if self.rows.changes_row_count(frame, removed):
            self.beginResetModel()
            self.rows.patch(frame, removed, bases, conflicts)
            self.endResetModel()
        else:
            self.relayout(lambda rows: rows.patch(frame, removed, bases, conflicts))

    def relayout(self, change, every_row: bool = True) -> None:
        """Apply a change (a callable on `rows`) as a layout change. A sort, a filter or an
        edit is over every claim, so a first page is completed first; new analysis marks
        are not (`every_row=False`): a first page stays in date order whatever they say, and
        the rest of the rows takes the marks when the background read delivers it — waiting
        for that read here froze the window for a second at 100,000 claims."""
        if every_row:
            self.fetchMore()
        self.layoutAboutToBeChanged.emit()
        change(self.rows)
        self.layoutChanged.emit()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self.rows.complete and self.read_rest is not None

    def fetchMore(self, parent=QModelIndex()) -> None:
        """The view reached the end of a first page (or a sort or filter needs every row):
        read the rest now rather than when the background read is done."""
        if self.canFetchMore(parent):
            self.read_rest()

    # ---- the Qt model -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Role.ToolTipRole:
            return _HEADER_TIPS.get(COLUMNS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name = COLUMNS[index.column()]
        if self.session.read_only or name not in EDITABLE:
            return base
        if name == "include_in_projection":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def claim_id(self, row: int) -> str:
        return self.rows.value(self.rows.position(row), "id")

    def data(self, index, role=Role.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        pos = self.rows.position(index.row())
        name = COLUMNS[index.column()]
        if role == Role.DisplayRole:
            return self._display(pos, name)
        if role == Role.EditRole:
            return self._edit_value(pos, name)
        if role == Role.CheckStateRole and name == "include_in_projection":
            checked = self.rows.value(pos, name)
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Role.ToolTipRole:
            return self._tooltip(pos, name)
        if role == Role.BackgroundRole and self.rows.value(pos, "id") in self.merge_marks:
            return MERGE_BRUSH
        if (role == Role.DecorationRole and name == "figure"
                and self.rows.value(pos, "id") in self.merge_marks):
            return merge_icon()
        if role == Role.BackgroundRole and self.rows.conflicts.get(self.rows.value(pos, "id")):
            return CONFLICT_BRUSH
        if role == Role.TextAlignmentRole and name == "figure":
            return RIGHT
        if role == Role.TextAlignmentRole and name == "grade":
            return CENTRE
        if role == Role.UserRole:
            return self.rows.value(pos, "id")
        return None

    def _display(self, pos: int, name: str):
        v = self.rows.value
        if name == "date":
            return FuzzyDate.parse(v(pos, "as_of"), v(pos, "date_precision")).label()
        if name == "figure":
            return figure(self.rows.claim(pos), self.rows.bases.get(v(pos, "id")))
        if name == "source":
            return v(pos, "source_name")
        if name == "grade":
            return f"{v(pos, 'reliability')}{v(pos, 'credibility')}"
        if name == "quote":  # one line; the view elides it to the column's width
            return " ".join((v(pos, "quote") or "")[:400].split())
        if name == "conflict":
            conflict = self.rows.conflicts.get(v(pos, "id"))
            text = "" if conflict is None else "⚠ " + conflict.reason
            merged = self.merge_marks.get(v(pos, "id"))
            return text if not merged else f"⇄ merge: {', '.join(merged)}" + (
                f" · {text}" if text else "")
        if name == "include_in_projection":
            return None
        if name == "metric":
            return v(pos, "metric").replace("_", " ")
        return v(pos, name)

    def _edit_value(self, pos: int, name: str):
        if name == "figure":
            claim = self.rows.claim(pos)
            if claim.value is not None:
                return f"{claim.value:g}"
            if claim.low is not None:
                return f"{claim.low:g}-{claim.high:g}"
            return figure(claim)
        if name == "grade":
            return self.rows.value(pos, "credibility")
        return self.rows.value(pos, name)

    def _tooltip(self, pos: int, name: str):
        text = self._tooltip_text(pos, name)
        return None if text is None else tooltip(text)

    def _tooltip_text(self, pos: int, name: str):
        v = self.rows.value
        if name == "quote":
            return f"“{v(pos, 'quote')}”"
        if name == "source":
            return f"{v(pos, 'source_name')}: {RELIABILITY_WORDS[v(pos, 'reliability')]}"
        if name == "grade":
            return (f"{v(pos, 'reliability')}: {RELIABILITY_WORDS[v(pos, 'reliability')]} "
                    f"(the source) · {v(pos, 'credibility')}: "
                    f"{CREDIBILITY_WORDS[int(v(pos, 'credibility'))]} (this claim)")
        if name in ("conflict", "figure") and v(pos, "id") in self.merge_marks:
            return ("Copies of this briefing changed " + ", ".join(self.merge_marks[v(pos, "id")])
                    + " differently: both values are in the claim's detail pane")
        if name == "conflict" and v(pos, "id") in self.rows.conflicts:
            return self.rows.conflicts[v(pos, "id")].reason
        if name == "date":
            start, end = FuzzyDate.parse(v(pos, "as_of"), v(pos, "date_precision")).span()
            return f"{start.isoformat()} … {end.isoformat()} ({v(pos, 'date_precision')})"
        return None

    def setData(self, index, value, role=Role.EditRole):
        if not index.isValid():
            return False
        pos = self.rows.position(index.row())
        name = COLUMNS[index.column()]
        claim = self.rows.claim(pos)
        try:
            changed = claim.changed(**self._edited_fields(name, value, role,
                                                          self.rows.value(pos, "reliability")))
            self.session.put(changed, text=f"Edit {name.replace('_', ' ')} of claim {claim.id}",
                             expected_rev=int(self.rows.value(pos, "rev")))
        except ValidationError as exc:
            self.editRefused.emit(f"Claim {claim.id} not changed: "
                                  + "; ".join(str(p) for p in exc.problems))
            return False
        except StaleEditError:
            self.staleEdit.emit(changed)
            return False
        except BriefingFileError as exc:
            self.editRefused.emit(str(exc))
            return False
        return True

    def _edited_fields(self, name: str, value, role, reliability: str) -> dict:
        if name == "include_in_projection":
            return {name: Qt.CheckState(value) == Qt.CheckState.Checked}
        if name == "figure":
            return parse_figure(str(value))
        if name == "grade":
            return {"credibility": parse_grade(value, reliability)}
        if name == "metric":
            text = str(value).strip().replace(" ", "_")
            return {name: text if text in METRICS else str(value)}
        return {name: value}


_HEADER_TIPS = {
    "date": "As-of date with its precision (fuzzy dates are spans)",
    "grade": "Admiralty grade: the source's reliability A–F and this claim's credibility "
             "1 confirmed … 6 cannot be judged (edit the digit)",
    "source": "Who said it",
    "conflict": "Claims on the same subject and metric whose figures disagree",
    "include_in_projection": "Use this claim in fitted projections",
}
