"""Date and time formats where Django's own do not suit people living in Italy (FORMAT_MODULE_PATH).

The other languages keep Django's formats. English here is the English of someone in Italy: day
before month, 24-hour clock, as on every timetable, sign and document they meet (Django's `en`
is American: 11/26/2026, 9:30 a.m.). Arabic keeps its month names and order but uses the 24-hour
clock of the timetables too, and no right-to-left marks inside numeric dates (they are isolated
in the templates instead).
"""
