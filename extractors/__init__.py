"""Turn articles into entities and facts, each with its evidence (plain data, no store)."""

from .model import Article, Entity, Extraction, Fact

__all__ = ["Article", "Entity", "Extraction", "Fact"]
