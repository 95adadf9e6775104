"""Corrections people make, kept apart from machine output and replayed after reprocessing."""

from sqlalchemy.orm import Session


def apply_corrections(session: Session, article_id: int) -> int:
    """Re-apply every standing correction to the quotes of one article; returns how many applied.

    Placeholder until corrections land: nothing to apply.
    """
    return 0
