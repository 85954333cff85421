from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from portal import views as portal_views
from portal.accounts import views as accounts_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path("healthz", portal_views.healthz, name="healthz"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("account/", include("portal.accounts.urls")),
    path("search/", cms_views.search, name="search"),
    path("jobs/", include("jobs.urls")),
    path("jobs/", include("search.urls")),
    path("courses/", include("courses.urls")),
    path("appointments/", include("programme.urls")),
    # before Wagtail's own "_util/login/": pages for signed-in people use the site's sign-in
    path("_util/login/", accounts_views.frontend_login, name="frontend_login"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "portal.views.bad_request"
handler500 = "portal.views.server_error"

if settings.DEBUG or settings.SERVE_IMAGES:  # dev, or the local run under gunicorn
    from django.views.static import serve

    # Images only: documents are always streamed by Wagtail's view, which checks private
    # collections. A production web server must likewise never serve MEDIA_ROOT/documents/.
    urlpatterns = [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>(?:original_images|images)/.+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
            name="media_images",
        ),
        *urlpatterns,
    ]
