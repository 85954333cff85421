"""StreamField blocks shared by editorial pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from common import richtext


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"))
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", "H2"), ("h3", "H3")], default="h2")

    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"))
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "link"
        template = "cms/blocks/call_to_action.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(label=_("Answer"), features=richtext.WITH_LISTS)


class FaqBlock(blocks.StructBlock):
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        template = "cms/blocks/faq.html"


class DocumentLinksBlock(blocks.StructBlock):
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/documents.html"


class ImageWithCaptionBlock(ImageBlock):
    """Wagtail's ImageBlock: editors must give alt text or tick "decorative"."""

    class Meta:
        icon = "image"
        template = "cms/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address (YouTube, Vimeo...)"), max_width=800)
    title = blocks.CharBlock(
        label=_("Title"), help_text=_("Read out by screen readers before the video.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript or summary"), required=False, features=richtext.INLINE
    )

    class Meta:
        icon = "media"
        template = "cms/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Heading"))
    paragraph = blocks.RichTextBlock(label=_("Text"), features=richtext.BODY_WITH_DOCUMENTS)
    image = ImageWithCaptionBlock(label=_("Image"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    faq = FaqBlock(label=_("FAQ"))
    documents = DocumentLinksBlock(label=_("Documents"))
    video = VideoBlock(label=_("Video"))
