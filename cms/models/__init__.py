from .desks import DeskExceptionalHours, DeskIndexPage, DeskOpeningHours, DeskPage
from .pages import HomePage, StandardPage

__all__ = [
    "DeskExceptionalHours",
    "DeskIndexPage",
    "DeskOpeningHours",
    "DeskPage",
    "HomePage",
    "StandardPage",
]
