"""Sentinelle's web layer: a FastAPI application over the store, and the analyst page.

``create_app(WebSettings(db=..., token=...))`` builds it; ``sentinelle serve`` runs it with uvicorn.
"""

from sentinelle.web.app import create_app
from sentinelle.web.security import generate_token
from sentinelle.web.settings import WebSettings

__all__ = ["WebSettings", "create_app", "generate_token"]
