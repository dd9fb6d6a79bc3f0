-- Schema version 6 on a team server: nothing to add. migrations/sqlite/0006_ledger_order.sql
-- indexes a file's ledger order because the first page's sort ran inside the window's
-- process, holding its thread; a server sorts on its own machine while the window's
-- connection waits without holding the interpreter (the sort of 100,000 claims there is a
-- few tens of milliseconds, not a stall). The version number stays the file's.
SELECT 1;
