-- Schema version 6: the ledger's opening order as an index. A big briefing's window paints
-- its first page of claims — the first by the first day each claim's fuzzy date may mean
-- (`FuzzyDate.span()[0]`), then the analyst's order — before it reads the rest. Without an
-- index that page was a scan and a sort of every claim before the first paint (48 ms at
-- 100,000 claims, holding the window's thread); with it, a walk of the page's entries. The
-- expression is `SqliteStore._span_start` exactly (tests/test_store_ledger_order.py checks
-- that SQLite uses it); a season starts in the quarter that holds the month after the
-- date's month, one month before that quarter begins.

CREATE INDEX claim_ledger_order ON claim (
    (CASE date_precision WHEN 'day' THEN as_of
     WHEN 'week' THEN date(as_of, '-3 days')
     WHEN 'month' THEN date(as_of, 'start of month')
     WHEN 'season' THEN date(date(as_of, 'start of month', '+1 month'), printf('-%d months',
         (CAST(strftime('%m', date(as_of, 'start of month', '+1 month')) AS INTEGER) - 1) % 3 + 1))
     ELSE date(as_of, 'start of year') END),
    seq, id);
