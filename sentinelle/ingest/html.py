"""Main text and metadata of a news web page, via trafilatura."""

from __future__ import annotations

from sentinelle.errors import InputError
from sentinelle.ingest.jsonl import check_article_text, normalise_published
from sentinelle.store.records import StoredArticleInput

MIN_ARTICLE_CHARS = 40


def article_from_html(data: bytes, origin: str) -> StoredArticleInput:
    """The article of an HTML page: main text (boilerplate removed), title, date, outlet, URL.

    Evidence spans will index into the extracted main text, which is what is
    stored as the article's text.

    Raises:
        InputError: no article text could be found in the page.
    """
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it

        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except ImportError as exc:  # e.g. lxml_html_clean missing: an install problem, not a broken page
        raise InputError(
            f"cannot read HTML: a library is missing ({type(exc).__name__}: {exc}); "
            "reinstall Sentinelle (pip install -e .) to get trafilatura and lxml_html_clean"
        ) from None
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(f"cannot parse this HTML page ({type(exc).__name__}: {exc})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    # A page whose "main text" is a few words is a menu, an index or an error page, not an article.
    if not text or len(text.strip()) < MIN_ARTICLE_CHARS:
        raise InputError("no article text found in this HTML page (is it a news article?)")
    try:
        published = normalise_published(getattr(doc, "date", None), "date")
    except InputError:
        published = None  # a page's odd date metadata must not cost us its text
    return StoredArticleInput(
        text=check_article_text(text),
        published=published,
        outlet=getattr(doc, "sitename", None) or None,
        url=getattr(doc, "url", None) or None,
        title=getattr(doc, "title", None) or None,
        origin=origin,
    )
