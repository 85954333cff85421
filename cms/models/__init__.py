from .desks import DeskExceptionalHours, DeskIndexPage, DeskOpeningHours, DeskPage
from .events import EventIndexPage, EventKind, EventPage
from .forms import ContactFormField, ContactPage
from .news import NewsIndexPage, NewsPage
from .pages import QUICK_EXIT_URL, WORK_AND_TRAINING_SLUG, HomePage, SafeHelpPage, StandardPage

__all__ = [
    "QUICK_EXIT_URL",
    "WORK_AND_TRAINING_SLUG",
    "ContactFormField",
    "ContactPage",
    "DeskExceptionalHours",
    "DeskIndexPage",
    "DeskOpeningHours",
    "DeskPage",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "SafeHelpPage",
    "StandardPage",
]
