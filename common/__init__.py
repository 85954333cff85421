"""What several apps share: enums, choices, rich-text feature lists, type aliases.

A leaf package: at run time it imports Django only, never one of our apps, so every app
(courses, jobs, cms, search, portal) may use it without adding an arrow between apps.
"""
