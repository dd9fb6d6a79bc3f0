"""The competing-hypotheses matrix as a `QAbstractTableModel`: claims as rows, hypotheses as
columns, each cell the analyst's rating (CC, C, N, I, II or empty).

Columns: the claim, one per hypothesis, its diagnosticity, then its figure, source and grade
(last, so the ratings stay in view however long a figure is). A thin adapter over the
analysis's `Matrix` and evidence: cells are formatted when Qt asks
for them, so 100,000 claims cost no more than the rows in view. An edited cell becomes a
`ratingEdited` signal (hypothesis, claim, the new rating or None to clear it, the revision
the cell was shown at); the panel writes it through the session. Rows whose claim does not
discriminate between the hypotheses (diagnosticity 0, unrated included) are dimmed. Qt's
enums are named in full (cell_style.py says why).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..charts.plain_text import tooltip
from ..domain import RATINGS_WORDS, figure
from ..domain.ids import pair_id
from .cell_style import CENTRE, RIGHT, Role

FIXED = ("Claim",)          # before the hypotheses; after them: TRAILING
TRAILING = ("Diagnosticity", "Figure")
DIM = QBrush(QColor(128, 128, 128))
CELL_BRUSHES = {"CC": QBrush(QColor(0, 122, 51, 70)), "C": QBrush(QColor(0, 122, 51, 30)),
                "I": QBrush(QColor(200, 16, 46, 40)), "II": QBrush(QColor(200, 16, 46, 90))}


def parse_rating(text) -> str | None:
    """What a typed cell means: 'cc' → 'CC', '' → None (unrated); ValueError otherwise."""
    word = str(text or "").strip().upper()
    if not word:
        return None
    if word not in RATINGS_WORDS:
        raise ValueError(f"{str(text).strip()!r} is not a rating: type CC, C, N, I or II "
                         "(Delete clears the cell)")
    return word


class MatrixModel(QAbstractTableModel):
    ratingEdited = Signal(str, str, object, int)   # hypothesis, claim, rating | None, rev
    editRefused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix = None
        self.evidence = None
        self.revisions: dict[str, int] = {}
        self.rated_only = False
        self.read_only = False
        self._rows: list[str] = []

    def load(self, matrix, evidence, revisions: dict[str, int]) -> bool:
        """A new analysis. The same rows and hypotheses (a rescore, another analyst's
        rating) only repaint, so a cell being typed into keeps its editor; otherwise the
        model is reset. Returns whether it was (the columns may want new widths)."""
        same_shape = (self.matrix is not None and evidence is not None
                      and [h.id for h in matrix.hypotheses] == [h.id for h in self.hypotheses])
        self.matrix, self.evidence, self.revisions = matrix, evidence, revisions
        rows = self._row_ids()
        if same_shape and rows == self._rows:
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def set_rated_only(self, on: bool) -> None:
        self.beginResetModel()
        self.rated_only = on
        self._rows = self._row_ids()
        self.endResetModel()

    def _row_ids(self) -> list[str]:
        if self.evidence is None:
            return []
        if self.rated_only:
            return [c for c in self.evidence.claims if c in self.matrix.weights]
        return list(self.evidence.claims)

    # ---- shape --------------------------------------------------------------------------
    @property
    def hypotheses(self):
        return self.matrix.hypotheses if self.matrix is not None else ()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else \
            len(FIXED) + len(self.hypotheses) + len(TRAILING)

    def claim_id(self, row: int) -> str:
        return self._rows[row]

    def row_of(self, claim_id: str) -> int | None:
        try:
            return self._rows.index(claim_id)
        except ValueError:
            return None

    def hypothesis_at(self, column: int):
        k = column - len(FIXED)
        return self.hypotheses[k] if 0 <= k < len(self.hypotheses) else None

    def trailing(self, column: int) -> str | None:
        k = column - len(FIXED) - len(self.hypotheses)
        return TRAILING[k] if 0 <= k < len(TRAILING) else None

    def column_of(self, hypothesis_id: str) -> int | None:
        for k, h in enumerate(self.hypotheses):
            if h.id == hypothesis_id:
                return len(FIXED) + k
        return None

    def headerData(self, section, orientation, role=Role.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        h = self.hypothesis_at(section)
        if role == Role.DisplayRole:
            if h is not None:
                s = self.matrix.score_of(h.id)
                lead = " ★" if self.matrix.leader == h.id else ""
                return f"{h.id}{lead}\n{s.inconsistency:.2f} (#{s.rank})"
            return FIXED[section] if section < len(FIXED) else self.trailing(section)
        if role == Role.ToolTipRole:
            if h is not None:
                return tooltip(h.description or "", "Inconsistency: the sum of grade weight × "
                               "1 (I) or 2 (II) of the claims rated against it; the lowest "
                               "leads.", title=h.title)
            if self.trailing(section) == "Diagnosticity":
                return tooltip("How far this claim's ratings set the hypotheses apart: its "
                               "grade weight × (most − fewest inconsistency points). 0: it "
                               "does not discriminate (dimmed).")
        return None

    # ---- cells --------------------------------------------------------------------------
    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.hypothesis_at(index.column()) is not None and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Role.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cid = self._rows[index.row()]
        h = self.hypothesis_at(index.column())
        if role in (Role.DisplayRole, Role.EditRole):
            return self._display(cid, index.column(), h)
        if role == Role.ForegroundRole and self.matrix.diagnosticity.get(cid, 0) <= 0:
            return DIM
        if role == Role.BackgroundRole and h is not None:
            return CELL_BRUSHES.get(self.matrix.rating(h.id, cid))
        if role == Role.TextAlignmentRole and h is not None:
            return CENTRE
        if role == Role.TextAlignmentRole and self.trailing(index.column()) == "Diagnosticity":
            return RIGHT
        if role == Role.ToolTipRole:
            return self._tooltip(cid, h)
        if role == Role.UserRole:
            return cid
        return None

    def _display(self, cid: str, column: int, h):
        if h is not None:
            return self.matrix.rating(h.id, cid) or ""
        if column < len(FIXED):
            return cid
        if self.trailing(column) == "Figure":
            return self._figure(cid)
        d = self.matrix.diagnosticity.get(cid)
        return "" if d is None else f"{d:.2f}"

    def _figure(self, cid: str) -> str:
        claim = self.evidence.claims[cid]
        reading = self.evidence.readings.get(cid)
        shown = reading.text if reading is not None else figure(claim)
        return (f"{shown} {claim.metric.replace('_', ' ')} · {self.evidence.name(claim.source)} "
                f"{self.evidence.grade(claim)}")

    def _tooltip(self, cid: str, h):
        claim = self.evidence.claims[cid]
        grade = self.evidence.grade(claim)
        lines = [f"“{claim.quote}”", f"{claim.date.label()} · grade {grade} (weight "
                                     f"{self.evidence.trust(claim):.2f})"]
        if h is not None:
            rating = self.matrix.rating(h.id, cid)
            lines.insert(0, f"{h.title}: {RATINGS_WORDS[rating] if rating else 'not rated'}")
        return tooltip(*lines, title=f"{cid}: {self._figure(cid)}")

    def setData(self, index, value, role=Role.EditRole):
        h = self.hypothesis_at(index.column()) if index.isValid() else None
        if h is None or role != Role.EditRole:
            return False
        cid = self._rows[index.row()]
        try:
            rating = parse_rating(value)
        except ValueError as exc:
            self.editRefused.emit(f"Not rated: {exc}")
            return False
        if rating == self.matrix.rating(h.id, cid):
            return False
        self.ratingEdited.emit(h.id, cid, rating,
                               self.revisions.get(pair_id(h.id, cid), 0))
        return True
