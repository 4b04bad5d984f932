"""Film title candidates (placeholder, replaced below)."""


def find_titles(doc):
    return []
