"""Self check-in codes: a QR code and a 4-character typed code that change every 15 seconds.

The codes are derived, not stored. When the teacher opens check-in, the lesson gets a random key
(`Lesson.checkin_key`, one write). Every code is then an HMAC-SHA256 under the site's secret of
the lesson, that key and the number of the current 15-second window (Unix time // 15). So:

- nothing is written while the codes rotate, every web process computes the same code without
  talking to the others, and checking a code costs one HMAC, not a database read;
- a code cannot be worked out from earlier ones (the secret and the key never leave the server);
- closing check-in clears the key: every code of that lesson stops working at once, and opening
  it again gives new codes.

Only the current window is accepted. A window is [15·n, 15·(n+1)) seconds of server time: a
code received at 15·(n+1) or later is refused, even by a few milliseconds, so a photo of the
screen is worthless as soon as the screen changes. The teacher's phone rotates on the server's
clock (the page learns the offset from the live endpoint), so it never shows a code the server
has already retired. Someone who sends the code of the window that has just ended is told that
the code changed (it does not count as a wrong attempt: only a typo does); so is someone who
scans a photo of an older QR code.
"""

import datetime as dt
import hmac
import time
import unicodedata
from dataclasses import dataclass

from django.utils import timezone
from django.utils.crypto import salted_hmac

from courses.models import AttendanceStatus, Lesson

ROTATION_SECONDS = 15
# Typed on phones, read from a phone screen held up in a classroom: no 0/O/D/Q, 1/I/L, 2/Z, 5/S,
# 6/G, 8/B, U/V; only capitals (typing lower case works too).
CODE_ALPHABET = "ACEFHJKMNPRTWXY3479"
CODE_LENGTH = 4
# Teachers may open check-in this long before the lesson starts.
OPENS_BEFORE = dt.timedelta(minutes=30)


def window_at(when: float | None = None) -> int:
    """The number of the 15-second window that contains `when` (Unix seconds; now by default)."""
    return int((time.time() if when is None else when) // ROTATION_SECONDS)


def window_ends_at(window: int) -> float:
    return (window + 1) * ROTATION_SECONDS


def _mac(lesson: Lesson, purpose: str, window: int) -> bytes:
    value = f"{lesson.pk}:{lesson.checkin_key}:{window}"
    return salted_hmac(f"courses.checkin.{purpose}", value, algorithm="sha256").digest()


def typed_code(lesson: Lesson, window: int) -> str:
    """The 4-character code shown in large type in `window`."""
    number = int.from_bytes(_mac(lesson, "typed", window)[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[index])
    return "".join(chars)


def scan_token(lesson: Lesson, window: int) -> str:
    """The token in the QR code's address in `window`: the window number and 80 bits of HMAC."""
    return f"{window}-{_mac(lesson, 'scan', window)[:10].hex()}"


def normalise_code(raw: str) -> str:
    """What a person typed, as a code: capitals, no spaces or dashes, Arabic-Indic and other
    digits as ASCII digits (phones with an Arabic keyboard type ٣ for 3)."""
    out = []
    for char in unicodedata.normalize("NFKC", raw).strip().upper():
        if char.isspace() or char in "-.·":
            continue
        digit = unicodedata.digit(char, None)
        out.append(str(digit) if digit is not None else char)
    return "".join(out)


class CodeCheck:
    """How a code or token compares with the lesson's current one."""

    VALID = "valid"
    EXPIRED = "expired"  # a genuine code of an earlier window: the screen changed meanwhile
    WRONG = "wrong"


def check_typed_code(lesson: Lesson, code: str, *, now: float | None = None) -> str:
    if not lesson.checkin_key or len(code) != CODE_LENGTH:
        return CodeCheck.WRONG
    window = window_at(now)
    if hmac.compare_digest(code, typed_code(lesson, window)):
        return CodeCheck.VALID
    if hmac.compare_digest(code, typed_code(lesson, window - 1)):
        return CodeCheck.EXPIRED
    return CodeCheck.WRONG


def check_scan_token(lesson: Lesson, token: str, *, now: float | None = None) -> str:
    if not lesson.checkin_key:
        return CodeCheck.WRONG
    window_text, _sep, _mac_hex = token.partition("-")
    if not window_text.isdigit():
        return CodeCheck.WRONG
    window, current = int(window_text), window_at(now)
    if not hmac.compare_digest(token, scan_token(lesson, window)):
        return CodeCheck.WRONG
    if window == current:
        return CodeCheck.VALID
    return CodeCheck.EXPIRED if window < current else CodeCheck.WRONG


@dataclass(frozen=True)
class CheckinTimes:
    """When people may check in to a lesson, and until when they count as on time."""

    opens_at: dt.datetime
    on_time_until: dt.datetime
    closes_at: dt.datetime

    def is_open(self, now: dt.datetime) -> bool:
        return self.opens_at <= now < self.closes_at

    def status_at(self, now: dt.datetime) -> str:
        if now <= self.on_time_until:
            return AttendanceStatus.PRESENT
        return AttendanceStatus.LATE


def lesson_start(lesson: Lesson) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(lesson.date, lesson.starts_at))


def checkin_times(lesson: Lesson) -> CheckinTimes:
    """From OPENS_BEFORE the start until the edition's grace period for latecomers has passed
    (at the latest the end of the lesson); on time up to the edition's on-time minutes."""
    start = lesson_start(lesson)
    end = timezone.make_aware(dt.datetime.combine(lesson.date, lesson.ends_at))
    edition = lesson.edition
    closes = min(start + dt.timedelta(minutes=edition.checkin_grace_minutes), end)
    on_time = min(start + dt.timedelta(minutes=edition.checkin_on_time_minutes), closes)
    return CheckinTimes(opens_at=start - OPENS_BEFORE, on_time_until=on_time, closes_at=closes)
