"""Domain signals of courses. Other apps (search) react to them; courses imports none of them.

Sent inside the service's transaction, so a receiver may write to the database atomically with
the change and defer outside work with ``transaction.on_commit``.
"""

from django.dispatch import Signal

# A person completed a course (their certified Italian level may have changed).
# kwargs: enrolment_id (int), person_id (int)
enrolment_completed = Signal()
