from django import forms


class _QuestionForm(forms.Form):
    name = forms.CharField(label="Naam")
    phone = forms.CharField(label="Telefoon", required=False)


class _FilterForm(_QuestionForm):
    is_filter = True


def test_optional_fields_are_marked_in_ordinary_forms() -> None:
    html = str(_QuestionForm())
    assert html.count("(niet verplicht)") == 1
    assert 'for="id_phone"' in html


def test_filter_forms_do_not_mark_every_field_optional() -> None:
    html = str(_FilterForm())
    assert "(niet verplicht)" not in html
    assert 'for="id_phone"' in html
