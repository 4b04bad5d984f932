"""Relations (placeholder)."""


def extract_doc(doc):
    return [], []
