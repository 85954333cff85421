"""The contact page, built with Wagtail's form builder, with spam protection that needs no
third-party service: a honeypot field, a minimum fill time and a per-IP rate limit."""

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from common import richtext

HONEYPOT_FIELD = "website"
MESSAGE_MAX_CHARS = 5000  # any text field of the form; a letter, not a file
TOKEN_FIELD = "form_token"  # noqa: S105 - a field name


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form. Translatable: label, help text, choices and default value
    are translated with the page; the name under which answers are stored (`clean_name`) and
    the type are the Italian field's in every language, so that every message has the same
    keys whatever language it was written in."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
        SynchronizedField("sort_order", overridable=False),
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class SpamProtectionForm(forms.Form):
    """Two extra fields added to the editor-built form. People never see or fill them."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)


class ContactPage(AbstractEmailForm):
    """A contact form; what people send is stored and emailed to the programme's staff."""

    intro = RichTextField(_("introduction"), blank=True, features=richtext.INLINE)
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=richtext.INLINE)
    privacy_note = RichTextField(_("privacy note"), blank=True, features=richtext.INLINE)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    class Meta:
        verbose_name = _("contact page")

    def get_form_class(self):
        return type("ContactForm", (super().get_form_class(), SpamProtectionForm), {})

    def get_form(self, *args, **kwargs):
        from cms.services import contact_form_token

        form = super().get_form(*args, **kwargs)
        form.fields[TOKEN_FIELD].initial = contact_form_token()
        for field in form.fields.values():
            if isinstance(field, forms.CharField) and (
                field.max_length is None or field.max_length > MESSAGE_MAX_CHARS
            ):
                field.max_length = MESSAGE_MAX_CHARS
                field.validators.append(MaxLengthValidator(MESSAGE_MAX_CHARS))
                field.widget.attrs["maxlength"] = str(MESSAGE_MAX_CHARS)
        return form

    def inbox_page(self) -> "ContactPage":
        """The page whose submissions the staff read: the contact page in the default language
        (messages written on its translations are stored there too, with the same keys)."""
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        inbox = ContactPage.objects.filter(
            translation_key=self.translation_key, locale__language_code=default
        ).first()
        return self if inbox is None or inbox.pk == self.pk else inbox

    def get_submissions_list_view_class(self):
        from cms.submissions import SafeSubmissionsListView

        return SafeSubmissionsListView

    def serve(self, request, *args, **kwargs):
        from django.core.exceptions import ValidationError

        from cms.services import client_ip, contact_submit

        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.is_valid():
            try:
                submission = contact_submit(page=self, form=form, ip=client_ip(request))
            except ValidationError as error:
                form.add_error(None, error)
                # a fresh token, so that a person told to slow down can simply send again
                form.data = form.data.copy()
                form.data[TOKEN_FIELD] = form.fields[TOKEN_FIELD].initial
            else:
                return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)
