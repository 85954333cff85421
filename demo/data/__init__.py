"""Facts the demo loads, as plain data with their sources (demo/data/sources.py).

Every value that could NOT be traced to a public source is listed in the entry's
``sample_fields`` (or flagged ``sample``) and is shown on the site as "dati di esempio".
No public source names the A.L.I. programme itself: its name, partners and the partners'
attribution to desks come from the commissioning body or are sample data.

Conventions
-----------
* ``opening_hours``: list of ``{"weekday": 0-6 (Monday=0), "opens": "HH:MM",
  "closes": "HH:MM"}``; a day with a split schedule has two dicts.
* Coordinates are approximate (town centre or square, general knowledge) unless stated
  otherwise; see each entry's ``notes``. Postcodes are the towns' standard ones.
* Sample phone numbers use the obviously fake "+39 0564 000 0xx" pattern and sample e-mails
  the reserved ``.invalid`` top-level domain: never present them as real.
* Public holidays and the towns' patron saints are not here: courses/calendar.py holds them.
"""
