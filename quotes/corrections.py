"""Corrections people make, kept apart from machine output and replayed after reprocessing.

Every correction is a row of `corrections`, applied at once and kept:

- attribute / reject name a quote by article, kind and offsets, which survive
  re-extraction, so `apply_corrections` can find the new row and fix it again;
- merge / rename change speakers. They last by themselves: the old name stays as an
  alias, and the store resolves names through aliases, so re-extracted quotes of the
  old name land on the corrected speaker.

Undo restores what the correction's `previous` recorded. Undoing a merge brings back
speaker B with its kind and the aliases it had, and moves back the quotes whose mention
names B (by name or alias) more fully than it names A; quotes whose mention was only a
pronoun or a title cannot be told apart and stay with A.

Functions here change rows in the caller's session and never commit.
"""

import datetime
import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quotes.attribution import SpeakerKind
from quotes.errors import InputError, NotFoundError
from quotes.models import Correction, CorrectionAction, Quote, Speaker, SpeakerAlias
from quotes.names import fold
from quotes.queries import find_speaker

# The `previous` column's width: the record of a merge must fit in it.
_PREVIOUS_WIDTH = 512


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _quote(session: Session, quote_id: int) -> Quote:
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFoundError(f"no quote with id {quote_id} — `quotes list` shows quote ids")
    return quote


def _speaker_named(session: Session, name: str, *, create: bool) -> Speaker | None:
    """The speaker `name` resolves to (canonical name, then alias); created when asked."""
    try:
        return find_speaker(session, name)
    except NotFoundError:
        if not create:
            return None
    speaker = Speaker(name=name.strip(), name_key=fold(name), kind=SpeakerKind.UNKNOWN)
    session.add(speaker)
    session.flush()
    return speaker


def _add_alias(session: Session, speaker: Speaker, alias: str) -> None:
    key = fold(alias)
    if key == speaker.name_key or any(a.alias_key == key for a in speaker.aliases):
        return
    speaker.aliases.append(SpeakerAlias(alias=alias, alias_key=key))
    session.flush()


def _quote_of(session: Session, correction: Correction) -> Quote | None:
    """The quote a quote-level correction names, as it is now."""
    statement = sa.select(Quote).where(
        Quote.article_id == correction.article_id,
        Quote.kind == correction.quote_kind,
        Quote.start == correction.quote_start,
        Quote.end == correction.quote_end,
    )
    # Reprocessing deletes and re-inserts rows behind the ORM's back (and SQLite may
    # reuse their ids), so never trust a row the session loaded before.
    return session.scalars(statement.execution_options(populate_existing=True)).first()


def _apply(session: Session, correction: Correction, quote: Quote) -> None:
    if correction.action is CorrectionAction.REJECT:
        quote.rejected = True
    else:
        speaker = _speaker_named(session, correction.speaker or "", create=True)
        quote.speaker_id = speaker.id if speaker else None
    quote.corrected = True


def _record(session: Session, **fields: Any) -> Correction:
    correction = Correction(**fields)
    session.add(correction)
    session.flush()
    return correction


def _correct_quote(session: Session, quote: Quote, action: CorrectionAction, **fields: Any) -> Correction:
    """Record `action` on `quote` and apply it now.

    The quote is named by article, kind and offsets, which survive re-extraction; its id does not.
    """
    correction = _record(
        session,
        action=action,
        article_id=quote.article_id,
        quote_kind=quote.kind,
        quote_start=quote.start,
        quote_end=quote.end,
        **fields,
    )
    _apply(session, correction, quote)
    return correction


def attribute(session: Session, quote_id: int, speaker_name: str) -> Correction:
    """Give quote `quote_id` the speaker `speaker_name` (created when new)."""
    if not fold(speaker_name):
        raise InputError(f'"{speaker_name}" is not a name — give the speaker\'s name')
    quote = _quote(session, quote_id)
    return _correct_quote(
        session,
        quote,
        CorrectionAction.ATTRIBUTE,
        speaker=speaker_name.strip(),
        previous=quote.speaker.name if quote.speaker else None,
    )


def reject(session: Session, quote_id: int) -> Correction:
    """Mark quote `quote_id` as not a quote: it disappears from lists, reports and exports."""
    quote = _quote(session, quote_id)
    if quote.rejected:
        raise InputError(f"quote {quote_id} is already rejected — `quotes corrections` lists corrections")
    return _correct_quote(session, quote, CorrectionAction.REJECT)


def _names(speaker: Speaker) -> set[str]:
    """Every folded name `speaker` goes by."""
    return {speaker.name_key, *(alias.alias_key for alias in speaker.aliases)}


def merge(session: Session, keep: str, absorb: str) -> Correction:
    """Make speaker `absorb` an alias of `keep`: its quotes and aliases move to `keep`."""
    a = find_speaker(session, keep)
    b = find_speaker(session, absorb)
    if a.id == b.id:
        raise InputError(f'"{keep}" and "{absorb}" are already the same speaker — nothing to merge')
    aliases = sorted({alias.alias for alias in b.aliases if alias.alias_key != b.name_key})
    had = _names(a)
    # What undo needs: B's kind and aliases, and which names A only got from B.
    memory = {"kind": b.kind.value, "aliases": aliases, "added": [n for n in aliases if fold(n) not in had]}
    while len(json.dumps(memory, ensure_ascii=False)) > _PREVIOUS_WIDTH and memory["aliases"]:
        dropped = memory["aliases"].pop()  # keep the record within its column; undo restores fewer
        if dropped in memory["added"]:
            memory["added"].remove(dropped)
    correction = _record(
        session,
        action=CorrectionAction.MERGE,
        speaker=a.name,
        other=b.name,
        previous=json.dumps(memory, ensure_ascii=False),
    )
    session.execute(sa.update(Quote).where(Quote.speaker_id == b.id).values(speaker_id=a.id))
    b_name = b.name
    session.delete(b)
    session.flush()
    for alias in [b_name, *aliases]:
        _add_alias(session, a, alias)
    return correction


def rename(session: Session, name: str, new_name: str) -> Correction:
    """Give speaker `name` the canonical name `new_name`; the old name stays as an alias."""
    speaker = find_speaker(session, name)
    new_name = new_name.strip()
    if not fold(new_name):
        raise InputError(f'"{new_name}" is not a name — give the new canonical name')
    clash = session.scalars(
        sa.select(Speaker).where(Speaker.name_key == fold(new_name), Speaker.id != speaker.id)
    ).first()
    if clash is not None:
        raise InputError(
            f'a speaker called "{clash.name}" exists — use `quotes speakers merge "{clash.name}" "{speaker.name}"`'
        )
    old = speaker.name
    correction = _record(session, action=CorrectionAction.RENAME, speaker=old, other=new_name, previous=old)
    speaker.name = new_name
    speaker.name_key = fold(new_name)
    for alias in list(speaker.aliases):
        if alias.alias_key == speaker.name_key:
            speaker.aliases.remove(alias)  # the new name is no longer an alias of itself
    session.flush()
    _add_alias(session, speaker, old)
    return correction


def _standing(session: Session, correction: Correction) -> list[Correction]:
    """Standing quote-level corrections naming the same quote as `correction`, oldest first."""
    return list(
        session.scalars(
            sa.select(Correction)
            .where(
                Correction.undone_at.is_(None),
                Correction.action == correction.action,
                Correction.article_id == correction.article_id,
                Correction.quote_kind == correction.quote_kind,
                Correction.quote_start == correction.quote_start,
                Correction.quote_end == correction.quote_end,
            )
            .order_by(Correction.id)
        )
    )


def _undo_quote(session: Session, correction: Correction) -> None:
    quote = _quote_of(session, correction)
    if quote is None:
        return  # the quote is gone (re-extracted differently): nothing to restore
    others = _standing(session, correction)
    if others:
        _apply(session, others[-1], quote)  # a later correction of the same quote still holds
        return
    if correction.action is CorrectionAction.REJECT:
        quote.rejected = False
    else:
        previous = _speaker_named(session, correction.previous, create=True) if correction.previous else None
        quote.speaker_id = previous.id if previous else None
    quote.corrected = False


def _undo_rename(session: Session, correction: Correction) -> None:
    speaker = find_speaker(session, correction.other or "")
    old = correction.previous or correction.speaker or ""
    for alias in list(speaker.aliases):
        if alias.alias_key == fold(old):
            speaker.aliases.remove(alias)
    session.flush()
    speaker.name = old
    speaker.name_key = fold(old)
    session.flush()


def _longest_name_in(mention: str, keys: set[str]) -> int:
    """Length of the longest of `keys` that `mention` contains as whole words, 0 for none."""
    padded = f" {fold(mention)} "
    return max((len(key) for key in keys if key and f" {key} " in padded), default=0)


def _undo_merge(session: Session, correction: Correction) -> None:
    a = find_speaker(session, correction.speaker or "")
    memory = json.loads(correction.previous or "{}")
    name = correction.other or ""
    b_keys = {fold(name), *(fold(alias) for alias in memory.get("aliases", []))}
    only_from_b = {fold(name), *(fold(alias) for alias in memory.get("added", []))}
    for alias in [alias for alias in a.aliases if alias.alias_key in only_from_b]:
        a.aliases.remove(alias)
    session.flush()
    b = session.scalars(sa.select(Speaker).where(Speaker.name == name)).first()
    if b is None:
        b = Speaker(name=name, name_key=fold(name), kind=SpeakerKind(memory.get("kind", "unknown")))
        session.add(b)
        session.flush()
    for alias in memory.get("aliases", []):
        _add_alias(session, b, alias)
    a_keys = _names(a)
    for quote in session.scalars(sa.select(Quote).where(Quote.speaker_id == a.id, Quote.mention.is_not(None))):
        # A quote goes back to B when its mention names B more fully than it names A:
        # "Peskov" goes back to a merged "Peskov"; "Dmitry Peskov" stays with "Dmitry Peskov".
        if _longest_name_in(quote.mention or "", b_keys) > _longest_name_in(quote.mention or "", a_keys):
            quote.speaker_id = b.id


def undo(session: Session, correction_id: int) -> Correction:
    """Undo one standing correction; returns it, now marked undone."""
    correction = session.get(Correction, correction_id)
    if correction is None:
        raise NotFoundError(f"no correction with id {correction_id} — `quotes corrections` lists them")
    if correction.undone_at is not None:
        raise InputError(f"correction {correction_id} is already undone — `quotes corrections` lists them")
    correction.undone_at = _now()
    session.flush()
    if correction.action in (CorrectionAction.ATTRIBUTE, CorrectionAction.REJECT):
        _undo_quote(session, correction)
    elif correction.action is CorrectionAction.RENAME:
        _undo_rename(session, correction)
    else:
        _undo_merge(session, correction)
    session.flush()
    return correction


def apply_corrections(session: Session, article_id: int) -> int:
    """Re-apply every standing correction to the quotes of one article; returns how many applied.

    The store calls this after writing an article's quotes. Speaker merges and renames
    need nothing here: they live on in the speakers' aliases.
    """
    corrections = session.scalars(
        sa.select(Correction)
        .where(
            Correction.article_id == article_id,
            Correction.undone_at.is_(None),
            Correction.action.in_([CorrectionAction.ATTRIBUTE, CorrectionAction.REJECT]),
        )
        .order_by(Correction.id)
    )
    applied = 0
    for correction in corrections:
        quote = _quote_of(session, correction)
        if quote is not None:
            _apply(session, correction, quote)
            applied += 1
    session.flush()
    return applied


CORRECTION_COLUMNS = ("id", "action", "what", "when", "undone")


def _describe(correction: Correction) -> str:
    where = f"article {correction.article_id} [{correction.quote_start}:{correction.quote_end}]"
    if correction.action is CorrectionAction.ATTRIBUTE:
        return f"{where} {correction.quote_kind}: {correction.previous or '?'} → {correction.speaker}"
    if correction.action is CorrectionAction.REJECT:
        return f"{where} {correction.quote_kind}: not a quote"
    if correction.action is CorrectionAction.MERGE:
        return f"{correction.other} merged into {correction.speaker}"
    return f"{correction.speaker} renamed {correction.other}"


def _stamp(moment: datetime.datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S")


def correction_rows(session: Session) -> list[dict[str, Any]]:
    """Every correction, oldest first, described for people."""
    return [
        {
            "id": c.id,
            "action": c.action.value,
            "what": _describe(c),
            "when": _stamp(c.created_at),
            "undone": _stamp(c.undone_at),
        }
        for c in session.scalars(sa.select(Correction).order_by(Correction.id))
    ]
