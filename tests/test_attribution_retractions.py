"""Retractions (attribution/retractions.py): an announcement taken back is denied, not told."""

from __future__ import annotations

import pytest

import sentinelle


def _modalities(text: str) -> list[str]:
    return [e.modality for e in sentinelle.extract(text, published="2024-03-05", relevance_gate=False).events]


@pytest.mark.parametrize("text", [
    # Chad, Yemen, Haiti: the next sentence takes the announcement back
    "Lundi, l'armée a affirmé avoir repoussé une attaque près de Ngouboua. Le gouvernement est finalement revenu "
    "sur cette annonce mardi.",
    "Dimanche, les Houthis ont affirmé avoir abattu un drone américain au-dessus de Saada. L'information a été "
    "démentie lundi par le Pentagone.",
    "La police a annoncé samedi avoir tué six bandits à Mirebalais. Elle s'est rétractée dimanche.",
    # the same sentence
    "Lundi, l'armée a affirmé avoir repoussé une attaque près de Ngouboua, avant de démentir cette information.",
])
def test_an_announcement_taken_back_is_denied(text):
    assert _modalities(text) == ["denied"]


@pytest.mark.parametrize(("text", "wanted"), [
    # another incident told after it, or a taking back in another paragraph, takes nothing back
    ("Lundi, l'armée a affirmé avoir repoussé une attaque près de Ngouboua.\n\nLe ministre est revenu sur "
     "cette annonce au sujet du budget.", ["reported"]),
    ("Des hommes armés ont tué cinq civils lundi à Kaya. Ils se sont ensuite repliés vers la brousse.",
     ["asserted"]),
])
def test_no_taking_back_no_denial(text, wanted):
    assert _modalities(text) == wanted
