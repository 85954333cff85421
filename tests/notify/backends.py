"""An email backend for the worker-kill test: it delivers (writes the file), then kills its own
process the first time it sends a message whose subject starts with "[kill]" — a worker dying
after the mail server took the message and before the outbox recorded it."""

import hashlib
import os
import signal
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend


class KillAfterDeliveryBackend(EmailBackend):
    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        for message in email_messages:
            if not message.subject.startswith("[kill]"):
                continue
            digest = hashlib.sha256(message.subject.encode()).hexdigest()[:16]
            marker = Path(self.file_path) / f"killed-{digest}.marker"
            if not marker.exists():
                marker.write_text(message.subject)
                os.kill(os.getpid(), signal.SIGKILL)
        return sent
