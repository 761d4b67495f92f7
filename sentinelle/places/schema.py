"""Layout of the gazetteer index file, shared by the builder and the reader."""

TIER_NAME, TIER_SKELETON = 0, 1  # exact name key, or its consonant skeleton (looser)
FLAG_CURATED = 1  # the name comes from the project's own files (exonyms, aliases, sites)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
    admin1_id INTEGER, lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0,
    geonameid INTEGER, site_id TEXT, site_kind TEXT,
    centre_lat REAL, centre_lon REAL  -- a division's geometric centre (its point, lat/lon, is its seat when known)
);
CREATE TABLE names (key TEXT NOT NULL, tier INTEGER NOT NULL, entry_id INTEGER NOT NULL, flags INTEGER NOT NULL,
                    PRIMARY KEY (key, tier, entry_id)) WITHOUT ROWID;
"""
