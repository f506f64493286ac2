"""The forum: categories, topics, posts, and what members keep about them (read state, likes,
bookmarks, follows, notifications); flags and suspensions for moderation.

Topic lists must stay fast at 100,000 topics: ``Topic.last_post_at`` and ``reply_count`` are
denormalised and kept up to date by the services, and lists read them through one index.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelsearch import index


class Category(models.Model):
    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("omschrijving"), blank=True)
    order = models.PositiveIntegerField(_("volgorde"), default=0)
    staff_only = models.BooleanField(
        _("alleen moderatoren starten onderwerpen"),
        default=False,
        help_text=_("Bijvoorbeeld voor aankondigingen: leden kunnen wel reageren."),
    )

    class Meta:
        ordering = ("order", "name")
        verbose_name = _("categorie")
        verbose_name_plural = _("categorieën")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:category", kwargs={"slug": self.slug})


class Topic(models.Model):
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="topics", verbose_name=_("categorie")
    )
    title = models.CharField(_("titel"), max_length=150)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_topics",
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_post_at = models.DateTimeField(default=timezone.now)
    # Visible posts in the thread (the opening post included), and replies (posts minus one).
    post_count = models.PositiveIntegerField(default=0)
    reply_count = models.PositiveIntegerField(default=0)
    # Highest post number handed out, so numbers stay unique after hiding or merging.
    last_number = models.PositiveIntegerField(default=0)
    is_pinned = models.BooleanField(_("vastgezet"), default=False)
    is_locked = models.BooleanField(_("gesloten"), default=False)
    is_hidden = models.BooleanField(_("verborgen"), default=False)
    solution = models.ForeignKey(
        "Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    is_solved = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")
        indexes = [
            # The category page and the latest topics: walked in order, newest first
            # (keyset pagination); hidden and pinned topics are few, so filtering them while
            # walking costs little. Pinned topics have their own small partial index.
            models.Index(
                fields=["category", "-last_post_at", "-id"], name="forum_topic_category_list"
            ),
            models.Index(fields=["-last_post_at", "-id"], name="forum_topic_latest"),
            models.Index(
                fields=["category", "-last_post_at"],
                condition=Q(is_pinned=True),
                name="forum_topic_pinned",
            ),
            models.Index(fields=["is_solved", "is_hidden"], name="forum_topic_solved"),
            models.Index(fields=["author", "created_at"], name="forum_topic_author_recent"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:topic", kwargs={"pk": self.pk})


class Post(index.Indexed, models.Model):
    """One post in a thread. Indexed by the site search (Dutch stemming): the opening post also
    carries its topic's title. Who may see a hit is decided by the database, not the index."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    number = models.PositiveIntegerField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_posts",
    )
    body = models.TextField(_("bericht"))
    html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    like_count = models.PositiveIntegerField(default=0)
    is_deleted = models.BooleanField(default=False)  # by its author
    is_hidden = models.BooleanField(default=False)  # by a moderator
    is_approved = models.BooleanField(default=True)  # False while held for a moderator

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ("topic", "number")
        permissions = [("moderate_forum", _("Kan het forum modereren"))]
        constraints = [
            models.UniqueConstraint(fields=["topic", "number"], name="forum_post_number_unique")
        ]
        indexes = [
            models.Index(fields=["author", "created_at"], name="forum_post_author_recent"),
            models.Index(fields=["is_approved", "created_at"], name="forum_post_held"),
        ]

    search_fields = [
        index.SearchField("search_title", boost=3),
        index.SearchField("body"),
        index.FilterField("number"),
    ]

    def __str__(self) -> str:
        return f"{self.topic_id}#{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("forum:post", kwargs={"pk": self.pk})

    def search_title(self) -> str:
        return self.topic.title if self.number == 1 else ""

    @property
    def is_visible(self) -> bool:
        return self.is_approved and not self.is_hidden and not self.is_deleted


class PostRevision(models.Model):
    """The text a post had before an edit: the visible edit history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"{self.post_id} ({self.created_at:%Y-%m-%d %H:%M})"


class Attachment(models.Model):
    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, related_name="attachments", null=True, blank=True
    )
    file = models.FileField(upload_to="forum/%Y/%m/")
    name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:attachment", kwargs={"pk": self.pk})

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


class Like(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="likes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="forum_like_once")]

    def __str__(self) -> str:
        return f"{self.user_id} ♥ {self.post_id}"


class Bookmark(models.Model):
    """One bookmark per member and topic, at the post they marked (empty: the topic itself)."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(
        Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="forum_bookmark_once")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.topic_id}"


class ReadState(models.Model):
    """The highest post number a member has seen in a topic: unread markers, jump to unread."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    last_read_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="forum_read_once")]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.topic_id}#{self.last_read_number}"


class Follow(models.Model):
    """A member follows a topic or a whole category (exactly one of the two)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )
    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(topic__isnull=True, category__isnull=False)
                | Q(topic__isnull=False, category__isnull=True),
                name="forum_follow_one_target",
            ),
            models.UniqueConstraint(fields=["user", "topic"], name="forum_follow_topic_once"),
            models.UniqueConstraint(fields=["user", "category"], name="forum_follow_category_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.topic_id or self.category_id}"


class EmailMode(models.TextChoices):
    IMMEDIATE = "immediate", _("Direct, per melding")
    DAILY = "daily", _("Eén keer per dag een overzicht")
    NONE = "none", _("Geen e-mail, alleen meldingen op de site")


class ForumProfile(models.Model):
    """A member's forum identity and settings.

    The handle is how others see and @mention them: their first name (or "lid") and a number,
    fixed when the profile is made, so it never reveals an e-mail address or surname and does not
    change when the name does.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_profile"
    )
    handle = models.SlugField(max_length=40, unique=True)
    email_mode = models.CharField(
        _("E-mail over meldingen"),
        max_length=10,
        choices=EmailMode.choices,
        default=EmailMode.IMMEDIATE,
    )
    suspended_until = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.handle


class NotificationKind(models.TextChoices):
    REPLY = "reply", _("Nieuwe reactie")
    MENTION = "mention", _("U werd genoemd")
    SOLUTION = "solution", _("Gemarkeerd als oplossing")


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications"
    )
    kind = models.CharField(max_length=10, choices=NotificationKind.choices)
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(fields=["user", "-created_at"], name="forum_notification_list"),
            models.Index(fields=["emailed_at", "created_at"], name="forum_notification_mail"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.user_id}"


class Flag(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.TextField(_("Waarom meldt u dit bericht?"), max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("created_at",)
        indexes = [models.Index(fields=["resolved_at", "created_at"], name="forum_flag_open")]

    def __str__(self) -> str:
        return f"{self.post_id}: {self.reason[:30]}"
