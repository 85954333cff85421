"""The demo: loaders and facts for the Italian demo content (`manage.py load_demo`).

Tooling, not product: it builds pages and records through the apps' own models and services,
and may import any app; no product app (portal, notify, cms, courses, jobs, search) imports it.
The test factories reuse its builders and site helpers.
"""
