"""Permission names of the notify app, as used by views and menus."""

VIEW_CALL_LIST = "notify.view_calllistitem"
RECORD_CALL = "notify.change_calllistitem"
