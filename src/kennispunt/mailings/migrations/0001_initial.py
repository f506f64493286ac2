# The mailing engine moved here from the newsletter. Its tables (newsletter_mailing,
# newsletter_delivery) stay as they are: this migration only tells Django's state that the
# models now belong to this app; newsletter 0003 removes them from the newsletter's state.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('newsletter', '0002_mailing_one_per_source'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='Mailing',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('audience', models.CharField(max_length=50, verbose_name='doelgroep')),
                        ('source_id', models.PositiveBigIntegerField(blank=True, help_text='Bijvoorbeeld de pagina van de nieuwsbrief.', null=True, verbose_name='bron')),
                        ('subject', models.CharField(max_length=200, verbose_name='onderwerp')),
                        ('html_body', models.TextField(blank=True)),
                        ('text_body', models.TextField(blank=True)),
                        ('status', models.CharField(choices=[('scheduled', 'gepland'), ('sending', 'wordt verzonden'), ('done', 'verzonden'), ('cancelled', 'geannuleerd')], default='scheduled', max_length=20, verbose_name='status')),
                        ('scheduled_at', models.DateTimeField(verbose_name='verzenden vanaf')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('started_at', models.DateTimeField(blank=True, null=True)),
                        ('finished_at', models.DateTimeField(blank=True, null=True)),
                        ('heartbeat_at', models.DateTimeField(blank=True, null=True)),
                        ('last_error', models.CharField(blank=True, max_length=300)),
                        ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'verzending',
                        'verbose_name_plural': 'verzendingen',
                        'db_table': 'newsletter_mailing',
                        'ordering': ['-scheduled_at', '-pk'],
                        'indexes': [
                            models.Index(fields=['status', 'scheduled_at'], name='newsletter_mailing_due_idx'),
                            models.Index(fields=['audience', 'source_id'], name='newsletter_mailing_src_idx'),
                        ],
                        'constraints': [
                            models.UniqueConstraint(condition=models.Q(('source_id__isnull', False), models.Q(('status', 'cancelled'), _negated=True)), fields=('audience', 'source_id'), name='newsletter_mailing_one_per_source'),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name='Delivery',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('recipient_id', models.PositiveBigIntegerField()),
                        ('email', models.EmailField(max_length=254)),
                        ('status', models.CharField(choices=[('pending', 'wacht'), ('claimed', 'in behandeling'), ('sending', 'aan de mailserver gegeven'), ('sent', 'verzonden'), ('failed', 'mislukt'), ('skipped', 'overgeslagen (afgemeld)')], default='pending', max_length=20)),
                        ('claim', models.UUIDField(blank=True, null=True)),
                        ('claimed_at', models.DateTimeField(blank=True, null=True)),
                        ('message_id', models.CharField(blank=True, max_length=200)),
                        ('sent_at', models.DateTimeField(blank=True, null=True)),
                        ('error', models.CharField(blank=True, max_length=300)),
                        ('mailing', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='mailings.mailing')),
                    ],
                    options={
                        'verbose_name': 'bezorging',
                        'verbose_name_plural': 'bezorgingen',
                        'db_table': 'newsletter_delivery',
                        'indexes': [
                            models.Index(fields=['mailing', 'status', 'id'], name='newsletter_delivery_work_idx'),
                            models.Index(fields=['recipient_id', 'status'], name='newsletter_delivery_rcpt_idx'),
                        ],
                        'constraints': [
                            models.UniqueConstraint(fields=('mailing', 'recipient_id'), name='newsletter_delivery_once'),
                        ],
                    },
                ),
            ],
        ),
    ]
