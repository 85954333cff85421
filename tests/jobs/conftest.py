from tests.search.conftest import offer_index, search_prefix, world  # noqa: F401
