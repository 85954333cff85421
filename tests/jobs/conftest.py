from tests.search.conftest import offer_index, search_prefix, shared_world, world  # noqa: F401
