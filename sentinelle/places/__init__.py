"""The places stage: gazetteer look-ups and the ``sentinelle_places`` spaCy component.

``get_gazetteer().lookup(name, country=None)`` is the helper other stages use;
importing this package registers the component factory.
"""

from sentinelle.places.component import PlacesComponent, find_places
from sentinelle.places.gazetteer import Gazetteer, get_gazetteer

__all__ = ["Gazetteer", "PlacesComponent", "find_places", "get_gazetteer"]
