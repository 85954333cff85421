"""Settings shared by every environment. Everything that differs is read from the environment.

PostgreSQL via DATABASE_URL (both scripts set it); SQLite in var/ only when nothing is set, made
safe for concurrent writers (WAL, immediate transactions, a busy timeout).
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str, redis_url_with_db, var_dir

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = var_dir(BASE_DIR)

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY")  # no default outside dev and test
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # our apps first, so their templates override third-party ones
    "portal",
    "portal.accounts",
    "notify",
    "partners",  # the programme's partners and activities (a leaf app)
    "cms",
    "courses",
    "jobs",
    "search",
    "programme",  # desk contacts, bookings, the programme dashboard and report
    "demo",  # the demo loader (tooling; no product app imports it)
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "portal.accounts.apps.UsersConfig",  # wagtail.users, with role restrictions
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # accounts
    "allauth",
    "allauth.account",
    # forms
    "crispy_forms",
    "crispy_bootstrap5",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.sites",  # allauth names the site in its emails
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.RequestLimitsMiddleware",
    # outside the page cache: cached pages get this response's headers (CSP, no-store) too
    "portal.middleware.SecurityHeadersMiddleware",
    "portal.pagecache.PageCacheMiddleware",  # after Locale: the language is part of the key
    "search.middleware.WebRequestTimeoutMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.AccessRulesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.portal",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{VAR_DIR / 'ali.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Zero-service runs only: writers queue (busy timeout) instead of failing with "database is
    # locked", and a transaction takes the write lock at BEGIN, so a read-then-write (the seat
    # count of an enrolment) cannot be overtaken. WAL lets readers go on meanwhile.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"

# django-allauth: sign-up by email with mandatory verification; usernames are not asked.
ACCOUNT_LOGIN_METHODS = {"email", "username"}  # people registered at a desk may have no email
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# Confirming the address in the browser that signed up signs the person in and takes them where
# they were going (allauth does it only within that session); from another browser they sign in.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "portal.accounts.forms.LoginForm",
    "signup": "portal.accounts.forms.SignupForm",
    "reset_password": "portal.accounts.forms.ResetPasswordForm",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[A.L.I.] "
ACCOUNT_USER_DISPLAY = "portal.accounts.adapter.user_display"  # first names, not usernames
# Failed sign-ins and password-reset requests are limited by `limits/` (ATTEMPT_LIMITS below) on
# every way in, the staff area's included; allauth's own counters for them are off.
ACCOUNT_RATE_LIMITS = {"login_failed": None, "reset_password": None}
# The attempt limits of `limits/`: (per account or address typed, per IP address, window in
# seconds). Tight per account, generous per IP: a help desk shares one address.
# Proxies in front of the site (nginx before gunicorn: 1): the limits count the address they
# saw, read from X-Forwarded-For; 0 reads REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ATTEMPT_LIMITS = {
    "sign-in": (5, 100, 15 * 60),
    "claim": (5, 30, 15 * 60),
    "password-reset": (3, 30, 60 * 60),
    "contact": (3, 20, 60 * 60),
    # wrong self check-in codes (courses): per person, and per IP (a classroom shares its Wi-Fi)
    "checkin-code": (5, 100, 10 * 60),
}

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "it"
LANGUAGES = [
    ("it", "Italiano"),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True


def machine_translator() -> dict | None:
    """Machine translation as a first draft for editors in wagtail-localize, configured only
    from the environment: DeepL (`DEEPL_AUTH_KEY`) or a LibreTranslate server
    (`LIBRETRANSLATE_URL`, optional `LIBRETRANSLATE_API_KEY`). Off when neither is set."""
    if deepl_key := env_str("DEEPL_AUTH_KEY", ""):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": deepl_key},
        }
    if libre_url := env_str("LIBRETRANSLATE_URL", ""):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": libre_url,
                "API_KEY": env_str("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator()
LOCALE_PATHS = [BASE_DIR / "portal" / "locale"]
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]  # English and Arabic dates as people in Italy read them

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATICFILES_DIRS = [
    BASE_DIR / "portal" / "static",
    *[
        (f"bootstrap-italia/{part}", BASE_DIR / "node_modules" / "bootstrap-italia" / "dist" / part)
        for part in ("css", "js", "fonts", "svg")
    ],
    ("bootstrap-italia/rtl", BASE_DIR / "build" / "rtl"),  # made by `npm run build` (rtlcss)
    ("chartjs", BASE_DIR / "node_modules" / "chart.js" / "dist"),  # the dashboard's charts
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(VAR_DIR / "media")))
# Django serves Wagtail's images itself only in the local run (portal.settings.local); documents
# are never served from a raw media URL.
SERVE_IMAGES = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365  # hashed file names: cache for a year

# --- Forms ----------------------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Email ----------------------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "A.L.I. <noreply@ali.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Redis: the shared cache (attempt limits, fragments) and Celery's broker ----------------
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
# The cache lives in its own Redis database (the next number after the broker's), so clearing it
# never touches queued tasks. It fails open: with Redis down the site works without it.
REDIS_CACHE_URL = env_str("REDIS_CACHE_URL", redis_url_with_db(REDIS_URL, offset=1))
CACHES = {
    "default": {
        "BACKEND": "portal.cache.FailOpenRedisCache",
        "LOCATION": REDIS_CACHE_URL,
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "ali"),
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}

# --- Celery (our own tasks) -----------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "ali")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing must not hang a web request when Redis is down: fail fast, the outbox retries.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
CELERY_BEAT_SCHEDULE = {
    "flush-email-outbox": {"task": "notify.tasks.flush_outbox", "schedule": 60.0},
    "publish-scheduled-pages": {"task": "cms.tasks.publish_scheduled_pages", "schedule": 60.0},
    # CV/offer changes that did not reach OpenSearch (it was down): catch up.
    "search-sync-pending": {"task": "search.tasks.sync_pending_documents", "schedule": 60.0},
    # hourly, so a worker that was down at one run catches up; each reminder is sent once
    "courses-first-lesson-reminders": {
        "task": "courses.tasks.send_first_lesson_reminders",
        "schedule": 3600.0,
    },
    # attendance warnings are checked after each register save; this catches up on any save
    # made while the broker was down (each warning is sent once)
    "courses-attendance-warnings": {
        "task": "courses.tasks.attendance_warnings_check_running",
        "schedule": 6 * 3600.0,
    },
    # hourly too: the day-before reminder of desk appointments, once per booking
    "programme-booking-reminders": {
        "task": "programme.tasks.send_booking_reminders",
        "schedule": 3600.0,
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

# Wagtail's own background work (search indexing, reference index) stays on django-tasks'
# immediate backend; only our tasks use Celery.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Caches ---------------------------------------------------------------------------------
# "default" stays in the process (fragments keyed by revision; nothing breaks if it is cold).
# "pages" is the anonymous page cache (portal/pagecache.py) on Redis, shared by every worker;
# short socket timeouts, and the middleware serves without it while Redis is down.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": env_str("PAGE_CACHE_URL", REDIS_CACHE_URL),
    "KEY_PREFIX": env_str("PAGE_CACHE_PREFIX", "ali-pages"),
    "TIMEOUT": PAGE_CACHE_SECONDS,  # type: ignore[dict-item]  # a number of seconds
    "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
}

# --- Search (OpenSearch) --------------------------------------------------------------------
OPENSEARCH_URL = env_str("OPENSEARCH_URL", f"http://127.0.0.1:{env_int('OPENSEARCH_PORT', 9200)}")
OPENSEARCH_INDEX_PREFIX = env_str("OPENSEARCH_INDEX_PREFIX", "ali")
# Timeouts (seconds): calls made while serving a web request give up after 1 s; background
# work (Celery, commands) waits longer. After a failure the process stops calling OpenSearch for
# OPENSEARCH_BREAKER_SECONDS (circuit breaker, search/client.py).
OPENSEARCH_TIMEOUT = env_int("OPENSEARCH_TIMEOUT", 10)
OPENSEARCH_WEB_TIMEOUT = float(env_str("OPENSEARCH_WEB_TIMEOUT", "1"))
OPENSEARCH_BREAKER_SECONDS = float(env_str("OPENSEARCH_BREAKER_SECONDS", "15"))
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.wagtail_backend",  # opensearch3, with search/client.py's guard
        "URLS": [OPENSEARCH_URL],
        "INDEX_PREFIX": f"{OPENSEARCH_INDEX_PREFIX}-wagtail-",
        "TIMEOUT": OPENSEARCH_TIMEOUT,
        "OPTIONS": {"max_retries": 0},
        "INDEX_SETTINGS": {
            "settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}},
        },
    }
}

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "A.L.I. — Antenne Locali per l'Integrazione"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatars from outside the site (offline, privacy)
# One way in for everyone with a password: the staff area's login form applies the same attempt
# limits and email verification (portal/accounts/signin.py); the front-end login of private pages
# is the site's; password resets go through the site's form (limited), not Wagtail's.
WAGTAILADMIN_USER_LOGIN_FORM = "portal.accounts.signin.StaffLoginForm"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_RESET_ENABLED = False
# No shared passwords on pages or document collections: restrictions go by account and role.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"password": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"password": False}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "csv", "txt"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Upload sizes: documents up to 20 MB, images up to 10 MB; any request body above 25 MB is
# refused before it is read (portal.middleware.RequestLimitsMiddleware).
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
MAX_REQUEST_BYTES = 25 * 1024 * 1024
# Documents are always streamed by Wagtail's view, which checks private collections; their
# files under MEDIA_ROOT/documents/ are never served directly (see portal/urls.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # staff email hashes are not sent to a third party
SITE_ID = 1

# --- Security defaults (hardened further in production.py) ----------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy: no inline script on the public site (JSON data blocks only). Inline
# styles are allowed: Bootstrap Italia's bundle writes its own <style> elements (web fonts, the
# video player). The staff area also allows inline scripts, which Wagtail's own widgets use.
# Video embeds (EmbedBlock) come from YouTube and Vimeo only.
STAFF_AREA_PREFIX = "/admin/"
_VIDEO_FRAMES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CSP_PUBLIC = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", *_VIDEO_FRAMES],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
}
CSP_STAFF_AREA = {
    **CSP_PUBLIC,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)

# --- Logging --------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "opensearch": {"level": "WARNING"},
        "urllib3": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

PORTAL_PROGRAMME_NAME = _("A.L.I. — Local Help Points for Integration")
