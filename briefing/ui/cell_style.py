"""What the item models answer most often, named once.

Qt asks a model for every role of every cell in view at each paint, so the models compare
against Qt's enums named in full: PySide6 answers a short name like `Qt.DisplayRole` through
a compatibility lookup (6 µs each, against 0.4 µs for `Qt.ItemDataRole.DisplayRole`), and a
dozen of those in each `data` call made one paint of the 100,000-claim ledger cost 80 ms.
"""
from PySide6.QtCore import Qt

Role = Qt.ItemDataRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
