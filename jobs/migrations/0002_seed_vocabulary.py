from django.db import migrations


def seed(apps, schema_editor):
    from jobs.vocabulary import vocabulary_load

    vocabulary_load(
        occupation_model=apps.get_model("jobs", "Occupation"),
        skill_model=apps.get_model("jobs", "Skill"),
        municipality_model=apps.get_model("jobs", "Municipality"),
    )


class Migration(migrations.Migration):
    dependencies = [("jobs", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
