import pytest


@pytest.fixture(scope="session")
def nlp():
    """The shared spaCy pipeline (loaded once for the whole test session)."""
    from incidex.nlp.pipeline import load_nlp

    return load_nlp()
