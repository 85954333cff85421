from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """A staff-area menu item shown only to people who hold one permission."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
