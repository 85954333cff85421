"""A real single-node OpenSearch for development and CI (see README.md in this folder)."""
