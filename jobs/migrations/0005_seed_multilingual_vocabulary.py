from django.db import migrations


def seed(apps, schema_editor):
    from jobs.vocabulary import vocabulary_load

    vocabulary_load(
        occupation_model=apps.get_model("jobs", "Occupation"),
        skill_model=apps.get_model("jobs", "Skill"),
        municipality_model=apps.get_model("jobs", "Municipality"),
        qualification_model=apps.get_model("jobs", "Qualification"),
    )


class Migration(migrations.Migration):
    """Names in French and Arabic, the words people type in four languages, qualifications,
    related occupations (fills only what is empty: operators' edits stay)."""

    dependencies = [("jobs", "0004_multilingual_vocabulary_and_matching")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
