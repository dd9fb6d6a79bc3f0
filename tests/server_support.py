"""Databases on the test server: a new, empty one per test, or a copy of a seeded template.

`CREATE DATABASE … TEMPLATE` copies a database in ~0.1 s, so every test gets a database of
its own (one database holds one briefing); they are dropped with the server at the end.
"""
from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

_SEED_TEMPLATE = "briefing_seed_template"


class Databases:
    def __init__(self, admin_uri: str, server=None):
        self.admin_uri = admin_uri
        self.server = server  # the tests' own Server, or None for one CI started
        self._numbers = itertools.count(1)
        self._prefix = f"t{os.getpid()}_"
        self._seeded = False

    def uri(self, dbname: str, user: str | None = None) -> str:
        parts = urlsplit(self.admin_uri)
        netloc = parts.netloc if user is None else f"{user}@{parts.netloc.split('@')[-1]}"
        return urlunsplit((parts.scheme, netloc, f"/{dbname}", "", ""))

    def admin(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.uri(dbname), autocommit=True)

    def new(self, seeded: bool = False, owner: str | None = None) -> str:
        """The URI of a new database (empty, or holding the seed briefing)."""
        name = f"{self._prefix}{next(self._numbers)}"
        if seeded:
            self._make_seed_template()
        with self.admin() as conn:
            template = sql.SQL(" TEMPLATE {}").format(sql.Identifier(_SEED_TEMPLATE)) \
                if seeded else sql.SQL("")
            owned = sql.SQL(" OWNER {}").format(sql.Identifier(owner)) if owner else sql.SQL("")
            conn.execute(sql.SQL("CREATE DATABASE {}{}{}").format(
                sql.Identifier(name), template, owned))
        return self.uri(name)

    def _make_seed_template(self) -> None:
        if self._seeded:
            return
        from briefing.interchange import read_package
        from briefing.workspace import Workspace
        from briefing.workspace.locations import seed_package_path

        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(
                sql.Identifier(_SEED_TEMPLATE)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(_SEED_TEMPLATE)))
        ws = Workspace.open(self.uri(_SEED_TEMPLATE), watch=False)
        try:
            ws.import_package(read_package(seed_package_path()))
        finally:
            ws.close()
        self._seeded = True

    def new_role(self, base: str, login: bool = True, member_of: str | None = None) -> str:
        """A role of the server (roles are the whole server's: the name gets a unique
        suffix, so reruns against CI's server never meet an old one)."""
        name = f"{base}_{self._prefix}{next(self._numbers)}"
        options = sql.SQL(" LOGIN" if login else " NOLOGIN")
        if member_of:
            options += sql.SQL(" IN ROLE {}").format(sql.Identifier(member_of))
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(name)) + options)
        return name

    def execute(self, dbname_or_uri: str, statement: str, args: tuple = ()) -> list[tuple]:
        """A statement as the admin on one database (roles, grants, raw rows)."""
        dbname = urlsplit(dbname_or_uri).path.strip("/") if "://" in dbname_or_uri \
            else dbname_or_uri
        with psycopg.connect(self.uri(dbname), autocommit=True) as conn:
            cursor = conn.execute(statement, args)
            return cursor.fetchall() if cursor.description else []
