"""The contact form's submissions in the staff area: Wagtail's list and export, with every
value written as text, never as a spreadsheet formula (see staffarea.exports)."""

from wagtail.contrib.forms.views import SubmissionsListView

from staffarea.exports import spreadsheet_text


class SafeSubmissionsListView(SubmissionsListView):
    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return spreadsheet_text(value)
        return value  # XLSX: Wagtail stores text that looks like a formula as a string cell
