"""Finding a claim's cells in the window's ledger."""
from briefing.ui.ledger_rows import COLUMNS


def row_of(window, claim_id):
    row = window.model.rows.row_of(claim_id)
    assert row is not None, f"claim {claim_id} not shown"
    return row


def cell(window, claim_id, column):
    return window.model.index(row_of(window, claim_id), COLUMNS.index(column))
