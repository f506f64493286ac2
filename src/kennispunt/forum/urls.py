from django.urls import path

from . import views, views_staff

app_name = "forum"

urlpatterns = [
    path("", views.index, name="index"),
    path("nieuw/", views.topic_new, name="topic_new"),
    path("nieuw/vergelijkbaar/", views.topic_similar, name="topic_similar"),
    path("categorie/<slug:slug>/", views.category, name="category"),
    path("categorie/<slug:slug>/nieuw/", views.topic_create, name="topic_create"),
    path("categorie/<slug:slug>/volgen/", views.category_follow, name="category_follow"),
    path("onderwerp/<int:pk>/", views.topic, name="topic"),
    path("onderwerp/<int:pk>/ongelezen/", views.topic_unread, name="topic_unread"),
    path("onderwerp/<int:pk>/volgen/", views.topic_follow, name="topic_follow"),
    path("onderwerp/<int:pk>/bladwijzer/", views.topic_bookmark, name="topic_bookmark"),
    path("onderwerp/<int:pk>/modereren/", views_staff.topic_moderate, name="topic_moderate"),
    path("bericht/<int:pk>/", views.post_detail, name="post"),
    path("bericht/<int:pk>/bewerken/", views.post_edit, name="post_edit"),
    path("bericht/<int:pk>/verwijderen/", views.post_delete, name="post_delete"),
    path("bericht/<int:pk>/versies/", views.post_history, name="post_history"),
    path("bericht/<int:pk>/leuk/", views.post_like, name="post_like"),
    path("bericht/<int:pk>/oplossing/", views.post_solution, name="post_solution"),
    path("bericht/<int:pk>/melden/", views.post_flag, name="post_flag"),
    path("bericht/<int:pk>/modereren/", views_staff.post_moderate, name="post_moderate"),
    path("bijlage/<int:pk>/", views.attachment, name="attachment"),
    path("leden/noemen/", views.mention_suggest, name="mention_suggest"),
    path("meldingen/", views.notifications, name="notifications"),
    path("bladwijzers/", views.bookmarks, name="bookmarks"),
    path("instellingen/", views.preferences, name="preferences"),
    path("afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("moderatie/", views_staff.moderation_queue, name="moderation"),
    path("moderatie/lid/<int:user_id>/", views_staff.member_suspend, name="member_suspend"),
]
