from django.forms.renderers import TemplatesSetting


class KennispuntFormRenderer(TemplatesSetting):
    """Renders every Django form as NL Design System form fields (templates/forms/)."""

    form_template_name = "forms/div.html"
    field_template_name = "forms/field.html"
