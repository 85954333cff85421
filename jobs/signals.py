"""Domain signals of jobs. Other apps (search) react to them; jobs imports none of them.

Sent inside the service's transaction, so a receiver may write to the database atomically
with the change and defer outside work with ``transaction.on_commit``.
"""

from django.dispatch import Signal

# kwargs: profile_id (int)
profile_changed = Signal()
# kwargs: profile_id (int); sent just before the profile is deleted
profile_erased = Signal()
# kwargs: offer_id (int)
offer_changed = Signal()
