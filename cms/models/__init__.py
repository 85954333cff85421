from .desks import DeskExceptionalHours, DeskIndexPage, DeskOpeningHours, DeskPage
from .events import EventIndexPage, EventKind, EventPage
from .forms import ContactFormField, ContactPage
from .news import NewsIndexPage, NewsPage
from .pages import HomePage, StandardPage

__all__ = [
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
    "StandardPage",
]
