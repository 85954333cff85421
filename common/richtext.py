"""Rich-text feature lists of the editor, one per kind of text, so that every page type offers
editors the same tools for the same job."""

# A short introduction or note: emphasis and links only.
INLINE = ["bold", "italic", "link"]
# A description that may hold lists.
WITH_LISTS = ["bold", "italic", "link", "ol", "ul"]
# The body text of a page: a sub-heading, emphasis, links and lists.
BODY = ["h3", "bold", "italic", "link", "ol", "ul"]
# The body text of an editorial page, which may also link to documents.
BODY_WITH_DOCUMENTS = [*BODY, "document-link"]
