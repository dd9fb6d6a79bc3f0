"""Turning an article and the claims an analyst accepted from it into briefing entities.

Sources are matched to existing ones by name (case and spacing ignored) and otherwise
created with reliability F (cannot be judged) until the analyst grades them. The result is a
list of states for `Workspace.apply` (or the window's undoable `Session.execute`), so the
document, its new sources and its claims land in one transaction.
"""
from __future__ import annotations

from ..domain import Claim, Document, Source
from ..domain.ids import fresh_id, name_key, slug_id
from .workspace import Workspace

State = tuple[str, str, object]


def intake_states(ws: Workspace, document: Document, accepted: list[Claim]) -> list[State]:
    """States that add `document`, any new sources and the accepted claims (whose `source`
    holds the attributed *name*), each claim linked to the document. A claim's `base_claim`
    and `derived_from` name other accepted claims by their proposal ids and follow them to
    their new ids; a base the analyst did not accept is dropped (the program then chooses
    one, as for any fraction without a stated base)."""
    doc_ids = set(ws.store.ids("document"))
    document = document.changed(id=fresh_id("d", doc_ids)) if document.id in doc_ids else document
    sources = {name_key(s.name): s for s in ws.sources()}
    source_ids = {s.id for s in sources.values()}
    claim_ids = set(ws.store.ids("claim"))
    states: list[State] = [("document", document.id, document)]
    renamed = {p.id: fresh_id("c", claim_ids) for p in accepted}
    for proposal in accepted:
        name = " ".join(proposal.source.split()) or "Unattributed"
        source = sources.get(name_key(name))
        if source is None:
            source = Source(id=slug_id(name, source_ids), name=name, kind="other", reliability="F")
            sources[name_key(name)] = source
            states.append(("source", source.id, source))
        claim = proposal.changed(
            id=renamed[proposal.id], source=source.id, document=document.id,
            base_claim=renamed.get(proposal.base_claim),
            derived_from=tuple(renamed[d] for d in proposal.derived_from if d in renamed))
        states.append(("claim", claim.id, claim))
    return states


def undo_states(states: list[State]) -> list[State]:
    """The states that remove what `states` added: claims first, then sources, then the
    document (references must go before what they refer to)."""
    return [(kind, entity_id, None) for kind, entity_id, _ in reversed(states)]
