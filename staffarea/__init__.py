"""Small helpers for the staff area (Wagtail admin), shared by every app.

A leaf package: it imports only Wagtail, so the domain apps (courses, jobs) may use it without
depending on portal, cms or search.
"""
